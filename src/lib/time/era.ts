/**
 * Year numbers as readers write them: no zero padding, an era after years before 1 CE
 * ("44 v. Chr.", "44 BCE"), digit groups from five digits on and short words for millions and
 * more ("13,8 Mrd. v. Chr."). Years are astronomical: 0 is 1 BCE.
 */
import type { Lang } from '../model/types.ts';

export const ERA: Record<Lang, string> = { de: 'v. Chr.', en: 'BCE' };

// Made on first use: four formatters made when the module loads cost the first page about 17 ms
// (compact notation loads locale data), and most timelines never show a year of five digits.
const formats = new Map<string, Intl.NumberFormat>();
function format(lang: Lang, compact: boolean): Intl.NumberFormat {
  const key = `${lang}${compact ? ' compact' : ''}`;
  let made = formats.get(key);
  if (!made) {
    made = new Intl.NumberFormat(lang, compact ? { notation: 'compact', compactDisplay: 'short', maximumSignificantDigits: 3 } : { useGrouping: true });
    formats.set(key, made);
  }
  return made;
}

/** A count with digit groups from five digits on: 1000, 12.000 (de), 12,000 (en). */
export function grouped(n: number, lang: Lang): string {
  return n < 10_000 ? String(n) : format(lang, false).format(n);
}

/**
 * A year count without era: 641, 12.000 (de) or 12,000 (en), 13,8 Mrd. or 4,54 Mrd. (three
 * significant digits); `exact` writes every digit (12.345.678), for ticks closer than that.
 */
export function yearNumber(n: number, lang: Lang, exact = false): string {
  if (n < 1_000_000 || exact) return grouped(n, lang);
  return format(lang, true).format(n);
}

/** An astronomical year as a label: "641", "44 v. Chr.", "13.8B BCE". */
export function yearLabel(year: number, lang: Lang, exact = false): string {
  return year > 0 ? yearNumber(year, lang, exact) : `${yearNumber(1 - year, lang, exact)} ${ERA[lang]}`;
}
