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
  /** Time extent of the events behind the chip (start of the first, end of the last). */
  t0: number;
  t1: number;
  /** Set when every event behind the chip has the same date: zooming cannot separate them. */
  sameDate: string | null;
}

export interface LaneLayout {
  cards: Card[];
  chips: Chip[];
  rows: number;
  /** True when the chips stand for many events (drawn as a density strip as well). */
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
  /** Above this many folded events in view, the lane also shows a density strip. */
  cardBudget: number;
  /** Events that always get a card (the focused and the selected one). */
  pinned: ReadonlySet<string>;
  /** Start times (ms) of dates whose events are never folded into a chip. */
  expanded: ReadonlySet<number>;
}

/**
 * Greedy, in time order, with a skip: once every row is taken at some x, the search jumps (by
 * binary search) to the first event that starts where a row frees up. So the work is about
 * (cards shown + bins) × log(events), whatever the number of events in view.
 */
export function layoutLane(lane: LaneIndex, o: PlacementOptions): LaneLayout {
  const t0 = o.invert(0);
  const t1 = o.invert(o.width);
  const from = lowerBound(lane.starts, t0 - lane.maxSpan);
  const to = lowerBound(lane.starts, t1);
  const rowEnds: number[] = [];
  const cards: Card[] = [];
  const placed = new Set<number>();

  const geometry = (i: number) => {
    const x0 = o.x(lane.starts[i]);
    const x1 = o.x(lane.ends[i]);
    const width = Math.min(o.cardWidth(lane.ids[i]), o.width);
    return { x0, x1, width, left: Math.max(0, Math.min(x0, o.width - width)) };
  };
  const put = (i: number, row: number, g: ReturnType<typeof geometry>) => {
    // A row is taken up to the end of the card or of its interval's band, whichever is later.
    rowEnds[row] = Math.max(g.left + g.width, Math.min(g.x1, o.width));
    cards.push({ id: lane.ids[i], row, left: g.left, width: g.width, x0: g.x0, x1: g.x1 });
    placed.add(i);
  };
  const freeRow = (left: number, limit: number) => {
    for (let r = 0; r < Math.min(rowEnds.length, limit); r++) if (left >= rowEnds[r] + o.gap) return r;
    return rowEnds.length < limit ? rowEnds.length : -1;
  };

  for (let i = from; i < to; ) {
    if (lane.ends[i] <= t0) {
      i++;
      continue;
    }
    const g = geometry(i);
    const row = freeRow(g.left, o.maxRows);
    if (row !== -1) {
      put(i, row, g);
      i++;
      continue;
    }
    // Pushed in from the right edge and still no room: the later events would be pushed too.
    if (g.left < g.x0) break;
    const freeAt = Math.min(...rowEnds) + o.gap;
    i = Math.max(i + 1, Math.min(to, lowerBound(lane.starts, o.invert(freeAt))));
  }

  // Pinned events and expanded dates get cards in any row, added below the others if need be.
  const must: number[] = [];
  for (const id of o.pinned) {
    const i = lane.position.get(id);
    if (i !== undefined && !placed.has(i) && lane.ends[i] > t0 && lane.starts[i] < t1) must.push(i);
  }
  for (const t of o.expanded) for (let i = lowerBound(lane.starts, t); i < to && lane.starts[i] === t; i++) if (!placed.has(i)) must.push(i);
  for (const i of [...new Set(must)].sort((a, b) => a - b)) {
    const g = geometry(i);
    put(i, freeRow(g.left, Infinity), g);
  }
  for (const card of pinnedOutside(lane, o, t0, t1)) {
    if (rowEnds.length === 0) rowEnds.push(-Infinity);
    cards.push(card);
  }

  const chips = chipsFor(lane, o, placed, from, to, t0);
  const folded = chips.reduce((n, c) => n + c.count, 0);
  return { cards, chips, rows: rowEnds.length, aggregate: folded > o.cardBudget };
}

/** Pinned events outside the view keep a card (off screen), so focus never falls out of the DOM. */
function pinnedOutside(lane: LaneIndex, o: PlacementOptions, t0: number, t1: number): Card[] {
  const cards: Card[] = [];
  for (const id of o.pinned) {
    const i = lane.position.get(id);
    if (i === undefined || (lane.ends[i] > t0 && lane.starts[i] < t1)) continue;
    const x0 = o.x(lane.starts[i]);
    cards.push({ id, row: 0, left: x0, width: o.cardWidth(id), x0, x1: o.x(lane.ends[i]) });
  }
  return cards;
}

/**
 * The events in view that got no card, counted per bin of `chipBin` px by binary search. Spans
 * that start before the view count in the first bin.
 */
function chipsFor(lane: LaneIndex, o: PlacementOptions, placed: ReadonlySet<number>, from: number, to: number, t0: number): Chip[] {
  const placedPerBin = new Map<number, number>();
  const binOf = (i: number) => Math.floor(Math.max(0, Math.min(o.x(lane.starts[i]), o.width - 1)) / o.chipBin);
  for (const i of placed) placedPerBin.set(binOf(i), (placedPerBin.get(binOf(i)) ?? 0) + 1);

  const chips: Chip[] = [];
  const bins = Math.ceil(o.width / o.chipBin);
  for (let b = 0; b < bins; b++) {
    let i = b === 0 ? from : lowerBound(lane.starts, o.invert(b * o.chipBin));
    const j = b === bins - 1 ? to : lowerBound(lane.starts, o.invert((b + 1) * o.chipBin));
    let count = j - i - (placedPerBin.get(b) ?? 0);
    // Events that start before the view and end before it too are not in view.
    if (b === 0) {
      const inView = Math.min(j, lowerBound(lane.starts, t0));
      for (let k = i; k < inView; k++) if (lane.ends[k] <= t0) count--;
      while (i < j && lane.ends[i] <= t0) i++;
    }
    if (count <= 0) continue;
    const left = b * o.chipBin;
    chips.push({
      left,
      width: Math.min(o.chipBin, o.width - left) - o.gap,
      count,
      t0: lane.starts[i],
      t1: lane.ends[j - 1],
      sameDate: lane.keys[i] === lane.keys[j - 1] && lane.starts[i] === lane.starts[j - 1] ? lane.keys[i] : null
    });
  }
  return chips;
}
