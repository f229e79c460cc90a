/**
 * Focus follows the reader: scrolls so that an event's card is on screen (the arithmetic is
 * follow.ts's), and keeps doing so for a few frames while the page settles (the timeline placing
 * its cards, a sheet opening) until neither the card nor the page moves. The reader's own
 * scrolling (wheel, touch) ends it at once; a newer follow replaces an older one.
 */
import { on } from 'svelte/events';
import { scrollDelta, type Span } from '../follow.ts';

/** Frames without movement that count as settled, and the least and most time to follow. */
const STILL_FRAMES = 8;
const AT_LEAST_MS = 400;
const AT_MOST_MS = 5000;

export class Follower {
  readonly #find: (id: string) => HTMLElement | null;
  readonly #room: () => Span;
  #token = 0;

  /** `find` gives an event's card; `room` the part of the window left to it (above a sheet). */
  constructor(find: (id: string) => HTMLElement | null, room: () => Span) {
    this.#find = find;
    this.#room = room;
  }

  follow(id: string): void {
    const token = ++this.#token;
    const started = performance.now();
    let still = 0;
    let last = '';
    const stop = () => {
      if (token === this.#token) this.#token++;
    };
    const off = [on(window, 'wheel', stop, { passive: true }), on(window, 'touchmove', stop, { passive: true })];
    const step = () => {
      const card = this.#find(id);
      if (token !== this.#token || !card) return off.forEach((f) => f());
      // A scroll box of its own first (the embed's timeline), then the page. Both are scrolled
      // directly: in an iframe, scrollIntoView would scroll the host page too.
      const inner = card.closest<HTMLElement>('[data-scroll-box]');
      if (inner) inner.scrollTop += scrollDelta(card.getBoundingClientRect(), inner.getBoundingClientRect());
      const box = card.getBoundingClientRect();
      const room = this.#room();
      const delta = scrollDelta(box, room);
      if (delta) scrollBy({ top: delta, behavior: 'instant' });
      const now = `${box.top + scrollY}/${document.documentElement.scrollHeight}/${room.bottom}`;
      still = now === last ? still + 1 : 0;
      last = now;
      const elapsed = performance.now() - started;
      if ((still < STILL_FRAMES || elapsed < AT_LEAST_MS) && elapsed < AT_MOST_MS) requestAnimationFrame(step);
      else off.forEach((f) => f());
    };
    step();
  }
}
