import { describe, expect, test } from 'vitest';
import { indexLane, layoutLane, lowerBound, type Card, type PlacementOptions } from '../../src/lib/layout/placement.ts';

const DAY = 86_400_000;
const item = (id: string, day: number, days = 1, key = `d${day}`) => ({ id, start: day * DAY, end: (day + days) * DAY, key });
/** 1 px per hour over days 0..width/24. */
const options = (over: Partial<PlacementOptions> = {}): PlacementOptions => ({
  width: 960,
  x: (t) => t / 3_600_000,
  invert: (px) => px * 3_600_000,
  cardWidth: () => 100,
  maxRows: 3,
  gap: 4,
  chipBin: 120,
  cardBudget: 200,
  pinned: new Set(),
  side: 100,
  ...over
});

/** Cards and their interval bands, which share the row: neither may overlap another's (cards of one date share their band). */
function overlaps(cards: Card[], width = Infinity): string[] {
  const right = (c: Card) => Math.max(c.left + c.width, Math.min(c.x1, width));
  const found: string[] = [];
  for (const a of cards)
    for (const b of cards) {
      if (a.id >= b.id || a.row !== b.row) continue;
      const sameDate = a.x0 === b.x0 && a.x1 === b.x1;
      const boxes = a.left < b.left + b.width && b.left < a.left + a.width;
      if (boxes || (!sameDate && a.left < right(b) && b.left < right(a))) found.push(`${a.id}/${b.id}`);
    }
  return found;
}

describe('lowerBound', () => {
  test.each([
    [[1, 2, 2, 3], 2, 1],
    [[1, 2, 2, 3], 0, 0],
    [[1, 2, 2, 3], 4, 4],
    [[], 1, 0]
  ])('in %o, %d goes at %d', (values, x, expected) => expect(lowerBound(Float64Array.from(values), x)).toBe(expected));
});

