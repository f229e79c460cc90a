import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinShipped, splitShipped } from '../../src/lib/model/shipped-parts.ts';

const shipped = JSON.parse(readFileSync('data/summit-2021.json', 'utf8'));

describe('the shipped dataset in parts', () => {
  const { first, texts, extras } = splitShipped(shipped);
  const firstText = JSON.stringify(first);

  it('the first part has no speaker notes and no text of either language', () => {
    expect(firstText).not.toContain('"notes"');
    expect(Object.keys(extras.notes).length).toBeGreaterThan(0);
    expect(firstText).not.toContain(shipped.events[0].title.de);
    expect(firstText).not.toContain(shipped.events[0].title.en);
    expect(firstText).not.toContain(shipped.events[0].summary.en);
    expect(firstText).not.toContain('"de":');
    expect(firstText).not.toContain('"en":');
  });

  it('the first part keeps the rest: ids, dates, quotes, articles', () => {
    const events = first.events as { id: string; date: { start: string }; sources: { quote: string }[] }[];
    expect(events.map((e) => e.id)).toEqual(shipped.events.map((e: { id: string }) => e.id));
    expect(events.map((e) => e.date.start)).toEqual(shipped.events.map((e: { date: { start: string } }) => e.date.start));
    expect(events.map((e) => e.sources.map((s) => s.quote))).toEqual(shipped.events.map((e: { sources: { quote: string }[] }) => e.sources.map((s) => s.quote)));
    const paragraphs = (articles: { paragraphs: unknown }[]) => articles.map((a) => a.paragraphs);
    expect(paragraphs(first.articles as { paragraphs: unknown }[])).toEqual(paragraphs(shipped.articles));
  });

  it('each language has one entry per text, in the same order', () => {
    expect(texts.de.length).toBe(texts.en.length);
    expect(texts.de).toContain(shipped.events[0].title.de);
    expect(texts.en).toContain(shipped.events[0].title.en);
    expect(texts.de).not.toContain(shipped.events[0].title.en);
  });

  it('joined again, the parts are the file’s dataset, value for value', () => {
    expect(joinShipped(first, texts, extras)).toEqual(shipped);
  });

  it('joined with one language, every text has that language only, and a text only in the other is empty', () => {
    const german = joinShipped(first, { de: texts.de }) as { events: { title: object; summary: object; sources: { translation?: object }[] }[] };
    expect(german.events[0].title).toEqual({ de: shipped.events[0].title.de });
    expect(german.events[0].summary).toEqual({ de: shipped.events[0].summary.de });
    expect(german.events[0].sources[0].translation).toEqual({});
  });

  it('the input is not changed by splitting', () => {
    expect(shipped).toEqual(JSON.parse(readFileSync('data/summit-2021.json', 'utf8')));
  });

  it.each([
    ['an event without notes', { events: [{ id: 'a', date: { start: '2020' }, sources: [{ quote: 'x' }] }] }],
    ['notes on the second event only', { events: [{ id: 'a' }, { id: 'b', notes: { de: 'n' } }] }],
    ['an id that is a reserved word', { events: [{ id: 'constructor', notes: { de: 'n' } }] }],
    ['an empty object and a text in one language', { events: [{ id: 'a', extra: {}, title: { en: 'x' }, sources: [] }] }],
    ['an object keyed by language with other values', { actors: { de: { label: { de: 'D', en: 'G' } } }, events: [] }],
    ['a key "__proto__"', JSON.parse('{"tags":{"__proto__":{"de":"p","en":"q"}},"events":[]}')]
  ])('%s survives the round trip', (_, data) => {
    const parts = splitShipped(data);
    expect(joinShipped(parts.first, parts.texts, parts.extras)).toEqual(data);
  });
});
