/**
 * Dates of the format, including deep time. A JavaScript Date (and so a time scale) holds years
 * -271,820 to 275,759; the format also allows years beyond, such as -13800000000 (13.8 billion
 * years ago), written as a year only. For those, the model gives the Date interval clamped to
 * Date's range (never NaN) and, for every date, a plain number of years that works at any distance.
 */
import type { DateSpec } from './types.ts';
import { intervalOf, parsePartialDate, periodEnd, periodStart, utc, MAX_YEAR, MIN_YEAR, type CalendarParts, type Interval } from '../time/precision.ts';

const YEAR_ONLY = /^-?\d{4,12}$/;

/** The earliest and latest instants a Date holds. */
const DATE_MIN = -8.64e15;
const DATE_MAX = 8.64e15;

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
  const at = (edge === 'start' ? periodStart(parts) : periodEnd(parts)).getTime();
  const year = new Date(at).getUTCFullYear();
  const from = utc(year, 1, 1);
  return year + (at - from) / (utc(year + 1, 1, 1) - from);
}

export interface YearSpan {
  /** Years from year 0 at the start of what is known (astronomical: 1 BCE is 0). */
  start: number;
  /** Years at the first instant after it. */
  end: number;
}

/** The span of a (validated, normalised) date in years. */
export function yearSpanOf(date: DateSpec): YearSpan {
  const first = parseDate(date.start);
  const last = date.end ? parseDate(date.end) : first;
  if (!first || !last) throw new Error(`invalid date: ${date.start}`);
  return { start: yearOf(first, 'start'), end: yearOf(last, 'end') };
}

/** The Date interval of a date; deep-time edges are clamped to Date's range, so no value is NaN. */
export function intervalFor(date: DateSpec): Interval {
  const first = parseDate(date.start);
  const last = date.end ? parseDate(date.end) : first;
  if (!first || !last) throw new Error(`invalid date: ${date.start}`);
  if (!isDeepYear(first.year) && !isDeepYear(last.year)) return intervalOf(date);
  const clamp = (parts: CalendarParts, edge: 'start' | 'end') =>
    isDeepYear(parts.year) ? new Date(parts.year < 0 ? DATE_MIN : DATE_MAX) : edge === 'start' ? periodStart(parts) : periodEnd(parts);
  return {
    start: clamp(first, 'start'),
    end: clamp(last, 'end'),
    precision: date.precision,
    openStart: date.before !== undefined,
    span: date.end !== undefined && date.end !== date.start
  };
}
