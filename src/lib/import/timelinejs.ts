/**
 * TimelineJS (Knight Lab) documents converted to the Sourceline format, in the browser on load and
 * in `npm run import-timelinejs`. Pure: no DOM, no I/O. Linear in the size of the document.
 *
 * What maps to what:
 *   title slide → dataset title and description (no headline: the first sentence of its text)
 *   events[].text → title and summary (HTML → plain text; a link keeps its text and its address)
 *   no headline → the title is the first sentence of the text, else of the media caption or
 *     credit, else "Slide N" (never a bare date)
 *   media → its caption and credit kept as text in the summary; a blockquote (a quotation embedded
 *     as HTML) kept as text with its links; a link to a page (not an image) kept as its address;
 *     nothing is loaded, and what is left out is counted in one warning
 *   start_date / end_date → date at the precision of the parts present; an end_date whose parts
 *     are all blank is no end date
 *   display_date → date.display, shown instead of the computed date (as TimelineJS does)
 *   group → actor (one lane per group)   eras → tags of the events that start inside them; an era
 *     ends where its end year (month, day) begins, as TimelineJS draws it
 *   unique_id → id (slugified, made unique; TimelineJS's `#event-<unique_id>` bookmarks work)
 * TimelineJS has no sources, so every imported event is "without source" (a warning, not an error).
 * The document's language is not known unless given: texts are plain strings in the language
 * `options.language` (default "und", not known); the few texts the importer writes itself are
 * given in German and English.
 *
 * Years: TimelineJS writes 44 BCE as -44 and has no year 0; our dates are astronomical (ISO 8601),
 * where 44 BCE is -0043. A TimelineJS year below zero is therefore shifted by one. Years beyond
 * what a Date holds (cosmological timelines) are kept as years; slides beyond ±999,999,999,999
 * are left out with one warning naming them.
 */
import type { DatasetInput, EventInput, PrecisionName, Problem, TextInput } from '../model/types.ts';
import { describe } from '../model/problem.ts';
import { daysInMonth, precisionOf, type CalendarParts } from '../time/precision.ts';
import { isDeepYear, yearOf } from '../model/calendar.ts';
import { htmlToText, type LinkCount } from './plain-text.ts';
import { SlugAllocator } from './slug.ts';

export type ImportResult = { ok: true; dataset: DatasetInput; warnings: Problem[] } | { ok: false; errors: Problem[] };

