import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinShipped, splitShipped } from '../../src/lib/model/shipped-parts.ts';

const shipped = JSON.parse(readFileSync('data/summit-2021.json', 'utf8'));

describe('the shipped dataset in two parts', () => {
  const { first, extras } = splitShipped(shipped);

  it('the first part has no speaker notes', () => {
    expect(JSON.stringify(first)).not.toContain('"notes"');
    expect(Object.keys(extras.notes).length).toBeGreaterThan(0);
  });

  it('the first part keeps everything else: titles, summaries, quotes, translations, dates, articles', () => {
    const events = first.events as { id: string; title: unknown; summary: unknown; date: unknown; sources: unknown }[];
    expect(events.map((e) => e.id)).toEqual(shipped.events.map((e: { id: string }) => e.id));
    expect(events[0].title).toEqual(shipped.events[0].title);
    expect(events[0].summary).toEqual(shipped.events[0].summary);
    expect(events.map((e) => [e.date, e.sources])).toEqual(shipped.events.map((e: { date: unknown; sources: unknown }) => [e.date, e.sources]));
    expect(first.articles).toEqual(shipped.articles);
  });

  it('joined again, the parts are the file’s dataset, value for value', () => {
    expect(joinShipped(first, extras)).toEqual(shipped);
  });

  it('the input is not changed by splitting', () => {
    expect(shipped).toEqual(JSON.parse(readFileSync('data/summit-2021.json', 'utf8')));
  });

  it.each([
    ['an event without notes', { events: [{ id: 'a', date: { start: '2020' }, sources: [{ quote: 'x' }] }] }],
    ['notes on the second event only', { events: [{ id: 'a' }, { id: 'b', notes: { de: 'n' } }] }],
    ['an id that is a reserved word', { events: [{ id: 'constructor', notes: { de: 'n' } }] }]
  ])('%s survives the round trip', (_, data) => {
    const parts = splitShipped(data);
    expect(joinShipped(parts.first, parts.extras)).toEqual(data);
  });
});
