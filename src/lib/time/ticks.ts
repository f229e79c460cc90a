/**
 * Axis ticks that adapt to the zoom level: the finest calendar interval (days, weeks, months,
 * quarters, years, decades) whose labels still fit, each labelled as readers say it.
 */
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import type { TimeScale } from './scale.ts';
import type { Lang } from '../model/types.ts';
import { formatTick } from './format.ts';

export interface Tick {
  value: Date;
  x: number;
  label: string;
  /** A tick that starts a larger period (a new month among days, a new year among months). */
  major: boolean;
}

interface Level {
  name: 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
  interval: TimeInterval;
  /** Approximate length, for choosing a level. */
  ms: number;
  /** Label width to leave room for, in px. */
  room: number;
  format: (d: Date, lang: Lang, major: boolean) => string;
  isMajor: (d: Date) => boolean;
}

const DAY = 86_400_000;
const every = (interval: CountableTimeInterval, n: number) => interval.every(n) ?? interval;
const dayPattern = { de: 'd. MMM', en: 'd MMM' } as const;

const levels: Level[] = [
  { name: 'day', interval: utcDay, ms: DAY, room: 64, format: (d, l, m) => formatTick(d, m ? `${dayPattern[l]} yyyy` : dayPattern[l], l), isMajor: (d) => d.getUTCDate() === 1 },
  { name: 'week', interval: utcMonday, ms: 7 * DAY, room: 72, format: (d, l, m) => formatTick(d, m ? `${dayPattern[l]} yyyy` : dayPattern[l], l), isMajor: (d) => d.getUTCDate() <= 7 && d.getUTCMonth() === 0 },
  { name: 'month', interval: utcMonth, ms: 30.4 * DAY, room: 70, format: (d, l, m) => formatTick(d, m ? 'LLL yyyy' : 'LLL', l), isMajor: (d) => d.getUTCMonth() === 0 },
  { name: 'quarter', interval: every(utcMonth, 3), ms: 91 * DAY, room: 80, format: (d, l, m) => formatTick(d, m ? 'LLL yyyy' : 'LLL', l), isMajor: (d) => d.getUTCMonth() === 0 },
  { name: 'year', interval: utcYear, ms: 365.25 * DAY, room: 56, format: (d, l) => formatTick(d, 'yyyy', l), isMajor: () => true },
  { name: 'decade', interval: every(utcYear, 10), ms: 3652.5 * DAY, room: 56, format: (d, l) => formatTick(d, 'yyyy', l), isMajor: () => true },
  { name: 'century', interval: every(utcYear, 100), ms: 36525 * DAY, room: 56, format: (d, l) => formatTick(d, 'yyyy', l), isMajor: () => true }
];

/** The finest level whose labels fit into the width. */
export function tickLevel(domainMs: number, width: number): Level {
  for (const level of levels) if ((domainMs / level.ms) * level.room <= width) return level;
  return levels[levels.length - 1];
}

/** Ticks for the visible part of a (zoomed) UTC scale, formatted in the interface language. */
export function axisTicks(scale: TimeScale, lang: Lang): Tick[] {
  const [d0, d1] = scale.domain();
  const [r0, r1] = scale.range();
  const level = tickLevel(d1 - d0, Math.abs(r1 - r0));
  const values = level.interval.range(level.interval.floor(new Date(d0)), new Date(d1));
  return values
    .filter((value) => value.getTime() >= d0)
    .map((value, i) => {
      const major = i === 0 || level.isMajor(value);
      return { value, x: scale(value.getTime()), label: level.format(value, lang, major), major };
    });
}
