/**
 * An event's extent on the shared time axis, in ms. Within Date's range that is its Date
 * interval; beyond it (deep time, where the model clamps the interval and gives exact years),
 * its years placed as years.ts places them, so events 13.8 billion years ago stand apart.
 */
import type { Interval } from '../time/precision.ts';
import { isDeepYear, yearStartMs } from '../time/years.ts';

export interface Spanned {
  interval: Interval;
  /** Fractional astronomical years, exact at any distance (when the model gives them). */
  years?: { start: number; end: number };
}

const at = (ms: number, years: number | undefined) => (years !== undefined && isDeepYear(years) ? yearStartMs(years) : ms);

export function eventSpan(e: Spanned): [number, number] {
  return [at(e.interval.start.getTime(), e.years?.start), at(e.interval.end.getTime(), e.years?.end)];
}
