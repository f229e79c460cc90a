/**
 * The typed, immutable model the views read: events in chronological order with the intervals
 * their dates cover. Built once per dataset; nothing downstream mutates it.
 *
 * `buildModel` normalises the input format (see types.ts) so views read `event.title[lang]`,
 * `article.paragraphs[i]` and `event.date.start` whatever the dataset's languages, paragraph
 * roles or bounds. Normalising normalised data changes nothing, so a model's data can be narrowed
 * and rebuilt (restrict.ts).
 */
import type { ArticleData, DatasetData, DatasetInput, DateSpec, EventData, EventInput, LocalizedText, SourceRef, TextInput } from './types.ts';
import type { Interval } from '../time/precision.ts';
import { spanOf, type YearSpan } from './calendar.ts';
import { resolveText, LEGACY_LANGUAGES } from './language.ts';

export interface TimelineEvent extends EventData {
  /** Position in chronological order, 0-based. */
  index: number;
  /**
   * The Date interval the date covers. A bound-only date (`date.bound`) gets the period of the named
   * event's start (`before`) or end (`after`); deep-time years are clamped to Date's range.
   */
  interval: Interval;
  /** The same span in years (fractional, astronomical), exact at any distance, deep time included. */
  years: YearSpan;
}

export interface Model {
  /** The dataset normalised for reading (see types.ts): not for saving, since fallback texts fill every language. */
  data: DatasetData;
  /** The dataset as it was given, for saving or editing (a narrowed model keeps its original's). */
  input: DatasetInput | DatasetData;
  events: readonly TimelineEvent[];
  byId: ReadonlyMap<string, TimelineEvent>;
  articles: ReadonlyMap<string, ArticleData>;
  /** The events that cite each article, in dataset order: the source reader anchors only these. */
  citing: ReadonlyMap<string, readonly EventData[]>;
}

type Sortable = EventData & { interval: Interval; years?: YearSpan };

