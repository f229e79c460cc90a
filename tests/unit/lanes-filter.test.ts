import { describe, expect, test } from 'vitest';
import { lanesFor, laneOf } from '../../src/lib/layout/lanes.ts';
import { filterEvents, fold } from '../../src/lib/filter.ts';
import { shipped } from './fixtures.ts';

describe('lanes', () => {
  test.each([
    [null, ['usa', 'russia', 'both']],
    [new Set(['russia']), ['russia']],
    [new Set(['both', 'usa']), ['usa', 'both']]
  ])('shown %o gives lanes %o in dataset order', (shown, expected) =>
    expect(lanesFor(['usa', 'russia', 'both'], shown).map((l) => l.id)).toEqual(expected));

  test.each([
    [['russia'], 0],
    [['china', 'russia'], 0],
    [['usa'], -1]
  ])('an event of %o sits in lane %d when only russia is shown', (actors, expected) =>
    expect(laneOf({ actors }, lanesFor(['usa', 'russia'], new Set(['russia'])))).toBe(expected));
});

describe('filterEvents', () => {
  const events = shipped().events;
  const ids = (spec: Parameters<typeof filterEvents>[1]) => filterEvents(events, spec).map((e) => e.id);
  test.each([
    ['no filter keeps everything', { actors: null, tags: null, query: '' }, events.length],
    ['an actor keeps its events', { actors: new Set(['russia']), tags: null, query: '' }, 5],
    ['a topic keeps events with it', { actors: null, tags: new Set(['cyber']), query: '' }, 1],
    ['search finds words in quotes', { actors: null, tags: null, query: 'zusammenarbeiten' }, 1],
    ['search ignores case and accents', { actors: null, tags: null, query: 'UBERZEUGT' }, 1],
    ['search finds English titles', { actors: null, tags: null, query: 'prisoner' }, 1],
    ['every word must match', { actors: null, tags: null, query: 'Putin Grundlage' }, 1],
    ['filters combine', { actors: new Set(['usa']), tags: new Set(['summit']), query: '' }, 1],
    ['no match is an empty list', { actors: null, tags: null, query: 'Fußball' }, 0]
  ])('%s', (_name, spec, count) => expect(ids(spec)).toHaveLength(count));

  test('fold removes diacritics', () => expect(fold('Genfer Sée')).toBe('genfer see'));
});
