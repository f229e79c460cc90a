import { describe, expect, test } from 'vitest';
import { timeScale } from '../../src/lib/time/scale.ts';
import { axisTicks, tickLevel } from '../../src/lib/time/ticks.ts';

const DAY = 86_400_000;
const scale = (from: string, to: string, width: number) => timeScale([Date.parse(from), Date.parse(to)], [0, width]);

describe('tickLevel picks the finest calendar interval whose labels fit', () => {
  test.each([
    [10 * DAY, 1280, 'day'],
    [60 * DAY, 1280, 'week'],
    [180 * DAY, 1280, 'month'],
    [180 * DAY, 640, 'month'],
    [3 * 365 * DAY, 1280, 'quarter'],
    [10 * 365 * DAY, 1280, 'year'],
    [100 * 365 * DAY, 1280, 'decade'],
    [1000 * 365 * DAY, 1280, 'century']
  ])('%d ms over %d px: %s', (ms, width, name) => expect(tickLevel(ms, width).name).toBe(name));
});

describe('axisTicks', () => {
  test('months of 2021 in German, the first and each January with the year', () => {
    const ticks = axisTicks(scale('2020-12-15', '2021-07-01', 1280), 'de');
    expect(ticks.map((t) => t.label)).toEqual(['Jan 2021', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul'].slice(0, ticks.length));
    expect(ticks[0].major).toBe(true);
  });

  test('days in English when zoomed in to a week', () => {
    const ticks = axisTicks(scale('2021-06-14', '2021-06-19', 1280), 'en');
    expect(ticks.map((t) => t.label)).toEqual(['14 Jun 2021', '15 Jun', '16 Jun', '17 Jun', '18 Jun']);
  });

  test('ticks lie inside the range, in order', () => {
    const ticks = axisTicks(scale('2021-01-01', '2021-06-30', 900), 'en');
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].x).toBeGreaterThan(ticks[i - 1].x);
    expect(ticks[0].x).toBeGreaterThanOrEqual(0);
    expect(ticks.at(-1)!.x).toBeLessThanOrEqual(900);
  });

  test('tick labels do not crowd: at least the level’s room apart', () => {
    for (const width of [640, 1280, 2560]) {
      const ticks = axisTicks(scale('2021-01-01', '2021-06-30', width), 'de');
      for (let i = 1; i < ticks.length; i++) expect(ticks[i].x - ticks[i - 1].x).toBeGreaterThanOrEqual(56);
    }
  });
});
