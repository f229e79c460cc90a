/**
 * Two shapes of a dataset. The *input* is the format as written (schema.ts): texts in one language
 * or several, paragraphs with roles, dates that may be only a bound. The *normalised* data
 * (DatasetData, what `buildModel` hands the views) answers the interface's questions directly:
 * every text has a `de` and an `en` (the best available language; `textLang` tells which language
 * it really is), every paragraph is a string (roles beside it), every date has a start.
 */
import type * as v from 'valibot';
import type { Article, Dataset, Event, EventDate, Localized, Paragraph, ParagraphRole as Role, Precision, Source } from './schema.ts';

export type Lang = 'de' | 'en';
export type PrecisionName = v.InferOutput<typeof Precision>;
export type ParagraphRole = v.InferOutput<typeof Role>;

export type TextInput = v.InferOutput<typeof Localized>;
export type DateInput = v.InferOutput<typeof EventDate>;
export type SourceInput = v.InferOutput<typeof Source>;
export type EventInput = v.InferOutput<typeof Event>;
export type ParagraphInput = v.InferOutput<typeof Paragraph>;
export type ArticleInput = v.InferOutput<typeof Article>;
export type DatasetInput = v.InferOutput<typeof Dataset>;

/** A text resolved for both interface languages (see `textLang` for the language it is really in). */
export type LocalizedText = {
  de: string;
  en: string;
};

export interface DateSpec {
  /** Always present once normalised: for a bound-only date, the start of the event it is before (or the end of the one it is after). */
  start: string;
  end?: string;
  precision: PrecisionName;
  before?: string;
  after?: string;
  /**
   * True when the dataset gave no start: the date is only "before" or "after" the named event,
   * and `start`/`precision` were taken from that event (a bound, not a date the sources give).
   */
  bound?: boolean;
  phrase?: string;
  inferred?: LocalizedText;
  /** The date as the source displays it, shown instead of the computed one (imports keep TimelineJS's display_date here). */
  display?: LocalizedText;
}

export interface SourceRef {
  article: string;
  quote: string;
  /** The quote translated, by language code. */
  translation?: Partial<Record<string, string>> & { en?: string };
  /** The first dating phrase (kept for readers that show one). */
  datePhrase?: string;
  /** Every dating phrase the dataset gives for this source, in order. */
  datePhrases?: readonly string[];
}

/** Real-world background from outside the articles: never used for dates, order or the exercise. */
export interface EventContext {
  text: LocalizedText;
  url?: string;
  reference?: string;
}

export interface EventData {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  date: DateSpec;
  actors: string[];
  tags: string[];
  sources: SourceRef[];
  order?: number;
  notes?: LocalizedText;
  context?: EventContext;
}

export interface ArticleData {
  id: string;
  outlet: string | null;
  agency?: string;
  basedOn?: string;
  language: string;
  url?: string;
  published: { date: string; inferred: boolean; note?: LocalizedText };
  title: { text: string; editorial: boolean };
  /** The paragraphs byte for byte. */
  paragraphs: string[];
  /** Each paragraph's role, null for body text; same length as `paragraphs` once normalised. */
  roles?: (ParagraphRole | null)[];
}

export interface DatasetData {
  $schema?: string;
  format: 'sourceline/1' | 'sourceline/2';
  /** The declared languages, first the one plain-string texts are in (sourceline/1: de, en). Always set once normalised. */
  languages?: string[];
  title: LocalizedText;
  description?: LocalizedText;
  actors: Record<string, LocalizedText>;
  tags: Record<string, LocalizedText>;
  articles: ArticleData[];
  events: EventData[];
}

/** One problem found in a dataset: where, which field, what was expected and what was found. */
export interface Problem {
  where: string;
  field: string;
  expected: string;
  found: string;
  /** For a quote not found verbatim: the article's closest passage and how it differs. */
  closest?: ClosestPassage;
}

export type Difference = 'quotation marks' | 'apostrophes' | 'whitespace' | 'dashes' | 'ellipsis' | 'wording';

export interface ClosestPassage {
  /** 0-based paragraph index. */
  paragraph: number;
  passage: string;
  differences: Difference[];
}
