/**
 * Turns what a date phrase says into calendar dates, read against the publication date: a month
 * without a year is the most recent one in the past unless the tense or a word ("kommenden",
 * "next") points forward.
 */
import { addDays, addMonths, compareAt, isValidDay, weekday, type Ymd } from './calendar.ts';
import type { Anchor, Fields, Mention } from './mention.ts';
import type { Precision } from './types.ts';

/** past/future: on or before / on or after the reference; prev/next: strictly before / after. */
export type Way = 'past' | 'future' | 'prev' | 'next';

export type Basis = 'explicit' | 'inferred' | 'shift' | 'offset';

export interface Resolved {
  start: Ymd;
  end?: Ymd;
  precision: Precision;
  basis: Basis;
  /** The way a missing year or day was chosen, when one was. */
  way?: Way;
  season?: boolean;
  /** What a 'shift' counted: "März vergangenen Jahres" a year, "Mittwoch vergangener Woche" a week. */
  shifted?: 'year' | 'week';
}

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };
const precisionOf = (f: Fields): Precision => (f.d !== undefined ? 'day' : f.m !== undefined ? 'month' : 'year');
const coarser = (a: Precision, b: Precision): Precision => (RANK[a] <= RANK[b] ? a : b);
const asYmd = (f: Fields, y: number): Ymd => ({ y, m: f.m ?? 1, d: f.d ?? 1 });

function fits(cmp: number, way: Way): boolean {
  return way === 'past' ? cmp <= 0 : way === 'prev' ? cmp < 0 : way === 'future' ? cmp >= 0 : cmp > 0;
}

/** The year that puts month/day on the chosen side of the reference, nearest to it. */
function yearFor(f: Fields, ref: Ymd, way: Way): number {
  const precision = precisionOf(f);
  const backwards = way === 'past' || way === 'prev';
  const years = backwards ? [ref.y + 1, ref.y, ref.y - 1, ref.y - 2, ref.y - 3, ref.y - 4] : [ref.y - 1, ref.y, ref.y + 1, ref.y + 2, ref.y + 3, ref.y + 4];
  for (const y of years) {
    if (f.d !== undefined && !isValidDay(y, f.m!, f.d)) continue;
    if (fits(compareAt(asYmd(f, y), ref, precision), way)) return y;
  }
  return ref.y;
}

function fieldsDate(a: Extract<Anchor, { type: 'fields' }>, ref: Ymd, way: Way): { date: Ymd; basis: Basis } {
  const f = a.fields;
  if (f.y !== undefined) return { date: asYmd(f, f.y), basis: 'explicit' };
  if (a.yearShift !== undefined) return { date: asYmd(f, ref.y + a.yearShift), basis: 'shift' };
  if (f.m === undefined) return { date: asYmd(f, ref.y), basis: 'inferred' };
  return { date: asYmd(f, yearFor(f, ref, a.direction ?? way)), basis: 'inferred' };
}

function weekdayDate(a: Extract<Anchor, { type: 'weekday' }>, ref: Ymd, way: Way): Ymd {
  const today = weekday(ref);
  if (a.weekShift !== undefined) {
    const monday = addDays(ref, -((today + 6) % 7));
    return addDays(monday, 7 * a.weekShift + ((a.wd + 6) % 7));
  }
  const chosen = a.direction ?? way;
  const back = (today - a.wd + 7) % 7;
  const ahead = (a.wd - today + 7) % 7;
  if (chosen === 'past') return addDays(ref, -back);
  if (chosen === 'prev') return addDays(ref, -(back || 7));
  if (chosen === 'future') return addDays(ref, ahead);
  return addDays(ref, ahead || 7);
}

