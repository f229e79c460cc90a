import { describe, expect, test } from 'vitest';
import { anchorsFor, segmentParagraph, splitAround } from '../../src/lib/model/anchor.ts';
import type { ArticleData, EventData } from '../../src/lib/model/types.ts';
import { shipped } from './fixtures.ts';
import { normalise } from '../../src/lib/model/model.ts';

const article = (paragraphs: string[]): ArticleData => ({
  id: 'a', outlet: null, agency: 'X', language: 'de',
  published: { date: '2021', inferred: false }, title: { text: 'T', editorial: true }, paragraphs
});
const event = (id: string, ...quotes: string[]): EventData => ({
  id, title: { de: id, en: id }, summary: { de: id, en: id }, date: { start: '2021', precision: 'year' },
  actors: ['x'], tags: [], sources: quotes.map((quote) => ({ article: 'a', quote }))
});

describe('anchorsFor', () => {
  test('finds every quote in its paragraph, by character offsets', () => {
    const anchors = anchorsFor(article(['Eins. Zwei. Drei.', 'Vier.']), [event('e1', 'Zwei.'), event('e2', 'Vier.')]);
    expect(anchors).toEqual([
      { paragraph: 0, start: 6, end: 11, eventIds: ['e1'] },
      { paragraph: 1, start: 0, end: 5, eventIds: ['e2'] }
    ]);
  });

  test('one sentence cited by two events is one anchor naming both', () => {
    const anchors = anchorsFor(article(['Eins. Zwei.']), [event('e1', 'Eins.'), event('e2', 'Eins.')]);
    expect(anchors).toEqual([{ paragraph: 0, start: 0, end: 5, eventIds: ['e1', 'e2'] }]);
  });

  test('quotes of other articles are ignored', () => {
    const other = { ...event('e1', 'Eins.'), sources: [{ article: 'b', quote: 'Eins.' }] };
    expect(anchorsFor(article(['Eins.']), [other])).toEqual([]);
  });

  test('every quote of the shipped dataset is anchored, with both styles of quotation marks intact', () => {
    const data = normalise(shipped()); // paragraphs as text, roles beside them
    for (const art of data.articles) {
      const anchors = anchorsFor(art, data.events);
      const quotes = data.events.flatMap((e) => e.sources.filter((s) => s.article === art.id).map((s) => s.quote));
      for (const quote of quotes) expect(anchors.some((a) => art.paragraphs[a.paragraph].slice(a.start, a.end) === quote), quote).toBe(true);
    }
    const marks = data.events.flatMap((e) => e.sources.map((s) => s.quote)).join('');
    expect(marks).toContain('“Killer”');
    expect(marks).toContain('„berechenbare“');
  });
});

describe('segmentParagraph', () => {
  test('cuts plain text around quotes and keeps every character', () => {
    const text = 'Eins. Zwei. Drei.';
    const segments = segmentParagraph(text, [{ paragraph: 0, start: 6, end: 11, eventIds: ['e1'] }]);
    expect(segments).toEqual([
      { text: 'Eins. ', start: 0, eventIds: [] },
      { text: 'Zwei.', start: 6, eventIds: ['e1'] },
      { text: ' Drei.', start: 11, eventIds: [] }
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  test('overlapping quotes share the overlap', () => {
    const segments = segmentParagraph('abcdef', [
      { paragraph: 0, start: 0, end: 4, eventIds: ['x'] },
      { paragraph: 0, start: 2, end: 6, eventIds: ['y'] }
    ]);
    expect(segments.map((s) => [s.text, s.eventIds])).toEqual([['ab', ['x']], ['cd', ['x', 'y']], ['ef', ['y']]]);
  });
});

describe('splitAround', () => {
  test.each([
    ['Sullivan kehrte dann im April zurück.', 'im April', ['Sullivan kehrte dann ', 'im April', ' zurück.']],
    ['Ohne Datum.', 'im Mai', ['Ohne Datum.', '', '']],
    ['Ohne Phrase.', undefined, ['Ohne Phrase.', '', '']]
  ] as [string, string | undefined, string[]][])('%s around %s', (text, phrase, expected) => expect(splitAround(text, phrase)).toEqual(expected));
});
