/**
 * TimelineJS (Knight Lab) documents converted to the Sourceline format, in the browser on load and
 * in `npm run import-timelinejs`. Pure: no DOM, no I/O.
 *
 * What maps to what:
 *   title slide → dataset title and description     events[].text → title and summary (HTML → plain text)
 *   start_date / end_date → date at the precision of the parts present (year; year+month; year+month+day)
 *   group → actor (one lane per group)               eras → tags given to the events that start inside them
 *   unique_id → id (slugified, made unique)          media, backgrounds → dropped, with a warning
 *   display_date, time of day → kept as a note in the date's `inferred` (our dates stop at the day)
 * TimelineJS has no sources, so every imported event is "without source" (a warning, not an error).
 * Our format wants both languages; TimelineJS has one, so the same text goes into `de` and `en`.
 *
 * Years: TimelineJS writes 44 BCE as -44 and has no year 0; our dates are astronomical (ISO 8601),
 * where 44 BCE is -0043. A TimelineJS year below zero is therefore shifted by one.
 */
import type { DatasetData, EventData, LocalizedText, PrecisionName, Problem } from '../model/types.ts';
import { describe } from '../model/problem.ts';
import { daysInMonth, periodEnd, periodStart, precisionOf, MAX_YEAR, MIN_YEAR, type CalendarParts } from '../time/precision.ts';
import { htmlToText } from './plain-text.ts';
import { SlugAllocator } from './slug.ts';

export type ImportResult = { ok: true; dataset: DatasetData; warnings: Problem[] } | { ok: false; errors: Problem[] };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A TimelineJS document: no "format" marker, and an events list whose slides carry start_date. */
export function isTimelineJs(input: unknown): boolean {
  if (!isObject(input) || 'format' in input || !Array.isArray(input.events)) return false;
  return input.events.length === 0 ? isObject(input.title) : input.events.some((e) => isObject(e) && 'start_date' in e);
}

interface DateParts extends CalendarParts {
  /** "14:30" when the slide gives a time of day, which our dates do not keep. */
  time?: string;
}

const same = (text: string): LocalizedText => ({ de: text, en: text });
const textOf = (value: unknown): string => (typeof value === 'string' ? htmlToText(value) : '');

export function importTimelineJs(input: unknown): ImportResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  if (!isObject(input) || !Array.isArray(input.events))
    return { ok: false, errors: [{ where: 'TimelineJS document', field: 'events', expected: 'a list of slides', found: describe(isObject(input) ? input.events : input) }] };

  const ids = new SlugAllocator();
  const actorIds = new SlugAllocator();
  const tagIds = new SlugAllocator();
  const groups = new Map<string, string>(); // group name → actor id
  const actors: DatasetData['actors'] = {};
  const tags: DatasetData['tags'] = {};

  const eras = (Array.isArray(input.eras) ? input.eras : []).flatMap((era, i) => {
    const where = `TimelineJS era #${i + 1}`;
    const problems: Problem[] = [];
    const start = isObject(era) ? readDate(era.start_date, 'start_date', where, problems, warnings) : null;
    const end = isObject(era) && era.end_date !== undefined ? readDate(era.end_date, 'end_date', where, problems, warnings) : start;
    if (!isObject(era) || !start || !end) {
      // Eras only decorate a timeline: a broken one is left out rather than failing the import.
      warnings.push(...problems.map((p) => ({ ...p, found: `${p.found} (era left out)` })));
      if (!isObject(era)) warnings.push({ where, field: '(whole item)', expected: 'an object', found: `${describe(era)} (era left out)` });
      return [];
    }
    const name = textOf(isObject(era.text) ? era.text.headline : undefined) || `${iso(start)} – ${iso(end)}`;
    const id = tagIds.take([`era-${name}`], `era-${i + 1}`);
    tags[id] = same(name);
    return [{ id, from: periodStart(start).getTime(), to: periodEnd(end).getTime() }];
  });

  let media = isObject(input.title) && isObject(input.title.media) && input.title.media.url ? 1 : 0;
  const events: EventData[] = [];
  input.events.forEach((slide, i) => {
    const label = isObject(slide) && typeof slide.unique_id === 'string' && slide.unique_id ? ` '${slide.unique_id}'` : '';
    const where = `TimelineJS event #${i + 1}${label}`;
    if (!isObject(slide)) return void errors.push({ where, field: '(whole item)', expected: 'an object', found: describe(slide) });
    if (isObject(slide.media) && slide.media.url) media++;
    if (isObject(slide.background) && slide.background.url) media++;

    const start = readDate(slide.start_date, 'start_date', where, errors, warnings);
    let end = slide.end_date === undefined || slide.end_date === null || slide.end_date === '' ? null : readDate(slide.end_date, 'end_date', where, errors, warnings);
    if (!start || (slide.end_date && !end)) return;

    const startPrecision = precisionOf(start);
    let precision = startPrecision;
    if (end && precisionOf(end) !== precision) {
      precision = coarser(precision, precisionOf(end));
      warnings.push({
        where,
        field: 'end_date',
        expected: `the same date parts as start_date (a ${startPrecision})`,
        found: `a ${precisionOf(end)}; both shown to the ${precision}`
      });
    }
    const first = iso(truncate(start, precision));
    end = end && truncate(end, precision);
    const last = end ? iso(end) : undefined;

    const text = isObject(slide.text) ? slide.text : {};
    const headline = textOf(text.headline);
    const body = textOf(text.text);
    const display = textOf(slide.display_date) || textOf(isObject(slide.start_date) ? slide.start_date.display_date : undefined);
    const title = headline || shorten(body) || display || first;
    const group = textOf(slide.group);

    let actor = groups.get(group);
    if (actor === undefined) {
      actor = group ? actorIds.take([group], `group-${groups.size + 1}`) : actorIds.take(['ungrouped'], 'ungrouped');
      groups.set(group, actor);
      actors[actor] = group ? same(group) : { de: 'Ohne Gruppe', en: 'No group' };
    }

    const notes = [display && { de: `in TimelineJS angezeigt als „${display}“`, en: `shown in TimelineJS as “${display}”` }, start.time && { de: `Uhrzeit ${start.time} nicht übernommen`, en: `time of day ${start.time} not kept` }].filter(
      (n): n is LocalizedText => !!n
    );
    const at = periodStart(start).getTime();
    events.push({
      id: ids.take([typeof slide.unique_id === 'string' ? slide.unique_id : undefined, title], `event-${i + 1}`),
      title: same(title),
      summary: same(body || title),
      date: {
        start: first,
        ...(last && last !== first ? { end: last } : {}),
        precision,
        ...(notes.length ? { inferred: { de: `Aus TimelineJS: ${notes.map((n) => n.de).join('; ')}`, en: `From TimelineJS: ${notes.map((n) => n.en).join('; ')}` } } : {})
      },
      actors: [actor],
      tags: eras.filter((era) => era.from <= at && at < era.to).map((era) => era.id),
      sources: [],
      order: i
    });
  });

  if (media > 0)
    warnings.push({ where: 'TimelineJS document', field: 'media', expected: 'text only (Sourceline loads nothing from other sites)', found: `${media} media or background items, not imported` });
  if (errors.length) return { ok: false, errors };

  const titleSlide = isObject(input.title) ? input.title : {};
  const titleText = isObject(titleSlide.text) ? titleSlide.text : {};
  const headline = textOf(titleText.headline);
  const description = textOf(titleText.text);
  return {
    ok: true,
    warnings,
    dataset: {
      format: 'sourceline/1',
      title: headline ? same(headline) : { de: 'TimelineJS-Import', en: 'TimelineJS import' },
      ...(description ? { description: same(description) } : {}),
      actors,
      tags,
      articles: [],
      events
    }
  };
}

