/**
 * What the editor writes out. The format (sourceline/1) wants every human text in German and in
 * English; an author who writes one language is not asked for the other: an empty side takes the
 * text of the filled one, as the TimelineJS import does. Empty optional texts are left out.
 */
import type { DatasetData, LocalizedText } from '../model/types.ts';
import type { Doc } from './doc.ts';

export function fill(text: LocalizedText): LocalizedText {
  const de = text.de.trim() ? text.de : text.en;
  const en = text.en.trim() ? text.en : text.de;
  return { de, en };
}

const optional = (text: LocalizedText | undefined) => (text && (text.de.trim() || text.en.trim()) ? fill(text) : undefined);

const labels = (record: Record<string, LocalizedText>) => Object.fromEntries(Object.entries(record).map(([id, l]) => [id, fill(l)]));

/** The dataset as it is downloaded and validated. */
export function complete(doc: Doc): DatasetData {
  const description = optional(doc.description);
  return {
    format: doc.format,
    title: fill(doc.title),
    ...(description ? { description } : {}),
    actors: labels(doc.actors),
    tags: labels(doc.tags),
    articles: doc.articles.map((a) => {
      const note = optional(a.published.note);
      const { note: _, ...published } = a.published;
      return { ...a, published: note ? { ...published, note } : published };
    }),
    events: doc.events.map((e) => {
      const { notes, date, ...rest } = e;
      const { inferred, ...dateRest } = date;
      const filledNotes = optional(notes);
      const filledInferred = optional(inferred);
      return {
        ...rest,
        title: fill(e.title),
        summary: fill(e.summary),
        date: filledInferred ? { ...dateRest, inferred: filledInferred } : dateRest,
        ...(filledNotes ? { notes: filledNotes } : {})
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
  return `${slug(fill(doc.title).de) || 'sourceline'}.json`;
}
