/**
 * Which events the reader wants to see: by actor (lanes), by topic, and by a text search over
 * titles, summaries and quotes. Pure: the Filters state class feeds it.
 */
import type { EventData, Lang } from './model/types.ts';

export interface FilterSpec {
  /** Actors shown; null means all. */
  actors: ReadonlySet<string> | null;
  /** Topics: an event passes when it has any of them; null or empty means all. */
  tags: ReadonlySet<string> | null;
  query: string;
}

/** Lower case without diacritics, so "Genf" finds "genf" and "Sullivan" finds "sullivan". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('de');
}

const folded = new WeakMap<EventData, string>();

/** The text a search looks through, in both languages (quotes are German, translations English); folded once per event. */
export function searchText(event: EventData): string {
  let text = folded.get(event);
  if (text === undefined) {
    const parts = [event.title.de, event.title.en, event.summary.de, event.summary.en];
    for (const source of event.sources) parts.push(source.quote, source.translation?.en ?? '');
    text = fold(parts.join('\n'));
    folded.set(event, text);
  }
  return text;
}

/** The search words of a query, folded once. */
export const queryWords = (query: string): string[] => fold(query).split(/\s+/).filter(Boolean);

export function matches(event: EventData, spec: FilterSpec, text: (e: EventData) => string = searchText, words = queryWords(spec.query)): boolean {
  if (spec.actors && !event.actors.some((a) => spec.actors!.has(a))) return false;
  if (spec.tags && spec.tags.size > 0 && !event.tags.some((t) => spec.tags!.has(t))) return false;
  if (words.length === 0) return true;
  const haystack = text(event);
  return words.every((w) => haystack.includes(w));
}

export function filterEvents<E extends EventData>(events: readonly E[], spec: FilterSpec, text?: (e: EventData) => string): E[] {
  const words = queryWords(spec.query);
  if (!spec.actors && !spec.tags?.size && words.length === 0) return events as E[];
  return events.filter((e) => matches(e, spec, text, words));
}

export type { Lang };
