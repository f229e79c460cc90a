/**
 * The strip under a slide: the whole chronology on one UTC axis, so the audience sees where the
 * current event sits. Periods (months, spans) are bars from their first to their last instant;
 * days are dots. Marks that would overlap stack upwards into lanes; dots of a crowded day that
 * find no free lane move one column to the right, so twenty events on one day stay a compact
 * block instead of a tower.
 */
import { timeScale } from '../time/scale.ts';
import { tickLevel } from '../time/ticks.ts';
import type { TimelineEvent } from '../model/model.ts';

export interface StripOptions {
  /** Diameter of a dot and height of a bar, px. */
  dot: number;
  /** Space between marks, px. */
  gap: number;
  /** Lanes a crowded day may use before its dots move into a next column. */
  maxLanes: number;
  /** Space kept free at both ends of the axis, px. */
  inset: number;
}

export const STRIP_DEFAULTS: StripOptions = { dot: 10, gap: 3, maxLanes: 4, inset: 12 };

export interface StripMark {
  id: string;
  /** Left edge and width of the bar or dot, px. */
  x: number;
  width: number;
  /** 0 is the lane on the axis; higher lanes sit above it. */
  lane: number;
  kind: 'bar' | 'dot';
  /** Only an upper bound is known ("by March"): the bar's start is not a fact. */
  openStart: boolean;
}

export interface StripTick {
  x: number;
  date: Date;
}

export interface StripLayout {
  marks: StripMark[];
  ticks: StripTick[];
  lanes: number;
  /** A date-fns pattern that labels these ticks without repeating what they share. */
  tickPattern: string;
}

export function layoutStrip(events: readonly TimelineEvent[], width: number, options: Partial<StripOptions> = {}): StripLayout {
  const { dot, gap, maxLanes, inset } = { ...STRIP_DEFAULTS, ...options };
  if (events.length === 0 || width <= 2 * inset) return { marks: [], ticks: [], lanes: 0, tickPattern: 'yyyy' };
  const start = Math.min(...events.map((e) => e.interval.start.getTime()));
  const end = Math.max(...events.map((e) => e.interval.end.getTime()));
  // Widen the domain to whole periods of the tick interval that fits about one tick per 100 px.
  const level = tickLevel(end - start, Math.min(1000, Math.max(200, width)) * 0.6);
  const d0 = level.interval.floor(new Date(start)).getTime();
  const d1 = level.interval.ceil(new Date(end)).getTime();
  const scale = timeScale([d0, d1], [inset, width - inset]);
  const x = (date: Date) => scale(date.getTime());

  const occupied: [number, number][][] = [];
  const fits = (lane: number, a: number, b: number) => (occupied[lane] ?? []).every(([c, d]) => b + gap <= c || a >= d + gap);
  const take = (lane: number, a: number, b: number) => (occupied[lane] ??= []).push([a, b]);

  const marks = events.map((event): StripMark => {
    const { interval } = event;
    const isDot = interval.precision === 'day' && !interval.span && !interval.openStart;
    if (!isDot) {
      const a = x(interval.start);
      const b = Math.max(x(interval.end), a + dot);
      let lane = 0;
      while (!fits(lane, a, b)) lane++;
      take(lane, a, b);
      return { id: event.id, x: a, width: b - a, lane, kind: 'bar', openStart: interval.openStart };
    }
    const centre = x(new Date((interval.start.getTime() + interval.end.getTime()) / 2));
    for (let column = 0; ; column++) {
      const a = centre - dot / 2 + column * (dot + gap);
      for (let lane = 0; lane < maxLanes; lane++)
        if (fits(lane, a, a + dot)) {
          take(lane, a, a + dot);
          return { id: event.id, x: a, width: dot, lane, kind: 'dot', openStart: false };
        }
    }
  });

  // About one tick per 100 px, never more than ten: a half-year axis then gets months, not weeks.
  const ticks = level.interval.range(new Date(d0), new Date(d1 + 1)).map((date) => ({ x: x(date), date }));
  return { marks, ticks, lanes: occupied.length, tickPattern: tickPattern(ticks.map((t) => t.date)) };
}

/** Years when every tick is a new year, month names when every tick is a month's first day, else days. */
export function tickPattern(dates: readonly Date[]): string {
  if (dates.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1)) return 'yyyy';
  if (dates.every((d) => d.getUTCDate() === 1)) return 'LLL';
  return 'd. MMM';
}
