/**
 * Focus follows the reader: how far to scroll the page so that an element is on screen, between
 * a top and a bottom edge (the bottom is the top of a bottom sheet when one covers the screen).
 * Zero when it is already wholly visible; the least scroll that shows it otherwise, its top
 * winning when it is taller than the room.
 */
export interface Span {
  top: number;
  bottom: number;
}

export function scrollDelta(element: Span, room: Span, margin = 8): number {
  const top = room.top + margin;
  const bottom = room.bottom - margin;
  if (element.top >= top && element.bottom <= bottom) return 0;
  if (element.bottom - element.top > bottom - top || element.top < top) return element.top - top;
  return element.bottom - bottom;
}

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
