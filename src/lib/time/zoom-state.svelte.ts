/**
 * The timeline's zoom: the visible time window as state, animated over 250 ms (instant for
 * gestures and for readers who prefer reduced motion). The window belongs to the extent it was
 * set for: with another dataset (another extent) it is the whole extent again.
 */
import { clampWindow, isNarrowest, isWhole, type TimeWindow, type WindowLimits } from './zoom.ts';

const DURATION = 250;
const cubicOut = (t: number) => 1 - (1 - t) ** 3;

/**
 * A time window moving to its target, one step per frame (svelte/motion's Tween does the same
 * for any value, at four times the size in the first load).
 */
export class WindowTween {
  current = $state<TimeWindow>([0, 1]);
  target = $state<TimeWindow>([0, 1]);
  #frame = 0;

  /** Moves to `next`: over DURATION from where it is now, or at once. */
  set(next: TimeWindow, animate: boolean): void {
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.target = next;
    if (!animate) {
      this.current = next;
      return;
    }
    const from = this.current;
    let start = -1;
    const step = (now: number) => {
      if (start < 0) start = now;
      const k = cubicOut(Math.min(1, (now - start) / DURATION));
      this.current = k === 1 ? next : [from[0] + (next[0] - from[0]) * k, from[1] + (next[1] - from[1]) * k];
      this.#frame = k < 1 ? requestAnimationFrame(step) : 0;
    };
    this.#frame = requestAnimationFrame(step);
  }
}

/** Whether moves animate: not for readers who prefer reduced motion, nor where there are no frames (tests, the server). */
const animates = () => typeof requestAnimationFrame === 'function' && !(typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches);

export class TimeZoom {
  #limits: () => WindowLimits;
  #shown = new WindowTween();
  #extent = $state<TimeWindow | null>(null);

  constructor(limits: () => WindowLimits) {
    this.#limits = limits;
  }

  get limits(): WindowLimits {
    return this.#limits();
  }

  #own(limits: WindowLimits): boolean {
    return this.#extent !== null && this.#extent[0] === limits.extent[0] && this.#extent[1] === limits.extent[1];
  }

  /** The window drawn now (moving while an animation runs). */
  get window(): TimeWindow {
    const limits = this.#limits();
    return this.#own(limits) ? clampWindow(this.#shown.current, limits) : limits.extent;
  }

  /** Where the window is heading: quick presses add up from here. */
  get goal(): TimeWindow {
    const limits = this.#limits();
    return this.#own(limits) ? clampWindow(this.#shown.target, limits) : limits.extent;
  }

  get whole(): boolean {
    return isWhole(this.goal, this.#limits());
  }

  get narrowest(): boolean {
    return isNarrowest(this.goal, this.#limits());
  }

  /** Shows a window: animated for commands (buttons, keys), at once for gestures. */
  go(w: TimeWindow, animate = false): void {
    const limits = this.#limits();
    const from = this.window;
    const next = clampWindow(w, limits);
    this.#extent = limits.extent;
    this.#shown.current = from;
    this.#shown.set(next, animate && animates());
  }
}
