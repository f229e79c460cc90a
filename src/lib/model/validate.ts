/**
 * Validation at the edge: structure (schema.ts), then meaning. Every problem names the event or
 * article, the field, what was expected and what was found. Runs in the CLI, the build, the
 * browser and the tests alike.
 */
import * as v from 'valibot';
import { Dataset } from './schema.ts';
import type { DatasetInput, Problem, TextInput } from './types.ts';
import { precisionOf } from '../time/precision.ts';
import { describe } from './problem.ts';
import { parseDate, yearOf } from './calendar.ts';
import { dateProblem } from './date-problem.ts';
import { closestPassage } from './closest.ts';
import { languagesOf } from './model.ts';
import { unknownFields } from './unknown-fields.ts';
import { fastStructure } from './fast-structure.ts';

export { formatProblem, describe } from './problem.ts';

export interface ValidationResult {
  /** The dataset, present only when there are no errors. */
  dataset: DatasetInput | null;
  errors: Problem[];
  warnings: Problem[];
}

export function validateDataset(input: unknown): ValidationResult {
  return runSteps(validateSteps(input));
}

/** Runs a generator of steps (validateSteps, load.ts's stages) to its end, at once. */
export function runSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * validateDataset in two slices of work, structure then meaning, with a `yield` between: a page
 * checking data itself pauses there (load.ts, fromBytesPaced), so no slice holds it long.
 */
export function* validateSteps(input: unknown): Generator<void, ValidationResult> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const problem = { where: 'dataset', field: '(top level)', expected: 'an object', found: describe(input) };
    return { dataset: null, errors: [problem], warnings: [] };
  }
  // A warning for each field the format does not define, found in `part` (paths are the same in the input).
  const unknownIn = (part: object) => unknownFields(Dataset, part).map((keys) => ({ ...locate(input, keys), expected: UNKNOWN, found: describe(valueAt(input, keys)) }));
  const fast = fastStructure(input as Record<string, unknown>);
  if (fast) {
    // Its events have no field the format does not define: the walk need only see the rest.
    const unknown = unknownIn(fast.rest);
    yield;
    const { errors, warnings } = checkMeaning(fast.dataset);
    return { dataset: errors.length ? null : fast.dataset, errors, warnings: [...unknown, ...warnings] };
  }
  const parsed = v.safeParse(Dataset, input);
  const unknown = unknownIn(input);
  yield;
  if (!parsed.success) {
    // The parts that passed are still checked for meaning, so one run lists every problem.
    const errors = schemaProblems(input, parsed.issues);
    const rest = salvage(input as Record<string, unknown>, parsed.issues);
    const meaning = rest ? checkMeaning(rest.data, rest.gaps) : { errors: [], warnings: [] };
    return { dataset: null, errors: [...errors, ...meaning.errors], warnings: [...unknown, ...meaning.warnings] };
  }
  const { errors, warnings } = checkMeaning(parsed.output);
  return { dataset: errors.length ? null : parsed.output, errors, warnings: [...unknown, ...warnings] };
}

/** Fields the format does not define are dropped, so each gets a warning (a misspelt "notes" would vanish). */
const UNKNOWN = 'a field the format defines (this one is left out; check its spelling)';

const valueAt = (input: unknown, keys: (string | number)[]) => keys.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], input);

/**
 * What a dataset that failed the schema lacks once its broken parts are left out, so that the check
 * of meaning neither repeats their problems nor reports what leaving them out causes (a reference
 * to a broken event, an article cited only by one). Positions are those in the input.
 */
interface Gaps {
  events: { ids: ReadonlySet<unknown>; any: boolean; positions: number[] };
  articles: { ids: ReadonlySet<unknown>; any: boolean; positions: number[] };
  actors: ReadonlySet<string> | 'all';
  tags: ReadonlySet<string> | 'all';
}

const NO_GAPS: Gaps = {
  events: { ids: new Set(), any: false, positions: [] },
  articles: { ids: new Set(), any: false, positions: [] },
  actors: new Set(),
  tags: new Set()
};

