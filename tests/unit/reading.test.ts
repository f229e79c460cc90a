import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lib/model/model.ts';
import { contextOf, trimRuns } from '../../src/lib/reading.ts';
import type { DatasetData } from '../../src/lib/model/types.ts';
import { shipped } from './fixtures.ts';

const tiny = (): DatasetData => ({
  format: 'sourceline/1',
  title: { de: 'T', en: 'T' },
  actors: { a: { de: 'A', en: 'A' } },
  tags: {},
  articles: [
    { id: 'one', outlet: null, agency: 'X', language: 'de', published: { date: '2021-06-16', inferred: false }, title: { text: 'Eins' }, paragraphs: ['Erster Satz. Zweiter Satz.', 'Dritter Satz.'] },
    { id: 'two', outlet: 'Y', agency: 'X', language: 'de', published: { date: '2021-06-16', inferred: false }, title: { text: 'Zwei' }, paragraphs: ['Anders. Zweiter Satz.'] }
  ],
  events: [
    {
      id: 'e',
      title: { de: 'E', en: 'E' },
      summary: { de: 'S', en: 'S' },
      date: { start: '2021-06-16', precision: 'day' },
      actors: ['a'],
      tags: [],
      sources: [
        { article: 'two', quote: 'Zweiter Satz.' },
        { article: 'one', quote: 'Zweiter Satz.' },
        { article: 'one', quote: 'Dritter Satz.' }
      ]
    }
  ]
}) as unknown as DatasetData;

describe('contextOf', () => {
  it('gives each reporting article once, in the order the sources name them', () => {
    const model = buildModel(tiny());
    expect(contextOf(model.byId.get('e')!, model).map((c) => c.article.id)).toEqual(['two', 'one']);
  });

  it('keeps the whole paragraph around a quote and marks only the quoted words', () => {
    const model = buildModel(tiny());
    const [, one] = contextOf(model.byId.get('e')!, model);
    expect(one.paragraphs).toEqual([
      { index: 0, runs: [{ text: 'Erster Satz. ', marked: false }, { text: 'Zweiter Satz.', marked: true }] },
      { index: 1, runs: [{ text: 'Dritter Satz.', marked: true }] }
    ]);
  });

  it('marks every quote of every shipped event byte for byte in its context', () => {
    const model = buildModel(shipped());
    for (const event of model.events) {
      const marked = contextOf(event, model).flatMap((c) => c.paragraphs.flatMap((p) => p.runs.filter((r) => r.marked).map((r) => r.text)));
      for (const source of event.sources) expect(marked.join('|'), event.id).toContain(source.quote);
    }
  });
});

describe('trimRuns', () => {
  const quote = { text: 'Das Zitat.', marked: true };
  it.each([
    ['a short paragraph stays as it is', [{ text: 'Kurz. ', marked: false }, quote], [{ text: 'Kurz. ', marked: false }, quote]],
    [
      'long text before a quote keeps its last words',
      [{ text: 'eins zwei drei vier fünf sechs sieben acht neun zehn ', marked: false }, quote],
      [{ text: '… neun zehn ', marked: false }, quote]
    ],
    [
      'long text after a quote keeps its first words',
      [quote, { text: ' eins zwei drei vier fünf sechs sieben acht neun zehn', marked: false }],
      [quote, { text: ' eins zwei …', marked: false }]
    ],
    ['a paragraph without a quote is left alone', [{ text: 'eins zwei drei vier fünf sechs sieben', marked: false }], [{ text: 'eins zwei drei vier fünf sechs sieben', marked: false }]]
  ])('%s', (_, runs, expected) => {
    expect(trimRuns(runs, 12)).toEqual(expected);
  });

  it('never changes a quoted run', () => {
    const model = buildModel(shipped());
    for (const event of model.events)
      for (const context of contextOf(event, model))
        for (const p of context.paragraphs) expect(trimRuns(p.runs).filter((r) => r.marked)).toEqual(p.runs.filter((r) => r.marked));
  });
});
