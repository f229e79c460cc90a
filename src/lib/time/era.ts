/**
 * Year numbers as readers write them: no zero padding, an era after years before 1 CE
 * ("44 v. Chr.", "44 BCE"), digit groups from five digits on and short words for millions and
 * more ("13,8 Mrd. v. Chr."). Years are astronomical: 0 is 1 BCE.
 */
import type { Lang } from '../model/types.ts';

export const ERA: Record<Lang, string> = { de: 'v. Chr.', en: 'BCE' };

const grouped = { de: new Intl.NumberFormat('de', { useGrouping: true }), en: new Intl.NumberFormat('en', { useGrouping: true }) };
const compact = {
  de: new Intl.NumberFormat('de', { notation: 'compact', compactDisplay: 'short', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'short', maximumFractionDigits: 1 })
};

/** A year count without era: 641, 12.000 (de) or 12,000 (en), 13,8 Mio. */
export function yearNumber(n: number, lang: Lang): string {
  if (n < 10_000) return String(n);
  if (n < 1_000_000) return grouped[lang].format(n);
  return compact[lang].format(n);
}

/** An astronomical year as a label: "641", "44 v. Chr.", "13.8B BCE". */
export function yearLabel(year: number, lang: Lang): string {
  return year > 0 ? yearNumber(year, lang) : `${yearNumber(1 - year, lang)} ${ERA[lang]}`;
}
