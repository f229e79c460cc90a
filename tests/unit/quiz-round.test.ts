import { describe, expect, test } from 'vitest';
import { pickRound, dateGroups, ROUND_MIN, ROUND_MAX } from '../../src/lib/quiz/round.ts';
import { chosenEvents } from '../../src/lib/quiz/choice.ts';
import { buildModel, sameDate, type TimelineEvent } from '../../src/lib/model/model.ts';
import type { DatasetData, EventData } from '../../src/lib/model/types.ts';
import { shipped } from './fixtures.ts';

const all = buildModel(shipped()).events;

/** A dataset of `perDate[i]` events on each of as many days. */
function synthetic(perDate: number[]): readonly TimelineEvent[] {
  const data = shipped();
  const template = data.events[0];
  const events: EventData[] = perDate.flatMap((n, d) =>
    Array.from({ length: n }, (_, i) => ({ ...template, id: `e${d}-${i}`, date: { start: new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10), precision: 'day' as const } }))
  );
  return buildModel({ ...data, events } as DatasetData).events;
}

const distinctDates = (round: readonly TimelineEvent[]) => dateGroups(round).length;

describe('pickRound: a fair default round of the exercise', () => {
  test.each([1, 2, 7, 2021, 99999])('seed %i: the shipped data gives 6 events on 6 different dates, in chronological order', (seed) => {
    const round = pickRound(all, seed);
    expect(round).toHaveLength(6);
    expect(distinctDates(round)).toBe(6);
    expect(round.map((e) => e.index)).toEqual([...round.map((e) => e.index)].sort((a, b) => a - b));
  });

  test.each([
    ['many dates: at most eight, all distinct', Array(30).fill(1), ROUND_MAX, ROUND_MAX],
    ['seven dates: seven events', [3, 1, 1, 4, 1, 1, 2], 7, 7],
    ['four dates: six events, four of them on distinct dates', [5, 5, 5, 5], ROUND_MIN, 4],
    ['one crowded day: six tied events', [10], ROUND_MIN, 1],
    ['fewer events than a round: all of them', [1, 1, 1], 3, 3]
  ])('%s', (_, perDate, size, dates) => {
    const round = pickRound(synthetic(perDate), 5);
    expect(round).toHaveLength(size);
    expect(distinctDates(round)).toBe(dates);
    expect(new Set(round.map((e) => e.id)).size).toBe(size);
  });

  test('the dates are spread: with 30 dates, one is drawn from each eighth of the chronology', () => {
    const events = synthetic(Array(32).fill(1));
    for (const seed of [1, 2, 3]) {
      const round = pickRound(events, seed);
      round.forEach((event, i) => expect(Math.floor(event.index / 4)).toBe(i));
    }
  });

  test('the same seed picks the same round; another seed usually another', () => {
    expect(pickRound(all, 2021).map((e) => e.id)).toEqual(pickRound(all, 2021).map((e) => e.id));
    const rounds = new Set([1, 2, 3, 4, 5].map((seed) => pickRound(all, seed).map((e) => e.id).join()));
    expect(rounds.size).toBeGreaterThan(1);
  });

  test('dateGroups puts tied events together', () => {
    for (const group of dateGroups(all)) for (const event of group) expect(sameDate(event, group[0])).toBe(true);
    expect(dateGroups(all).flat()).toEqual([...all]);
  });
});

describe('chosenEvents: a teacher’s choice', () => {
  test.each([
    ['no choice', null, null],
    ['fewer than two known ids', ['geneva-summit', 'nope'], null],
    ['known ids, in chronological order', ['sullivan-returns', 'biden-takes-office', 'nope'], ['biden-takes-office', 'sullivan-returns']]
  ])('%s', (_, ids, expected) => expect(chosenEvents(all, ids)?.map((e) => e.id) ?? null).toEqual(expected));
});
