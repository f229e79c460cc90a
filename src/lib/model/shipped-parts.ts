/**
 * The shipped dataset in two parts (vite.config.ts writes them, App.svelte joins them): what the
 * explorer shows, part of the first load, and the extras only the classroom views show, loaded
 * with them: the speaker notes, by event id. Joined, they are the dataset as the file has it.
 */

export interface Extras {
  notes: Record<string, unknown>;
}

type Json = Record<string, unknown>;
type EventLike = Json & { id: string };

/** Splits a dataset (a parsed JSON value, not changed) into its first part and its extras. */
export function splitShipped(data: Json): { first: Json; extras: Extras } {
  const extras: Extras = { notes: {} };
  const events = (data.events as EventLike[]).map((event) => {
    const { notes, ...rest } = event;
    if (notes !== undefined) extras.notes[event.id] = notes;
    return rest;
  });
  return { first: { ...data, events }, extras };
}

/** The first part with its extras put back where they came from. */
export function joinShipped(first: Json, extras: Extras): Json {
  const events = (first.events as EventLike[]).map((event) =>
    Object.hasOwn(extras.notes, event.id) ? { ...event, notes: extras.notes[event.id] } : event
  );
  return { ...first, events };
}
