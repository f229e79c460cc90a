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
  /** The cards of the previous frame, id to row: kept where they still fit. */
  keep?: ReadonlyMap<string, number>;
  /** No card is narrower (lets the search skip past kept cards it cannot squeeze before). */
  minCardWidth?: number;
}

/**
 * Greedy, in time order, with a skip: once every row is taken at some x, the search jumps (by
 * binary search) to the first event that starts where a row frees up. So the work is about
 * (cards shown + bins) × log(events), whatever the number of events in view.
 *
 * With `keep` (the cards of the previous frame), those that are still in view and still fit
 * are placed first, in their old rows where they can be; the greedy pass then fills the room
 * between them. A zoom or a pan thus changes a few cards at the edges instead of re-choosing
 * them all, and cards do not flicker between card and chip.
 */
export function layoutLane(lane: LaneIndex, o: PlacementOptions): LaneLayout {
  const t0 = o.invert(0);
  const t1 = o.invert(o.width);
  const from = lowerBound(lane.starts, t0 - lane.maxSpan);
  const to = lowerBound(lane.starts, t1);
  const placed = new Set<number>();
  const rowOf = new Map<number, number>();

  const geometry = (i: number) => {
    const x0 = o.x(lane.starts[i]);
    const x1 = o.x(lane.ends[i]);
    const width = Math.min(o.cardWidth(lane.ids[i]), o.width);
    const left = Math.max(0, Math.min(x0, o.width - width));
    // A row is taken up to the end of the card or of its interval's band, whichever is later.
    return { x0, x1, width, left, right: Math.max(left + width, Math.min(x1, o.width)) };
  };
  type Geometry = ReturnType<typeof geometry>;
  const geometries = new Map<number, Geometry>();
  const put = (i: number, row: number, g: Geometry) => {
    placed.add(i);
    rowOf.set(i, row);
    geometries.set(i, g);
  };

  // The kept cards, placed first: per row, in order, each starting after the previous one ends.
  const keptRows: { left: number; right: number }[][] = [];
  const keptEnds: number[] = [];
  const kept: number[] = [];
  for (const id of o.keep?.keys() ?? []) {
    const i = lane.position.get(id);
    if (i !== undefined && i >= from && i < to && lane.ends[i] > t0) kept.push(i);
  }
  for (const i of kept.sort((a, b) => a - b)) {
    const g = geometry(i);
    const fits = (r: number) => r < o.maxRows && !(g.left < (keptEnds[r] ?? -Infinity) + o.gap);
    const before = o.keep!.get(lane.ids[i])!;
    let row = fits(before) ? before : -1;
    for (let r = 0; row === -1 && r < o.maxRows; r++) if (fits(r)) row = r;
    if (row === -1) continue;
    keptEnds[row] = g.right;
    (keptRows[row] ??= []).push({ left: g.left, right: g.right });
    put(i, row, g);
  }

  // The greedy pass. A row takes a card if it starts after the row's last card and ends before
  // the row's next kept card.
  const rowEnds: number[] = [];
  const next: number[] = [];
  const minWidth = Math.min(o.minCardWidth ?? 0, o.width);
  const fold = (r: number, left: number) => {
    const row = keptRows[r] ?? [];
    let n = next[r] ?? 0;
    for (; n < row.length && row[n].left < left; n++) rowEnds[r] = Math.max(rowEnds[r] ?? -Infinity, row[n].right);
    next[r] = n;
    return row[n];
  };
  const freeRow = (g: Geometry) => {
    for (let r = 0; r < o.maxRows; r++) {
      const ahead = fold(r, g.left);
      if (g.left >= (rowEnds[r] ?? -Infinity) + o.gap && (!ahead || g.right + o.gap <= ahead.left)) return r;
    }
    return -1;
  };
  /** The first x at which a card of at least minWidth could start in some row. */
  const freeAt = (left: number) => {
    let at = Infinity;
    for (let r = 0; r < o.maxRows; r++) {
      const row = keptRows[r] ?? [];
      let x = Math.max(left, (rowEnds[r] ?? -Infinity) + o.gap);
      for (let n = next[r] ?? 0; n < row.length && x + minWidth + o.gap > row[n].left; n++) x = Math.max(x, row[n].right + o.gap);
      at = Math.min(at, x);
    }
    return at;
  };

  for (let i = from; i < to; ) {
    if (lane.ends[i] <= t0 || placed.has(i)) {
      i++;
      continue;
    }
    const g = geometry(i);
    const row = freeRow(g);
    if (row !== -1) {
      rowEnds[row] = g.right;
      put(i, row, g);
      i++;
      continue;
    }
    // Pushed in from the right edge and still no room: the later events would be pushed too.
    if (g.left < g.x0) break;
    i = Math.max(i + 1, Math.min(to, lowerBound(lane.starts, o.invert(freeAt(g.left)))));
  }
  for (let r = 0; r < o.maxRows; r++) fold(r, Infinity);

  // Pinned events and expanded dates get cards in any row, added below the others if need be.
  const must: number[] = [];
  for (const id of o.pinned) {
    const i = lane.position.get(id);
    if (i !== undefined && !placed.has(i) && lane.ends[i] > t0 && lane.starts[i] < t1) must.push(i);
  }
  for (const t of o.expanded) for (let i = lowerBound(lane.starts, t); i < to && lane.starts[i] === t; i++) if (!placed.has(i)) must.push(i);
  for (const i of [...new Set(must)].sort((a, b) => a - b)) {
    const g = geometry(i);
    let row = 0;
    while (g.left < (rowEnds[row] ?? -Infinity) + o.gap) row++;
    rowEnds[row] = g.right;
    put(i, row, g);
  }

  const cards: Card[] = [...placed]
    .sort((a, b) => a - b)
    .map((i) => {
      const g = geometries.get(i)!;
      return { id: lane.ids[i], row: rowOf.get(i)!, left: g.left, width: g.width, x0: g.x0, x1: g.x1 };
    });
  let rows = 0;
  for (const card of cards) rows = Math.max(rows, card.row + 1);
  for (const card of pinnedOutside(lane, o, t0, t1)) {
    rows = Math.max(rows, 1);
    cards.push(card);
  }

  const chips = chipsFor(lane, o, placed, from, to, t0);
  const folded = chips.reduce((n, c) => n + c.count, 0);
  return { cards, chips, rows, aggregate: folded > o.cardBudget };
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
