import { describe, expect, test } from 'vitest';
import { addDays, addMonths, formatIso, weekday } from '../../src/lib/dates/calendar.ts';
import { tenseReader } from '../../src/lib/dates/tense.ts';
import type { Lang } from '../../src/lib/dates/types.ts';

describe('calendar arithmetic on plain dates', () => {
  test.each([
    [{ y: 2021, m: 12, d: 31 }, 1, { y: 2022, m: 1, d: 1 }],
    [{ y: 2021, m: 3, d: 1 }, -1, { y: 2021, m: 2, d: 28 }],
    [{ y: 2020, m: 3, d: 1 }, -1, { y: 2020, m: 2, d: 29 }],
    [{ y: 2021, m: 6, d: 16 }, -14, { y: 2021, m: 6, d: 2 }]
  ])('%o plus %i days is %o', (date, n, expected) => expect(addDays(date, n)).toEqual(expected));

  test.each([
    [{ y: 2021, m: 3, d: 31 }, -1, { y: 2021, m: 2, d: 28 }],
    [{ y: 2021, m: 1, d: 15 }, -1, { y: 2020, m: 12, d: 15 }],
    [{ y: 2021, m: 12, d: 1 }, 1, { y: 2022, m: 1, d: 1 }]
  ])('%o plus %i months is %o (the day kept where the month has it)', (date, n, expected) => expect(addMonths(date, n)).toEqual(expected));

  test('16 June 2021 is a Wednesday', () => expect(weekday({ y: 2021, m: 6, d: 16 })).toBe(3));

  test.each([
    [{ y: 2021, m: 6, d: 16 }, 'day', '2021-06-16'],
    [{ y: 2021, m: 6, d: 16 }, 'month', '2021-06'],
    [{ y: 990, m: 1, d: 1 }, 'year', '0990'],
    [{ y: -43, m: 3, d: 15 }, 'day', '-0043-03-15']
  ] as const)('%o at %s precision is written %s', (date, precision, text) => expect(formatIso(date, precision)).toBe(text));
});

describe('the tense around a date', () => {
  const read = (text: string, phrase: string, lang: Lang) => {
    const at = text.indexOf(phrase);
    return tenseReader(text, lang)(at, at + phrase.length);
  };

  test.each([
    ['Sullivan kehrte dann im April in die USA zurück.', 'im April', 'de', 'past', 'kehrte'],
    ['Biden hat im November die Wahl gewonnen.', 'im November', 'de', 'past', 'gewonnen'],
    ['Putin sagte, er werde im Oktober nach Washington reisen.', 'im Oktober', 'de', 'future', 'werde'],
    ['Im Anschluss sind im Juli Gespräche geplant.', 'im Juli', 'de', 'future', 'geplant'],
    ['Im Dezember, so Putin, werde man sich treffen.', 'Im Dezember', 'de', 'future', 'werde'],
    ['Die Wahlen finden im September statt.', 'im September', 'de', null, undefined],
    ['Russia said on June 7 that it would withdraw the troops.', 'on June 7', 'en', 'past', 'said'],
    ['Biden said he would meet Putin in December.', 'in December', 'en', 'future', 'would'],
    ['In March, the treaty will be reviewed, officials said.', 'In March', 'en', 'future', 'will'],
    ['The talks were delayed due to the pandemic in March.', 'in March', 'en', 'past', 'were'],
    ['Elections are held in September.', 'in September', 'en', null, undefined]
  ] as const)('%s (%s): %s', (text, phrase, lang, tense, cue) => expect(read(text, phrase, lang)).toEqual(tense ? { tense, cue } : { tense: null }));
});
