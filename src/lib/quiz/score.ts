/**
 * Scoring the ordering exercise. Events of the same date are ties: the text cannot tell their
 * order, so a student may put them either way round.
 *
 * Precisely: in the correct (chronological) order, an event's date group is it and every event
 * with the same date (`sameDate`); the group's range is the first to the last position its
 * members occupy. An answer puts an item right when the item's position in the answer lies within
 * its group's range. An event without a tie has a range of one position, its own.
 */
import { sameDate } from '../model/model.ts';
import type { EventData } from '../model/types.ts';

/** Inclusive, 0-based positions. */
export interface Range {
  first: number;
  last: number;
}

export interface ItemResult {
  id: string;
  /** Where the student put it, 0-based. */
  position: number;
  /** Where it may go, 0-based, inclusive. */
  range: Range;
  right: boolean;
}

export interface Score {
  items: ItemResult[];
  right: number;
  total: number;
}

/** The positions each event may take, by id: the range its date group spans in `correct`. */
export function allowedRanges(correct: readonly EventData[]): Map<string, Range> {
  const ranges = new Map<string, Range>();
  correct.forEach((event, i) => {
    const tied = correct.flatMap((other, j) => (sameDate(event, other) ? [j] : []));
    ranges.set(event.id, { first: Math.min(i, ...tied), last: Math.max(i, ...tied) });
  });
  return ranges;
}

/** Scores an answer (ids top to bottom) against the events in correct order. */
export function scoreOrder(answer: readonly string[], correct: readonly EventData[]): Score {
  const ranges = allowedRanges(correct);
  const items = answer.map((id, position) => {
    const range = ranges.get(id);
    if (!range) throw new Error(`scoreOrder: '${id}' is not one of the events being ordered`);
    return { id, position, range, right: position >= range.first && position <= range.last };
  });
  return { items, right: items.filter((item) => item.right).length, total: items.length };
}
