/**
 * Focus follows the reader: scrolls so that an event's card is on screen (the arithmetic is
 * follow.ts's), and keeps doing so for a few frames while the page settles (the timeline placing
 * its cards, a sheet opening) until neither the card nor the page moves: eight still frames, at
 * least 0.4 s, at most 5 s. The reader's own scrolling (wheel, touch) ends it at once; a newer
 * follow replaces an older one. `find` gives an event's card; `room` the part of the window left
 * to it (above a bottom sheet).
 */
import { on } from 'svelte/events';
import { scrollDelta, type Span } from './follow.ts';

export function follower(find: (id: string) => HTMLElement | null, room: () => Span): (id: string) => void {
  let following = 0;
  return (id) => {
    const token = ++following;
    const started = performance.now();
    let still = 0;
    let last = '';
    const stop = () => {
      if (token === following) following++;
    };
    const off = [on(window, 'wheel', stop, { passive: true }), on(window, 'touchmove', stop, { passive: true })];
    const step = () => {
      const card = find(id);
      if (token !== following || !card) return off.forEach((f) => f());
      // A scroll box of its own first (the embed's timeline), then the page. Both are scrolled
      // directly: in an iframe, scrollIntoView would scroll the host page too.
      const inner = card.closest<HTMLElement>('[data-scroll-box]');
      if (inner) inner.scrollTop += scrollDelta(card.getBoundingClientRect(), inner.getBoundingClientRect());
      const box = card.getBoundingClientRect();
      const space = room();
      const delta = scrollDelta(box, space);
      if (delta) scrollBy({ top: delta, behavior: 'instant' });
      const now = `${box.top + scrollY}/${document.documentElement.scrollHeight}/${space.bottom}`;
      still = now === last ? still + 1 : 0;
      last = now;
      const elapsed = performance.now() - started;
      if ((still < 8 || elapsed < 400) && elapsed < 5000) requestAnimationFrame(step);
      else off.forEach((f) => f());
    };
    step();
  };
}
