/**
 * Dates of the format, including deep time. A JavaScript Date (and so a time scale) holds years
 * -271,820 to 275,759; the format also allows years beyond, such as -13800000000 (13.8 billion
 * years ago), written as a year only. For those, the model gives the Date interval clamped to
 * Date's range (never NaN) and, for every date, a plain number of years that works at any distance.
 */
import type { DateSpec } from './types.ts';
import { parsePartialDate, periodEnd, periodStart, utc, MAX_YEAR, MIN_YEAR, type CalendarParts, type Interval } from '../time/precision.ts';

const YEAR_ONLY = /^-?\d{4,12}$/;

/**
 * Where deep-time edges are clamped: a century inside what a Date holds, on century boundaries, so a
 * time scale can still floor and ceil them to its ticks (at Date's very edge that gives NaN).
 */
const DATE_MIN = utc(-271700, 1, 1);
const DATE_MAX = utc(275600, 1, 1);

/** Whether a year is outside what a Date holds (deep time). */
export const isDeepYear = (year: number) => year < MIN_YEAR || year > MAX_YEAR;

/** A date of the format: parsePartialDate's calendar dates, plus bare years beyond Date's range. */
export function parseDate(text: string): CalendarParts | null {
  const parts = parsePartialDate(text);
  if (parts) return parts;
  if (!YEAR_ONLY.test(text)) return null;
  const year = Number(text);
  return isDeepYear(year) && Number.isSafeInteger(year) ? { year } : null;
}

/** Years (astronomical, fractional) from the start of year 0: 2021-07-02 is about 2021.5. Works at any distance. */
export function yearOf(parts: CalendarParts, edge: 'start' | 'end'): number {
  if (isDeepYear(parts.year)) return edge === 'start' ? parts.year : parts.year + 1;
  return yearAt((edge === 'start' ? periodStart(parts) : periodEnd(parts)).getTime());
}

/** Where each year starts and ends, in ms: a model of 100,000 events asks for few distinct years. */
const yearBounds = new Map<number, [number, number]>();

/** The fractional year of an instant. */
function yearAt(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  let bounds = yearBounds.get(year);
  if (!bounds) yearBounds.set(year, (bounds = [utc(year, 1, 1), utc(year + 1, 1, 1)]));
  return year + (ms - bounds[0]) / (bounds[1] - bounds[0]);
}

export interface YearSpan {
  /** Years from year 0 at the start of what is known (astronomical: 1 BCE is 0). */
  start: number;
  /** Years at the first instant after it. */
  end: number;
}

/**
 * The span of a (validated, normalised) date: as a Date interval (deep-time edges clamped to
 * Date's range, so no value is NaN) and in years (exact at any distance).
 */
export function spanOf(date: DateSpec): { interval: Interval; years: YearSpan } {
  const first = parseDate(date.start);
  const last = date.end ? parseDate(date.end) : first;
  if (!first || !last) throw new Error(`invalid date: ${date.start}`);
  const edge = (parts: CalendarParts, end: boolean) =>
    isDeepYear(parts.year) ? new Date(parts.year < 0 ? DATE_MIN : DATE_MAX) : end ? periodEnd(parts) : periodStart(parts);
  const interval = {
    start: edge(first, false),
    end: edge(last, true),
    precision: date.precision,
    openStart: date.before !== undefined,
    span: date.end !== undefined && date.end !== date.start
  };
  return {
    interval,
    years: {
      start: isDeepYear(first.year) ? first.year : yearAt(interval.start.getTime()),
      end: isDeepYear(last.year) ? last.year + 1 : yearAt(interval.end.getTime())
    }
  };
}
