import type * as v from 'valibot';
import type { Article, Dataset, Event, EventDate, Localized, Precision, Source } from './schema.ts';

export type Lang = 'de' | 'en';
export type LocalizedText = v.InferOutput<typeof Localized>;
export type PrecisionName = v.InferOutput<typeof Precision>;
export type DateSpec = v.InferOutput<typeof EventDate>;
export type SourceRef = v.InferOutput<typeof Source>;
export type EventData = v.InferOutput<typeof Event>;
export type ArticleData = v.InferOutput<typeof Article>;
export type DatasetData = v.InferOutput<typeof Dataset>;

/** One problem found in a dataset: where, which field, what was expected and what was found. */
export interface Problem {
  where: string;
  field: string;
  expected: string;
  found: string;
}
