/**
 * The default round of the ordering exercise: a handful of events that a class can tell apart.
 * Events of one date are ties (any order of them counts), so a round drawn from a crowded day
 * tests little; a round takes one event per date, its dates spread across the whole chronology,
 * and only doubles up on a date when the data has too few dates.
 */
import type { TimelineEvent } from '../model/model.ts';
import { sameDate } from '../model/model.ts';
import { mulberry32 } from './shuffle.ts';

/** A round's size: at least MIN (or every event, when there are fewer), at most MAX. */
export const ROUND_MIN = 6;
export const ROUND_MAX = 8;

/** Events grouped by date, in chronological order (the events come sorted). */
export function dateGroups(events: readonly TimelineEvent[]): TimelineEvent[][] {
  const groups: TimelineEvent[][] = [];
  for (const event of events) {
    const last = groups.at(-1);
    if (last && sameDate(last[0], event)) last.push(event);
    else groups.push([event]);
  }
  return groups;
}

/**
 * The round for a seed, in chronological order. Size: as many dates as there are, between
 * ROUND_MIN and ROUND_MAX. The dates are drawn one from each of that many equal stretches of the
 * chronology (by date rank), and one event from each date; when there are fewer dates than
 * ROUND_MIN, the rest come from the dates that have events left, again spread out.
 */
export function pickRound(events: readonly TimelineEvent[], seed: number): TimelineEvent[] {
  const random = mulberry32((seed ^ 0x5eed) >>> 0);
  const groups = dateGroups(events).map((group) => [...group]);
  const size = Math.min(events.length, Math.max(ROUND_MIN, Math.min(ROUND_MAX, groups.length)));
  const take = (group: TimelineEvent[]) => group.splice(Math.floor(random() * group.length), 1)[0];
  const picked: TimelineEvent[] = [];
  const dates = Math.min(size, groups.length);
  for (let i = 0; i < dates; i++) {
    const from = Math.floor((i * groups.length) / dates);
    const to = Math.floor(((i + 1) * groups.length) / dates);
    picked.push(take(groups[from + Math.floor(random() * (to - from))]));
  }
  while (picked.length < size) {
    const left = groups.filter((group) => group.length > 0);
    // The date with the most events left, so that the doubling up spreads over the dates.
    const fullest = left.reduce((a, b) => (b.length > a.length ? b : a));
    picked.push(take(fullest));
  }
  return picked.sort((a, b) => a.index - b.index);
}
