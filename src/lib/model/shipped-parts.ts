/**
 * The shipped dataset in two parts (vite.config.ts writes them, App.svelte joins them): what the
 * explorer shows, part of the first load, and the extras only the classroom views show, loaded
 * with them: the speaker notes. Joined, they are the dataset as the file has it.
 *
 * The split can also move how each date was inferred and the quotes' translations (`reading`),
 * 2.9 kB of the first load, but the explorer's reading pane shows those, so the explorer's model
 * would have to be built again when they arrive, and that rebuilt the timeline under the reader.
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
export function splitShipped(data: Json, reading = false): { first: Json; extras: Extras } {
  const extras: Extras = { notes: {}, inferred: {}, translations: {} };
  const events = (data.events as EventLike[]).map((event) => {
    const { notes, ...rest } = event;
    if (notes !== undefined) extras.notes[event.id] = notes;
    if (reading && rest.date && rest.date.inferred !== undefined) {
      const { inferred, ...date } = rest.date;
      extras.inferred[event.id] = inferred;
      rest.date = date;
    }
    if (reading && rest.sources)
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
