/**
 * The dataset being edited, and every change to it as a pure function: each returns a new dataset
 * and leaves its input untouched, which is what undo (history.svelte.ts) keeps. While editing, a
 * dataset may be incomplete (an empty title, an event without actors); the validator says what is
 * missing, nothing here refuses it.
 */
import type { ArticleData, DatasetData, DatasetInput, DateSpec, EventData, Lang, LocalizedText, SourceRef } from '../model/types.ts';
import { slugify } from '../import/slug.ts';
import { normalise, sameDate } from '../model/model.ts';

/**
 * The dataset in its normalised shape (model/types.ts): every text as { de, en }, paragraphs as
 * strings with their roles beside them. `languages` says which of de and en the author writes;
 * complete.ts turns it back into the format as written.
 */
export type Doc = DatasetData;

export const emptyText = (): LocalizedText => ({ de: '', en: '' });

/** A blank timeline written in one language: the interface's. */
export function blankDoc(lang: Lang = 'de'): Doc {
  return { format: 'sourceline/2', languages: [lang], title: emptyText(), actors: {}, tags: {}, articles: [], events: [] };
}

/** A fresh, unshared copy of a dataset as given (a dataset from elsewhere is never edited in place). */
export function copyDoc(data: DatasetInput | DatasetData): Doc {
  const { $schema: _, ...rest } = normalise(structuredClone(data) as DatasetInput);
  return rest;
}

/** The interface languages the author writes in: those of de and en the dataset declares (German when it declares neither). */
export function docLanguages(doc: Doc): Lang[] {
  const declared = (doc.languages ?? ['de', 'en']).filter((l): l is Lang => l === 'de' || l === 'en');
  return declared.length ? declared : ['de'];
}

/** Declares the languages written; other languages the dataset declared stay declared. */
export function setLanguages(doc: Doc, langs: readonly Lang[]): Doc {
  if (langs.length === 0) return doc;
  const others = (doc.languages ?? []).filter((l) => l !== 'de' && l !== 'en');
  return { ...doc, format: 'sourceline/2', languages: [...langs, ...others] };
}

/** `base`, or `base-2`, `base-3` … whichever no id in `taken` has; `fallback` when base is empty. */
export function uniqueId(base: string, taken: Iterable<string>, fallback: string): string {
  const used = new Set(taken);
  const stem = slugify(base) || fallback;
  let id = stem;
  for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
  return id;
}

/** A dateline such as "Genf (AFP) – " or "WASHINGTON (Reuters) - ": where the report was filed, not what it says. */
const DATELINE = /^[\p{Lu}][\p{L} .\/-]{0,40}\([^()]{1,30}\)\s*[–—-]\s+/u;

