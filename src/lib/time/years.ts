/**
 * Years as numbers, for spans a JavaScript Date cannot hold. Within Date's range (about
 * ±271,820 years) a year starts where Date puts 1 January; beyond it, years are counted in
 * mean Gregorian years from 1970, on the same millisecond axis, so one scale serves both.
 */
import { MAX_YEAR, MIN_YEAR, utc } from './precision.ts';

export const DAY_MS = 86_400_000;
export const YEAR_MS = 365.2425 * DAY_MS;
/** The largest |ms| a Date can hold. */
export const DATE_LIMIT_MS = 8.64e15;

export const inDateRange = (ms: number) => Math.abs(ms) <= DATE_LIMIT_MS;

/**
 * A (fractional, astronomical) year that a Date cannot place: the model clamps such an event's
 * Date interval to the first year it can place, and only its years say where it is.
 */
export const isDeepYear = (year: number) => year < MIN_YEAR || year > MAX_YEAR + 1;

/** The first instant of an astronomical year (0 is 1 BCE, -43 is 44 BCE). */
export function yearStartMs(year: number): number {
  const ms = (year - 1970) * YEAR_MS;
  return inDateRange(ms) && Number.isInteger(year) && inDateRange(utc(year)) ? utc(year) : ms;
}

/** The astronomical year, with its fraction, at an instant. */
export function yearAt(ms: number): number {
  if (!inDateRange(ms)) return 1970 + ms / YEAR_MS;
  const year = new Date(ms).getUTCFullYear();
  const start = yearStartMs(year);
  return year + (ms - start) / (yearStartMs(year + 1) - start);
}
