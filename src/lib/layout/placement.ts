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
  // Events come mostly in time order already: a check costs one pass, a sort of sorted data more.
  let sorted = items;
  for (let i = 1; i < items.length; i++)
    if (items[i].start < items[i - 1].start || (items[i].start === items[i - 1].start && items[i].end < items[i - 1].end)) {
      sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
      break;
    }
  const n = sorted.length;
  const ids: string[] = new Array(n);
  const keys: string[] = new Array(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const position = new Map<string, number>();
  let maxSpan = 0;
  for (let i = 0; i < n; i++) {
    const item = sorted[i];
    ids[i] = item.id;
    keys[i] = item.key;
    starts[i] = item.start;
    ends[i] = item.end;
    position.set(item.id, i);
    maxSpan = Math.max(maxSpan, item.end - item.start);
  }
  return { ids, starts, ends, keys, maxSpan, position };
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
  /** Events that always get a card where they fit (the focused one first, then the selected one). */
  pinned: ReadonlySet<string>;
  /**
   * The most room a card needs to start at its mark (the widest card): a card with less room to
   * its right ends at its mark instead, so cards can end at their marks only in the last `side`
   * px of the view. The cards of one date are equally wide, so they take the same side and
   * stand as one aligned group.
   */
  side: number;
  /** The cards of a previous frame, id to row: kept in their rows where they still fit. */
  previous?: ReadonlyMap<string, number>;
  /** No card is narrower (lets the search skip past kept cards it cannot squeeze before). */
  minCardWidth?: number;
}

/**
 * Greedy, in time order, with a skip: once every row is taken at some x, the search jumps (by
 * binary search) to the first event that starts where a row frees up. So the work is about
 * (cards shown + bins) × log(events), whatever the number of events in view.
 *
 * A card starts at its mark, or ends at it near the right edge of the view; a span that began
 * before the view starts at the view's left edge. Cards of one date (the same interval) that
 * find no free row stand side by side within the date's band when it is wide enough (a day
 * zoomed to fill the view), as one group in their order. Pinned events, then those of
 * `previous`, are placed first (in the order of their rows, closed up); the greedy pass fills
 * the room between them.
 */
export function layoutLane(lane: LaneIndex, o: PlacementOptions): LaneLayout {
  // Pinned events go first only when they would not get a card anyway: focusing or selecting a
  // card must never move it from under the pointer.
  const plain = place(lane, o, false);
  const t0 = o.invert(0);
  const t1 = o.invert(o.width);
  const missing = [...o.pinned].some((id) => {
    const i = lane.position.get(id);
    return i !== undefined && lane.ends[i] > t0 && lane.starts[i] < t1 && !plain.cards.some((c) => c.id === id);
  });
  return missing ? place(lane, o, true) : plain;
}

