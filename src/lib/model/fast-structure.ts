/**
 * The schema's check of the events, written out by hand for the common case: a dataset whose
 * events are plainly well-formed. valibot (schema.ts) checks every event through a chain of
 * generic schema objects; at 10,000 events that is most of the time a load takes, and at 100,000
 * it is seconds. Here the same rules are plain comparisons, about ten times faster.
 *
 * It only ever says yes or "don't know": `fastStructure` returns null at the first thing it is
 * not sure of (a wrong type, a field the format does not define, a reserved id, a `context`
 * that fails), and validate.ts then runs valibot over the whole input, which finds and words
 * every problem. The rest of the dataset (articles, actors, tags, the frame) is small and goes
 * through valibot as ever, with the first event standing in for the list. The unit tests hold
 * the two to the same answer on valid data and on thousands of damaged copies.
 */
import * as v from 'valibot';
import { Context, Dataset, DATE_PATTERN as DATE, LANGUAGE_PATTERN as LANGUAGE } from './schema.ts';
import { ID_PATTERN, RESERVED_IDS } from './schema-ids.ts';
import type { DatasetInput } from './types.ts';

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every key of `value` is one of `known`. */
function onlyKnown(value: Plain, known: ReadonlySet<string>): boolean {
  for (const key in value) if (!known.has(key)) return false;
  return true;
}

/** Most ids are ASCII: this test is a part of ID_PATTERN's and several times faster than its Unicode classes. */
const ASCII_SLUG = /^[a-z0-9][a-z0-9-]*$/;
const isSlug = (value: unknown): boolean => typeof value === 'string' && (ASCII_SLUG.test(value) || ID_PATTERN.test(value)) && !RESERVED_IDS.includes(value);
const isText = (value: unknown): boolean => typeof value === 'string' && value.trim().length > 0;
const isVerbatim = (value: unknown): boolean => typeof value === 'string' && value.length > 0;
const isDate = (value: unknown): boolean => typeof value === 'string' && DATE.test(value);

/** Texts by language code; `atLeastOne` for a Localized object (a translation may be empty). */
function isTexts(value: unknown, atLeastOne: boolean): boolean {
  if (!isPlain(value)) return false;
  let count = 0;
  for (const key in value) {
    if (!LANGUAGE.test(key) || !isText(value[key])) return false;
    count++;
  }
  return count > 0 || !atLeastOne;
}

const isLocalized = (value: unknown): boolean => (typeof value === 'string' ? isText(value) : isTexts(value, true));

const EVENT_KEYS = new Set(['id', 'title', 'summary', 'date', 'actors', 'tags', 'sources', 'order', 'notes', 'context']);
const DATE_KEYS = new Set(['start', 'end', 'precision', 'before', 'after', 'phrase', 'inferred', 'display']);
const SOURCE_KEYS = new Set(['article', 'quote', 'translation', 'datePhrase']);
const CONTEXT_KEYS = new Set(['text', 'url', 'reference']);
const PRECISIONS = new Set(['year', 'month', 'day']);

function isEventDate(d: unknown): boolean {
  if (!isPlain(d) || !onlyKnown(d, DATE_KEYS)) return false;
  return (
    (d.start === undefined || isDate(d.start)) &&
    (d.end === undefined || isDate(d.end)) &&
    (d.precision === undefined || PRECISIONS.has(d.precision as string)) &&
    (d.before === undefined || isSlug(d.before)) &&
    (d.after === undefined || isSlug(d.after)) &&
    (d.phrase === undefined || isVerbatim(d.phrase)) &&
    (d.inferred === undefined || isLocalized(d.inferred)) &&
    (d.display === undefined || isLocalized(d.display))
  );
}

function isSource(s: unknown): boolean {
  if (!isPlain(s) || !onlyKnown(s, SOURCE_KEYS)) return false;
  if (!isSlug(s.article) || !isVerbatim(s.quote)) return false;
  if (s.translation !== undefined && !isTexts(s.translation, false)) return false;
  const phrase = s.datePhrase;
  return phrase === undefined || isVerbatim(phrase) || (Array.isArray(phrase) && phrase.length > 0 && phrase.every(isVerbatim));
}

/** One event as schema.ts's Event checks it, with no field the format does not define. */
export function isPlainEvent(e: unknown): boolean {
  if (!isPlain(e) || !onlyKnown(e, EVENT_KEYS)) return false;
  if (!isSlug(e.id) || !isLocalized(e.title) || !isLocalized(e.summary) || !isEventDate(e.date)) return false;
  if (!Array.isArray(e.actors) || e.actors.length === 0 || !e.actors.every(isSlug)) return false;
  if (!Array.isArray(e.tags) || !e.tags.every(isSlug)) return false;
  if (!Array.isArray(e.sources) || !e.sources.every(isSource)) return false;
  if (e.order !== undefined && typeof e.order !== 'number') return false;
  if (e.notes !== undefined && !isLocalized(e.notes)) return false;
  if (e.context !== undefined && !(isPlain(e.context) && onlyKnown(e.context, CONTEXT_KEYS) && v.is(Context, e.context))) return false;
  return true;
}

/**
 * The dataset as valibot would output it, when every event is plainly well-formed and nothing
 * else fails; null when unsure (then the caller runs the full schema). `rest` is what was given
 * to valibot (the input with its first event for the list), for the unknown-field walk.
 */
export function fastStructure(input: Plain): { dataset: DatasetInput; rest: Plain } | null {
  const events = input.events;
  if (!Array.isArray(events) || events.length === 0) return null;
  for (let i = 0; i < events.length; i++) if (!isPlainEvent(events[i])) return null;
  const rest = { ...input, events: [events[0]] };
  const parsed = v.safeParse(Dataset, rest);
  if (!parsed.success) return null;
  // The events that passed have only the fields the format defines, each of the right shape:
  // valibot's copy of them would equal them.
  return { dataset: { ...parsed.output, events: events as DatasetInput['events'] }, rest };
}
