import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinShipped, splitShipped } from '../../src/lib/model/shipped-parts.ts';

const shipped = JSON.parse(readFileSync('data/summit-2021.json', 'utf8'));

describe('the shipped dataset in two parts', () => {
  const { first, extras } = splitShipped(shipped, true);

  it('the first part has no notes; with `reading`, no inferred dates and no translations either', () => {
    expect(JSON.stringify(splitShipped(shipped).first)).not.toContain('"notes"');
    expect(JSON.stringify(splitShipped(shipped).first)).toContain('"translation"');
    const text = JSON.stringify(first);
    expect(text).not.toContain('"notes"');
    expect(text).not.toContain('"inferred":{');
    expect(text).not.toContain('"translation"');
  });

  it('without `reading`, joined again, the parts are the file’s dataset too', () => {
    const parts = splitShipped(shipped);
    expect(joinShipped(parts.first, parts.extras)).toEqual(shipped);
  });

  it('the first part keeps everything else: titles, summaries, quotes, dates, articles', () => {
    const events = first.events as { id: string; title: unknown; summary: unknown; date: { start?: string }; sources: { quote: string }[] }[];
    expect(events.map((e) => e.id)).toEqual(shipped.events.map((e: { id: string }) => e.id));
    expect(events[0].title).toEqual(shipped.events[0].title);
    expect(events[0].summary).toEqual(shipped.events[0].summary);
    expect(events.flatMap((e) => e.sources.map((s) => s.quote))).toEqual(shipped.events.flatMap((e: { sources: { quote: string }[] }) => e.sources.map((s) => s.quote)));
    expect(first.articles).toEqual(shipped.articles);
  });

  it('joined again, the parts are the file’s dataset, value for value', () => {
    expect(joinShipped(first, extras)).toEqual(shipped);
  });

  it('the input is not changed by splitting', () => {
    expect(shipped).toEqual(JSON.parse(readFileSync('data/summit-2021.json', 'utf8')));
  });

  it.each([
    ['an event without extras', { events: [{ id: 'a', date: { start: '2020' }, sources: [{ quote: 'x' }] }] }],
    ['a translation on the second source only', { events: [{ id: 'a', sources: [{ quote: 'x' }, { quote: 'y', translation: { en: 'Y' } }] }] }],
    ['an id that is a reserved word', { events: [{ id: 'constructor', notes: { de: 'n' }, date: { inferred: { de: 'i' } } }] }]
  ])('%s survives the round trip', (_, data) => {
    const parts = splitShipped(data, true);
    expect(joinShipped(parts.first, parts.extras)).toEqual(data);
  });
});