/** The first words of a text (without a dateline), cut at a word boundary: a draft title that claims no more than the quote. */
export function draftTitle(text: string, max = 70): string {
  const clean = text.replace(/\s+/g, ' ').trim().replace(DATELINE, '');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 20)).replace(/[\s,;:–-]+$/, '')} …`;
}

export const setTitle = (doc: Doc, title: LocalizedText): Doc => ({ ...doc, title });
export const setDescription = (doc: Doc, description: LocalizedText | undefined): Doc => {
  const { description: _, ...rest } = doc;
  return description && (description.de || description.en) ? { ...rest, description } : rest;
};

export interface NewArticle {
  text: string[];
  outlet: string | null;
  agency?: string;
  language: string;
  url?: string;
  published: ArticleData['published'];
  title: string;
}

export function addArticle(doc: Doc, input: NewArticle): { doc: Doc; id: string } {
  const id = uniqueId(input.title || input.outlet || input.agency || '', doc.articles.map((a) => a.id), `article-${doc.articles.length + 1}`);
  const article: ArticleData = {
    id,
    outlet: input.outlet,
    ...(input.agency ? { agency: input.agency } : {}),
    language: input.language,
    ...(input.url ? { url: input.url } : {}),
    published: input.published,
    title: { text: input.title, editorial: true },
    paragraphs: input.text
  };
  return { doc: { ...doc, articles: [...doc.articles, article] }, id };
}

export function updateArticle(doc: Doc, id: string, patch: Partial<Omit<ArticleData, 'id' | 'paragraphs'>>): Doc {
  return { ...doc, articles: doc.articles.map((a) => (a.id === id ? { ...a, ...patch } : a)) };
}

/** Removes an article and every source that cites it (events stay, possibly without a source). */
export function removeArticle(doc: Doc, id: string): Doc {
  return {
    ...doc,
    articles: doc.articles.filter((a) => a.id !== id),
    events: doc.events.map((e) => (e.sources.some((s) => s.article === id) ? { ...e, sources: e.sources.filter((s) => s.article !== id) } : e))
  };
}

/** A new event citing `source`, dated `date`; its title is drafted from the quote. */
export function addEvent(doc: Doc, source: SourceRef | null, date: DateSpec, title = ''): { doc: Doc; id: string } {
  const text = title || (source ? draftTitle(source.quote) : '');
  const id = uniqueId(draftTitle(text, 40), doc.events.map((e) => e.id), `event-${doc.events.length + 1}`);
  const draft = text ? { de: text, en: text } : emptyText();
  const event: EventData = {
    id,
    title: draft,
    summary: source ? { de: source.quote, en: source.quote } : emptyText(),
    date,
    actors: [],
    tags: [],
    sources: source ? [source] : []
  };
  return { doc: { ...doc, events: [...doc.events, event] }, id };
}

export function updateEvent(doc: Doc, id: string, patch: Partial<Omit<EventData, 'id'>>): Doc {
  return { ...doc, events: doc.events.map((e) => (e.id === id ? withPatch<EventData>(e, patch as Partial<EventData>) : e)) };
}

/** Applies a patch; a field patched to undefined is removed, so optional fields do not linger as undefined. */
function withPatch<T extends object>(item: T, patch: Partial<T>): T {
  const next = { ...item, ...patch } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete next[key];
  return next as T;
}

export function removeEvent(doc: Doc, id: string): Doc {
  return {
    ...doc,
    events: doc.events.filter((e) => e.id !== id).map((e) => (e.date.before === id ? { ...e, date: withPatch(e.date, { before: undefined }) } : e))
  };
}

/** Adds a source to an event unless it already cites that very quote of that article. */
export function addSource(doc: Doc, eventId: string, source: SourceRef): Doc {
  return {
    ...doc,
    events: doc.events.map((e) =>
      e.id !== eventId || e.sources.some((s) => s.article === source.article && s.quote === source.quote) ? e : { ...e, sources: [...e.sources, source] }
    )
  };
}

export function removeSource(doc: Doc, eventId: string, index: number): Doc {
  return { ...doc, events: doc.events.map((e) => (e.id === eventId ? { ...e, sources: e.sources.filter((_, i) => i !== index) } : e)) };
}

export function updateSource(doc: Doc, eventId: string, index: number, patch: Partial<SourceRef>): Doc {
  return {
    ...doc,
    events: doc.events.map((e) => (e.id === eventId ? { ...e, sources: e.sources.map((s, i) => (i === index ? withPatch(s, patch) : s)) } : e))
  };
}

/** A new lane (actor) or topic (tag) named in both languages; returns its id (an existing one of that name is reused). */
export function addLabel(doc: Doc, kind: 'actors' | 'tags', name: string): { doc: Doc; id: string } {
  const existing = Object.entries(doc[kind]).find(([, label]) => label.de === name || label.en === name);
  if (existing) return { doc, id: existing[0] };
  const id = uniqueId(name, Object.keys(doc[kind]), kind === 'actors' ? 'actor' : 'topic');
  return { doc: { ...doc, [kind]: { ...doc[kind], [id]: { de: name, en: name } } }, id };
}

/** Turns a lane or topic on or off for an event. */
export function toggleLabel(doc: Doc, eventId: string, kind: 'actors' | 'tags', id: string, on: boolean): Doc {
  return {
    ...doc,
    events: doc.events.map((e) => {
      if (e.id !== eventId) return e;
      const list = e[kind].filter((x) => x !== id);
      return { ...e, [kind]: on ? [...list, id] : list };
    })
  };
}

/** The events that share `id`'s date, in the order the timeline shows them (by `order`, then id). */
export function sameDay(doc: Doc, id: string): EventData[] {
  const event = doc.events.find((e) => e.id === id);
  if (!event) return [];
  return doc.events
    .filter((e) => sameDate(e, event))
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Moves an event to position `to` among the events of its date (keyboard: ±1, drag: any place);
 * the whole group is renumbered 1, 2, 3 … so the order is explicit.
 */
export function moveWithinDay(doc: Doc, id: string, to: number): Doc {
  const group = sameDay(doc, id);
  const from = group.findIndex((e) => e.id === id);
  if (from < 0 || to < 0 || to >= group.length || to === from) return doc;
  const ids = group.map((e) => e.id);
  ids.splice(to, 0, ...ids.splice(from, 1));
  const order = new Map(ids.map((x, i) => [x, i + 1]));
  return { ...doc, events: doc.events.map((e) => (order.has(e.id) ? { ...e, order: order.get(e.id) } : e)) };
}
