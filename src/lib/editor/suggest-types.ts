/** A date found in a quote, as the date-suggestion module (src/lib/dates/) returns it, best first. */
export interface DateSuggestion {
  /** The verbatim words that date it, as they stand in the text. */
  phrase: string;
  /** Where the phrase starts in the text. */
  index: number;
  start: string;
  end?: string;
  precision: 'year' | 'month' | 'day';
  /** How the date was worked out, for the event's `inferred` note. */
  note: { de: string; en: string };
}
