/**
 * Quote anchoring: where each source quote sits in its article, and the article's paragraphs cut
 * into runs of plain text and quoted text, so the reader can mark and link sentences without HTML.
 */
import type { ArticleData, EventData } from './types.ts';

export interface Anchor {
  paragraph: number;
  start: number;
  end: number;
  eventIds: string[];
}

export interface Segment {
  text: string;
  start: number;
  /** Events this run of text is a source of, in dataset order; empty for plain text. */
  eventIds: string[];
}

/** Every occurrence of every quote of the events that cite this article. */
export function anchorsFor(article: ArticleData, events: readonly EventData[]): Anchor[] {
  // Each distinct quote is searched for once, however many events cite it.
  const citing = new Map<string, string[]>();
  for (const event of events)
    for (const source of event.sources) {
      if (source.article !== article.id || source.quote.length === 0) continue;
      const ids = citing.get(source.quote) ?? [];
      if (!ids.includes(event.id)) ids.push(event.id);
      citing.set(source.quote, ids);
    }
  const byRange = new Map<string, Anchor>();
  for (const [quote, eventIds] of citing)
    article.paragraphs.forEach((paragraph, p) => {
      for (let at = paragraph.indexOf(quote); at !== -1; at = paragraph.indexOf(quote, at + 1)) {
        const key = `${p}:${at}:${at + quote.length}`;
        const anchor = byRange.get(key) ?? { paragraph: p, start: at, end: at + quote.length, eventIds: [] };
        for (const id of eventIds) if (!anchor.eventIds.includes(id)) anchor.eventIds.push(id);
        byRange.set(key, anchor);
      }
    });
  return [...byRange.values()].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.end - b.end);
}

/** Cuts one paragraph at every anchor boundary; overlapping anchors share the runs they cover. */
export function segmentParagraph(paragraph: string, anchors: readonly Anchor[]): Segment[] {
  const cuts = new Set([0, paragraph.length]);
  for (const a of anchors) cuts.add(a.start).add(a.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const eventIds = [...new Set(anchors.filter((a) => a.start <= start && a.end >= end).flatMap((a) => a.eventIds))];
    segments.push({ text: paragraph.slice(start, end), start, eventIds });
  }
  return segments;
}

/** Splits text around the first occurrence of a phrase, for highlighting the words that date an event. */
export function splitAround(text: string, phrase: string | undefined): [string, string, string] {
  const at = phrase ? text.indexOf(phrase) : -1;
  if (!phrase || at === -1) return [text, '', ''];
  return [text.slice(0, at), phrase, text.slice(at + phrase.length)];
}