function place(lane: LaneIndex, o: PlacementOptions, pinnedFirst: boolean): LaneLayout {
  const t0 = o.invert(0);
  const t1 = o.invert(o.width);
  const from = lowerBound(lane.starts, t0 - lane.maxSpan);
  const to = lowerBound(lane.starts, t1);
  const cards: Card[] = [];
  const placed = new Set<number>();
  /** Per row: the end of what is taken so far, the last card's right edge and index. */
  const rowEnds: number[] = [];
  const cardEnds: number[] = [];
  const lasts: number[] = [];
  const ahead: Geometry[][] = [];
  type Geometry = ReturnType<typeof geometry>;

  const sameDate = (a: number, b: number | undefined) => b !== undefined && b >= 0 && b < lane.ids.length && lane.starts[a] === lane.starts[b] && lane.ends[a] === lane.ends[b];
  /** The first and the after-last index of event i's date (its run of equal start and end), by binary search. */
  const runOf = (i: number): [number, number] => {
    let lo = lowerBound(lane.starts, lane.starts[i]);
    let hi = i;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (lane.ends[mid] < lane.ends[i]) lo = mid + 1;
      else hi = mid;
    }
    let end = i + 1;
    for (let step = 1; end < lane.ids.length && sameDate(end, i); step *= 2) end = Math.min(lane.ids.length, end + step);
    let a = i + 1;
    while (a < end) {
      const mid = (a + end) >>> 1;
      if (sameDate(mid, i)) a = mid + 1;
      else end = mid;
    }
    return [lo, a];
  };
  /** Cards of one date are as wide as the widest of them (the first 64 looked at), so they align on both edges. */
  const runWidths = new Map<number, number>();
  const cardWidth = (i: number) => {
    if (!sameDate(i, i - 1) && !sameDate(i, i + 1)) return o.cardWidth(lane.ids[i]);
    const [first, after] = runOf(i);
    let w = runWidths.get(first);
    if (w === undefined) {
      w = 0;
      for (let k = first; k < after && k - first < 64; k++) w = Math.max(w, o.cardWidth(lane.ids[k]));
      runWidths.set(first, w);
    }
    return w;
  };
  const geometry = (i: number) => {
    const x0 = o.x(lane.starts[i]);
    const x1 = o.x(lane.ends[i]);
    const width = Math.min(cardWidth(i), o.width);
    const bandRight = Math.min(x1, o.width);
    const left = x0 < 0 ? 0 : x0 + width <= o.width ? x0 : Math.max(0, Math.min(x0, bandRight - width));
    // A row is taken up to the end of the card or of its interval's band, whichever is later.
    return { i, x0, x1, width, left, right: Math.max(left + width, bandRight) };
  };
  const put = (g: Geometry, row: number, left = g.left) => {
    placed.add(g.i);
    cards.push({ id: lane.ids[g.i], row, left, width: g.width, x0: g.x0, x1: g.x1 });
  };
  /** Takes row r up to a card placed by the greedy pass (or passed by it). */
  const take = (g: Geometry, r: number, left = g.left) => {
    rowEnds[r] = Math.max(end(r), g.right, left + g.width);
    cardEnds[r] = left + g.width;
    lasts[r] = g.i;
  };
  const end = (r: number) => rowEnds[r] ?? -Infinity;
  /** Moves the kept cards of row r that start at or before x behind the search. */
  const pass = (r: number, x: number) => {
    for (const row = ahead[r] ?? []; row.length && row[0].left <= x; ) take(row.shift()!, r);
  };

  // Pinned and previous cards first, in their rows where they fit.
  const kept = new Map<number, number>();
  for (const [id, row] of [...(pinnedFirst ? [...o.pinned].map((id) => [id, 0] as const) : []), ...(o.previous ?? [])]) {
    const i = lane.position.get(id) ?? -1;
    if (i >= from && i < to && lane.ends[i] > t0 && !kept.has(i)) kept.set(i, row);
  }
  // Kept cards keep the order of their rows but close up: rows whose cards all left the view
  // do not stay empty above the rest.
  const used = [...new Set(kept.values())].sort((a, b) => a - b);
  const rank = new Map(used.map((row, k) => [row, k]));
  for (const [i, row] of kept) kept.set(i, rank.get(row)!);
  for (const [i, before] of kept) {
    const g = geometry(i);
    const free = (r: number) => r < o.maxRows && !(ahead[r] ?? []).some((k) => g.left < k.right + o.gap && k.left < g.right + o.gap);
    let row = before;
    for (let r = 0; !free(row) && r < o.maxRows; r++) row = r;
    if (!free(row)) continue;
    (ahead[row] ??= []).push(g);
    put(g, row);
  }
  for (const row of ahead) row?.sort((a, b) => a.left - b.left);

  // Then greedily the rest: a card fits a row after the row's last card and before its next kept one.
  const minWidth = Math.min(o.minCardWidth ?? 0, o.width);
  for (let i = from; i < to; ) {
    if (lane.ends[i] <= t0 || placed.has(i)) {
      i++;
      continue;
    }
    const g = geometry(i);
    let row = -1;
    for (let r = 0; row < 0 && r < o.maxRows; r++) {
      pass(r, g.left);
      const next = ahead[r]?.[0];
      if (g.left >= end(r) + o.gap && !(next && g.right + o.gap > next.left)) row = r;
    }
    if (row >= 0) {
      take(g, row);
      put(g, row);
      i++;
      continue;
    }
    // A date whose band is wide enough (a day zoomed to fill the view) takes its further cards
    // side by side, after the last card of the same date in some row.
    const bandLeft = Math.max(0, g.x0);
    const bandRight = Math.min(g.x1, o.width);
    if (bandRight - bandLeft >= 2 * g.width + o.gap) {
      // Column by column: the row whose last card of this date ends first.
      let left = Infinity;
      for (let r = 0; r < o.maxRows; r++) {
        const at = (cardEnds[r] ?? -Infinity) + o.gap;
        const next = ahead[r]?.[0];
        if (at < left && sameDate(i, lasts[r]) && at + g.width <= bandRight && !(next && at + g.width + o.gap > next.left)) [row, left] = [r, at];
      }
      if (row >= 0) {
        take(g, row, left);
        put(g, row, left);
        i++;
        continue;
      }
    }
    // Skip to the first event whose card could fit some row: after the row's last card, not into
    // a kept one. A card that starts at its mark must start there; one that ends at its mark (in
    // the last `side` px) must end at least minWidth after the row's end.
    let freeAt = Infinity;
    let freeAny = Infinity;
    for (let r = 0; r < o.maxRows; r++) {
      const fit = (from: number) => {
        let x = from;
        for (const k of ahead[r] ?? []) if (x + minWidth + o.gap > k.left) x = Math.max(x, k.right + o.gap);
        return x;
      };
      freeAt = Math.min(freeAt, fit(Math.max(g.left, end(r) + o.gap)));
      freeAny = Math.min(freeAny, fit(end(r) + o.gap));
    }
    const boundary = o.width - o.side;
    // A card narrower than `side` may still start at its mark past the boundary, if it has room
    // (freeAt bounds those); one that ends at its mark needs room before it (the second bound).
    const starting = freeAt <= o.width - minWidth ? freeAt : Infinity;
    const next = Math.min(starting, Math.max(boundary, freeAny + minWidth - (o.x(t0 + lane.maxSpan) - o.x(t0))));
    // The rest of this date has the same geometry: it cannot fit either.
    const after = sameDate(i, i + 1) ? runOf(i)[1] : i + 1;
    i = Math.max(after, Math.min(to, lowerBound(lane.starts, o.invert(next))));
  }

  let rows = 0;
  for (const card of cards) rows = Math.max(rows, card.row + 1);
  for (const card of pinnedOutside(lane, o, t0, t1)) {
    rows ||= 1;
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
