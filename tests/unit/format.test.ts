import { describe, expect, test } from 'vitest';
import { formatEventDate, formatPartial, formatTick } from '../../src/lib/time/format.ts';
import type { DateSpec, Lang } from '../../src/lib/model/types.ts';

describe('formatPartial shows a date at its own precision', () => {
  test.each([
    ['2021-03', 'de', 'März 2021'],
    ['2021-06-16', 'de', '16. Juni 2021'],
    ['2021', 'de', '2021'],
    ['2021-03', 'en', 'March 2021'],
    ['2021-06-16', 'en', '16 June 2021'],
    ['2021-01-01', 'de', '1. Januar 2021'],
    ['-0043-03-15', 'en', '15 March 44 BCE'],
    ['-0043', 'de', '44 v. Chr.'],
    ['-0043-03-15', 'de', '15. März 44 v. Chr.'],
    ['-0043-03', 'de', 'März 44 v. Chr.'],
    ['0000', 'de', '1 v. Chr.'],
    ['0000', 'en', '1 BCE'],
    ['0001', 'en', '1'],
    ['0044-03-15', 'de', '15. März 44'],
    ['-2999', 'en', '3000 BCE'],
    ['-12344', 'de', '12345 v. Chr.'],
    ['12345', 'en', '12345'],
    ['-13799999999', 'en', '13.8B BCE'],
    ['-13799999999', 'de', '13,8\u00a0Mrd. v. Chr.'],
    ['-299999', 'en', '300,000 BCE'],
    ['-65999999', 'de', '66\u00a0Mio. v. Chr.']
  ] as [string, Lang, string][])('%s in %s is "%s"', (text, lang, expected) => expect(formatPartial(text, lang)).toBe(expected));
});

describe('formatEventDate says what is known and no more', () => {
  test.each([
    [{ start: '2021-03', precision: 'month' }, 'de', 'März 2021'],
    [{ start: '2021-01', end: '2021-03', precision: 'month', before: 'recall' }, 'de', 'spätestens März 2021'],
    [{ start: '2021-01', end: '2021-03', precision: 'month', before: 'recall' }, 'en', 'by March 2021'],
    [{ start: '2021-01', end: '2021-03', precision: 'month' }, 'en', 'January 2021 – March 2021'],
    [{ start: '2021-06-16', precision: 'day' }, 'en', '16 June 2021'],
    [{ start: '-0044', end: '-0043', precision: 'year' }, 'de', '45 v. Chr. – 44 v. Chr.'],
    [{ start: '-0001', end: '0001', precision: 'year' }, 'en', '2 BCE – 1']
  ] as [DateSpec, Lang, string][])('%o in %s is "%s"', (spec, lang, expected) => expect(formatEventDate(spec, lang)).toBe(expected));

  test('formatting does not depend on the time zone of the machine', () => {
    // Midnight UTC is still the previous day in America; UTC date parts keep the calendar value.
    expect(formatPartial('2021-06-16', 'en')).toBe('16 June 2021');
  });
});

describe('formatTick formats UTC instants with date-fns patterns and locale data', () => {
  test.each([
    ['2021-06-16T00:00:00Z', 'd. MMM yyyy', 'de', '16. Juni 2021'],
    ['2021-03-01T00:00:00Z', 'LLL', 'de', 'Mär'],
    ['2021-03-01T00:00:00Z', 'LLLL yyyy', 'en', 'March 2021'],
    ['2021-06-16T23:30:00Z', 'd MMMM y', 'en', '16 June 2021'],
    ['2021-06-16T00:00:00Z', 'PP', 'de', '16. Juni 2021'],
    ['2021-06-16T00:00:00Z', 'PP', 'en', '16 Jun 2021'],
    ['2021-06-05T00:00:00Z', "dd 'of' LLLL", 'en', '05 of June'],
    ['0044-03-15T00:00:00Z', 'y', 'en', '44'],
    ['2021-06-16T00:00:00Z', 'do', 'de', '16.']
  ] as [string, string, Lang, string][])('%s as %s in %s is "%s"', (iso, pattern, lang, expected) => {
    const date = new Date(iso);
    if (iso.startsWith('0044')) date.setUTCFullYear(44);
    expect(formatTick(date, pattern, lang)).toBe(expected);
  });
});
