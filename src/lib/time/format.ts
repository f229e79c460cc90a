/**
 * Dates as readers say them, at the precision the source supports: "März 2021", "16. Juni 2021",
 * "spätestens März 2021" for an event known only to precede another.
 */
import type { DateSpec, Lang, PrecisionName } from '../model/types.ts';
import { parsePartialDate, periodStart, precisionOf } from './precision.ts';
import { locales } from './locales.ts';
import { yearLabel } from './era.ts';

// 'y' is the year of the era, unpadded: 44 CE is "44", and 44 BCE (astronomical -43) is also "44".
const patterns: Record<Lang, Record<PrecisionName, string>> = {
  de: { year: 'y', month: 'LLLL y', day: 'd. MMMM y' },
  en: { year: 'y', month: 'LLLL y', day: 'd MMMM y' }
};

/** Formats one calendar value (YYYY, YYYY-MM or YYYY-MM-DD) at its own precision. */
export function formatPartial(text: string, lang: Lang): string {
  const parts = parsePartialDate(text);
  // Deep time (beyond what a calendar places) is a year alone: "13,8 Mrd. v. Chr.", "300,000 BCE".
  if (!parts) return /^-?\d+$/.test(text) ? yearLabel(Number(text), lang) : text;
  const label = formatTick(periodStart(parts), patterns[lang][precisionOf(parts)], lang);
  return parts.year <= 0 ? `${label} ${lang === 'de' ? 'v. Chr.' : 'BCE'}` : label;
}

const words = {
  de: { before: (d: string) => `spätestens ${d}`, after: (d: string) => `frühestens ${d}`, range: (a: string, b: string) => `${a} – ${b}` },
  en: { before: (d: string) => `by ${d}`, after: (d: string) => `not before ${d}`, range: (a: string, b: string) => `${a} – ${b}` }
} as const;

/** The displayed date of an event: what is known, and no more. */
export function formatEventDate(date: DateSpec, lang: Lang): string {
  if (date.display) return date.display[lang];
  const last = formatPartial(date.end ?? date.start, lang);
  if (date.before) return words[lang].before(last);
  if (date.after) return words[lang].after(formatPartial(date.start, lang));
  if (date.end && date.end !== date.start) return words[lang].range(formatPartial(date.start, lang), last);
  return last;
}

const TOKENS = /'(?:[^']|'')*'|do|dd?|y+|[ML]{3,4}/g;
const widths = ['short', 'medium', 'long', 'full'] as const;

/**
 * Formats a UTC instant with the subset of date-fns (Unicode) patterns the app uses — d, dd, do,
 * y, yyyy, MMM, MMMM, LLL, LLLL, P…PPPP and 'quoted text' — from the date-fns locale data.
 * date-fns' own format() brings every token of the standard, its week-numbering arithmetic and
 * the en-US default locale (about 5 kB gzip) into a bundle with a 60 kB budget; UTC parts also
 * keep the calendar value in every time zone without a UTCDate wrapper.
 */
export function formatTick(value: Date, pattern: string, lang: Lang): string {
  const { localize, formatLong } = locales[lang];
  const expanded = pattern.replace(/P{1,4}/g, (p) => formatLong?.date({ width: widths[p.length - 1] }) ?? 'P');
  const year = value.getUTCFullYear();
  const month = value.getUTCMonth();
  const day = value.getUTCDate();
  return expanded.replace(TOKENS, (token) => {
    if (token[0] === "'") return token.slice(1, -1).replace(/''/g, "'");
    if (token === 'd') return String(day);
    if (token === 'dd') return String(day).padStart(2, '0');
    if (token === 'do') return localize?.ordinalNumber(day, { unit: 'date' }) ?? String(day);
    if (token[0] === 'y') return String(year > 0 ? year : 1 - year).padStart(token.length === 2 ? 2 : token.length, '0').slice(token.length === 2 ? -2 : 0);
    const width = token.length === 3 ? 'abbreviated' : 'wide';
    const context = token[0] === 'L' ? 'standalone' : 'formatting';
    return localize?.month(month as 0, { width, context }) ?? String(month + 1);
  });
}
