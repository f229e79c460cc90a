/**
 * One time axis for any span, from hours of one day to the age of the universe. Within Date's
 * range the tick interval is d3-time's utcTickInterval; spans of years that reach before 1 CE or
 * beyond Date's range get a year-number axis (steps of 1, 2 or 5 × 10ⁿ years: 10ⁿ alone leaves a
 * single tick over 13.8 billion years at laptop widths),
 * labelled with eras. The number of ticks shrinks until no two labels overlap.
 */
import { utcTickInterval } from 'd3-time';
import type { Lang } from '../model/types.ts';
import { formatTick } from './format.ts';
import { yearLabel } from './era.ts';
import { DAY_MS, inDateRange, yearAt, yearStartMs } from './years.ts';

export interface AxisTick {
  /** The tick's instant (ms on the shared axis) and its position in px. */
  t: number;
  x: number;
  label: string;
  /** The first tick and ticks that start a larger period (a month among days, a year among months). */
  major: boolean;
}

/** Space a label takes, in px per character of 12px text, and the space between labels. */
const CHAR = 7.4;
const LABEL_GAP = 14;
/** Labels are drawn this far right of their tick line. */
export const LABEL_OFFSET = 4;

export const labelWidth = (label: string, major: boolean) => label.length * CHAR * (major ? 1.08 : 1);

const dayPattern = { de: 'd. MMM', en: 'd MMM' } as const;

/** Ticks for a visible window [t0, t1] drawn over [0, width] px, in the interface language. */
export function axisTicks(window: readonly [number, number], width: number, lang: Lang): AxisTick[] {
  const [t0, t1] = window;
  if (!(width > 0) || !(t1 > t0)) return [];
  const x = (t: number) => ((t - t0) / (t1 - t0)) * width;
  // Hours only for a window of a few days at most: a week reads as days.
  const days = (t1 - t0) / DAY_MS;
  for (let count = Math.max(2, Math.floor(days >= 3 ? Math.min(width / 70, days) : width / 70)); ; count = Math.floor(count * 0.7)) {
    const ticks = candidates(t0, t1, count, lang).map((c) => ({ ...c, x: x(c.t) }));
    if (fits(ticks)) return inside(ticks, width);
    if (count <= 2) return inside(thin(ticks), width);
  }
}

/** A label that would run past the right edge is left out (its grid line stays): never a cut "2. Mä". */
function inside(ticks: AxisTick[], width: number): AxisTick[] {
  return ticks.map((tick) => (tick.x + LABEL_OFFSET + labelWidth(tick.label, tick.major) > width ? { ...tick, label: '' } : tick));
}

/** Leaves out every tick whose label would run into the one before it. */
function thin(ticks: readonly AxisTick[]): AxisTick[] {
  const kept: AxisTick[] = [];
  for (const tick of ticks) {
    const last = kept[kept.length - 1];
    if (!last || last.x + labelWidth(last.label, last.major) + LABEL_GAP <= tick.x) kept.push(tick);
  }
  return kept;
}

function fits(ticks: readonly AxisTick[]): boolean {
  for (let i = 1; i < ticks.length; i++)
    if (ticks[i - 1].x + labelWidth(ticks[i - 1].label, ticks[i - 1].major) + LABEL_GAP > ticks[i].x) return false;
  return true;
}

type Candidate = Omit<AxisTick, 'x'>;

function candidates(t0: number, t1: number, count: number, lang: Lang): Candidate[] {
  const years = (t1 - t0) / (365.2425 * DAY_MS);
  const deep = !inDateRange(t0) || !inDateRange(t1);
  if (deep || (years > count && yearAt(t0) < 1)) return yearTicks(yearAt(t0), yearAt(t1), count, lang);
  const interval = utcTickInterval(new Date(t0), new Date(t1), count);
  if (!interval) return [];
  const dates = interval.range(new Date(t0), new Date(t1 + 1));
  return dates.map((d, i) => ({ t: d.getTime(), ...dateLabel(d, dates, i, lang) }));
}

/** Labels say what changes from tick to tick; the first tick and each new larger period say more. */
function dateLabel(d: Date, all: readonly Date[], i: number, lang: Lang): { label: string; major: boolean } {
  const atMidnight = all.every((v) => v.getTime() % DAY_MS === 0);
  const atMonth = atMidnight && all.every((v) => v.getUTCDate() === 1);
  const atYear = atMonth && all.every((v) => v.getUTCMonth() === 0);
  if (atYear) return { label: yearLabel(d.getUTCFullYear(), lang), major: true };
  const era = d.getUTCFullYear() < 1 ? ` ${lang === 'de' ? 'v. Chr.' : 'BCE'}` : '';
  if (atMonth) {
    const major = i === 0 || d.getUTCMonth() === 0;
    return { label: major ? formatTick(d, 'LLL y', lang) + era : formatTick(d, 'LLL', lang), major };
  }
  if (atMidnight) {
    const major = i === 0 || d.getUTCDate() === 1;
    return { label: formatTick(d, major ? `${dayPattern[lang]} y` : dayPattern[lang], lang) + (major ? era : ''), major };
  }
  const major = i === 0 || d.getTime() % DAY_MS === 0;
  const time = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  const day = formatTick(d, dayPattern[lang], lang);
  return { label: major ? (d.getTime() % DAY_MS === 0 ? day : `${day} ${time}`) : time, major };
}

/**
 * Year-number ticks in historical numbering (…, 2 BCE, 1 BCE, 1 CE, 2 CE, …): a step of 100
 * gives 200 BCE, 100 BCE, 1, 100, 200. Year zero does not exist: a wide step marks 1 CE there,
 * a step of a few years leaves it out.
 */
function yearTicks(y0: number, y1: number, count: number, lang: Lang): Candidate[] {
  const rough = (y1 - y0) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(Math.max(1, rough)));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? power * 10;
  // Historical year h is astronomical h for h > 0 and h + 1 for h < 0.
  const first = Math.ceil(historical(y0) / step);
  const last = Math.floor(historical(y1) / step);
  const years: number[] = [];
  for (let k = first; k <= last && years.length < 1000; k++) {
    const h = k * step;
    // Where year zero would be, a wide step marks 1 CE instead of leaving a gap in the axis.
    if (h === 0 && step >= 10) years.push(1);
    else if (h !== 0) years.push(h > 0 ? h : h + 1);
  }
  // Short number words ("66M BCE") until two neighbours would read the same; then every digit.
  let labels = years.map((year) => yearLabel(year, lang));
  if (labels.some((label, i) => i > 0 && label === labels[i - 1])) labels = years.map((year) => yearLabel(year, lang, true));
  return years.map((year, i) => ({ t: yearStartMs(year), label: labels[i], major: true }));
}

const historical = (astronomical: number) => (astronomical >= 1 ? astronomical : astronomical - 1);
