/**
 * Validation at the edge: structure (schema.ts), then meaning. Every problem names the event or
 * article, the field, what was expected and what was found. Runs in the CLI, the build, the
 * browser and the tests alike.
 */
import * as v from 'valibot';
import { Dataset } from './schema.ts';
import type { DatasetData, Problem } from './types.ts';
import { parsePartialDate, precisionOf, periodStart } from '../time/precision.ts';
import { describe } from './problem.ts';

export { formatProblem, describe } from './problem.ts';

export interface ValidationResult {
  /** The dataset, present only when there are no errors. */
  dataset: DatasetData | null;
  errors: Problem[];
  warnings: Problem[];
}

export function validateDataset(input: unknown): ValidationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const problem = { where: 'dataset', field: '(top level)', expected: 'an object', found: describe(input) };
    return { dataset: null, errors: [problem], warnings: [] };
  }
  const parsed = v.safeParse(Dataset, input);
  if (!parsed.success) return { dataset: null, errors: schemaProblems(input, parsed.issues), warnings: [] };
  const { errors, warnings } = checkMeaning(parsed.output);
  return { dataset: errors.length ? null : parsed.output, errors, warnings };
}

function schemaProblems(input: unknown, issues: v.BaseIssue<unknown>[]): Problem[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((item) => item.key as string | number);
    return {
      ...locate(input, keys),
      expected: expectation(issue),
      found: describe(issue.input)
    };
  });
}

function expectation(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'validation') return issue.message.replace(/^Invalid \w+: /, '');
  if (issue.expected === 'never') return 'no such field';
  if (issue.input === undefined && issue.type === 'object') return 'a value (the field is required)';
  const expected = issue.expected ?? issue.type;
  return expected === 'Object' ? 'an object' : expected === 'Array' ? 'a list' : expected;
}

/** Turns a path such as events/3/date/start into "event 'summit'" and "date.start". */
export function locate(input: unknown, keys: (string | number)[]): { where: string; field: string } {
  const [collection, index, ...rest] = keys;
  const field = (list: (string | number)[]) =>
    list.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('') || '(whole item)';
  if ((collection === 'events' || collection === 'articles') && typeof index === 'number') {
    const item = (input as Record<string, unknown[]>)[collection]?.[index] as { id?: unknown } | undefined;
    const noun = collection === 'events' ? 'event' : 'article';
    const where = typeof item?.id === 'string' && item.id ? `${noun} '${item.id}'` : `${noun} #${index + 1}`;
    return { where, field: field(rest) };
  }
  return { where: 'dataset', field: keys.length ? field(keys) : '(top level)' };
}

const MARKUP = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/** Whether text holds something that reads as an HTML tag, comment or character reference. */
export function looksLikeMarkup(text: string): boolean {
  return text.includes('<') || text.includes('&') ? MARKUP.test(text) : false;
}