/** The input without the events, articles, actors and tags the schema refused; null when what failed is the dataset's frame. */
function salvage(input: Record<string, unknown>, issues: v.BaseIssue<unknown>[]): { data: DatasetInput; gaps: Gaps } | null {
  const broken = { events: new Set<number>(), articles: new Set<number>(), actors: new Set<string>(), tags: new Set<string>() };
  let wholeActors = false;
  let wholeTags = false;
  for (const issue of issues) {
    const [first, second] = (issue.path ?? []).map((item) => item.key as string | number);
    if ((first === 'events' || first === 'articles') && typeof second === 'number') broken[first].add(second);
    else if ((first === 'actors' || first === 'tags') && typeof second === 'string') broken[first].add(second);
    else if (first === 'actors' && second === undefined) wholeActors = true;
    else if (first === 'tags' && second === undefined) wholeTags = true;
    else return null;
  }
  const part = (key: 'events' | 'articles') => {
    const list = input[key] as unknown[];
    const positions = list.map((_, i) => i).filter((i) => !broken[key].has(i));
    const ids = new Set([...broken[key]].map((i) => (list[i] as { id?: unknown } | null)?.id));
    return { kept: positions.map((i) => list[i]), gap: { ids, any: broken[key].size > 0, positions } };
  };
  const record = (key: 'actors' | 'tags', whole: boolean) =>
    whole ? {} : Object.fromEntries(Object.entries(input[key] as object).filter(([name]) => !broken[key].has(name)));
  const events = part('events');
  const articles = part('articles');
  const rest = v.safeParse(Dataset, { ...input, events: events.kept, articles: articles.kept, actors: record('actors', wholeActors), tags: record('tags', wholeTags) });
  if (!rest.success) return null;
  return {
    data: rest.output,
    gaps: { events: events.gap, articles: articles.gap, actors: wholeActors ? 'all' : broken.actors, tags: wholeTags ? 'all' : broken.tags }
  };
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
  if (!issue.message.startsWith('Invalid ')) return issue.message; // a message the schema gives
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

function checkMeaning(data: DatasetInput, gaps: Gaps = NO_GAPS): { errors: Problem[]; warnings: Problem[] } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const fail = (where: string, field: string, expected: string, found: string) =>
    errors.push({ where, field, expected, found });

  if (data.format === 'sourceline/2' && data.languages === undefined)
    fail('dataset', 'languages', 'the list of the dataset’s languages, e.g. ["de"] or ["en", "de"] (sourceline/2 requires it)', 'nothing');
  const languages = languagesOf(data);
  const declared = new Set(languages);
  if (declared.size < languages.length) fail('dataset', 'languages', 'each language once', describe(languages.join(', ')));

  // Text that looks like HTML is shown as typed, never interpreted: worth a warning, not an error.
  const markup = (where: string, field: string, text: string) => {
    if (looksLikeMarkup(text)) warnings.push({ where, field, expected: 'plain text (HTML is shown as typed, never run)', found: describe(text) });
  };
  /** A human text: its languages declared, and no markup. */
  const human = (where: string, field: string, value: TextInput | undefined) => {
    if (value === undefined) return;
    if (typeof value === 'string') return markup(where, field, value);
    for (const code of Object.keys(value)) {
      if (!declared.has(code))
        fail(where, `${field}.${code}`, `a language the dataset declares (${languages.join(', ')}); add "${code}" to "languages"`, describe(code));
      markup(where, `${field}.${code}`, value[code]);
    }
  };
  human('dataset', 'title', data.title);
  human('dataset', 'description', data.description);
  for (const id of Object.keys(data.actors)) human('dataset', `actors.${id}`, data.actors[id]);
  for (const id of Object.keys(data.tags)) human('dataset', `tags.${id}`, data.tags[id]);

  const articles = new Map<string, DatasetInput['articles'][number]>();
  const paragraphsOf = new Map<string, string[]>();
  data.articles.forEach((article, i) => {
    const where = `article '${article.id}'`;
    if (articles.has(article.id)) fail(where, 'id', 'an id no other article has', `a second article #${(gaps.articles.positions[i] ?? i) + 1} with it`);
    articles.set(article.id, article);
    const paragraphs = article.paragraphs.map((p) => (typeof p === 'string' ? p : p.text));
    paragraphsOf.set(article.id, paragraphs);
    markup(where, 'title.text', article.title.text);
    const p = paragraphs.findIndex(looksLikeMarkup); // one warning per article is enough
    if (p !== -1) markup(where, `paragraphs[${p}]`, paragraphs[p]);
    const wrong = dateProblem(article.published.date);
    if (wrong) fail(where, 'published.date', wrong.expected, wrong.found);
    human(where, 'published.note', article.published.note);
  });
  for (const article of data.articles) {
    if (article.basedOn === undefined) continue;
    const where = `article '${article.id}'`;
    if (article.basedOn === article.id) fail(where, 'basedOn', 'another article’s id', 'the article’s own id');
    else if (!articles.has(article.basedOn) && !gaps.articles.ids.has(article.basedOn)) fail(where, 'basedOn', `one of ${[...articles.keys()].join(', ')}`, describe(article.basedOn));
    else {
      const seen = new Set([article.id]);
      for (let next = articles.get(article.basedOn); next?.basedOn !== undefined; next = articles.get(next.basedOn)) {
        if (seen.has(next.id)) {
          fail(where, 'basedOn', 'a chain of articles that ends (not a circle)', `a circle through ${[...seen].join(' → ')}`);
          break;
        }
        seen.add(next.id);
      }
    }
  }

  const events = new Map<string, DatasetInput['events'][number]>();
  for (const [i, event] of data.events.entries()) {
    if (events.has(event.id)) fail(`event '${event.id}'`, 'id', 'an id no other event has', `a second event #${(gaps.events.positions[i] ?? i) + 1} with it`);
    else events.set(event.id, event);
  }

  const cited = new Set<string>();
  const actorIds = Object.keys(data.actors);
  const tagIds = Object.keys(data.tags);
  for (const event of data.events) {
    const where = `event '${event.id}'`;
    checkDate(event, where, events, fail, gaps);

    const missing = (known: ReadonlySet<string> | 'all', id: string) => known !== 'all' && !known.has(id);
    for (const actor of event.actors)
      if (!Object.hasOwn(data.actors, actor) && missing(gaps.actors, actor)) fail(where, 'actors', `one of ${actorIds.join(', ') || '(no actors defined)'}`, describe(actor));
    for (const tag of event.tags)
      if (!Object.hasOwn(data.tags, tag) && missing(gaps.tags, tag)) fail(where, 'tags', `one of ${tagIds.join(', ') || '(no tags defined)'}`, describe(tag));

    human(where, 'title', event.title);
    human(where, 'summary', event.summary);
    human(where, 'notes', event.notes);
    human(where, 'date.inferred', event.date.inferred);
    human(where, 'date.display', event.date.display);
    human(where, 'context.text', event.context?.text);
    if (event.sources.length === 0)
      warnings.push({ where, field: 'sources', expected: 'at least one source sentence', found: 'none (shown as “no source”)' });
    event.sources.forEach((source, s) => {
      const field = `sources[${s}]`;
      const article = articles.get(source.article);
      if (!article && gaps.articles.ids.has(source.article)) return cited.add(source.article);
      if (!article) return fail(where, `${field}.article`, `one of ${[...articles.keys()].join(', ') || '(no articles)'}`, describe(source.article));
      cited.add(article.id);
      const paragraphs = paragraphsOf.get(article.id)!;
      if (!paragraphs.some((p) => p.includes(source.quote))) {
        const closest = closestPassage(source.quote, paragraphs);
        errors.push({
          where,
          field: `${field}.quote`,
          expected: `text that occurs verbatim in article '${article.id}'`,
          found: describe(source.quote),
          ...(closest ? { closest } : {})
        });
      }
      const phrases = source.datePhrase === undefined ? [] : typeof source.datePhrase === 'string' ? [source.datePhrase] : source.datePhrase;
      phrases.forEach((phrase, k) => {
        if (!source.quote.includes(phrase))
          fail(where, typeof source.datePhrase === 'string' ? `${field}.datePhrase` : `${field}.datePhrase[${k}]`, 'words that occur in the quote', describe(phrase));
      });
    });
    const phrase = event.date.phrase;
    if (phrase !== undefined && event.sources.length > 0 && !event.sources.some((s) => s.quote.includes(phrase)))
      fail(where, 'date.phrase', 'words that occur in one of the event’s quotes', describe(phrase));
  }
  checkBoundCycles(data, events, fail);

  for (const article of data.articles)
    if (!cited.has(article.id) && !gaps.events.any) fail(`article '${article.id}'`, 'id', 'an article cited by at least one event', 'no event citing it');

  return { errors, warnings };
}

