/**
 * Year numbers as readers write them: no zero padding, an era after years before 1 CE
 * ("44 v. Chr.", "44 BCE"), digit groups from five digits on and short words for millions and
 * more ("13,8 Mrd. v. Chr."). Years are astronomical: 0 is 1 BCE.
 */
import type { Lang } from '../model/types.ts';

export const ERA: Record<Lang, string> = { de: 'v. Chr.', en: 'BCE' };

const grouped = { de: new Intl.NumberFormat('de', { useGrouping: true }), en: new Intl.NumberFormat('en', { useGrouping: true }) };
const compact = {
  de: new Intl.NumberFormat('de', { notation: 'compact', compactDisplay: 'short', maximumSignificantDigits: 3 }),
  en: new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'short', maximumSignificantDigits: 3 })
};

/**
 * A year count without era: 641, 12.000 (de) or 12,000 (en), 13,8 Mrd. or 4,54 Mrd. (three
 * significant digits); `exact` writes every digit (12.345.678), for ticks closer than that.
 */
export function yearNumber(n: number, lang: Lang, exact = false): string {
  if (n < 10_000) return String(n);
  if (n < 1_000_000 || exact) return grouped[lang].format(n);
  return compact[lang].format(n);
}

/** An astronomical year as a label: "641", "44 v. Chr.", "13.8B BCE". */
export function yearLabel(year: number, lang: Lang, exact = false): string {
  return year > 0 ? yearNumber(year, lang, exact) : `${yearNumber(1 - year, lang, exact)} ${ERA[lang]}`;
}
