import { describe, expect, test } from 'vitest';
import { allowedRanges, scoreOrder } from '../../src/lib/quiz/score.ts';
import type { EventData } from '../../src/lib/model/types.ts';

/** A minimal event: only the id and date matter for scoring. */
function ev(id: string, start: string, extra: Partial<EventData['date']> = {}): EventData {
  const precision = start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year';
  return { id, title: { de: id, en: id }, summary: { de: id, en: id }, date: { start, precision, ...extra }, actors: ['x'], tags: [], sources: [] };
}

// Correct order: jan, feb, three events on one day (tie), mar.
const correct = [ev('jan', '2021-01'), ev('feb', '2021-02'), ev('d1', '2021-06-16'), ev('d2', '2021-06-16'), ev('d3', '2021-06-16'), ev('jul', '2021-07')];

describe('allowedRanges: an event may take any position its date group spans in the correct order', () => {
  test.each([
    ['jan', { first: 0, last: 0 }],
    ['feb', { first: 1, last: 1 }],
    ['d1', { first: 2, last: 4 }],
    ['d2', { first: 2, last: 4 }],
    ['d3', { first: 2, last: 4 }],
    ['jul', { first: 5, last: 5 }]
  ])('%s may go to %o', (id, range) => expect(allowedRanges(correct).get(id)).toEqual(range));

  test('a month and a day inside that month are not the same date', () => {
    const ranges = allowedRanges([ev('june', '2021-06'), ev('day', '2021-06-16')]);
    expect(ranges.get('june')).toEqual({ first: 0, last: 0 });
  });

  test('an upper bound ("by March") is not tied with the month it bounds', () => {
    const ranges = allowedRanges([ev('by-march', '2021-01', { end: '2021-03', before: 'march' }), ev('march', '2021-03')]);
    expect(ranges.get('by-march')).toEqual({ first: 0, last: 0 });
  });
});

describe('scoreOrder', () => {
  test.each([
    ['the correct order is all right', ['jan', 'feb', 'd1', 'd2', 'd3', 'jul'], [true, true, true, true, true, true], 6],
    ['tied events count as right in any order among themselves', ['jan', 'feb', 'd3', 'd1', 'd2', 'jul'], [true, true, true, true, true, true], 6],
    ['swapping two untied neighbours makes both wrong', ['feb', 'jan', 'd1', 'd2', 'd3', 'jul'], [false, false, true, true, true, true], 4],
    ['a tied event outside its group is wrong, and so is what it displaced', ['jan', 'd1', 'feb', 'd2', 'd3', 'jul'], [true, false, false, true, true, true], 4],
    ['reversed, the tied events that still land inside their group are right', ['jul', 'd3', 'd2', 'd1', 'feb', 'jan'], [false, false, true, true, false, false], 2],
    ['a tied event moved past the end of its group is wrong', ['jan', 'feb', 'd2', 'd3', 'jul', 'd1'], [true, true, true, true, false, false], 4]
  ])('%s', (_, answer, rights, right) => {
    const score = scoreOrder(answer, correct);
    expect(score.items.map((item) => item.right)).toEqual(rights);
    expect(score.right).toBe(right);
    expect(score.total).toBe(6);
  });

  test('each item reports where it is and where it may go', () => {
    const { items } = scoreOrder(['feb', 'jan', 'd1', 'd2', 'd3', 'jul'], correct);
    expect(items[0]).toEqual({ id: 'feb', position: 0, range: { first: 1, last: 1 }, right: false });
  });

  test('an id that is not being ordered is a programming error, said plainly', () => {
    expect(() => scoreOrder(['nope'], correct)).toThrow(/'nope' is not one of the events/);
  });
});