function seasonSpan(a: Extract<Anchor, { type: 'season' }>, ref: Ymd, way: Way): Resolved {
  const span = (y: number): [Ymd, Ymd] => [{ y, m: a.month, d: 1 }, a.month === 12 ? { y: y + 1, m: 2, d: 1 } : { y, m: a.month + 2, d: 1 }];
  let year: number;
  let basis: Basis = 'inferred';
  if (a.y !== undefined) [year, basis] = [a.y, 'explicit'];
  else if (a.yearShift !== undefined) [year, basis] = [ref.y + a.yearShift, 'shift'];
  else {
    const chosen = a.direction ?? way;
    const candidates = [ref.y - 3, ref.y - 2, ref.y - 1, ref.y, ref.y + 1, ref.y + 2];
    const ok = candidates.filter((y) => {
      const [start, end] = span(y);
      // a season that began only this month is not yet "the last one": im Sommer hatte … in June is last summer
      if (chosen === 'past') return compareAt(start, ref, 'month') < 0;
      if (chosen === 'prev') return compareAt(end, ref, 'month') < 0;
      if (chosen === 'future') return compareAt(end, ref, 'month') >= 0;
      return compareAt(start, ref, 'month') > 0;
    });
    year = chosen === 'past' || chosen === 'prev' ? ok[ok.length - 1] : ok[0];
  }
  const [start, end] = span(year);
  return { start, end, precision: 'month', basis, way: basis === 'inferred' ? (a.direction ?? way) : undefined, season: true, shifted: basis === 'shift' ? 'year' : undefined };
}

function single(a: Anchor, ref: Ymd, way: Way): Resolved {
  switch (a.type) {
    case 'offset':
      if (a.unit === 'day') return { start: addMonths(addDays(ref, a.n), 12 * (a.years ?? 0)), precision: 'day', basis: 'offset' };
      if (a.unit === 'month') return { start: addMonths({ ...ref, d: 1 }, a.n), precision: 'month', basis: 'offset' };
      return { start: { y: ref.y + a.n, m: 1, d: 1 }, precision: 'year', basis: 'offset' };
    case 'weekday':
      if (a.weekShift !== undefined) return { start: weekdayDate(a, ref, way), precision: 'day', basis: 'shift', shifted: 'week' };
      return { start: weekdayDate(a, ref, way), precision: 'day', basis: 'inferred', way: a.direction ?? way };
    case 'season':
      return seasonSpan(a, ref, way);
    case 'fields': {
      const { date, basis } = fieldsDate(a, ref, way);
      return { start: date, precision: precisionOf(a.fields), basis, way: basis === 'inferred' ? (a.direction ?? way) : undefined, shifted: basis === 'shift' ? 'year' : undefined };
    }
  }
}

function truncate(date: Ymd, precision: Precision): Ymd {
  return { y: date.y, m: precision === 'year' ? 1 : date.m, d: precision === 'day' ? date.d : 1 };
}

/** A range's missing year comes from its other end; with none, the start follows the tense. */
function range(from: Anchor, to: Anchor, ref: Ymd, way: Way): Resolved | null {
  if (from.type === 'weekday' && to.type === 'weekday') {
    const start = weekdayDate(from, ref, way);
    return { start, end: addDays(start, (to.wd - from.wd + 7) % 7), precision: 'day', basis: 'inferred', way: from.direction ?? way };
  }
  if (from.type !== 'fields' || to.type !== 'fields') return null;
  const precision = coarser(precisionOf(from.fields), precisionOf(to.fields));
  const known = (a: typeof from) => a.fields.y !== undefined || a.yearShift !== undefined;
  let start: Ymd, end: Ymd, basis: Basis;
  if (known(to) && !known(from)) {
    ({ date: end, basis } = fieldsDate(to, ref, way));
    start = asYmd(from.fields, end.y);
    if (compareAt(start, end, precision) > 0) start = asYmd(from.fields, end.y - 1);
  } else {
    ({ date: start, basis } = fieldsDate(from, ref, way));
    if (known(to)) end = fieldsDate(to, ref, way).date;
    else {
      end = asYmd({ ...to.fields, m: to.fields.m ?? start.m }, start.y);
      if (compareAt(end, start, precision) < 0) end = asYmd({ ...to.fields, m: to.fields.m ?? start.m }, start.y + 1);
    }
  }
  if (compareAt(end, start, precision) <= 0) return null;
  return {
    start: truncate(start, precision),
    end: truncate(end, precision),
    precision,
    basis,
    way: basis === 'inferred' ? (from.direction ?? way) : undefined,
    shifted: basis === 'shift' ? 'year' : undefined
  };
}

export function resolve(mention: Mention, ref: Ymd, way: Way): Resolved | null {
  return mention.to ? range(mention.from, mention.to, ref, way) : single(mention.from, ref, way);
}
