import { describe, expect, test } from 'vitest';
import { Filters } from '../../src/lib/state/filters.svelte.ts';
import { Selection } from '../../src/lib/state/selection.svelte.ts';

const actors = ['usa', 'russia', 'both'];

describe('Filters', () => {
  test('start with everything shown and nothing active', () => {
    const f = new Filters();
    expect(f.spec(actors)).toEqual({ actors: null, tags: new Set(), query: '' });
    expect(f.active).toBe(false);
  });

  test('hiding a lane shows the others', () => {
    const f = new Filters();
    f.toggleActor('usa');
    expect([...f.spec(actors).actors!]).toEqual(['russia', 'both']);
    expect(f.active).toBe(true);
    f.toggleActor('usa');
    expect(f.spec(actors).actors).toBeNull();
  });

  test('solo shows a single lane, and a second solo shows all again', () => {
    const f = new Filters();
    f.soloActor('russia', actors);
    expect([...f.spec(actors).actors!]).toEqual(['russia']);
    f.soloActor('russia', actors);
    expect(f.spec(actors).actors).toBeNull();
  });

  test('topics and the query combine, and reset clears them', () => {
    const f = new Filters();
    f.toggleTag('cyber');
    f.setQuery('Putin');
    expect(f.spec(actors)).toEqual({ actors: null, tags: new Set(['cyber']), query: 'Putin' });
    f.reset();
    expect(f.active).toBe(false);
  });
});

describe('Selection', () => {
  test('holds one id or none', () => {
    const s = new Selection();
    expect(s.id).toBeNull();
    s.select('a');
    expect(s.id).toBe('a');
    s.clear();
    expect(s.id).toBeNull();
  });
});
