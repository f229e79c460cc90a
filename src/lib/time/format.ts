/**
 * Dates as readers say them, at the precision the source supports: "März 2021", "16. Juni 2021",
 * "spätestens März 2021" for an event known only to precede another.
 */
import { format } from 'date-fns';
import { de, enGB } from 'date-fns/locale';
import { UTCDate } from '@date-fns/utc';
import type { DateSpec, Lang, PrecisionName } from '../model/types.ts';
import { parsePartialDate, periodStart } from './precision.ts';

const locales = { de, en: enGB } as const;

// 'y' is the year of the era, unpadded: 44 CE is "44", and 44 BCE (astronomical -43) is also "44".
const patterns: Record<Lang, Record<PrecisionName, string>> = {
  de: { year: 'y', month: 'LLLL y', day: 'd. MMMM y' },
  en: { year: 'y', month: 'LLLL y', day: 'd MMMM y' }
};

/** Formats one calendar value (YYYY, YYYY-MM or YYYY-MM-DD) at its own precision. */
export function formatPartial(text: string, lang: Lang): string {
  const parts = parsePartialDate(text);
  if (!parts) return text;
  const precision: PrecisionName = parts.day !== undefined ? 'day' : parts.month !== undefined ? 'month' : 'year';
  const label = format(new UTCDate(periodStart(parts).getTime()), patterns[lang][precision], { locale: locales[lang] });
  return parts.year <= 0 ? `${label} ${lang === 'de' ? 'v. Chr.' : 'BCE'}` : label;
}

const words = {
  de: { before: (d: string) => `spätestens ${d}`, range: (a: string, b: string) => `${a} – ${b}` },
  en: { before: (d: string) => `by ${d}`, range: (a: string, b: string) => `${a} – ${b}` }
} as const;

/** The displayed date of an event: what is known, and no more. */
export function formatEventDate(date: DateSpec, lang: Lang): string {
  const last = formatPartial(date.end ?? date.start, lang);
  if (date.before) return words[lang].before(last);
  if (date.end && date.end !== date.start) return words[lang].range(formatPartial(date.start, lang), last);
  return last;
}

/** Formats an instant of the (UTC) time axis with a date-fns pattern. */
export function formatTick(value: Date, pattern: string, lang: Lang): string {
  return format(new UTCDate(value.getTime()), pattern, { locale: locales[lang] });
}