/** Chronological order: by start, then end, then `order`, then id. */
export function compareEvents(a: Sortable, b: Sortable): number {
  const [as, bs] = [a.years ?? spanOf(a.date).years, b.years ?? spanOf(b.date).years];
  return as.start - bs.start || as.end - bs.end || (a.order ?? 0) - (b.order ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The languages of a dataset: declared, else those of sourceline/1. */
export function languagesOf(data: Pick<DatasetInput, 'languages'>): readonly string[] {
  return data.languages?.length ? data.languages : LEGACY_LANGUAGES;
}

/**
 * Fast enough for 100,000 events (≈0.2 s in node): events that share a date share its (frozen)
 * interval, and the sort compares precomputed numbers in the order compareEvents defines.
 * Events dated only as before (after) another sort immediately before (after) it.
 */
export function buildModel(input: DatasetInput | DatasetData, original: DatasetInput | DatasetData = input): Model {
  const data = normalise(input);
  const shared = new Map<string, { interval: Interval; years: YearSpan }>();
  const spans = data.events.map(({ date }) => {
    const key = `${date.start}/${date.end ?? ''}/${date.precision}/${date.before === undefined ? '' : 'before'}`;
    let span = shared.get(key);
    if (!span) {
      shared.set(key, (span = spanOf(date)));
      Object.freeze(span.interval);
      Object.freeze(span.years);
    }
    return span;
  });
  const start = Float64Array.from(spans, (s) => s.years.start);
  const end = Float64Array.from(spans, (s) => s.years.end);
  const order = Float64Array.from(data.events, (e) => e.order ?? 0);
  const ids = data.events.map((e) => e.id);
  const compare = (a: number, b: number) =>
    start[a] - start[b] || end[a] - end[b] || order[a] - order[b] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0);
  const sorted = placeBounds(data.events, Array.from(ids, (_, i) => i).sort(compare));
  const events = sorted.map((i, index) =>
    Object.freeze(timelineEvent(data.events[i], index, spans[i].interval, spans[i].years))
  );
  return {
    data,
    input: original,
    events,
    byId: new Map(events.map((e) => [e.id, e])),
    articles: new Map(data.articles.map((a) => [a.id, a])),
    citing: citations(data)
  };
}

/**
 * Moves each bound-only event next to the event it names: the ones before X just before X, the
 * ones after X just after it, each group in the order it already has (chains follow along).
 */
function placeBounds(events: readonly EventData[], sorted: number[]): number[] {
  const index = new Map(events.map((e, i) => [e.id, i]));
  const near = new Map<number, [before: number[], after: number[]]>();
  const attached = new Set<number>();
  for (const i of sorted) {
    const { date } = events[i];
    const target = date.bound ? index.get((date.before ?? date.after)!) : undefined;
    if (target === undefined || target === i) continue;
    const lists = near.get(target) ?? [[], []];
    lists[date.before === undefined ? 1 : 0].push(i);
    near.set(target, lists);
    attached.add(i);
  }
  if (!attached.size) return sorted;
  const out: number[] = [];
  const placed = new Set<number>();
  const emit = (i: number) => {
    if (placed.has(i)) return; // a cycle (refused by the validator) cannot loop here
    placed.add(i);
    const [before, after] = near.get(i) ?? [[], []];
    before.forEach(emit);
    out.push(i);
    after.forEach(emit);
  };
  for (const i of sorted) if (!attached.has(i)) emit(i);
  sorted.forEach(emit); // anything attached to a cycle
  return out;
}

function citations(data: DatasetData): Map<string, EventData[]> {
  const citing = new Map<string, EventData[]>(data.articles.map((a) => [a.id, []]));
  for (const event of data.events)
    for (const article of new Set(event.sources.map((s) => s.article))) citing.get(article)?.push(event);
  return citing;
}

/**
 * A fixed-shape copy (ten times faster than a spread for JSON-parsed objects). The mapped type makes
 * a field added to the schema a type error here until it is copied too.
 */
function timelineEvent(e: EventData, index: number, interval: Interval, years: YearSpan): TimelineEvent {
  const copy: { [K in keyof Required<EventData>]: EventData[K] } & Omit<TimelineEvent, keyof EventData> = {
    id: e.id,
    title: e.title,
    summary: e.summary,
    date: e.date,
    actors: e.actors,
    tags: e.tags,
    sources: e.sources,
    order: e.order,
    notes: e.notes,
    context: e.context,
    index,
    interval,
    years
  };
  return copy;
}

/** Whether two events fall on the same calendar period (ties in the ordering exercise). */
export function sameDate(a: EventData, b: EventData): boolean {
  return (
    a.date.start === b.date.start &&
    (a.date.end ?? '') === (b.date.end ?? '') &&
    a.date.before === b.date.before &&
    a.date.after === b.date.after
  );
}

/** `list.map(f)`, or `list` itself when `f` returned every item unchanged. */
function sameMap<T, U>(list: readonly T[], f: (item: T) => U): U[] {
  const out = list.map(f);
  return out.every((item, i) => (item as unknown) === list[i]) ? (list as unknown as U[]) : out;
}

/** The input format resolved for the views (see types.ts). Idempotent. */
export function normalise(input: DatasetInput | DatasetData): DatasetData {
  const languages = languagesOf(input);
  const text = (t: TextInput): LocalizedText => resolveText(t, languages);
  const maybe = (t: TextInput | undefined) => (t === undefined ? undefined : text(t));
  // fromEntries defines properties (never assigns), so no id can reach a prototype.
  const labels = (record: Record<string, TextInput>) => Object.fromEntries(Object.entries(record).map(([id, label]) => [id, text(label)]));
  const articles: ArticleData[] = input.articles.map((a) => ({
    ...a,
    published: { ...a.published, note: maybe(a.published.note) },
    paragraphs: a.paragraphs.map((p) => (typeof p === 'string' ? p : p.text)),
    roles: a.paragraphs.map((p, i) => (typeof p === 'string' ? ((a as ArticleData).roles?.[i] ?? null) : p.role))
  }));
  const raw = input.events as readonly (EventInput | EventData)[];
  // Unchanged parts are kept as they are (no copy): a dataset already in both interface languages,
  // such as every sourceline/1 dataset, normalises at almost no cost.
  let byId: Map<string, EventInput | EventData> | undefined;
  const bounds = new Map<string, DateSpec>();
  const dateOf = (event: EventInput | EventData, seen: Set<string>): DateSpec => {
    const given = event.date;
    if (given.start !== undefined) {
      const [inferred, display] = [maybe(given.inferred), maybe(given.display)];
      // A start comes with a precision in valid data.
      if (inferred === given.inferred && display === given.display) return given as DateSpec;
      return { ...given, start: given.start, precision: given.precision!, inferred, display };
    }
    let date = bounds.get(event.id);
    if (date) return date;
    byId ??= new Map(raw.map((e) => [e.id, e]));
    const target = byId.get((given.before ?? given.after)!);
    if (!target || seen.has(target.id)) throw new Error(`invalid date: ${event.id}`);
    const named = dateOf(target, seen.add(event.id));
    const start = given.before !== undefined ? named.start : (named.end ?? named.start);
    date = { ...given, end: undefined, start, precision: named.precision, inferred: maybe(given.inferred), display: maybe(given.display), bound: true };
    bounds.set(event.id, date);
    return date;
  };
  const source = (s: EventInput['sources'][number] | SourceRef): SourceRef =>
    typeof s.datePhrase === 'object' ? { ...s, datePhrase: s.datePhrase[0], datePhrases: s.datePhrase } : (s as SourceRef);
  const events: EventData[] = raw.map((e) => {
    const [title, summary, notes] = [text(e.title), text(e.summary), maybe(e.notes)];
    const date = dateOf(e, new Set());
    const sources = sameMap(e.sources as (EventInput['sources'][number] | SourceRef)[], source);
    const context = e.context && (text(e.context.text) === e.context.text ? (e.context as EventData['context']) : { ...e.context, text: text(e.context.text) });
    if (title === e.title && summary === e.summary && notes === e.notes && date === e.date && sources === e.sources && context === e.context) return e as EventData;
    return { ...e, title, summary, date, sources, notes, context };
  });
  return {
    ...input,
    languages: [...languages],
    title: text(input.title),
    description: maybe(input.description),
    actors: labels(input.actors),
    tags: labels(input.tags),
    articles,
    events
  };
}
