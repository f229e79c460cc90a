/**
 * The shipped dataset in two parts (vite.config.ts writes them, App.svelte joins them): what the
 * first screen needs, part of the first load, and the extras that only the reading pane and the
 * classroom views show, loaded right after the first screen: speaker notes, how each date was
 * inferred, and the English translations of the quotes. Together they are a little over half of
 * the dataset's weight. Joined, they are the dataset as the file has it.
 */

/** By event id; a translation by the index of its source in the event. */
export interface Extras {
  notes: Record<string, unknown>;
  inferred: Record<string, unknown>;
  translations: Record<string, Record<number, unknown>>;
}

type Json = Record<string, unknown>;
interface EventLike extends Json {
  id: string;
  date?: Json;
  sources?: Json[];
}

/** Splits a dataset (a parsed JSON value, not changed) into its first part and its extras. */
export function splitShipped(data: Json): { first: Json; extras: Extras } {
  const extras: Extras = { notes: {}, inferred: {}, translations: {} };
  const events = (data.events as EventLike[]).map((event) => {
    const { notes, ...rest } = event;
    if (notes !== undefined) extras.notes[event.id] = notes;
    if (rest.date && rest.date.inferred !== undefined) {
      const { inferred, ...date } = rest.date;
      extras.inferred[event.id] = inferred;
      rest.date = date;
    }
    if (rest.sources)
      rest.sources = rest.sources.map((source, i) => {
        if (source.translation === undefined) return source;
        const { translation, ...plain } = source;
        (extras.translations[event.id] ??= {})[i] = translation;
        return plain;
      });
    return rest;
  });
  return { first: { ...data, events }, extras };
}

/** The first part with its extras put back where they came from. */
export function joinShipped(first: Json, extras: Extras): Json {
  const events = (first.events as EventLike[]).map((event) => {
    const joined: EventLike = { ...event };
    const id = event.id;
    if (Object.hasOwn(extras.inferred, id) && joined.date) joined.date = { ...joined.date, inferred: extras.inferred[id] };
    const translations = Object.hasOwn(extras.translations, id) ? extras.translations[id] : null;
    if (translations && joined.sources)
      joined.sources = joined.sources.map((source, i) => (Object.hasOwn(translations, i) ? { ...source, translation: translations[i] } : source));
    if (Object.hasOwn(extras.notes, id)) joined.notes = extras.notes[id];
    return joined;
  });
  return { ...first, events };
}
