import { describe, expect, test } from 'vitest';
import { deal, isSolved, pickEvents } from '../../src/lib/quiz/deal.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { shipped } from './fixtures.ts';

const model = buildModel(shipped());
const all = model.events;

describe('pickEvents', () => {
  test.each([
    ['no choice takes every event', null, all.map((e) => e.id)],
    ['a choice comes back in chronological order', ['sullivan-returns', 'biden-takes-office'], ['biden-takes-office', 'sullivan-returns']],
    ['unknown ids are ignored', ['geneva-summit', 'nope', 'biden-takes-office'], ['biden-takes-office', 'geneva-summit']],
    ['fewer than two known events fall back to every event', ['geneva-summit', 'nope'], all.map((e) => e.id)],
    ['an empty choice falls back to every event', [], all.map((e) => e.id)]
  ])('%s', (_, ids, expected) => expect(pickEvents(all, ids).map((e) => e.id)).toEqual(expected));
});

describe('deal', () => {
  test.each([1, 2, 2021, 99999])('seed %i deals every event exactly once', (seed) => {
    expect([...deal(all, seed)].sort()).toEqual(all.map((e) => e.id).sort());
  });

  test('the same seed deals the same order, so a class shares one', () => {
    expect(deal(all, 2021)).toEqual(deal(all, 2021));
  });

  test('the next seed deals a different order ("try again")', () => {
    expect(deal(all, 2022)).not.toEqual(deal(all, 2021));
  });

  test.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i never deals two untied events already solved', (seed) => {
    const two = pickEvents(all, ['biden-takes-office', 'sullivan-returns']);
    expect(isSolved(deal(two, seed), two)).toBe(false);
  });

  test('when every order is right (all tied), a deal still comes back', () => {
    const tied = pickEvents(all, ['geneva-summit', 'separate-press-conferences']);
    expect(isSolved(deal(tied, 1), tied)).toBe(true);
  });
});
