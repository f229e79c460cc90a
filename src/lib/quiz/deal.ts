/**
 * Setting up the ordering exercise: which events take part, and the order they start in.
 */
import type { TimelineEvent } from '../model/model.ts';
import { mulberry32, shuffle } from './shuffle.ts';
import { scoreOrder } from './score.ts';

/** How many fresh shuffles to draw before accepting one that happens to be solved already. */
const MAX_DRAWS = 16;

/**
 * The teacher's choice (?events) in chronological order; ids not in the dataset are ignored.
 * Fewer than two known events make no exercise, so then every event takes part.
 */
export function pickEvents(all: readonly TimelineEvent[], ids: readonly string[] | null): TimelineEvent[] {
  if (!ids) return [...all];
  const wanted = new Set(ids);
  const picked = all.filter((event) => wanted.has(event.id));
  return picked.length >= 2 ? picked : [...all];
}

/**
 * The starting order (ids, top to bottom) for a seed: the same seed always deals the same order.
 * A shuffle that is already right everywhere is redrawn from the same generator, so the class
 * does not start with a solved list; when every order is right (one event, or all tied), the
 * last draw stands.
 */
export function deal(correct: readonly TimelineEvent[], seed: number): string[] {
  const random = mulberry32(seed);
  const ids = correct.map((event) => event.id);
  let order = shuffle(ids, random);
  for (let draw = 1; draw < MAX_DRAWS && isSolved(order, correct); draw++) order = shuffle(ids, random);
  return order;
}

export function isSolved(order: readonly string[], correct: readonly TimelineEvent[]): boolean {
  const { right, total } = scoreOrder(order, correct);
  return right === total;
}
