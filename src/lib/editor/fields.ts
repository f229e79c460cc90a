/**
 * Where a validation problem points in the editor: the event or article it names, and the id of
 * the form field that holds the value, so the problem list can link straight to it.
 */
import type { Problem } from '../model/types.ts';

export interface Target {
  kind: 'event' | 'article' | 'dataset';
  /** The event or article id; null for the dataset. */
  id: string | null;
  /** The id of the form element to focus. */
  field: string;
}

/** Form element ids: one scheme, used by the forms and by this mapping. */
export const fieldId = {
  event: (name: string) => `edit-event-${name}`,
  article: (name: string) => `edit-article-${name}`,
  dataset: (name: string) => `edit-dataset-${name}`
};

const EVENT_FIELDS: [RegExp, string][] = [
  [/^title\.(de|en)$/, 'title-$1'],
  [/^title/, 'title-de'],
  [/^summary\.(de|en)$/, 'summary-$1'],
  [/^summary/, 'summary-de'],
  [/^date\.inferred\.(de|en)$/, 'inferred-$1'],
  [/^date\.(start|end|precision|phrase|before|after)/, '$1'],
  [/^date/, 'start'],
  [/^actors/, 'actors'],
  [/^tags/, 'tags'],
  [/^notes\.(de|en)$/, 'notes-$1'],
  [/^sources\[(\d+)\]/, 'source-$1'],
  [/^sources/, 'sources'],
  [/^order/, 'order']
];

const ARTICLE_FIELDS: [RegExp, string][] = [
  [/^published\.note\.(de|en)$/, 'note-$1'],
  [/^published\.date/, 'published'],
  [/^(outlet|agency|language|url)/, '$1'],
  [/^title/, 'title'],
  [/^paragraphs/, 'text'],
  [/^id/, 'title']
];

function pick(table: [RegExp, string][], field: string, fallback: string): string {
  for (const [pattern, name] of table) if (pattern.test(field)) return field.match(pattern)![0].replace(pattern, name);
  return fallback;
}

export function targetOf(problem: Problem): Target {
  const event = /^event '(.+)'$/.exec(problem.where);
  if (event) return { kind: 'event', id: event[1], field: fieldId.event(pick(EVENT_FIELDS, problem.field, 'title-de')) };
  const article = /^article '(.+)'$/.exec(problem.where);
  if (article) return { kind: 'article', id: article[1], field: fieldId.article(pick(ARTICLE_FIELDS, problem.field, 'title')) };
  const field = problem.field.startsWith('description') ? 'description-de' : problem.field.startsWith('title') ? 'title-de' : 'title-de';
  return { kind: 'dataset', id: null, field: fieldId.dataset(problem.field === 'events' ? 'events' : problem.field === 'articles' ? 'articles' : field) };
}
