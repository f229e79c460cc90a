/**
 * Why text is not a date of the format, in the words of a problem. Apart from calendar.ts, which
 * the first load needs, so that the messages load with the validator only.
 */
import { daysInMonth, MAX_YEAR, MIN_YEAR } from '../time/precision.ts';
import { parseDate } from './calendar.ts';

const grouped = (n: number) => n.toLocaleString('en-US');

/**
 * Why text written in the shape YYYY[-MM[-DD]] is not a date of the format, in the words of a
 * problem (what was expected, what was found); null when it is one. Each cause has its own
 * message: a month or day that does not exist, a year too far for a month or day, year -0000.
 */
export function dateProblem(text: string): { expected: string; found: string } | null {
  if (parseDate(text)) return null;
  const match = /^(-?\d+)(?:-(\d+)(?:-(\d+))?)?$/.exec(text);
  const found = JSON.stringify(text);
  if (!match) return { expected: WRITTEN, found };
  const [, y, m, d] = match;
  const year = Number(y);
  if (Object.is(year, -0)) return { expected: 'year 0 written "0000" (1 BCE: years are astronomical)', found };
  if (m !== undefined && (year < MIN_YEAR || year > MAX_YEAR))
    return {
      expected: `a year from ${grouped(MIN_YEAR)} to ${grouped(MAX_YEAR)} when a month or day is given (beyond that, the year alone, such as "${y}", with precision "year")`,
      found: `${found}, the year ${grouped(year)}`
    };
  if (m !== undefined && (Number(m) < 1 || Number(m) > 12)) return { expected: 'a month from 01 to 12', found: `${found}, month ${m}` };
  if (d !== undefined) {
    const days = daysInMonth(year, Number(m));
    return { expected: `a day that exists in ${y}-${m} (01 to ${days})`, found: `${found}, day ${d}` };
  }
  return { expected: WRITTEN, found };
}

const WRITTEN = 'a date written YYYY, YYYY-MM or YYYY-MM-DD (a year of 4 to 12 digits, negative for BCE)';
