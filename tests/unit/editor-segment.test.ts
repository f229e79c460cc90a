import { describe, expect, test } from 'vitest';
import { sentenceRanges } from '../../src/lib/editor/segment.ts';
import { articleSentences, locateQuote, paragraphsOf, quoteOf, trimSpan } from '../../src/lib/editor/quote.ts';
import type { ArticleData } from '../../src/lib/model/types.ts';
import { guessLanguage } from '../../src/lib/editor/guess-language.ts';

const cut = (text: string, lang = 'de') => sentenceRanges(text, lang).map((r) => text.slice(r.start, r.end));

describe('sentenceRanges: sentences as they stand, cut where a reader would cut them', () => {
  test.each([
    ['two plain sentences', 'Es regnet. Die Sonne scheint.', ['Es regnet.', 'Die Sonne scheint.']],
    ['a German ordinal before a month stays inside', 'Das Treffen war am 16. Juni 2021 in Genf. Danach nicht.', ['Das Treffen war am 16. Juni 2021 in Genf.', 'Danach nicht.']],
    ['an ordinal before a lower-case word stays inside', 'Er wurde 3. in der Wertung. Gut.', ['Er wurde 3. in der Wertung.', 'Gut.']],
    ['"z. B." and "u.a." are no sentence ends', 'Russland rief z. B. seinen Botschafter zurück! Putin u.a. sprach.', ['Russland rief z. B. seinen Botschafter zurück!', 'Putin u.a. sprach.']],
    ['quotation marks „…“ stay with their sentence', 'Biden sagte: „Es war gut.“ Putin schwieg.', ['Biden sagte: „Es war gut.“', 'Putin schwieg.']],
    ['English “…” and Mr.', 'Mr. Biden said: “It went well.” Then he left.', ['Mr. Biden said: “It went well.”', 'Then he left.'], 'en'],
    ['a question and an exclamation', 'Wann? Jetzt!', ['Wann?', 'Jetzt!']],
    ['no trailing or leading spaces in a range', '  Eins.   Zwei.  ', ['Eins.', 'Zwei.']],
    ['an empty paragraph has none', '   ', []]
  ])('%s', (_, text, expected, lang = 'de') => expect(cut(text as string, lang as string)).toEqual(expected));

  test('every range is a slice of the paragraph, byte for byte', () => {
    const text = 'Genf (AFP) – Biden und Putin sind am Mittwoch zusammengekommen.\nIm März 2021 rief Russland seinen Botschafter zurück.';
    for (const r of sentenceRanges(text, 'de')) expect(text.includes(text.slice(r.start, r.end))).toBe(true);
  });
});

const article: ArticleData = {
  id: 'a',
  outlet: null,
  language: 'de',
  published: { date: '2021-06-16', inferred: true },
  title: { text: 'A', editorial: true },
  paragraphs: ['Biden sagte: „Es war gut.“ Putin schwieg.', 'Im März rief Russland seinen Botschafter zurück.']
};

describe('quotes are slices of the article', () => {
  test('a span gives its words exactly as they stand', () => {
    expect(quoteOf(article, { article: 'a', paragraph: 0, start: 13, end: 25 })).toBe('„Es war gut.');
  });
  test.each([
    ['spaces at the edges are dropped', { start: 12, end: 27 }, { start: 13, end: 26 }],
    ['offsets beyond the paragraph are clamped', { start: 27, end: 500 }, { start: 27, end: 41 }],
    ['a span of only spaces is nothing', { start: 12, end: 13 }, null]
  ])('%s', (_, span, expected) => {
    const trimmed = trimSpan(article, { article: 'a', paragraph: 0, ...span });
    expect(trimmed && { start: trimmed.start, end: trimmed.end }).toEqual(expected);
  });
  test('a quote is found again where it stands, and not when a quotation mark differs', () => {
    expect(locateQuote(article, 'Russland seinen')).toEqual({ article: 'a', paragraph: 1, start: 13, end: 28 });
    expect(locateQuote(article, '"Es war gut."')).toBeNull();
  });
  test('every paragraph is cut into sentences', () => {
    expect(articleSentences(article).map((p) => p.length)).toEqual([2, 1]);
  });
});

describe('paragraphsOf: pasted text into paragraphs, nothing else changed', () => {
  test.each([
    ['blank lines separate paragraphs', 'Eins.\n\nZwei.', ['Eins.', 'Zwei.']],
    ['Windows line ends are read as line ends', 'Eins.\r\n\r\nZwei.', ['Eins.', 'Zwei.']],
    ['a single line break stays inside its paragraph', 'Zeile eins\nZeile zwei', ['Zeile eins\nZeile zwei']],
    ['blank lines with spaces count as blank', 'A\n  \nB', ['A', 'B']],
    ['quotation marks and inner spaces are kept', '„Ja“,  sagte er.', ['„Ja“,  sagte er.']],
    ['empty input has no paragraph', '\n\n', []]
  ])('%s', (_, pasted, expected) => expect(paragraphsOf(pasted)).toEqual(expected));
});

describe('guessLanguage: the article language a pasted text reads as', () => {
  test.each([
    ['German news', 'Im März hatte Russland seinen Botschafter aus Washington zurückgerufen, und die USA reagierten mit Sanktionen.', 'de'],
    ['English news', 'In March Russia had recalled its ambassador from Washington, and the US responded with sanctions.', 'en'],
    ['too little to tell', 'Genf, 16. Juni', null],
    ['a mix', 'the die and und of der', null]
  ])('%s', (_, text, expected) => expect(guessLanguage(text)).toBe(expected));
});
