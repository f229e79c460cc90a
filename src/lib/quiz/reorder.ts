/**
 * Reordering a list, by button (one step) or by drag (many steps). Pure: the drag code measures
 * the items once when a drag starts and asks these functions where the item would land.
 */

/** A copy of the list with the item at `from` taken out and put back at `to`. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const out = [...items];
  if (from < 0 || from >= out.length) return out;
  const [item] = out.splice(from, 1);
  out.splice(Math.max(0, Math.min(to, out.length)), 0, item);
  return out;
}

/** Where an item is drawn: its top edge and height, in any consistent unit (CSS pixels). */
export interface Box {
  top: number;
  height: number;
}

/**
 * The index an item dragged from `from` by `dy` would take: it passes another item once its
 * centre crosses that item's centre.
 */
export function dropIndex(boxes: readonly Box[], from: number, dy: number): number {
  const dragged = boxes[from];
  if (!dragged) return from;
  const centre = dragged.top + dragged.height / 2 + dy;
  let to = from;
  for (let j = from + 1; j < boxes.length; j++) if (centre > boxes[j].top + boxes[j].height / 2) to = j;
  for (let j = from - 1; j >= 0; j--) if (centre < boxes[j].top + boxes[j].height / 2) to = j;
  return to;
}

/**
 * How far item `i` is drawn from its place while the item at `from` is dragged towards `to`:
 * the dragged item follows the pointer, the ones it passed make room by its own pitch (its height
 * plus the gap to the next item), and the rest stay.
 */
export function dragOffset(boxes: readonly Box[], i: number, from: number, to: number, dy: number): number {
  if (i === from) return dy;
  const dragged = boxes[from];
  if (!dragged) return 0;
  const pitch = dragged.height + gapBeside(boxes, from);
  if (from < to && i > from && i <= to) return -pitch;
  if (to < from && i >= to && i < from) return pitch;
  return 0;
}

/** The gap between an item and its neighbour below (or above, for the last item); 0 when alone. */
function gapBeside(boxes: readonly Box[], i: number): number {
  const below = boxes[i + 1];
  if (below) return Math.max(0, below.top - (boxes[i].top + boxes[i].height));
  const above = boxes[i - 1];
  return above ? Math.max(0, boxes[i].top - (above.top + above.height)) : 0;
}

/** The position item `i` will have if the item at `from` is dropped at `to`. */
export function projectedIndex(i: number, from: number, to: number): number {
  if (i === from) return to;
  if (from < to && i > from && i <= to) return i - 1;
  if (to < from && i >= to && i < from) return i + 1;
  return i;
}