describe('layoutLane', () => {
  test('events far apart share the first row', () => {
    const layout = layoutLane(indexLane([item('a', 1), item('b', 10), item('c', 20)]), options());
    expect(layout.cards.map((c) => [c.id, c.row])).toEqual([['a', 0], ['b', 0], ['c', 0]]);
    expect(layout.rows).toBe(1);
  });

  test('events of the same day stack into rows instead of piling up', () => {
    const layout = layoutLane(indexLane([item('a', 5), item('b', 5), item('c', 5)]), options());
    expect(layout.cards.map((c) => c.row)).toEqual([0, 1, 2]);
    expect(overlaps(layout.cards)).toEqual([]);
  });

  test('beyond maxRows, events become a chip that says how many and that they share a date', () => {
    const layout = layoutLane(indexLane([item('a', 5), item('b', 5), item('c', 5), item('d', 5), item('e', 5)]), options());
    expect(layout.cards).toHaveLength(3);
    expect(layout.chips).toEqual([expect.objectContaining({ count: 2, sameDate: 'd5' })]);
  });

  test('a date wide on screen takes its further cards side by side, within the date', () => {
    // 1 px per 10 s: a day is 8640 px wide.
    const wide = options({ width: 960, x: (t) => (t - 5 * DAY) / 10_000, invert: (px) => 5 * DAY + px * 10_000 });
    const items = [item('a', 5), item('b', 5), item('c', 5), item('d', 5), item('e', 5)];
    const layout = layoutLane(indexLane(items), wide);
    expect(layout.cards).toHaveLength(5);
    expect(layout.chips).toEqual([]);
    expect(overlaps(layout.cards)).toEqual([]);
    expect(layout.cards.map((c) => [c.id, c.row, c.left])).toEqual([['a', 0, 0], ['b', 1, 0], ['c', 2, 0], ['d', 0, 104], ['e', 1, 104]]);
  });

  test('pinning an event that has a card anyway moves no card (focus never moves a card from under the pointer)', () => {
    const items = [item('a', 1), item('b', 2), item('c', 3), item('d', 5), item('e', 5)];
    const plain = layoutLane(indexLane(items), options());
    expect(plain.cards.length).toBeLessThan(items.length);
    for (const { id } of plain.cards) expect(layoutLane(indexLane(items), options({ pinned: new Set([id]) })).cards).toEqual(plain.cards);
  });

  test('a pinned event gets a card before the others of its date', () => {
    const items = [item('a', 5), item('b', 5), item('c', 5), item('d', 5)];
    const layout = layoutLane(indexLane(items), options({ pinned: new Set(['d']) }));
    expect(layout.cards.map((c) => c.id)).toContain('d');
    expect(layout.rows).toBe(3);
  });

  test.each([
    ['with room to the right, a card starts at its mark', 5, 'start'],
    ['near the right edge, a card ends at its mark', 38, 'end']
  ])('%s', (_name, day, side) => {
    const [card] = layoutLane(indexLane([item('e', day)]), options({ side: 300 })).cards;
    if (side === 'start') expect(card.left).toBe(card.x0);
    else expect(card.left + card.width).toBe(card.x1);
  });

  test('cards of one date stand as one aligned group: one left edge, one width', () => {
    const widths: Record<string, number> = { a: 80, b: 140, c: 100 };
    const layout = layoutLane(indexLane([item('a', 38), item('b', 38), item('c', 38)]), options({ side: 300, cardWidth: (id) => widths[id] }));
    expect(new Set(layout.cards.map((c) => c.left)).size).toBe(1);
    expect(new Set(layout.cards.map((c) => c.width))).toEqual(new Set([140]));
    expect(layout.cards[0].left + 140).toBe(layout.cards[0].x1);
  });

  test('a pinned event out of view keeps an off-screen card', () => {
    const layout = layoutLane(indexLane([item('a', 5), item('far', 400)]), options({ pinned: new Set(['far']) }));
    const far = layout.cards.find((c) => c.id === 'far')!;
    expect(far.left).toBeGreaterThan(960);
  });

  test('events out of view get no card', () => {
    const layout = layoutLane(indexLane([item('a', 5), item('far', 400)]), options());
    expect(layout.cards.map((c) => c.id)).toEqual(['a']);
  });

  test('a long span that starts before the view is still found and its card is kept inside the view', () => {
    const layout = layoutLane(indexLane([item('span', -100, 110), item('b', 30)]), options());
    const span = layout.cards.find((c) => c.id === 'span')!;
    expect(span.left).toBe(0);
    expect(span.x0).toBeLessThan(0);
  });

  test('a long band keeps later cards out of its row', () => {
    const layout = layoutLane(indexLane([item('month', 1, 30), item('later', 10)]), options());
    expect(layout.cards.map((c) => [c.id, c.row])).toEqual([['month', 0], ['later', 1]]);
  });

  test('a card near the right edge is kept inside the view', () => {
    const layout = layoutLane(indexLane([item('edge', 39)]), options());
    expect(layout.cards[0].left + layout.cards[0].width).toBeLessThanOrEqual(960);
  });

  test('many events in view: as many cards as fit, the rest counted per bin, with a density strip', () => {
    const many = Array.from({ length: 500 }, (_, i) => item(`e${i}`, i % 40));
    const layout = layoutLane(indexLane(many), options());
    expect(layout.aggregate).toBe(true);
    expect(layout.cards.length).toBeGreaterThan(0);
    expect(layout.rows).toBeLessThanOrEqual(3);
    expect(overlaps(layout.cards, 960)).toEqual([]);
    expect(layout.cards.length + layout.chips.reduce((n, c) => n + c.count, 0)).toBe(500);
    for (const chip of layout.chips) expect(chip.left + chip.width).toBeLessThanOrEqual(960);
  });

  test('the work does not grow with the number of events in view', () => {
    const lane = (n: number) => indexLane(Array.from({ length: n }, (_, i) => item(`e${i}`, (i * 40) / n)));
    let calls = 0;
    const counting = options({ cardWidth: () => (calls++, 100), minCardWidth: 100 });
    layoutLane(lane(1_000), counting);
    const small = calls;
    calls = 0;
    layoutLane(lane(100_000), counting);
    expect(calls).toBeLessThan(small * 3);
  });

  test.each([
    ['at the overview', 1],
    ['with the day filling the view', 1 / 24]
  ])('5,000 events on one day take little work %s', (_name, daysPerWidth) => {
    let calls = 0;
    const lane = indexLane(Array.from({ length: 5000 }, (_, i) => item(`e${i}`, 5)));
    const span = daysPerWidth * 40 * DAY;
    const layout = layoutLane(lane, options({ x: (t) => ((t - 5 * DAY) / span) * 960, invert: (px) => 5 * DAY + (px / 960) * span, cardWidth: () => (calls++, 100), minCardWidth: 100 }));
    expect(calls).toBeLessThan(300);
    expect(layout.cards.length + layout.chips.reduce((n, c) => n + c.count, 0)).toBe(5000);
  });

  test.each([320, 768, 1280, 2560])('no two cards overlap in a dense random lane at %i px', (width) => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const items = Array.from({ length: 120 }, (_, i) => item(`e${i}`, Math.floor(random() * 60), 1 + Math.floor(random() * 3)));
    const layout = layoutLane(indexLane(items), options({ width, x: (t) => (t / (60 * DAY)) * width, invert: (px) => (px / width) * 60 * DAY, cardWidth: (id) => 60 + (id.length * 13) % 90 }));
    expect(overlaps(layout.cards, width)).toEqual([]);
    const placed = layout.cards.length + layout.chips.reduce((n, c) => n + c.count, 0);
    expect(placed).toBe(120);
    const chips = layout.chips;
    for (let i = 1; i < chips.length; i++) expect(chips[i].left).toBeGreaterThanOrEqual(chips[i - 1].left + chips[i - 1].width);
  });

  describe('keeping the cards of the previous frame', () => {
    /** 1 px per hour, scaled by k around px 0. */
    const zoomed = (k: number, over: Partial<PlacementOptions> = {}) =>
      options({ x: (t) => (t / 3_600_000) * k, invert: (px) => (px / k) * 3_600_000, maxRows: 1, minCardWidth: 100, ...over });
    const dense = indexLane(Array.from({ length: 200 }, (_, i) => item(`e${i}`, i / 5)));
    const ids = (layout: { cards: Card[] }) => layout.cards.map((c) => c.id);
    const keepOf = (layout: { cards: Card[] }) => new Map(layout.cards.map((c) => [c.id, c.row]));

    test.each([
      [1, 1.1],
      [1, 3],
      [2, 2.5]
    ])('zooming in from k = %d to %d keeps every card still wholly in view', (before, after) => {
      const first = layoutLane(dense, zoomed(before));
      const kept = layoutLane(dense, zoomed(after, { previous: keepOf(first) }));
      // (A card pushed in from the right edge may give way: it moved left into its neighbour.)
      const end = zoomed(after).invert(960 - 100);
      const inView = ids(first).filter((id) => dense.starts[dense.position.get(id)!] < end);
      expect(inView.length).toBeGreaterThan(0);
      expect(ids(kept)).toEqual(expect.arrayContaining(inView));
      expect(overlaps(kept.cards, 960)).toEqual([]);
    });

    test.each([
      ['zooming out a little', 1.1, 1],
      ['panning a little', 1, 1, 30]
    ])('%s keeps more cards than a fresh layout would', (_name, before, after, shift = 0) => {
      const first = layoutLane(dense, zoomed(before));
      const moved = (k: number, previous?: Map<string, number>) =>
        zoomed(k, { x: (t) => (t / 3_600_000) * k - shift, invert: (px) => ((px + shift) / k) * 3_600_000, previous });
      const fresh = layoutLane(dense, moved(after));
      const kept = layoutLane(dense, moved(after, keepOf(first)));
      const stay = (layout: { cards: Card[] }) => ids(layout).filter((id) => ids(first).includes(id)).length;
      expect(stay(kept)).toBeGreaterThan(stay(fresh));
      expect(overlaps(kept.cards, 960)).toEqual([]);
    });

    test.each([
      { why: 'a kept card goes back to its row when it fits there', previous: [['a', 0], ['b', 1], ['c', 2]], rows: [['a', 0], ['b', 1], ['c', 2]] },
      { why: 'rows whose cards left the view do not stay empty above the kept ones', previous: [['b', 2], ['c', 3]], rows: [['a', 1], ['b', 0], ['c', 1]] },
      { why: 'a lone kept card rises to the first row', previous: [['c', 5]], rows: [['a', 0], ['b', 1], ['c', 0]] }
    ] as { why: string; previous: [string, number][]; rows: [string, number][] }[])('$why', ({ previous, rows }) => {
      const lane = indexLane([item('a', 5), item('b', 5), item('c', 20)]);
      const layout = layoutLane(lane, options({ maxRows: 4, previous: new Map(previous) }));
      expect(layout.cards.map((c) => [c.id, c.row]).sort()).toEqual(rows);
    });

    test('the greedy pass fills the room between kept cards, never over them', () => {
      const lane = indexLane([item('a', 1), item('b', 8), item('c', 14), item('d', 30)]);
      const layout = layoutLane(lane, options({ maxRows: 1, previous: new Map([['b', 0], ['d', 0]]), minCardWidth: 100 }));
      // a (24..124 px) fits before b (192..292); c (336..) fits after b; d is kept.
      expect(ids(layout).sort()).toEqual(['a', 'b', 'c', 'd']);
      expect(layout.rows).toBe(1);
      expect(overlaps(layout.cards, 960)).toEqual([]);
    });

    test('kept cards that no longer fit give way and are counted in chips', () => {
      const lane = indexLane([item('a', 5), item('b', 5), item('c', 5)]);
      const layout = layoutLane(lane, options({ maxRows: 1, previous: new Map([['a', 0], ['b', 0], ['c', 0]]) }));
      expect(ids(layout)).toEqual(['a']);
      expect(layout.chips.reduce((n, c) => n + c.count, 0)).toBe(2);
    });

    test('kept ids of other lanes and of events out of view are ignored', () => {
      const lane = indexLane([item('a', 5), item('far', 400)]);
      const layout = layoutLane(lane, options({ previous: new Map([['far', 0], ['elsewhere', 1]]) }));
      expect(ids(layout)).toEqual(['a']);
    });

    test.each([320, 768, 1280, 2560])('no two cards overlap at %i px through a zoom in and out with kept cards', (width) => {
      let seed = 11;
      const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
      const lane = indexLane(Array.from({ length: 400 }, (_, i) => item(`e${i}`, Math.floor(random() * 60), 1 + Math.floor(random() * 3))));
      let keep = new Map<string, number>();
      const steps = [1, 1.2, 1.5, 2, 3, 5, 8, 5, 3, 2, 1.4, 1];
      for (const k of steps) {
        const span = (60 * DAY) / k;
        const layout = layoutLane(lane, options({
          width,
          x: (t) => (t / span) * width,
          invert: (px) => (px / width) * span,
          cardWidth: (id) => 100 + (id.length * 13) % 90,
          minCardWidth: 100,
          previous: keep
        }));
        expect(overlaps(layout.cards, width), `at k = ${k}`).toEqual([]);
        expect(layout.rows).toBeLessThanOrEqual(3);
        const inView = lane.ids.filter((_, i) => lane.ends[i] > 0 && lane.starts[i] < span).length;
        expect(layout.cards.length + layout.chips.reduce((n, c) => n + c.count, 0)).toBe(inView);
        keep = keepOf(layout);
      }
    });
  });
});