function checkMeaning(data: DatasetData): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const fail = (where: string, field: string, expected: string, found: string) =>
    errors.push({ where, field, expected, found });

  // Text that looks like HTML is shown as typed, never interpreted: worth a warning, not an error.
  const markup = (where: string, field: string, text: string) => {
    if (looksLikeMarkup(text)) warnings.push({ where, field, expected: 'plain text (HTML is shown as typed, never run)', found: describe(text) });
  };
  const markupIn = (where: string, field: string, value: Record<string, string> | undefined) => {
    for (const key in value) if (looksLikeMarkup(value[key])) markup(where, `${field}.${key}`, value[key]);
  };
  markupIn('dataset', 'title', data.title);
  markupIn('dataset', 'description', data.description);
  for (const [id, label] of Object.entries(data.actors)) markupIn('dataset', `actors.${id}`, label);
  for (const [id, label] of Object.entries(data.tags)) markupIn('dataset', `tags.${id}`, label);

  const articles = new Map<string, DatasetData['articles'][number]>();
  data.articles.forEach((article, i) => {
    const where = `article '${article.id}'`;
    if (articles.has(article.id)) fail(where, 'id', 'an id no other article has', `a second article #${i + 1} with it`);
    articles.set(article.id, article);
    markup(where, 'title.text', article.title.text);
    const p = article.paragraphs.findIndex(looksLikeMarkup); // one warning per article is enough
    if (p !== -1) markup(where, `paragraphs[${p}]`, article.paragraphs[p]);
    if (!parsePartialDate(article.published.date))
      fail(where, 'published.date', 'a calendar date that exists', describe(article.published.date));
  });

  const eventIds = new Set<string>();
  for (const [i, event] of data.events.entries()) {
    if (eventIds.has(event.id)) fail(`event '${event.id}'`, 'id', 'an id no other event has', `a second event #${i + 1} with it`);
    eventIds.add(event.id);
  }

  const cited = new Set<string>();
  for (const event of data.events) {
    const where = `event '${event.id}'`;
    const { date } = event;
    const start = parsePartialDate(date.start);
    const end = date.end === undefined ? start : parsePartialDate(date.end);
    if (!start) fail(where, 'date.start', 'a calendar date that exists', describe(date.start));
    else if (precisionOf(start) !== date.precision)
      fail(where, 'date.start', `a date written to ${date.precision} precision (precision is "${date.precision}")`, `${describe(date.start)}, a ${precisionOf(start)}`);
    if (date.end !== undefined) {
      if (!end) fail(where, 'date.end', 'a calendar date that exists', describe(date.end));
      else if (precisionOf(end) !== date.precision)
        fail(where, 'date.end', `a date written to ${date.precision} precision`, `${describe(date.end)}, a ${precisionOf(end)}`);
      else if (start && periodStart(end) < periodStart(start))
        fail(where, 'date.end', `a date on or after the start ${date.start}`, describe(date.end));
    }
    if (date.before !== undefined && !eventIds.has(date.before))
      fail(where, 'date.before', 'the id of an event in this dataset', describe(date.before));
    if (date.before === event.id) fail(where, 'date.before', 'another event’s id', 'the event’s own id');

    for (const actor of event.actors)
      if (!(actor in data.actors)) fail(where, 'actors', `one of ${Object.keys(data.actors).join(', ') || '(no actors defined)'}`, describe(actor));
    for (const tag of event.tags)
      if (!(tag in data.tags)) fail(where, 'tags', `one of ${Object.keys(data.tags).join(', ') || '(no tags defined)'}`, describe(tag));

    markupIn(where, 'title', event.title);
    markupIn(where, 'summary', event.summary);
    if (event.sources.length === 0)
      warnings.push({ where, field: 'sources', expected: 'at least one source sentence', found: 'none (shown as “no source”)' });
    event.sources.forEach((source, s) => {
      const field = `sources[${s}]`;
      const article = articles.get(source.article);
      if (!article) return fail(where, `${field}.article`, `one of ${[...articles.keys()].join(', ') || '(no articles)'}`, describe(source.article));
      cited.add(article.id);
      if (!article.paragraphs.some((p) => p.includes(source.quote)))
        fail(where, `${field}.quote`, `text that occurs verbatim in article '${article.id}'`, describe(source.quote));
      if (source.datePhrase !== undefined && !source.quote.includes(source.datePhrase))
        fail(where, `${field}.datePhrase`, 'words that occur in the quote', describe(source.datePhrase));
    });
    if (date.phrase !== undefined && event.sources.length > 0 && !event.sources.some((s) => s.quote.includes(date.phrase!)))
      fail(where, 'date.phrase', 'words that occur in one of the event’s quotes', describe(date.phrase));
  }

  for (const article of data.articles)
    if (!cited.has(article.id)) fail(`article '${article.id}'`, 'id', 'an article cited by at least one event', 'no event citing it');

  return { errors, warnings };
}
