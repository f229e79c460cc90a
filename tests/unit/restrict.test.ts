import { describe, expect, test } from 'vitest';
import { buildModel } from '../../src/lib/model/model.ts';
import { restrictModel } from '../../src/lib/model/restrict.ts';
import { shipped } from './fixtures.ts';

const model = buildModel(shipped());
const ids = (lanes: string[], tags: string[] = []) => restrictModel(model, { lanes, tags }).events.map((e) => e.id);

describe('?lanes= and ?tags= narrow the events every view sees', () => {
  test.each([
    ['no lanes and no tags leave the model as it is', [], [], model.events.length],
    ['unknown lanes are ignored, which leaves everything', ['mars', 'Venus'], [], model.events.length],
    ['one lane keeps its events only', ['russia'], [], 5],
    ['two lanes keep the events of either', ['usa', 'russia'], [], 9],
    ['an unknown lane next to a known one is ignored', ['usa', 'mars'], [], 4],
    ['a tag keeps the events that carry it', [], ['cyber'], 1],
    ['lanes and tags must both match', ['russia'], ['press'], 3],
    ['lanes and tags may leave nothing', ['usa'], ['cyber'], 0]
  ])('%s', (_, lanes, tags, count) => expect(ids(lanes, tags)).toHaveLength(count));

  test('no lanes and no tags return the very same model', () => expect(restrictModel(model, { lanes: [], tags: [] })).toBe(model));

  test('the narrowed model stays chronological and looks events up by id', () => {
    const narrowed = restrictModel(model, { lanes: ['russia'], tags: [] });
    expect(narrowed.events.map((e) => e.index)).toEqual([0, 1, 2, 3, 4]);
    expect(narrowed.byId.has('russia-recalls-antonow')).toBe(true);
    expect(narrowed.byId.has('sullivan-returns')).toBe(false);
  });

  test('only lanes that still have events are left to draw', () =>
    expect(Object.keys(restrictModel(model, { lanes: ['usa'], tags: [] }).data.actors)).toEqual(['usa']));

  test('the input model is not changed', () => {
    restrictModel(model, { lanes: ['usa'], tags: ['summit'] });
    expect(model.events).toHaveLength(15);
    expect(Object.keys(model.data.actors)).toEqual(['usa', 'russia', 'both']);
  });
});
