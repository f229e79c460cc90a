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

