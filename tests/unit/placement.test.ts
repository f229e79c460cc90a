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
  expanded: new Set(),
  ...over
});

/** Cards and their interval bands, which share the row: neither may overlap another's. */
function overlaps(cards: Card[], width = Infinity): string[] {
  const right = (c: Card) => Math.max(c.left + c.width, Math.min(c.x1, width));
  const found: string[] = [];
  for (const a of cards)
    for (const b of cards)
      if (a.id < b.id && a.row === b.row && a.left < right(b) && b.left < right(a)) found.push(`${a.id}/${b.id}`);
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

  test('an expanded date is never folded into a chip', () => {
    const items = [item('a', 5), item('b', 5), item('c', 5), item('d', 5), item('e', 5)];
    const layout = layoutLane(indexLane(items), options({ expanded: new Set([5 * DAY]) }));
    expect(layout.cards).toHaveLength(5);
    expect(layout.chips).toEqual([]);
    expect(overlaps(layout.cards)).toEqual([]);
  });

  test('a pinned event always gets a card, even past maxRows', () => {
    const items = [item('a', 5), item('b', 5), item('c', 5), item('d', 5)];
    const layout = layoutLane(indexLane(items), options({ pinned: new Set(['d']) }));
    expect(layout.cards.map((c) => c.id)).toContain('d');
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
    const counting = options({ cardWidth: () => (calls++, 100) });
    layoutLane(lane(1_000), counting);
    const small = calls;
    calls = 0;
    layoutLane(lane(100_000), counting);
    expect(calls).toBeLessThan(small * 3);
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
});
