import { describe, expect, test } from 'vitest';
import { axisTicks, labelWidth, LABEL_OFFSET } from '../../src/lib/time/axis.ts';
import { yearStartMs } from '../../src/lib/time/years.ts';
import { utc } from '../../src/lib/time/precision.ts';

const days = (from: string, to: string): [number, number] => [Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`)];
const years = (from: number, to: number): [number, number] => [yearStartMs(from), yearStartMs(to)];
const labels = (w: [number, number], width: number, lang: 'de' | 'en' = 'de') => axisTicks(w, width, lang).map((t) => t.label).filter(Boolean);

describe('the time axis', () => {
  test.each([
    ['months of 2021 in German, the first with its year', days('2020-12-15', '2021-07-01'), 1280, 'de', ['Jan 2021', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun']],
    ['days in English when zoomed in to a few days', days('2021-06-14', '2021-06-19'), 1280, 'en', ['14 Jun 2021', '15 Jun', '16 Jun', '17 Jun', '18 Jun']],
    ['hours within one day', days('2021-06-16', '2021-06-17'), 780, 'de', ['16. Juni', '03:00', '06:00', '09:00', '12:00', '15:00', '18:00', '21:00']],
    ['centuries without zero padding', years(600, 2000), 780, 'de', ['600', '700', '800', '900', '1000', '1100', '1200', '1300', '1400', '1500', '1600', '1700', '1800', '1900']],
    ['years before 1 CE with their era, and 1 CE where year zero would be', years(-3699, 100), 780, 'en', ['3500 BCE', '3000 BCE', '2500 BCE', '2000 BCE', '1500 BCE', '1000 BCE', '500 BCE', '1']],
    ['years before 1 CE in German', years(-3699, 100), 780, 'de', ['3000 v. Chr.', '2000 v. Chr.', '1000 v. Chr.', '1']],
    ['deep time beyond Date’s range in short number words', years(-13.8e9, 2000), 780, 'en', ['12B BCE', '10B BCE', '8B BCE', '6B BCE', '4B BCE', '2B BCE']],
    ['no label is cut at the right edge: the one of a tick on the edge is left out', days('2021-01-01', '2021-03-01'), 200, 'en', ['Jan 2021', 'Feb']],
    ['deep time zoomed in: every digit where short number words would repeat', years(-66_000_200, -65_999_900), 1200, 'en', ['66,000,200 BCE', '66,000,150 BCE', '66,000,100 BCE', '66,000,050 BCE', '66,000,000 BCE', '65,999,950 BCE']],
    ['half a million years', years(-500_000, 0), 1200, 'de', ['500.000 v. Chr.', '400.000 v. Chr.', '300.000 v. Chr.', '200.000 v. Chr.', '100.000 v. Chr.']]
  ])('%s', (_name, w, width, lang, expected) => expect(labels(w, width, lang as 'de' | 'en')).toEqual(expected));

  const spans: [string, [number, number]][] = [
    ['a day', days('2021-06-16', '2021-06-17')],
    ['a week', days('2021-06-10', '2021-06-17')],
    ['half a year', days('2021-01-01', '2021-07-01')],
    ['ten years', years(2011, 2021)],
    ['3,000 years across the eras', years(-1000, 2000)],
    ['500,000 years', years(-500_000, 0)],
    ['the age of the universe', years(-13.8e9, 2025)]
  ];
  for (const width of [320, 680, 1024, 1366, 2560])
    test.each(spans)(`no two labels overlap over %s at ${width} px, and there are some`, (_name, w) => {
      const ticks = axisTicks(w, width, 'de');
      expect(ticks.length).toBeGreaterThanOrEqual(width >= 680 ? 2 : 1);
      expect(ticks.length).toBeLessThanOrEqual(width / 20);
      for (let i = 1; i < ticks.length; i++) expect(ticks[i - 1].x + LABEL_OFFSET + labelWidth(ticks[i - 1].label, ticks[i - 1].major)).toBeLessThan(ticks[i].x + LABEL_OFFSET);
    });

  test('ticks sit where the window puts their instant', () => {
    const w = days('2021-01-01', '2021-07-01');
    for (const tick of axisTicks(w, 1000, 'en')) expect(tick.x).toBeCloseTo(((tick.t - w[0]) / (w[1] - w[0])) * 1000, 6);
    expect(axisTicks(w, 1000, 'en')[1].t).toBe(utc(2021, 2, 1));
  });

  test('an empty window or no width gives no ticks', () => {
    expect(axisTicks([5, 5], 1000, 'de')).toEqual([]);
    expect(axisTicks(days('2021-01-01', '2021-07-01'), 0, 'de')).toEqual([]);
  });
});
