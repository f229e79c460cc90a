/** The public shape of a date suggestion: what the editor shows and the `dates` command prints. */
export type Precision = 'year' | 'month' | 'day';
export type Lang = 'de' | 'en';

export interface DateSuggestion {
  /** Verbatim substring of the input text that dates it. */
  phrase: string;
  /** Where phrase starts in the text (UTF-16 offset). */
  index: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD, astronomical years as in the dataset format. */
  start: string;
  /** Inclusive end of a range, same precision as start. */
  end?: string;
  precision: Precision;
  /** A drafted note on how the date was inferred, for the event's `inferred` field. */
  note: { de: string; en: string };
}
