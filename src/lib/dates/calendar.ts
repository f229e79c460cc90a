/**
 * Calendar arithmetic on plain year-month-day values (UTC, astronomical years), so a suggestion
 * never depends on the time zone it is computed in.
 */
import { daysInMonth } from '../time/precision.ts';
import type { Precision } from './types.ts';

export interface Ymd {
  y: number;
  m: number; // 1–12
  d: number; // 1–31
}

function utc(y: number, m: number, d: number): Date {
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return date;
}

export function addDays(date: Ymd, days: number): Ymd {
  const t = utc(date.y, date.m, date.d);
  t.setUTCDate(t.getUTCDate() + days);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Shifts by whole months; the day is kept where the target month has it, else its last day. */
export function addMonths(date: Ymd, months: number): Ymd {
  const index = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: Ymd): number {
  return utc(date.y, date.m, date.d).getUTCDay();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Compares two dates at a precision: negative when a is earlier. */
export function compareAt(a: Ymd, b: Ymd, precision: Precision): number {
  if (a.y !== b.y || precision === 'year') return a.y - b.y;
  if (a.m !== b.m || precision === 'month') return a.m - b.m;
  return a.d - b.d;
}

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');

/** YYYY, YYYY-MM or YYYY-MM-DD as the dataset writes them (a negative year keeps four digits). */
export function formatIso(date: Ymd, precision: Precision): string {
  const year = (date.y < 0 ? '-' : '') + pad(date.y, 4);
  if (precision === 'year') return year;
  if (precision === 'month') return `${year}-${pad(date.m, 2)}`;
  return `${year}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}
