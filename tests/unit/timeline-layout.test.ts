import { describe, expect, test } from 'vitest';
import { buildModel } from '../../src/lib/model/model.ts';
import { lanesFor } from '../../src/lib/layout/lanes.ts';
import { cardsInOrder, heightBudget, indexLanes, layoutTimeline, METRICS, planFrame, timelineExtent } from '../../src/lib/layout/timeline.ts';
import { planRows } from '../../src/lib/layout/rows.ts';
import { feedRows } from '../../src/lib/layout/feed.ts';
import { zoomWindow, panWindow, fitWindow, type TimeWindow } from '../../src/lib/time/zoom.ts';
import { utc } from '../../src/lib/time/precision.ts';
import type { DatasetData, EventData } from '../../src/lib/model/types.ts';
import { shipped } from './fixtures.ts';

const DAY = 86_400_000;
const model = buildModel(shipped());
const lanes = lanesFor(Object.keys(model.data.actors), null);
const indexes = indexLanes(model.events, lanes);
let lo = Infinity;
let hi = -Infinity;
for (const e of model.events) [lo, hi] = [Math.min(lo, e.interval.start.getTime()), Math.max(hi, e.interval.end.getTime())];
const extent: TimeWindow = [lo - (hi - lo) * 0.03, hi + (hi - lo) * 0.12];
const limits = { extent, minSpan: DAY };
/** Cards as wide as their title at 7 px a character, 96 to 320 px. */
const cardWidth = (id: string) => Math.max(96, Math.min(320, model.byId.get(id)!.title.de.length * 7 + 36));

function frame(width: number, window: TimeWindow, available = 700) {
  const plan = planFrame({ lanes: indexes, width, cardWidth, extent, available });
  return layoutTimeline({ lanes: indexes, plan, window, width, cardWidth, pinned: new Set(), lang: 'de' });
}

type Layout = ReturnType<typeof frame>;
const boxes = (l: Layout) => l.lanes.flatMap((f) => f.layout.cards.map((c) => ({ ...c, top: f.rowsTop + c.row * METRICS.row })));

function overlaps(l: Layout): string[] {
  const found: string[] = [];
  const all = boxes(l);
  for (const a of all)
    for (const b of all)
      if (a.id < b.id && a.top === b.top && a.left < b.left + b.width && b.left < a.left + a.width) found.push(`${a.id} × ${b.id}`);
  return found;
}

/** The zoom sequences a reader makes: in around 16 June, out, a pan, a fitted day. */
const sequence = (): TimeWindow[] => {
  const june16 = utc(2021, 6, 16);
  const steps: TimeWindow[] = [extent];
  for (let i = 0; i < 8; i++) steps.push(zoomWindow(steps[steps.length - 1], 1.5, june16, limits));
  steps.push(panWindow(steps[steps.length - 1], -20 * DAY, limits));
  for (let i = 0; i < 4; i++) steps.push(zoomWindow(steps[steps.length - 1], 1 / 1.5, (steps[steps.length - 1][0] + steps[steps.length - 1][1]) / 2, limits));
  steps.push(fitWindow([june16, june16 + DAY], limits));
  return steps;
};

describe('layoutTimeline over zoom sequences', () => {
  for (const width of [640, 680, 780, 1024, 1100, 1280, 1920, 2560])
    test(`at ${width} px: no two cards overlap, the height never changes, every card is on its date`, () => {
      const heights = new Set<number>();
      for (const window of sequence()) {
        const layout = frame(width, window);
        heights.add(layout.height);
        expect(overlaps(layout), `window ${window.map((t) => new Date(t).toISOString().slice(0, 10))}`).toEqual([]);
        const x = (t: number) => ((t - window[0]) / (window[1] - window[0])) * width;
        for (const card of boxes(layout)) {
          const event = model.byId.get(card.id)!;
          const [x0, x1] = [x(event.interval.start.getTime()), x(event.interval.end.getTime())];
          if (x0 < 0) continue; // a span begun before the view starts at its left edge
          // Starts at its mark, ends at it (or at the view's edge, where its date runs on past it),
          // or, a wide day's cards side by side, lies within its date.
          const right = card.left + card.width;
          const onDate =
            Math.abs(card.left - x0) < 1 ||
            Math.abs(right - x1) < 1 ||
            (Math.abs(right - Math.min(x1, width)) < 1 && card.left <= x0) ||
            (card.left >= x0 - 1 && right <= x1 + 1);
          expect(onDate, `${card.id} at ${card.left}–${card.left + card.width}, date ${x0}–${x1}`).toBe(true);
        }
      }
      expect([...heights]).toHaveLength(1);
    });

  test.each([680, 1024, 1280])('at %i px, the cards of 16 June at the overview form one aligned group per lane', (width) => {
    const layout = frame(width, extent);
    for (const f of layout.lanes) {
      const june = f.layout.cards.filter((c) => model.byId.get(c.id)!.date.start === '2021-06-16');
      expect(new Set(june.map((c) => Math.round(c.left))).size).toBeLessThanOrEqual(1);
    }
  });

  test('a fitted day shows all ten events of 16 June when the frame has room for them', () => {
    const june16 = utc(2021, 6, 16);
    const layout = frame(1280, fitWindow([june16, june16 + DAY], limits), 900);
    const shown = boxes(layout).filter((c) => model.byId.get(c.id)!.date.start === '2021-06-16');
    expect(shown).toHaveLength(10);
  });

  test('the frame is filled from the top: a lane with no events left after filtering has no rows', () => {
    const plan = planFrame({ lanes: indexLanes(model.events.filter((e) => e.actors[0] === 'usa'), lanes), width: 1280, cardWidth, extent, available: 700 });
    expect(plan.rows.slice(1)).toEqual([0, 0]);
    expect(plan.rows[0]).toBeGreaterThan(0);
  });
});

