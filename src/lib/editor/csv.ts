/**
 * TimelineJS's spreadsheet template (the Google Sheet its authors fill in) as a CSV file: each row
 * becomes a slide of a TimelineJS document, which the existing importer (import/timelinejs.ts)
 * turns into a dataset. Columns are found by their header, in any order, case and spacing ignored:
 *   Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text,
 *   Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background
 * Type "title" is the title slide, "era" an era; anything else an event.
 * Parsing the CSV itself (quotes, commas and line breaks inside cells) is papaparse's job; this
 * module (with papaparse) is loaded only when a CSV is opened (open.ts imports it on demand).
 */
import Papa from 'papaparse';
import type { Problem } from '../model/types.ts';

export type Row = Record<string, string>;

const COLUMNS = ['year', 'month', 'day', 'time', 'end year', 'end month', 'end day', 'end time', 'display date', 'headline', 'text', 'media', 'media credit', 'media caption', 'media thumbnail', 'type', 'group', 'background'] as const;
type Column = (typeof COLUMNS)[number];

const norm = (header: string) => header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/\s+/g, ' ');

/** Whether the header row is TimelineJS's: at least Year and Headline (or Text). */
export function isTimelineSheet(headers: readonly string[]): boolean {
  const names = new Set(headers.map(norm));
  return names.has('year') && (names.has('headline') || names.has('text'));
}

type Parts = Record<string, string | number>;

function dateParts(row: (c: Column) => string, prefix: '' | 'end '): Parts | undefined {
  const year = row(`${prefix}year` as Column);
  if (!year) return undefined;
  const parts: Parts = { year };
  const month = row(`${prefix}month` as Column);
  const day = row(`${prefix}day` as Column);
  if (month) parts.month = month;
  if (month && day) parts.day = day;
  const time = /^(\d{1,2}):(\d{2})/.exec(row(`${prefix}time` as Column));
  if (time) Object.assign(parts, { hour: Number(time[1]), minute: Number(time[2]) });
  return parts;
}

/** Rows (header → cell, as papaparse gives them with `header: true`) to a TimelineJS document. */
export function sheetToTimelineJs(rows: readonly Row[]): { document: Record<string, unknown>; problems: Problem[] } {
  const problems: Problem[] = [];
  const events: Record<string, unknown>[] = [];
  const eras: Record<string, unknown>[] = [];
  let title: Record<string, unknown> | undefined;
  rows.forEach((raw, i) => {
    const cells = new Map(Object.entries(raw).map(([k, v]) => [norm(k), (v ?? '').trim()]));
    const row = (c: Column) => cells.get(c) ?? '';
    if ([...cells.values()].every((v) => v === '')) return;
    const type = row('type').toLowerCase();
    const text = { headline: row('headline'), text: row('text') };
    const media = row('media') ? { url: row('media'), caption: row('media caption'), credit: row('media credit'), thumbnail: row('media thumbnail') } : undefined;
    if (type === 'title') {
      title = { text, ...(media ? { media } : {}) };
      return;
    }
    const start = dateParts(row, '');
    const end = dateParts(row, 'end ');
    if (!start) {
      problems.push({ where: `CSV row ${i + 2}`, field: 'Year', expected: 'a year (the row has no date)', found: row('headline') ? `"${row('headline')}" without a year` : 'an empty cell' });
      return;
    }
    if (type === 'era') {
      eras.push({ start_date: start, ...(end ? { end_date: end } : {}), text });
      return;
    }
    events.push({
      start_date: start,
      ...(end ? { end_date: end } : {}),
      ...(row('display date') ? { display_date: row('display date') } : {}),
      text,
      ...(media ? { media } : {}),
      ...(row('group') ? { group: row('group') } : {}),
      ...(row('background') ? { background: { url: row('background') } } : {})
    });
  });
  return { document: { ...(title ? { title } : {}), events, ...(eras.length ? { eras } : {}) }, problems };
}

/** Parses CSV text with papaparse and converts it. */
export function parseSheet(text: string): { document: Record<string, unknown> | null; problems: Problem[] } {
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const headers = parsed.meta.fields ?? [];
  if (!isTimelineSheet(headers))
    return {
      document: null,
      problems: [{ where: 'CSV', field: 'header row', expected: "TimelineJS's template columns (at least Year and Headline)", found: headers.length ? headers.join(', ') : 'no header row' }]
    };
  const rowErrors: Problem[] = parsed.errors.slice(0, 10).map((e) => ({ where: `CSV row ${(e.row ?? 0) + 2}`, field: 'content', expected: 'well-formed CSV', found: e.message }));
  const { document, problems } = sheetToTimelineJs(parsed.data);
  return { document, problems: [...rowErrors, ...problems] };
}
