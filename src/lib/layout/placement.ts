/**
 * Label placement for one lane of the horizontal timeline, at one zoom level.
 *
 * Events whose intervals are in view get a card; cards are packed greedily into rows so that no
 * two overlap. Cards that do not fit into `maxRows` become "+N" chips in a bin row below (click
 * to zoom in, or to expand a day that cannot be separated by zooming). When a lane holds more
 * visible events than `cardBudget`, it is drawn at a coarser level of detail: counts per bin only,
 * found by binary search, so the work per frame depends on the width, not on the number of events.
 */

/** One lane's events, sorted by start, in flat arrays for binary search. */
export interface LaneIndex {
  ids: readonly string[];
  starts: Float64Array;
  ends: Float64Array;
  /** Date keys of the events (the `date.start` text), to expand a whole day. */
  keys: readonly string[];
  /** Longest interval in the lane, so a search for visible events also finds long spans. */
  maxSpan: number;
  /** Event id to its position in the arrays. */
  position: ReadonlyMap<string, number>;
}

export interface LaneIndexInput {
  id: string;
  start: number;
  end: number;
  key: string;
}

export function indexLane(items: readonly LaneIndexInput[]): LaneIndex {
  const sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
  let maxSpan = 0;
  for (const item of sorted) maxSpan = Math.max(maxSpan, item.end - item.start);
  return {
    ids: sorted.map((d) => d.id),
    starts: Float64Array.from(sorted, (d) => d.start),
    ends: Float64Array.from(sorted, (d) => d.end),
    keys: sorted.map((d) => d.key),
    maxSpan,
    position: new Map(sorted.map((d, i) => [d.id, i]))
  };
}

/** First index whose value is >= x. */
export function lowerBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Card {
  id: string;
  row: number;
  left: number;
  width: number;
  /** The interval's true extent in px (may lie outside the view). */
  x0: number;
  x1: number;
}

export interface Chip {
  left: number;
  width: number;
  count: number;
  /** Time extent of the events behind the chip. */
  t0: number;
  t1: number;
  /** The events, when known (card level of detail); empty at the aggregate level. */
  ids: string[];
  /** Set when every event behind the chip has the same date: zooming cannot separate them. */
  sameDate: string | null;
}

export interface LaneLayout {
  cards: Card[];
  chips: Chip[];
  rows: number;
  /** True when drawn as counts only (too many events in view). */
  aggregate: boolean;
}

export interface PlacementOptions {
  /** The visible range in px, [0, width]. */
  width: number;
  /** Maps a time (ms) to px. */
  x: (t: number) => number;
  /** Maps px to a time (ms). */
  invert: (px: number) => number;
  /** The card width an event needs for its label. */
  cardWidth: (id: string) => number;
  maxRows: number;
  gap: number;
  chipBin: number;
  cardBudget: number;
  /** Events that always get a card (the focused and the selected one). */
  pinned: ReadonlySet<string>;
  /** Dates whose events are never folded into a chip. */
  expanded: ReadonlySet<string>;
}