/** A date part as TimelineJS allows it: a whole number, or a string of one; blank means absent. */
function wholeNumber(value: unknown): number | undefined | null {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) return Number(value);
  return null;
}

function readDate(value: unknown, field: string, where: string, errors: Problem[], warnings: Problem[]): DateParts | null {
  const fail = (part: string, expected: string, found: unknown) => {
    errors.push({ where, field: part ? `${field}.${part}` : field, expected, found: describe(found) });
    return null;
  };
  if (!isObject(value)) return fail('', 'an object with at least a year', value);
  const year = wholeNumber(value.year);
  if (year === undefined || year === null) return fail('year', 'a year (a whole number; negative for BCE)', value.year);
  if (year < MIN_YEAR - 1 || year > MAX_YEAR) return fail('year', `a year from ${MIN_YEAR - 1} to ${MAX_YEAR}`, value.year);
  if (year === 0) warnings.push({ where, field: `${field}.year`, expected: 'a year other than 0 (TimelineJS writes 1 BCE as -1)', found: '0, read as 1 BCE' });
  const astronomical = year < 0 ? year + 1 : year;

  const month = wholeNumber(value.month);
  const day = wholeNumber(value.day);
  if (month === null || (month !== undefined && (month < 1 || month > 12))) return fail('month', 'a month from 1 to 12', value.month);
  if (day === null) return fail('day', 'a day of the month (a whole number)', value.day);
  if (day !== undefined && month === undefined) return fail('month', 'a month, since a day is given', value.month);
  if (day !== undefined && month !== undefined && (day < 1 || day > daysInMonth(astronomical, month)))
    return fail('day', `a day that exists in ${iso({ year: astronomical, month })} (1 to ${daysInMonth(astronomical, month)})`, value.day);

  const [hour, minute] = [wholeNumber(value.hour), wholeNumber(value.minute)];
  const time = typeof hour === 'number' ? `${String(hour).padStart(2, '0')}:${String(typeof minute === 'number' ? minute : 0).padStart(2, '0')}` : undefined;
  return { year: astronomical, ...(month !== undefined ? { month } : {}), ...(day !== undefined && month !== undefined ? { day } : {}), ...(time ? { time } : {}) };
}

const RANK: Record<PrecisionName, number> = { year: 0, month: 1, day: 2 };
const coarser = (a: PrecisionName, b: PrecisionName): PrecisionName => (RANK[a] <= RANK[b] ? a : b);

function truncate(parts: CalendarParts, precision: PrecisionName): CalendarParts {
  if (precision === 'year') return { year: parts.year };
  if (precision === 'month') return { year: parts.year, month: parts.month };
  return { year: parts.year, month: parts.month, day: parts.day };
}

/** YYYY, YYYY-MM or YYYY-MM-DD, with a sign for years before 1 CE: { year: -43 } is "-0043". */
export function iso(parts: CalendarParts): string {
  const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, '0');
  let text = (parts.year < 0 ? '-' : '') + pad(parts.year, 4);
  if (parts.month !== undefined) text += `-${pad(parts.month, 2)}`;
  if (parts.day !== undefined) text += `-${pad(parts.day, 2)}`;
  return text;
}

/** A title made from body text when a slide has no headline: its first sentence, at most ~80 characters. */
function shorten(text: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  return sentence.length <= 80 ? sentence : `${sentence.slice(0, 79).replace(/\s+\S*$/, '')}…`;
}
