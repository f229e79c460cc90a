import { describe, expect, test } from 'vitest';
import { layoutStrip } from '../../src/lib/present/strip.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import type { DatasetData, EventData } from '../../src/lib/model/types.ts';
import { shipped } from './fixtures.ts';

function ev(id: string, start: string, extra: Partial<EventData['date']> = {}): EventData {
  const precision = start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year';
  return { id, title: { de: id, en: id }, summary: { de: id, en: id }, date: { start, precision, ...extra }, actors: ['x'], tags: [], sources: [] };
}
const eventsOf = (events: EventData[]) => buildModel({ ...shipped(), events } as DatasetData).events;

describe('layoutStrip', () => {
  const options = { dot: 10, gap: 2, maxLanes: 3, inset: 0 };

  test('a month is a bar from its first to its last day; a day is a dot', () => {
    const { marks } = layoutStrip(eventsOf([ev('jan', '2021-01'), ev('day', '2021-03-15')]), 1000, options);
    const [jan, day] = marks;
    expect(jan.kind).toBe('bar');
    expect(day.kind).toBe('dot');
    expect(day.width).toBe(10);
    expect(jan.width).toBeGreaterThan(100);
  });

  test('the axis is niced to whole periods and covers every mark', () => {
    const { marks } = layoutStrip(eventsOf([ev('a', '2021-01-10'), ev('b', '2021-06-16')]), 600, options);
    for (const m of marks) {
      expect(m.x).toBeGreaterThanOrEqual(0);
      expect(m.x + m.width).toBeLessThanOrEqual(600);
    }
  });

  test('an upper bound ("by March") is an open-started bar', () => {
    const { marks } = layoutStrip(eventsOf([ev('killer', '2021-01', { end: '2021-03', before: 'march' }), ev('march', '2021-03')]), 800, options);
    expect(marks.find((m) => m.id === 'killer')).toMatchObject({ kind: 'bar', openStart: true });
  });

  test('overlapping bars stack into lanes; a later bar reuses a free lane', () => {
    const { marks, lanes } = layoutStrip(eventsOf([ev('jan', '2021-01'), ev('q1', '2021-01', { end: '2021-03' }), ev('apr', '2021-04')]), 1200, options);
    const lane = Object.fromEntries(marks.map((m) => [m.id, m.lane]));
    expect(lane).toEqual({ jan: 0, q1: 1, apr: 0 });
    expect(lanes).toBe(2);
  });

  test.each([
    [1, [0], 1],
    [3, [0, 1, 2], 1],
    [4, [0, 1, 2, 0], 2],
    [7, [0, 1, 2, 0, 1, 2, 0], 3]
  ])('%i dots on one day fill %o lanes, in %i column(s), never above maxLanes', (n, expectedLanes, columns) => {
    const events = Array.from({ length: n }, (_, i) => ({ ...ev(`d${i}`, '2021-06-16'), order: i }));
    const { marks } = layoutStrip(eventsOf(events), 1000, options);
    expect(marks.map((m) => m.lane)).toEqual(expectedLanes);
    expect(new Set(marks.map((m) => m.x)).size).toBe(columns);
  });

  test('marks never overlap within a lane, for the shipped dataset at projector and phone widths', () => {
    const events = buildModel(shipped()).events;
    for (const width of [350, 1000, 1900]) {
      const { marks } = layoutStrip(events, width);
      for (const a of marks)
        for (const b of marks)
          if (a !== b && a.lane === b.lane) expect(a.x + a.width <= b.x || b.x + b.width <= a.x, `${a.id} and ${b.id} at ${width}px`).toBe(true);
    }
  });

  test('there is one mark per event, in the events’ order', () => {
    const events = buildModel(shipped()).events;
    expect(layoutStrip(events, 1000).marks.map((m) => m.id)).toEqual(events.map((e) => e.id));
  });

  test('no events or no room gives an empty strip', () => {
    expect(layoutStrip([], 500).marks).toEqual([]);
    expect(layoutStrip(buildModel(shipped()).events, 10).marks).toEqual([]);
  });
});

describe('the strip with many events', () => {
  test.each([
    ['10,000 events over half a year', 10_000, (i: number) => `2021-0${1 + (i % 6)}-${String(1 + (i % 28)).padStart(2, '0')}`],
    ['5,000 events on one day', 5_000, () => '2021-06-16'],
    ['100,000 events over half a year', 100_000, (i: number) => `2021-0${1 + (i % 6)}-${String(1 + (i % 28)).padStart(2, '0')}`]
  ])('%s are laid out in well under a second, every mark inside the strip', { timeout: 60_000 }, (_name, n, date) => {
    const events = eventsOf(Array.from({ length: n }, (_, i) => ev(`e${i}`, date(i))));
    const started = performance.now();
    const { marks, lanes } = layoutStrip(events, 1200, { dot: 10, gap: 3, maxLanes: 4, inset: 20 });
    expect(performance.now() - started).toBeLessThan(n > 10_000 ? 3000 : 1000);
    expect(marks).toHaveLength(n);
    expect(lanes).toBeLessThanOrEqual(8);
    for (const m of marks) expect(m.x >= 0 && m.x + m.width <= 1200).toBe(true);
  });

  test('the ticks are the timeline axis’s, in the interface language', () => {
    const events = buildModel(shipped()).events;
    expect(layoutStrip(events, 1200, { lang: 'en' }).ticks.map((t) => t.label)).toContain('Mar');
    expect(layoutStrip(events, 1200, { lang: 'de' }).ticks.map((t) => t.label)).toContain('Mär');
  });
});