export function layoutLane(lane: LaneIndex, o: PlacementOptions): LaneLayout {
  const t0 = o.invert(0);
  const t1 = o.invert(o.width);
  const from = lowerBound(lane.starts, t0 - lane.maxSpan);
  const to = lowerBound(lane.starts, t1);
  let visible = 0;
  for (let i = from; i < to && visible <= o.cardBudget; i++) if (lane.ends[i] > t0) visible++;

  if (visible > o.cardBudget) return aggregateLane(lane, o, pinnedCards(lane, o, t0, t1));

  const rowEnds: number[] = [];
  const cards: Card[] = [];
  const overflow: number[] = [];
  const pinnedOutside = pinnedCards(lane, o, t0, t1);
  for (let i = from; i < to; i++) {
    if (lane.ends[i] <= t0) continue;
    const id = lane.ids[i];
    const x0 = o.x(lane.starts[i]);
    const x1 = o.x(lane.ends[i]);
    const width = Math.min(o.cardWidth(id), o.width);
    const left = Math.max(0, Math.min(x0, o.width - width));
    const must = o.pinned.has(id) || o.expanded.has(lane.keys[i]);
    let row = rowEnds.findIndex((end, r) => (must || r < o.maxRows) && left >= end + o.gap);
    if (row === -1 && (must || rowEnds.length < o.maxRows)) row = rowEnds.length;
    if (row === -1) {
      overflow.push(i);
      continue;
    }
    // A row is taken up to the end of the card or of its interval's band, whichever is later.
    rowEnds[row] = Math.max(left + width, Math.min(x1, o.width));
    cards.push({ id, row, left, width, x0, x1 });
  }
  for (const card of pinnedOutside) {
    const row = rowEnds.length > 0 ? 0 : (rowEnds.push(-Infinity), 0);
    cards.push({ ...card, row });
  }
  return { cards, chips: chipsFor(lane, overflow, o), rows: rowEnds.length, aggregate: false };
}

/** Pinned events outside the view keep a card (off screen), so focus never falls out of the DOM. */
function pinnedCards(lane: LaneIndex, o: PlacementOptions, t0: number, t1: number): Card[] {
  const cards: Card[] = [];
  for (const id of o.pinned) {
    const i = lane.position.get(id);
    if (i === undefined || (lane.ends[i] > t0 && lane.starts[i] < t1)) continue;
    const x0 = o.x(lane.starts[i]);
    cards.push({ id, row: 0, left: x0, width: o.cardWidth(id), x0, x1: o.x(lane.ends[i]) });
  }
  return cards;
}

function chipsFor(lane: LaneIndex, overflow: readonly number[], o: PlacementOptions): Chip[] {
  const bins = new Map<number, Chip>();
  for (const i of overflow) {
    const x = Math.max(0, Math.min(o.x(lane.starts[i]), o.width - 1));
    const bin = Math.floor(x / o.chipBin);
    const chip = bins.get(bin) ?? { left: bin * o.chipBin, width: o.chipBin - o.gap, count: 0, t0: Infinity, t1: -Infinity, ids: [], sameDate: lane.keys[i] };
    chip.count++;
    chip.t0 = Math.min(chip.t0, lane.starts[i]);
    chip.t1 = Math.max(chip.t1, lane.ends[i]);
    chip.ids.push(lane.ids[i]);
    if (chip.sameDate !== lane.keys[i]) chip.sameDate = null;
    bins.set(bin, chip);
  }
  return [...bins.values()].sort((a, b) => a.left - b.left);
}

function aggregateLane(lane: LaneIndex, o: PlacementOptions, pinned: Card[]): LaneLayout {
  const chips: Chip[] = [];
  for (let left = 0; left < o.width; left += o.chipBin) {
    const a = o.invert(left);
    const b = o.invert(Math.min(left + o.chipBin, o.width));
    const i = lowerBound(lane.starts, a);
    const j = lowerBound(lane.starts, b);
    if (j > i) chips.push({ left, width: Math.min(o.chipBin, o.width - left) - o.gap, count: j - i, t0: lane.starts[i], t1: lane.ends[j - 1], ids: [], sameDate: null });
  }
  // Pinned events in view still get their cards, one row each, above the counts.
  const cards = [...pinned];
  for (const id of o.pinned) {
    const i = lane.position.get(id);
    if (i === undefined || cards.some((c) => c.id === id)) continue;
    const x0 = o.x(lane.starts[i]);
    const width = Math.min(o.cardWidth(id), o.width);
    cards.push({ id, row: 0, left: Math.max(0, Math.min(x0, o.width - width)), width, x0, x1: o.x(lane.ends[i]) });
  }
  const placed = cards.map((card, row) => ({ ...card, row }));
  return { cards: placed, chips, rows: placed.length, aggregate: true };
}
