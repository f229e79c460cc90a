import { describe, expect, test } from 'vitest';
import { intervalOf, parsePartialDate, daysInMonth } from '../../src/lib/time/precision.ts';
import type { DateSpec } from '../../src/lib/model/types.ts';

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('parsePartialDate', () => {
  test.each([
    ['2021', { year: 2021 }],
    ['2021-03', { year: 2021, month: 3 }],
    ['2021-06-16', { year: 2021, month: 6, day: 16 }],
    ['2020-02-29', { year: 2020, month: 2, day: 29 }],
    ['-0044-03-15', { year: -44, month: 3, day: 15 }],
    ['0000', { year: 0 }],
    ['-0004-02-29', { year: -4, month: 2, day: 29 }],
    ['-0043-02-29', null],
    ['-271820', { year: -271820 }],
    ['-271821', null],
    ['275759-12-31', { year: 275759, month: 12, day: 31 }],
    ['275760', null],
    ['-0000', null],
    ['2021-02-29', null],
    ['2021-13', null],
    ['2021-00', null],
    ['2021-04-31', null],
    ['21-03', null],
    ['2021/03', null],
    ['', null]
  ])('%s parses to %o', (text, expected) => expect(parsePartialDate(text)).toEqual(expected));

  test.each([
    [2021, 2, 28],
    [2024, 2, 29],
    [2021, 12, 31],
    [2021, 4, 30]
  ])('%i-%i has %i days', (y, m, n) => expect(daysInMonth(y, m)).toBe(n));
});

describe('intervalOf: a date covers exactly what is known', () => {
  const cases: [string, DateSpec, string, string, boolean, boolean][] = [
    ['a day-precision date is that one day', { start: '2021-06-16', precision: 'day' }, '2021-06-16', '2021-06-17', false, false],
    ['a month-precision date spans its whole month', { start: '2021-03', precision: 'month' }, '2021-03-01', '2021-04-01', false, false],
    ['a year-precision date spans its whole year', { start: '2021', precision: 'year' }, '2021-01-01', '2022-01-01', false, false],
    ['a month span runs to the end of its last month', { start: '2021-01', end: '2021-03', precision: 'month' }, '2021-01-01', '2021-04-01', false, true],
    ['an upper bound is marked as having an open start', { start: '2021-01', end: '2021-03', precision: 'month', before: 'x' }, '2021-01-01', '2021-04-01', true, true],
    ['December ends at the next new year', { start: '2021-12', precision: 'month' }, '2021-12-01', '2022-01-01', false, false]
  ];
  test.each(cases)('%s', (_name, spec, start, end, openStart, span) => {
    const interval = intervalOf(spec);
    expect([iso(interval.start), iso(interval.end), interval.openStart, interval.span]).toEqual([start, end, openStart, span]);
  });

  test.each([
    ['44 BCE (astronomical -43) spans its whole year', { start: '-0043', precision: 'year' } as DateSpec, '-000043-01-01', '-000042-01-01'],
    ['the Ides of March, 44 BCE, are one day', { start: '-0043-03-15', precision: 'day' } as DateSpec, '-000043-03-15', '-000043-03-16'],
    ['1 BCE ends where 1 CE begins', { start: '0000', precision: 'year' } as DateSpec, '0000-01-01', '0001-01-01'],
    ['a span across the era boundary', { start: '-0001', end: '0001', precision: 'year' } as DateSpec, '-000001-01-01', '0002-01-01']
  ])('BCE: %s', (_name, spec, start, end) => {
    const interval = intervalOf(spec);
    expect([interval.start.toISOString().slice(0, start.length), interval.end.toISOString().slice(0, end.length)]).toEqual([start, end]);
  });

  test('the earliest and latest placeable years give real instants', () => {
    for (const start of ['-271820', '275759']) {
      const { start: from, end: to } = intervalOf({ start, precision: 'year' });
      expect(Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()), start).toBe(false);
    }
  });

  test('years before 100 are not shifted to the 1900s', () => {
    expect(intervalOf({ start: '0044', precision: 'year' }).start.getUTCFullYear()).toBe(44);
  });
});