export interface ImportOptions {
  /** The language code of the document's texts, if known ("de", "en" …). */
  language?: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A TimelineJS document: no "format" marker, and an events list whose slides carry start_date. */
export function isTimelineJs(input: unknown): boolean {
  if (!isObject(input) || Object.hasOwn(input, 'format') || !Array.isArray(input.events)) return false;
  return input.events.length === 0 ? isObject(input.title) : input.events.some((e) => isObject(e) && Object.hasOwn(e, 'start_date'));
}

interface DateParts extends CalendarParts {
  /** "14:30" when the slide gives a time of day, which our dates do not keep. */
  time?: string;
}

/** The largest year the format writes (12 digits). */
const MAX_ABS_YEAR = 999_999_999_999;
const OUT_OF_RANGE = Symbol('out of range');
const IMAGE = /\.(?:jpe?g|png|gif|webp|svg|avif|bmp|tiff?)(?:[?#]|$)/i;

export function importTimelineJs(input: unknown, options: ImportOptions = {}): ImportResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  if (!isObject(input) || !Array.isArray(input.events))
    return { ok: false, errors: [{ where: 'TimelineJS document', field: 'events', expected: 'a list of slides', found: describe(isObject(input) ? input.events : input) }] };

  const language = options.language ?? 'und';
  const ids = new SlugAllocator();
  const actorIds = new SlugAllocator();
  const tagIds = new SlugAllocator();
  const groups = new Map<string, string>(); // group name → actor id
  const actors: Record<string, TextInput> = {};
  const tags: Record<string, TextInput> = {};
  const links: LinkCount = { kept: 0, dropped: 0 };
  const text = (value: unknown): string => (typeof value === 'string' ? htmlToText(value, links) : '');
  let mediaLeftOut = 0;
  const timesLeftOut: string[] = [];
  const outOfRange: string[] = [];

  const eras = (Array.isArray(input.eras) ? input.eras : []).flatMap((era, i) => {
    const where = `TimelineJS era #${i + 1}`;
    const problems: Problem[] = [];
    const start = isObject(era) ? readDate(era.start_date, 'start_date', where, problems, warnings) : null;
    const end = isObject(era) && !blankDate(era.end_date) ? readDate(era.end_date, 'end_date', where, problems, warnings) : start;
    if (!isObject(era) || !start || !end || start === OUT_OF_RANGE || end === OUT_OF_RANGE) {
      // Eras only decorate a timeline: a broken one is left out rather than failing the import.
      warnings.push(...problems.map((p) => ({ ...p, found: `${p.found} (era left out)` })));
      if (!isObject(era)) warnings.push({ where, field: '(whole item)', expected: 'an object', found: `${describe(era)} (era left out)` });
      if (start === OUT_OF_RANGE || end === OUT_OF_RANGE) outOfRange.push(where);
      return [];
    }
    const name = text(isObject(era.text) ? era.text.headline : undefined) || `${iso(start)} – ${iso(end)}`;
    const id = tagIds.take([`era-${name}`], `era-${i + 1}`);
    tags[id] = name;
    // TimelineJS draws an era up to where its end date begins; an era of one period covers that period.
    const from = yearOf(start, 'start');
    const to = yearOf(end, 'start') > from ? yearOf(end, 'start') : yearOf(end, 'end');
    return [{ id, from, to }];
  });

  const titleSlide = isObject(input.title) ? input.title : {};
  mediaLeftOut += countMedia(titleSlide);

  const events: EventInput[] = [];
  input.events.forEach((slide, i) => {
    const label = isObject(slide) && typeof slide.unique_id === 'string' && slide.unique_id ? ` '${slide.unique_id}'` : '';
    const where = `TimelineJS event #${i + 1}${label}`;
    if (!isObject(slide)) return void errors.push({ where, field: '(whole item)', expected: 'an object', found: describe(slide) });

    const start = readDate(slide.start_date, 'start_date', where, errors, warnings);
    let end = blankDate(slide.end_date) ? null : readDate(slide.end_date, 'end_date', where, errors, warnings);
    if (start === OUT_OF_RANGE || end === OUT_OF_RANGE) return void outOfRange.push(`#${i + 1}${label}`);
    if (!start || (!blankDate(slide.end_date) && !end)) return;

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

    const content = isObject(slide.text) ? slide.text : {};
    const headline = headlineText(content.headline, links);
    const body = text(content.text);
    const media = mediaText(slide.media, links);
    mediaLeftOut += media.leftOut + countMedia({ background: slide.background });
    const title = headline || shorten(body) || shorten(media.quote) || shorten(media.caption) || shorten(media.credit);
    const group = text(slide.group);

    let actor = groups.get(group);
    if (actor === undefined) {
      actor = group ? actorIds.take([group], `group-${groups.size + 1}`) : actorIds.take(['ungrouped'], 'ungrouped');
      groups.set(group, actor);
      actors[actor] = group || { de: 'Ohne Gruppe', en: 'No group' };
    }

    const display = displayDate(slide);
    if (start.time && !display) timesLeftOut.push(`#${i + 1}${label} (${start.time})`);
    const at = yearOf(start, 'start');
    const summary = [body, media.quote, media.caption, media.credit, media.link].filter(Boolean).join(' — ');
    events.push({
      id: ids.take([typeof slide.unique_id === 'string' ? slide.unique_id : undefined, title], `event-${i + 1}`),
      title: title || { de: `Folie ${i + 1} (ohne Titel)`, en: `Slide ${i + 1} (untitled)` },
      summary: summary || title || { de: `Folie ${i + 1} (ohne Text)`, en: `Slide ${i + 1} (no text)` },
      date: { start: first, ...(last && last !== first ? { end: last } : {}), precision, ...(display ? { display } : {}) },
      actors: [actor],
      tags: eras.filter((era) => era.from <= at && at < era.to).map((era) => era.id),
      sources: [],
      order: i
    });
  });

  const doc = 'TimelineJS document';
  if (outOfRange.length)
    warnings.push({ where: doc, field: 'events', expected: 'every slide imported', found: `${outOfRange.length} left out, dated beyond ±999,999,999,999 years: ${list(outOfRange)}` });
  if (links.dropped)
    warnings.push({ where: doc, field: 'links', expected: 'every link kept', found: `${links.kept} kept with their address, ${links.dropped} kept as text only (in a headline, or no web address)` });
  if (mediaLeftOut)
    warnings.push({ where: doc, field: 'media', expected: 'text only (Sourceline loads nothing from other sites)', found: `${mediaLeftOut} images, embeds or backgrounds not shown (captions, credits and links kept as text)` });
  if (timesLeftOut.length)
    warnings.push({ where: doc, field: 'start_date', expected: 'dates to the day (Sourceline keeps no time of day)', found: `${timesLeftOut.length} times of day not kept: ${list(timesLeftOut)}` });
  if (errors.length) return { ok: false, errors };
  if (events.length === 0 && input.events.length > 0)
    return { ok: false, errors: [{ where: doc, field: 'events', expected: 'at least one slide with a date Sourceline can place', found: `none of ${input.events.length}` }] };

  const titleText = isObject(titleSlide.text) ? titleSlide.text : {};
  const titleMedia = mediaText(titleSlide.media, links);
  const headline = headlineText(titleText.headline, links);
  const intro = text(titleText.text);
  const title = headline || shorten(intro) || shorten(titleMedia.caption);
  // A title taken from the text's first sentence is not repeated in the description.
  const rest = !headline && title && intro.startsWith(title) ? intro.slice(title.length).trim() : intro;
  const description = [rest, titleMedia.quote, titleMedia.caption, titleMedia.credit, titleMedia.link].filter(Boolean).join(' — ');
  return {
    ok: true,
    warnings,
    dataset: {
      format: 'sourceline/2',
      languages: [...new Set([language, 'de', 'en'])],
      title: title || { de: 'TimelineJS-Import', en: 'TimelineJS import' },
      ...(description && description !== title ? { description } : {}),
      actors,
      tags,
      articles: [],
      events
    }
  };
}

/** A headline as plain text: a title shows no addresses, so its links count as kept as text only. */
function headlineText(value: unknown, links: LinkCount): string {
  if (typeof value !== 'string') return '';
  const inside: LinkCount = { kept: 0, dropped: 0 };
  htmlToText(value, inside);
  links.dropped += inside.kept + inside.dropped;
  return htmlToText(value);
}

/** A date TimelineJS treats as absent: missing, empty, or an object whose parts are all blank. */
function blankDate(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (!isObject(value)) return false;
  return ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'].every((k) => value[k] === undefined || value[k] === null || String(value[k]).trim() === '');
}

/** The date as the slide displays it: display_date, else those of start_date and end_date. */
function displayDate(slide: Json): string {
  const own = (value: unknown) => (typeof value === 'string' ? htmlToText(value) : '');
  const start = own(isObject(slide.start_date) ? slide.start_date.display_date : undefined);
  const end = own(isObject(slide.end_date) ? slide.end_date.display_date : undefined);
  return own(slide.display_date) || [start, end].filter(Boolean).join(' – ');
}

interface MediaText {
  caption: string;
  credit: string;
  /** The text of a blockquote embedded as media. */
  quote: string;
  /** The address of a linked page (not an image), kept as a citation. */
  link: string;
  leftOut: number;
}

function mediaText(media: unknown, links: LinkCount): MediaText {
  const none = { caption: '', credit: '', quote: '', link: '', leftOut: 0 };
  if (!isObject(media)) return none;
  const caption = typeof media.caption === 'string' ? htmlToText(media.caption, links) : '';
  const credit = typeof media.credit === 'string' ? htmlToText(media.credit, links) : '';
  const url = typeof media.url === 'string' ? media.url.trim() : '';
  if (/^<blockquote[\s>]/i.test(url)) return { ...none, caption, credit, quote: htmlToText(url, links) };
  if (/^https?:\/\/\S+$/i.test(url) && !IMAGE.test(url)) return { ...none, caption, credit, link: url, leftOut: 1 };
  return { ...none, caption, credit, leftOut: url ? 1 : 0 };
}

const countMedia = (slide: Json) =>
  (isObject(slide.media) && slide.media.url && !/^<blockquote[\s>]/i.test(String(slide.media.url)) ? 1 : 0) + (isObject(slide.background) && slide.background.url ? 1 : 0);

/** At most five names, then "and N more". */
function list(names: readonly string[]): string {
  return names.length <= 5 ? names.join(', ') : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`;
}

/** A date part as TimelineJS allows it: a whole number, or a string of one; blank means absent. */
function wholeNumber(value: unknown): number | undefined | null {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? value : null;
  if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) return Number(value);
  return null;
}

function readDate(value: unknown, field: string, where: string, errors: Problem[], warnings: Problem[]): DateParts | null | typeof OUT_OF_RANGE {
  const fail = (part: string, expected: string, found: unknown) => {
    errors.push({ where, field: part ? `${field}.${part}` : field, expected, found: describe(found) });
    return null;
  };
  if (!isObject(value)) return fail('', 'an object with at least a year', value);
  const year = wholeNumber(value.year);
  if (year === undefined || year === null) return fail('year', 'a year (a whole number; negative for BCE)', value.year);
  if (Math.abs(year) > MAX_ABS_YEAR) return OUT_OF_RANGE;
  if (year === 0) warnings.push({ where, field: `${field}.year`, expected: 'a year other than 0 (TimelineJS writes 1 BCE as -1)', found: '0, read as 1 BCE' });
  const astronomical = year < 0 ? year + 1 : year;

  const month = wholeNumber(value.month);
  const day = wholeNumber(value.day);
  if (month === null || (month !== undefined && (month < 1 || month > 12))) return fail('month', 'a month from 1 to 12', value.month);
  if (day === null) return fail('day', 'a day of the month (a whole number)', value.day);
  if (day !== undefined && month === undefined) return fail('month', 'a month, since a day is given', value.month);
  // Beyond what a calendar can place, only the year is kept.
  if (isDeepYear(astronomical)) {
    if (month !== undefined) warnings.push({ where, field, expected: 'a year alone beyond ±271,820 (no calendar places months there)', found: `a month or day too, left out` });
    return { year: astronomical };
  }
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
  const sentence = /^.+?[.!?]["“”„»«’]?(?=\s|$)/.exec(text)?.[0] ?? text;
  return sentence.length <= 80 ? sentence : `${sentence.slice(0, 79).replace(/\s+\S*$/, '')}…`;
}
