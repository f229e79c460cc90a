import { describe, expect, test } from 'vitest';
import { slideSources } from '../../src/lib/present/slide.ts';
import { datingPhrase, datingSource } from '../../src/lib/model/dating.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { shipped } from './fixtures.ts';

const byId = buildModel(shipped()).byId;
const event = (id: string) => byId.get(id)!;

describe('slideSources: a slide shows the first sources and counts the rest', () => {
  test.each([
    ['sullivan-returns', 2, 1, 0],
    ['biden-takes-office', 2, 2, 0],
    ['ambassadors-to-return', 2, 2, 2],
    ['ambassadors-to-return', 1, 1, 3],
    ['ambassadors-to-return', 0, 0, 4]
  ])('%s with room for %i shows %i and %i more', (id, max, shown, more) => {
    const result = slideSources(event(id), max);
    expect(result.shown.length).toBe(shown);
    expect(result.more).toBe(more);
    expect(result.shown).toEqual(event(id).sources.slice(0, shown));
  });
});

describe('datingPhrase and datingSource: the words that date an event', () => {
  test.each([
    ['russia-recalls-antonow', 0, 'im März'],
    ['biden-calls-putin-killer', 0, 'Nachdem'],
    ['ambassadors-to-return', 0, undefined],
    ['ambassadors-to-return', 1, 'am Mittwoch'],
    ['putin-talks-constructive', 0, undefined]
  ])('%s, source %i: %s', (id, i, phrase) => expect(datingPhrase(event(id).sources[i], event(id))).toBe(phrase));

  test('a source without its own phrase falls back to the event’s phrase if the quote holds it', () => {
    const e = event('russia-recalls-antonow');
    const source = { ...e.sources[0], datePhrase: undefined };
    expect(datingPhrase(source, e)).toBe('im März');
  });

  test.each([
    ['ambassadors-to-return', 1],
    ['sullivan-returns', 0],
    ['putin-talks-constructive', 0]
  ])('%s is best shown by its source %i', (id, i) => expect(datingSource(event(id))).toBe(event(id).sources[i]));

  test('an event without sources has no dating source', () => {
    expect(datingSource({ ...event('sullivan-returns'), sources: [] })).toBeUndefined();
  });
});
