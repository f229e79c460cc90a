import { describe, expect, test } from 'vitest';
import { periodLabel } from '../../src/lib/time/period.ts';
import { yearLabel } from '../../src/lib/time/era.ts';
import { utc } from '../../src/lib/time/precision.ts';
import { yearStartMs } from '../../src/lib/time/years.ts';

describe('a period is named at the precision of its bounds', () => {
  test.each([
    ['a year-only event is a year, never 1 January', utc(1199), utc(1200), 'en', '1199'],
    ['years', utc(1199), utc(1205), 'de', '1199 – 1204'],
    ['a day', utc(2021, 6, 16), utc(2021, 6, 17), 'de', '16. Juni 2021'],
    ['months', utc(2021, 3), utc(2021, 6), 'de', 'März 2021 – Mai 2021'],
    ['days of one month', utc(2021, 6, 14), utc(2021, 6, 17), 'en', '14 June 2021 – 16 June 2021'],
    ['a year before 1 CE', utc(-43), utc(-42), 'de', '44 v. Chr.'],
    ['deep time', yearStartMs(-13.8e9), yearStartMs(-13.8e9 + 1), 'en', '13.8B BCE']
  ])('%s', (_name, t0, t1, lang, expected) => expect(periodLabel(t0, t1, lang as 'de' | 'en')).toBe(expected));
});

describe('year labels', () => {
  test.each([
    [641, 'de', '641'],
    [0, 'de', '1 v. Chr.'],
    [-43, 'en', '44 BCE'],
    [-271_819, 'de', '271.820 v. Chr.'],
    [12_000, 'en', '12,000'],
    [-13.8e9, 'de', '13,8\u00a0Mrd. v. Chr.']
  ])('%d in %s is %s', (year, lang, expected) => expect(yearLabel(year, lang as 'de' | 'en')).toBe(expected));
});
