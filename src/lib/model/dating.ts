/**
 * The words of a source that date an event ("im März", "am Mittwoch"): what the ordering
 * exercise, the slides and the handout highlight, so readers learn to read dates out of a text.
 */
import type { EventData, SourceRef } from './types.ts';

/** The source's own date phrase, else the event's, provided it occurs in this quote. */
export function datingPhrase(source: SourceRef, event: EventData): string | undefined {
  const phrase = source.datePhrase ?? event.date.phrase;
  return phrase && source.quote.includes(phrase) ? phrase : undefined;
}

/** The source that best shows how the event is dated: the first with a dating phrase, else the first. */
export function datingSource(event: EventData): SourceRef | undefined {
  return event.sources.find((source) => datingPhrase(source, event) !== undefined) ?? event.sources[0];
}

/** Every dating phrase of a source that occurs in its quote, in the dataset's order (the event's own phrase when the source has none). */
export function datingPhrases(source: SourceRef, event: EventData): string[] {
  const phrases = source.datePhrases ?? [source.datePhrase ?? event.date.phrase];
  return phrases.filter((phrase): phrase is string => !!phrase && source.quote.includes(phrase));
}
