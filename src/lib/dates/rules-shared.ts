/** Rules that read the same in every language: ISO dates. */
import { isValidDay } from './calendar.ts';
import { B, ci, rule, type Rule } from './mention.ts';

export const SHARED_RULES: readonly Rule[] = [
  rule(`${B}(?<![.\\-/])(?:(?:${ci('am|on|vom|from')})\\s+)?(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\d\\-])`, (g) => {
    const y = Number(g.y), m = Number(g.m), d = Number(g.d);
    return isValidDay(y, m, d) ? { from: { type: 'fields', fields: { y, m, d } } } : null;
  }),
  rule(`${B}(?<![.\\-/])(?:(?:${ci('im|in')})\\s+)?(?<y>\\d{4})-(?<m>\\d{2})(?![\\d\\-])`, (g) => {
    const y = Number(g.y), m = Number(g.m);
    return y >= 1000 && m >= 1 && m <= 12 ? { from: { type: 'fields', fields: { y, m } } } : null;
  })
];

/** 2-digit years: "16.06.21" is 2021, "'98" is 1998. */
export function fullYear(digits: string, pivot = 2040): number {
  const n = Number(digits);
  if (digits.length !== 2) return n;
  return 2000 + n > pivot ? 1900 + n : 2000 + n;
}

/** The second year of "2020/21" or "1998/1999". */
export function secondYear(first: number, digits: string): number {
  if (digits.length === 4) return Number(digits);
  const n = Number(digits);
  const century = Math.floor(first / 100) * 100;
  return century + n < first ? century + 100 + n : century + n;
}

/** First year of a decade written "1990er", "90er", "1990s", "’90s". */
export function decadeStart(digits: string): number {
  if (digits.length === 3) return Number(digits) * 10;
  if (digits.length === 1) return 1900 + Number(digits) * 10;
  return Number(digits) * 10;
}
