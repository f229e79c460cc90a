/**
 * Calendar values as the sources give them. A month-precision date is the whole month, not its
 * first day: every date becomes a half-open UTC interval [start, end) covering what is known.
 */
import type { DateSpec, PrecisionName } from '../model/types.ts';

export interface CalendarParts {
  year: number;
  month?: number; // 1–12
  day?: number; // 1–31
}

const PATTERN = /^(-?\d{4,6})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The years a JavaScript Date, and so a time scale, can place: 271821 BCE (astronomical -271820) to 275759 CE. */
export const MIN_YEAR = -271820;
export const MAX_YEAR = 275759;

/**
 * Parses YYYY, YYYY-MM or YYYY-MM-DD; null when the text is not such a date, the day does not
 * exist or the year is outside MIN_YEAR…MAX_YEAR. Years are astronomical: 0000 is 1 BCE, -0043 is 44 BCE.
 */
export function parsePartialDate(text: string): CalendarParts | null {
  const match = PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_YEAR || year > MAX_YEAR || Object.is(year, -0)) return null;
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function precisionOf(parts: CalendarParts): PrecisionName {
  return parts.day !== undefined ? 'day' : parts.month !== undefined ? 'month' : 'year';
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month + 1, 0)).getUTCDate();
}

/** Date.UTC that does not map years 0–99 to 1900–1999. */
export function utc(year: number, month = 1, day = 1): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(0, 0, 0, 0);
  return date.getTime();
}

/** The first instant of the period. */
export function periodStart(parts: CalendarParts): Date {
  return new Date(utc(parts.year, parts.month ?? 1, parts.day ?? 1));
}

/** The first instant after the period. */
export function periodEnd(parts: CalendarParts): Date {
  if (parts.day !== undefined) return new Date(utc(parts.year, parts.month, parts.day + 1));
  if (parts.month !== undefined) return new Date(utc(parts.year, parts.month + 1, 1));
  return new Date(utc(parts.year + 1, 1, 1));
}

export interface Interval {
  start: Date;
  end: Date;
  precision: PrecisionName;
  /** True when only an upper bound is known (the event happened before another). */
  openStart: boolean;
  /** True when the interval covers more than one period of its precision (a span, or a bound). */
  span: boolean;
}

/** The interval a (validated) date specification covers. */
export function intervalOf(date: DateSpec): Interval {
  const first = parsePartialDate(date.start);
  if (!first) throw new Error(`invalid date: ${date.start}`);
  const last = date.end ? parsePartialDate(date.end) : first;
  if (!last) throw new Error(`invalid date: ${date.end}`);
  return {
    start: periodStart(first),
    end: periodEnd(last),
    precision: date.precision,
    openStart: date.before !== undefined,
    span: date.end !== undefined && date.end !== date.start
  };
}
