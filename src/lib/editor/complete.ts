/**
 * What the editor writes out: the format as written (sourceline/2). Texts are plain strings when
 * the author writes one language (`"languages": ["de"]`: nobody writing German is asked for
 * English), and { de, en } maps when both, where an empty side takes the other's text. Optional
 * texts left empty are left out; dates known only as bounds lose the start the model lent them.
 */
import type { DatasetData, DatasetInput, Lang, LocalizedText, TextInput } from '../model/types.ts';
import { docLanguages, type Doc } from './doc.ts';

/** Both sides filled: an empty side takes the other's text. */
export function fill(text: LocalizedText): LocalizedText {
  const de = text.de.trim() ? text.de : text.en;
  const en = text.en.trim() ? text.en : text.de;
  return { de, en };
}

const blank = (text: LocalizedText | undefined) => !text || (!text.de.trim() && !text.en.trim());

/** The normalised dataset with every text filled: what the preview draws. */
export function filled(doc: Doc): DatasetData {
  const labels = (record: Record<string, LocalizedText>) => Object.fromEntries(Object.entries(record).map(([id, l]) => [id, fill(l)]));
  return {
    ...doc,
    title: fill(doc.title),
    ...(doc.description ? { description: fill(doc.description) } : {}),
    actors: labels(doc.actors),
    tags: labels(doc.tags),
    events: doc.events.map((e) => ({ ...e, title: fill(e.title), summary: fill(e.summary) }))
  };
}

/** The dataset as it is downloaded and validated. */
export function complete(doc: Doc): DatasetInput {
  const langs = docLanguages(doc);
  const write = (text: LocalizedText): TextInput => {
    const full = fill(text);
    return langs.length === 1 ? full[langs[0]] : (Object.fromEntries(langs.map((l: Lang) => [l, full[l]])) as Record<string, string>);
  };
  const optional = (text: LocalizedText | undefined) => (blank(text) ? undefined : write(text!));
  const labels = (record: Record<string, LocalizedText>) => Object.fromEntries(Object.entries(record).map(([id, l]) => [id, write(l)]));
  const description = optional(doc.description);
  return {
    format: 'sourceline/2',
    languages: doc.languages?.length ? doc.languages : langs,
    title: write(doc.title),
    ...(description !== undefined ? { description } : {}),
    actors: labels(doc.actors),
    tags: labels(doc.tags),
    articles: doc.articles.map(({ roles, published, ...a }) => {
      const note = optional(published.note);
      const { note: _, ...rest } = published;
      return {
        ...a,
        published: note !== undefined ? { ...rest, note } : rest,
        paragraphs: a.paragraphs.map((text, i) => (roles?.[i] ? { text, role: roles[i]! } : text))
      };
    }),
    events: doc.events.map((e) => {
      const { bound, inferred, start, precision, ...date } = e.date;
      const note = optional(inferred);
      const notes = optional(e.notes);
      return {
        id: e.id,
        title: write(e.title),
        summary: write(e.summary),
        date: { ...(bound ? {} : { start, precision }), ...date, ...(note !== undefined ? { inferred: note } : {}) },
        actors: e.actors,
        tags: e.tags,
        sources: e.sources.map(({ datePhrases, datePhrase, translation: given, ...s }) => {
          const phrases = datePhrases && datePhrases[0] === datePhrase && datePhrases.length > 1 ? [...datePhrases] : datePhrase;
          const translation = given as Record<string, string> | undefined;
          return { ...s, ...(translation ? { translation } : {}), ...(phrases !== undefined ? { datePhrase: phrases } : {}) };
        }),
        ...(e.order !== undefined ? { order: e.order } : {}),
        ...(notes !== undefined ? { notes } : {}),
        ...(e.context ? { context: { ...e.context, text: write(e.context.text) } } : {})
      };
    })
  };
}

/** The JSON text of a download: two-space indentation, as the shipped dataset is written. */
export function serialize(doc: Doc): string {
  return `${JSON.stringify(complete(doc), null, 2)}\n`;
}

/** A file name from the title: "Der Weg nach Genf" → "der-weg-nach-genf.json". */
export function fileName(doc: Doc, slug: (s: string) => string): string {
  const title = fill(doc.title);
  return `${slug(title[docLanguages(doc)[0]]) || 'sourceline'}.json`;
}
