/**
 * The dataset format, defined once. The TypeScript types (types.ts) and the published
 * JSON Schema (public/sourceline.schema.json, written by `npm run schema`) both derive from it.
 * Structural checks live here; cross-references and quote anchoring live in validate.ts.
 */
import * as v from 'valibot';

const text = v.pipe(v.string(), v.check((s) => s.trim().length > 0, 'a non-empty text'));
const verbatim = v.pipe(v.string(), v.minLength(1, 'a non-empty text'));

export const slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'a slug of lower-case letters, digits and hyphens')
);

/** Text in both interface languages. */
export const Localized = v.object({
  de: v.pipe(text, v.description('German')),
  en: v.pipe(text, v.description('English'))
});

/** A calendar date as precise as the source allows: YYYY, YYYY-MM or YYYY-MM-DD (years may be negative). */
export const PartialDate = v.pipe(
  v.string(),
  v.regex(/^-?\d{4,6}(-\d{2}(-\d{2})?)?$/, 'a date written YYYY, YYYY-MM or YYYY-MM-DD')
);

export const Precision = v.picklist(['year', 'month', 'day']);

export const EventDate = v.object({
  start: PartialDate,
  end: v.optional(v.pipe(PartialDate, v.description('Last period covered, inclusive, at the same precision'))),
  precision: Precision,
  before: v.optional(
    v.pipe(slug, v.description('Id of an event this one is only known to precede; the date is then an upper bound'))
  ),
  phrase: v.optional(v.pipe(verbatim, v.description('The verbatim words of a source quote that date the event'))),
  inferred: v.optional(v.pipe(Localized, v.description('How the date was worked out where the text does not print it')))
});

export const Source = v.object({
  article: slug,
  quote: v.pipe(verbatim, v.description('A passage copied byte for byte from the article')),
  translation: v.optional(v.object({ en: text })),
  datePhrase: v.optional(v.pipe(verbatim, v.description('The words inside the quote that date the event')))
});

export const Event = v.object({
  id: slug,
  title: Localized,
  summary: Localized,
  date: EventDate,
  actors: v.pipe(v.array(slug), v.minLength(1, 'at least one actor')),
  tags: v.array(slug),
  sources: v.array(Source),
  order: v.optional(v.pipe(v.number(), v.description('Tie-break among events of the same date'))),
  notes: v.optional(v.pipe(Localized, v.description('Speaker notes for presentation mode')))
});

export const Article = v.object({
  id: slug,
  outlet: v.nullable(text),
  agency: text,
  language: v.pipe(v.string(), v.regex(/^[a-z]{2}$/, 'a two-letter language code')),
  url: v.optional(v.pipe(v.string(), v.url('an absolute URL'), v.regex(/^https?:\/\//i, 'an http or https address'))),
  published: v.object({
    date: PartialDate,
    inferred: v.boolean(),
    note: v.optional(Localized)
  }),
  title: v.object({ text, editorial: v.boolean() }),
  paragraphs: v.pipe(v.array(verbatim), v.minLength(1, 'at least one paragraph'))
});

export const Dataset = v.object({
  $schema: v.optional(v.string()),
  format: v.literal('sourceline/1', '"sourceline/1"'),
  title: Localized,
  description: v.optional(Localized),
  actors: v.record(slug, Localized),
  tags: v.record(slug, Localized),
  articles: v.array(Article),
  events: v.pipe(v.array(Event), v.minLength(1, 'at least one event'))
});
