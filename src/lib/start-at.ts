/**
 * Where a scrolling box starts for a new event (the reading pane, the embed's source card). Apart
 * from follow.ts, which the first screen loads, because only those lazily loaded parts need it.
 */
import { scrollDelta, type Span } from './follow.ts';

/**
 * Where a scrolling box (the reading pane, the embed's source card) starts for a new event: at its
 * top, so that the heading is read first, unless the marked sentence would then not be wholly in
 * view; then scrolled just enough to show it whole (its top when it is taller than the box).
 * `mark` is measured in the box's content, from its top; null when nothing is marked.
 */
export function startAt(mark: Span | null, height: number, margin = 8): number {
  return mark ? Math.max(0, scrollDelta(mark, { top: 0, bottom: height }, margin)) : 0;
}

/** An element's span in the content of the box that scrolls it. */
export function spanIn(element: Element, box: Element): Span {
  const rect = element.getBoundingClientRect();
  const top = rect.top - box.getBoundingClientRect().top + box.scrollTop;
  return { top, bottom: top + rect.height };
}