describe('planRows', () => {
  const m = { axis: 30, head: 20, row: 58, chips: 32, pad: 6 };
  test.each([
    ['every lane gets what it needs when there is room', [2, 3, 5], [4, 5, 5], 2000, [2, 3, 5]],
    ['rows go round the lanes that need them, the one lacking most first', [2, 4, 5], [4, 5, 5], 620, [2, 2, 3]],
    ['a lane with no events gets no row', [0, 3], [0, 3], 2000, [0, 3]],
    ['with too little room, each lane with events still gets one row', [5, 5], [5, 5], 100, [1, 1]],
    ['a lane never gets more rows than events', [8], [2], 2000, [2]]
  ])('%s', (_name, needs, counts, available, rows) => expect(planRows(needs, counts, available, m).rows).toEqual(rows));

  test('lanes with more events than rows keep a chip row, and the height adds up', () => {
    const plan = planRows([2, 1], [5, 1], 2000, m);
    expect(plan.chips).toEqual([true, false]);
    expect(plan.height).toBe(30 + (20 + 2 * 58 + 32 + 6) + (20 + 58 + 6));
  });
});

describe('the phone feed’s dividers', () => {
  const ev = (id: string, start: string, precision: 'year' | 'month' | 'day'): EventData => ({
    id,
    title: { de: id, en: id },
    summary: { de: id, en: id },
    date: { start, precision },
    actors: ['usa'],
    tags: [],
    sources: []
  });
  const events = buildModel({ ...shipped(), events: [ev('a', '0900', 'year'), ev('b', '1978', 'year'), ev('c', '1978-03', 'month'), ev('d', '1978-03-05', 'day'), ev('e', '1979', 'year')] } as DatasetData).events;
  test('year-only events go under year dividers, others under months, without zero padding', () => {
    expect(feedRows(events, 'de').map((r) => r.divider)).toEqual(['900', '1978', 'März 1978', null, '1979']);
    expect(feedRows(events, 'en').map((r) => r.divider)).toEqual(['900', '1978', 'March 1978', null, '1979']);
  });

  test('deep-time events go under their own years, not under the first year a Date can hold', () => {
    const deep = buildModel({ ...shipped(), events: [ev('big-bang', '-13799999999', 'year'), ev('homo', '-299999', 'year'), ev('writing', '-3199', 'year')] } as DatasetData).events;
    expect(feedRows(deep, 'en').map((r) => r.divider)).toEqual(['13.8B BCE', '300,000 BCE', '3200 BCE']);
  });
});

describe('the frame around the layout', () => {
  test.each([
    { why: 'the caller’s height, less the zoom buttons', o: { height: 600, lanes: 5 }, budget: 600 - 46 },
    { why: 'never less than 240 px', o: { height: 100, lanes: 5 }, budget: 240 },
    { why: 'up to three lanes take what they need', o: { lanes: 3 }, budget: Infinity },
    { why: 'more lanes take 90 % of the window', o: { lanes: 4 }, budget: 900 - 46 },
    { why: 'in an embed, the screen bounds them, at least 900 px', o: { lanes: 4, embedded: true }, budget: 900 - 46 }
  ])('the height budget: $why', ({ o, budget }) => {
    expect(heightBudget({ embedded: false, windowHeight: 1000, screenHeight: 700, ...o })).toBe(budget);
  });

  test('the extent spans every event with a margin, and at least 30 days', () => {
    const [a, b] = timelineExtent(model.events);
    expect(a).toBeLessThan(model.events[0].interval.start.getTime());
    expect(b).toBeGreaterThan(model.events.at(-1)!.interval.end.getTime());
    const one = timelineExtent([model.events[0]]);
    expect(one[1] - one[0]).toBeGreaterThanOrEqual(30 * DAY);
  });

  test('cards come in chronological order, each with its lane and its top below the mark strip', () => {
    const layout = frame(1280, extent);
    const cards = cardsInOrder(layout, (id) => model.byId.get(id)!.index);
    expect(cards.map((c) => model.byId.get(c.id)!.index)).toEqual([...cards.map((c) => model.byId.get(c.id)!.index)].sort((x, y) => x - y));
    for (const card of cards) expect(card.top).toBe(layout.lanes[card.lane].rowsTop + card.row * METRICS.row + METRICS.strip);
  });
});
