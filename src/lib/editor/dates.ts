/**
 * The one place the editor asks for date suggestions. It speaks the date module's signature
 * (suggestDates(text, ref, lang) → DateSuggestion[], best first) and turns a suggestion into the
 * event's date and its source's dating phrase.
 */
import type { DateSpec } from '../model/types.ts';
import { suggestDates, type DateSuggestion } from '../dates/index.ts';

export type { DateSuggestion };

/** Suggestions for a quote, dated against the article's publication date. */
export function suggestionsFor(text: string, published: string, language: string): DateSuggestion[] {
  const lang = language === 'en' ? 'en' : 'de';
  const ref = /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : /^\d{4}-\d{2}$/.test(published) ? `${published}-01` : /^\d{4}$/.test(published) ? `${published}-01-01` : null;
  if (!ref) return [];
  try {
    return suggestDates(text, ref, lang);
  } catch {
    return [];
  }
}

/** The event date a suggestion stands for; `inferred` carries the drafted note unless the text prints the date. */
export function dateFrom(s: DateSuggestion): DateSpec {
  return {
    start: s.start,
    ...(s.end ? { end: s.end } : {}),
    precision: s.precision,
    phrase: s.phrase,
    inferred: s.note
  };
}

/** A starting date for an event no suggestion dates: the article's publication day, marked as a guess. */
export function fallbackDate(published: string): DateSpec {
  const precision = published.length >= 10 ? 'day' : published.length >= 7 ? 'month' : 'year';
  return {
    start: published,
    precision,
    inferred: { de: 'Vorläufig: Erscheinungsdatum des Artikels, bitte prüfen', en: 'Provisional: the publication date of the article, please check' }
  };
}
