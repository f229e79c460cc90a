/**
 * The shipped dataset in parts (vite.config.ts writes them as modules, shipped.ts loads and joins
 * them), so that a page loads only what it shows:
 *
 * - the first part, with the texts of every language taken out: ids, dates, quotes, articles,
 *   lanes; part of the first load;
 * - the texts of each language (titles, summaries, how dates were inferred, translations, labels):
 *   loaded with the interface text of that language, so a German page never loads the English
 *   texts unless the reader switches (or searches, or opens a view that needs the whole file);
 * - the extras, the speaker notes, which only the classroom views show.
 *
 * A text in several languages is an object of strings keyed by language (`{ de, en }`); in the
 * first part each is an empty object, and each language's texts are a list in the order a walk
 * of the first part meets those objects. Joined with every part, the dataset is the file's,
 * value for value (the build checks it).
 */
import type { Lang } from './types.ts';

const LANGS: readonly Lang[] = ['de', 'en'];

/** One language's texts, in walk order; null where a text has none in that language. */
export type Texts = (string | null)[];

export interface Extras {
  notes: Record<string, unknown>;
}

type Json = Record<string, unknown>;
type EventLike = Json & { id: string };

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
/** A text in several languages (an empty object counts: it joins back as one). */
const isText = (value: Json) => Object.entries(value).every(([key, text]) => (LANGS as readonly string[]).includes(key) && typeof text === 'string');

/** A copy of `value` with each object mapped through `visit` (arrays in order, keys in order). */
function walk(value: unknown, visit: (object: Json) => Json | null): unknown {
  if (Array.isArray(value)) return value.map((item) => walk(item, visit));
  if (!isObject(value)) return value;
  const replaced = visit(value);
  if (replaced) return replaced;
  // fromEntries defines properties (never assigns): a key "__proto__" stays a key.
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, visit)]));
}

/** Splits a dataset (a parsed JSON value, not changed) into its first part, each language's texts and its extras. */
export function splitShipped(data: Json): { first: Json; texts: Record<Lang, Texts>; extras: Extras } {
  const extras: Extras = { notes: {} };
  const events = (data.events as EventLike[]).map((event) => {
    const { notes, ...rest } = event;
    if (notes !== undefined) extras.notes[event.id] = notes;
    return rest;
  });
  const texts: Record<Lang, Texts> = { de: [], en: [] };
  const first = walk({ ...data, events }, (object) => {
    if (!isText(object)) return null;
    for (const lang of LANGS) texts[lang].push(typeof object[lang] === 'string' ? (object[lang] as string) : null);
    return {};
  }) as Json;
  return { first, texts, extras };
}

/**
 * The first part with the texts of the languages given put back (a language not given is
 * missing from every text, as in a dataset written in fewer languages), and the extras if given.
 */
export function joinShipped(first: Json, texts: Partial<Record<Lang, Texts>>, extras: Extras | null = null): Json {
  let at = 0;
  const joined = walk(first, (object) => {
    if (Object.keys(object).length) return null;
    const i = at++;
    const text: Json = {};
    for (const lang of LANGS) {
      const value = texts[lang]?.[i];
      if (typeof value === 'string') text[lang] = value;
    }
    return text;
  }) as Json;
  if (!extras) return joined;
  const events = (joined.events as EventLike[]).map((event) =>
    Object.hasOwn(extras.notes, event.id) ? { ...event, notes: extras.notes[event.id] } : event
  );
  return { ...joined, events };
}
