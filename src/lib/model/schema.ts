/**
 * The dataset format, defined once. The TypeScript input types (types.ts) and the published
 * JSON Schema (public/sourceline.schema.json, written by `npm run schema`) both derive from it.
 * Structural checks live here; cross-references, languages and quote anchoring live in validate.ts.
 *
 * Two versions load: "sourceline/2" declares its `languages`; "sourceline/1" is read as
 * `languages: ["de", "en"]`. Everything /1 allows, /2 allows too, so /1 needs no other migration.
 */
import * as v from 'valibot';
import { ownRecord } from './own-record.ts';

const text = v.pipe(v.string(), v.check((s) => s.trim().length > 0, 'a non-empty text'));
const verbatim = v.pipe(v.string(), v.minLength(1, 'a non-empty text'));

import { ID_PATTERN, RESERVED_IDS } from './schema-ids.ts';

export { RESERVED_IDS };

/** The check that refuses reserved ids (json-schema.ts writes it as `not: { enum: [...] }`). */
export const notReserved = v.check((id: string) => !RESERVED_IDS.includes(id), 'an id other than constructor or prototype (names JavaScript reserves)');

export const slug = v.pipe(v.string(), v.regex(ID_PATTERN, 'a slug of lower-case letters, digits and hyphens'), notReserved);

/** A language code as in HTML's lang attribute: "de", "en", "fr", "pt-BR"; "und" when not known. */
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
export const LanguageCode = v.pipe(v.string(), v.regex(LANGUAGE_PATTERN, 'a language code such as "de", "en" or "pt-BR"'));

/**
 * A human text: a plain string in the dataset's first language, or the same text in several of its
 * languages keyed by language code. The interface shows the best available language.
 */
export const Localized = v.union(
  [
    v.pipe(text, v.description('Text in the dataset’s first language')),
    v.pipe(
      v.record(LanguageCode, text),
      v.check((map) => Object.keys(map).length > 0, 'at least one language'),
      v.description('The text by language code, e.g. { "de": "…", "en": "…" }')
    )
  ],
  'a text, or an object of texts by language code ({ "de": "…", "en": "…" })'
);

/**
 * A calendar date as precise as the source allows: YYYY, YYYY-MM or YYYY-MM-DD; years are
 * astronomical (0000 is 1 BCE) and may be negative. Beyond ±271,820 (what a JavaScript Date
 * holds) only a year is allowed: -13800000000 is 13.8 billion years ago.
 */
export const DATE_PATTERN = /^-?\d{4,12}(-\d{2}(-\d{2})?)?$/;
export const PartialDate = v.pipe(
  v.string(),
  v.regex(DATE_PATTERN, 'a date written YYYY, YYYY-MM or YYYY-MM-DD (a year of 4 to 12 digits, negative for BCE)')
);

export const Precision = v.picklist(['year', 'month', 'day']);

export const EventDate = v.object({
  start: v.optional(
    v.pipe(PartialDate, v.description('First period covered. May be left out when `before` or `after` names an event: the event then sorts next to it'))
  ),
  end: v.optional(v.pipe(PartialDate, v.description('Last period covered, inclusive, at the same precision'))),
  precision: v.optional(v.pipe(Precision, v.description('Required with `start`'))),
  before: v.optional(
    v.pipe(slug, v.description('Id of an event this one is only known to precede; a start given is then an upper bound'))
  ),
  after: v.optional(
    v.pipe(slug, v.description('Id of an event this one is only known to follow; a start given is then a lower bound'))
  ),
  phrase: v.optional(v.pipe(verbatim, v.description('The verbatim words of a source quote that date the event'))),
  inferred: v.optional(v.pipe(Localized, v.description('How the date was worked out where the text does not print it'))),
  display: v.optional(v.pipe(Localized, v.description('The date as the source displays it ("Iden des März"), shown instead of the computed one')))
});

const phrases = v.union([verbatim, v.pipe(v.array(verbatim), v.minLength(1, 'at least one phrase'))], 'a phrase, or a list of phrases');

export const Source = v.object({
  article: slug,
  quote: v.pipe(verbatim, v.description('A passage copied byte for byte from the article')),
  translation: v.optional(
    v.pipe(v.record(LanguageCode, text), v.description('The quote translated, by language code: { "en": "…" }'))
  ),
  datePhrase: v.optional(v.pipe(phrases, v.description('The words inside the quote that date the event (one phrase or several)')))
});

/** Real-world background that is not from the articles: shown as such, never used for dates, order or the exercise. */
export const Context = v.pipe(
  v.object({
    text: Localized,
    url: v.optional(v.pipe(v.string(), v.url('an absolute URL'), v.regex(/^https?:\/\//i, 'an http or https address'))),
    reference: v.optional(v.pipe(text, v.description('A citation in words: work, author, page')))
  }),
  v.check((c) => c.url !== undefined || c.reference !== undefined, 'a context with its own citation: a `url` or a `reference`')
);

export const Event = v.object({
  id: slug,
  title: Localized,
  summary: Localized,
  date: EventDate,
  actors: v.pipe(v.array(slug), v.minLength(1, 'at least one actor')),
  tags: v.array(slug),
  sources: v.array(Source),
  order: v.optional(v.pipe(v.number(), v.description('Tie-break among events of the same date'))),
  notes: v.optional(v.pipe(Localized, v.description('Speaker notes for presentation mode'))),
  context: v.optional(v.pipe(Context, v.description('Background from outside the articles, with its own citation')))
});

export const ParagraphRole = v.picklist(['caption', 'heading', 'credit', 'boilerplate']);

/** A paragraph: its text byte for byte, with a role when it is not body text. */
export const Paragraph = v.union(
  [
    verbatim,
    v.object({
      text: v.pipe(verbatim, v.description('The paragraph byte for byte')),
      role: v.pipe(ParagraphRole, v.description('What the paragraph is when it is not body text'))
    })
  ],
  'a paragraph: a text, or { "text": "…", "role": "caption" | "heading" | "credit" | "boilerplate" }'
);

export const Article = v.object({
  id: slug,
  outlet: v.nullable(text),
  agency: v.optional(
    v.pipe(text, v.description('The news agency whose copy the article carries; articles carrying the same agency’s copy count as one source'))
  ),
  basedOn: v.optional(v.pipe(slug, v.description('Id of an article this one is based on (counts as the same source)'))),
  language: LanguageCode,
  url: v.optional(v.pipe(v.string(), v.url('an absolute URL'), v.regex(/^https?:\/\//i, 'an http or https address'))),
  published: v.object({
    date: PartialDate,
    inferred: v.boolean(),
    note: v.optional(Localized)
  }),
  title: v.object({ text, editorial: v.boolean() }),
  paragraphs: v.pipe(v.array(Paragraph), v.minLength(1, 'at least one paragraph'))
});

export const Dataset = v.object({
  $schema: v.optional(v.string()),
  format: v.picklist(['sourceline/2', 'sourceline/1'], '"sourceline/2" (or "sourceline/1")'),
  languages: v.optional(
    v.pipe(
      v.array(LanguageCode),
      v.minLength(1, 'at least one language'),
      v.description('The languages of the dataset’s texts, the first being that of plain-string texts. Required in sourceline/2; sourceline/1 means ["de", "en"]')
    )
  ),
  title: Localized,
  description: v.optional(Localized),
  actors: ownRecord(slug, Localized),
  tags: ownRecord(slug, Localized),
  articles: v.array(Article),
  events: v.pipe(v.array(Event), v.minLength(1, 'at least one event'))
});