type Fail = (where: string, field: string, expected: string, found: string) => void;
type EventInput = DatasetInput['events'][number];

function checkDate(event: EventInput, where: string, events: ReadonlyMap<string, EventInput>, fail: Fail, gaps: Gaps) {
  const { date } = event;
  for (const key of ['before', 'after'] as const) {
    const target = date[key];
    if (target === undefined) continue;
    if (target === event.id) fail(where, `date.${key}`, 'another event’s id', 'the event’s own id');
    else if (!events.has(target) && !gaps.events.ids.has(target)) fail(where, `date.${key}`, 'the id of an event in this dataset', describe(target));
  }
  if (date.start === undefined) {
    if (date.before === undefined && date.after === undefined)
      fail(where, 'date.start', 'a date (it may be left out only when "before" or "after" names an event)', 'nothing');
    else if (date.before !== undefined && date.after !== undefined)
      fail(where, 'date', 'either "before" or "after" when there is no start (an event between two others needs a start)', 'both');
    if (date.end !== undefined) fail(where, 'date.end', 'no end without a start', describe(date.end));
    if (date.precision !== undefined) fail(where, 'date.precision', 'no precision without a start (it is that of the event named)', describe(date.precision));
    return;
  }
  if (date.precision === undefined) return fail(where, 'date.precision', 'one of "year", "month", "day" (required with a start)', 'nothing');
  const start = parseDate(date.start);
  const end = date.end === undefined ? start : parseDate(date.end);
  if (!start) failDate(where, 'date.start', date.start, fail);
  else if (precisionOf(start) !== date.precision)
    fail(where, 'date.start', `a date written to ${date.precision} precision (precision is "${date.precision}")`, `${describe(date.start)}, a ${precisionOf(start)}`);
  if (date.end !== undefined) {
    if (!end) failDate(where, 'date.end', date.end, fail);
    else if (precisionOf(end) !== date.precision)
      fail(where, 'date.end', `a date written to ${date.precision} precision`, `${describe(date.end)}, a ${precisionOf(end)}`);
    else if (start && yearOf(end, 'start') < yearOf(start, 'start'))
      fail(where, 'date.end', `a date on or after the start ${date.start}`, describe(date.end));
  }
}

function failDate(where: string, field: string, text: string, fail: Fail) {
  const wrong = dateProblem(text);
  if (wrong) fail(where, field, wrong.expected, wrong.found);
}

/** An event placed only by another must not, through a chain, be placed by itself. */
function checkBoundCycles(data: DatasetInput, events: ReadonlyMap<string, EventInput>, fail: Fail) {
  const named = (e: EventInput | undefined) => (e && e.date.start === undefined ? (e.date.before ?? e.date.after) : undefined);
  for (const event of data.events) {
    const seen = [event.id];
    for (let next = named(event); next !== undefined; next = named(events.get(next))) {
      if (next === event.id) {
        fail(`event '${event.id}'`, event.date.before !== undefined ? 'date.before' : 'date.after', 'a chain of events that ends in one with a start', `a circle through ${seen.join(' → ')}`);
        break;
      }
      if (seen.includes(next)) break; // a circle not through this event: reported for its members
      seen.push(next);
    }
  }
}
