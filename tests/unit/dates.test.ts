import { describe, expect, test } from 'vitest';
import { suggestDates } from '../../src/lib/dates/index.ts';
import { TABLE, type Row } from './dates.table.ts';

const expected = (row: Row) =>
  row.first ? { phrase: row.first[0], start: row.first[1], ...(row.first[2] ? { end: row.first[2] } : {}), precision: row.first[3] } : undefined;

const first = (row: Row) => {
  const top = suggestDates(row.text, row.ref, row.lang)[0];
  return top && { phrase: top.phrase, start: top.start, ...(top.end ? { end: top.end } : {}), precision: top.precision };
};

describe('the first suggestion for a news sentence, read against its publication date', () => {
  test.each(TABLE.map((row) => [row.lang, row.ref, row.text, row] as const))('%s, published %s: %s', (_lang, _ref, _text, row) =>
    expect(first(row)).toEqual(expected(row))
  );

  test('the table has at least 80 sentences, over 50 in each language, dated and undated', () => {
    for (const lang of ['de', 'en'] as const) expect(TABLE.filter((r) => r.lang === lang).length).toBeGreaterThanOrEqual(50);
    expect(TABLE.length).toBeGreaterThanOrEqual(80);
    expect(TABLE.filter((r) => r.first === null).length).toBeGreaterThanOrEqual(10);
  });
});

describe('every suggestion', () => {
  const all = TABLE.flatMap((row) => suggestDates(row.text, row.ref, row.lang).map((s) => ({ row, s })));

  test('quotes its phrase verbatim at its index', () => {
    for (const { row, s } of all) expect(row.text.slice(s.index, s.index + s.phrase.length)).toBe(s.phrase);
  });

  test('writes start and end to its precision, the end not before the start', () => {
    const form = { year: /^\d{4}$/, month: /^\d{4}-\d{2}$/, day: /^\d{4}-\d{2}-\d{2}$/ };
    for (const { s } of all) {
      expect(s.start).toMatch(form[s.precision]);
      if (s.end !== undefined) {
        expect(s.end).toMatch(form[s.precision]);
        expect(s.end > s.start).toBe(true);
      }
    }
  });

  test('drafts a note in both languages that quotes the phrase', () => {
    for (const { s } of all) {
      expect(s.note.de).toContain(`„${s.phrase}“`);
      expect(s.note.en).toContain(`“${s.phrase}”`);
    }
  });
});

describe('notes say how the date was found', () => {
  test.each([
    ['Im März hatte Russland seinen Botschafter abberufen.', 'de', '„Im März“, bezogen auf das Erscheinungsdatum 16.06.2021 (Vergangenheit („hatte“): das letzte Mal bis zu diesem Tag): März 2021.'],
    ['Biden will travel to Brussels in December.', 'en', '“in December”, read against the publication date 16 June 2021 (future tense (“will”): the next one from that day): December 2021.'],
    ['Vor zwei Tagen landete Biden in Genf.', 'de', '„Vor zwei Tagen“, gerechnet vom Erscheinungsdatum 16.06.2021: 14. Juni 2021.'],
    ['The summit took place on June 16, 2021.', 'en', '“on June 16, 2021” states the date: 16 June 2021.'],
    ['Am Mittwoch vergangener Woche hatte Biden telefoniert.', 'de', '„Am Mittwoch vergangener Woche“, bezogen auf das Erscheinungsdatum 16.06.2021 (Woche vom Erscheinungsdatum aus gezählt): 9. Juni 2021.'],
    ['The elections take place in September.', 'en', '“in September”, read against the publication date 16 June 2021 (no tense cue, so as usual in news the latest one up to that day): September 2020.'],
    ['Im Frühjahr zog Russland Truppen zusammen.', 'de', '„Im Frühjahr“, bezogen auf das Erscheinungsdatum 16.06.2021 (Vergangenheit („zog“): das letzte Mal bis zu diesem Tag): März 2021–Mai 2021. Die Jahreszeit ist als ihre drei Monate gelesen.']
  ] as const)('%s', (text, lang, note) => {
    const top = suggestDates(text, '2021-06-16', lang)[0];
    expect(top.note[lang]).toBe(note);
  });
});

describe('the reference date', () => {
  test.each(['2021-02-30', '16.06.2021', '2021-6-16', '', '2021-06'])('%j is refused with a RangeError', (ref) =>
    expect(() => suggestDates('im März', ref, 'de')).toThrow(RangeError)
  );

  test('a month without a year in the reference month is that month', () =>
    expect(suggestDates('Im Juni wurde verhandelt.', '2021-06-16', 'de')[0].start).toBe('2021-06'));

  test('a weekday in an article of that weekday is the publication day, in either tense', () => {
    expect(suggestDates('Putin sagte am Mittwoch …', '2021-06-16', 'de')[0].start).toBe('2021-06-16');
    expect(suggestDates('Biden will meet Putin on Wednesday.', '2021-06-16', 'en')[0].start).toBe('2021-06-16');
  });

  test('does not depend on the time zone (TZ is pinned elsewhere; the arithmetic is UTC)', () =>
    expect(suggestDates('Vor zwei Tagen', '2021-03-29', 'de')[0].start).toBe('2021-03-27'));
});
