/**
 * A stretch of time named at the precision its bounds have: whole years as years ("1199",
 * "1199 – 1204"), whole months as months, else days. Used where events are summarised (chips),
 * so that a label never claims a day the data does not give.
 */
import type { Lang } from '../model/types.ts';
import { formatTick } from './format.ts';
import { yearLabel, ERA } from './era.ts';
import { DAY_MS, inDateRange, yearAt } from './years.ts';

export type PeriodPrecision = 'year' | 'month' | 'day';

/** The coarsest precision whose boundaries both instants sit on. */
export function boundaryPrecision(t0: number, t1: number): PeriodPrecision {
  if (!inDateRange(t0) || !inDateRange(t1)) return 'year';
  const a = new Date(t0);
  const b = new Date(t1);
  const midnight = t0 % DAY_MS === 0 && t1 % DAY_MS === 0;
  const firsts = midnight && a.getUTCDate() === 1 && b.getUTCDate() === 1;
  if (firsts && a.getUTCMonth() === 0 && b.getUTCMonth() === 0) return 'year';
  return firsts ? 'month' : 'day';
}

const patterns = { de: { month: 'LLLL y', day: 'd. MMMM y' }, en: { month: 'LLLL y', day: 'd MMMM y' } } as const;

function at(t: number, precision: PeriodPrecision, lang: Lang): string {
  if (precision === 'year') return yearLabel(Math.floor(yearAt(t)), lang);
  const d = new Date(t);
  const text = formatTick(d, patterns[lang][precision], lang);
  return d.getUTCFullYear() < 1 ? `${text} ${ERA[lang]}` : text;
}

/** The period [t0, t1) as readers say it: "16. Juni 2021", "1199", "März 2021 – Mai 2021". */
export function periodLabel(t0: number, t1: number, lang: Lang): string {
  const precision = boundaryPrecision(t0, t1);
  const from = at(t0, precision, lang);
  const to = at(Math.max(t0, t1 - 1), precision, lang);
  return from === to ? from : `${from} – ${to}`;
}
