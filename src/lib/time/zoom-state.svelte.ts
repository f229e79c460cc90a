/**
 * The timeline's zoom: the visible time window as state, animated with svelte/motion's Tween
 * (instant for gestures and for readers who prefer reduced motion). The window belongs to the
 * extent it was set for: with another dataset (another extent) it is the whole extent again.
 */
import { Tween, prefersReducedMotion } from 'svelte/motion';
import { cubicOut } from 'svelte/easing';
import { clampWindow, isNarrowest, isWhole, type TimeWindow, type WindowLimits } from './zoom.ts';

export class TimeZoom {
  #limits: () => WindowLimits;
  #shown = new Tween<TimeWindow>([0, 1], { duration: 250, easing: cubicOut });
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
    if (animate && !prefersReducedMotion.current) {
      void this.#shown.set(from, { duration: 0 });
      void this.#shown.set(next);
    } else void this.#shown.set(next, { duration: 0 });
  }
}
