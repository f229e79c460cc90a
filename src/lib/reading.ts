/**
 * What the reading pane shows for one event: for each article that reports it, the paragraphs
 * that hold its quotes, cut into runs so that the quoted words can be marked in their context.
 * Pure: the pane only draws what this returns.
 */
import type { ArticleData, SourceRef } from './model/types.ts';
import type { Model, TimelineEvent } from './model/model.ts';
import { anchorsFor, segmentParagraph } from './model/anchor.ts';

export interface Run {
  text: string;
  /** True for the words of one of the event's quotes. */
  marked: boolean;
}

export interface ContextParagraph {
  /** Index of the paragraph in its article. */
  index: number;
  runs: Run[];
}

export interface ArticleContext {
  article: ArticleData;
  sources: SourceRef[];
  paragraphs: ContextParagraph[];
}

/** The articles that report an event, in the order its sources name them, each with its marked paragraphs. */
export function contextOf(event: TimelineEvent, model: Model): ArticleContext[] {
  const byArticle = new Map<string, SourceRef[]>();
  for (const source of event.sources) {
    if (!model.articles.has(source.article)) continue;
    byArticle.set(source.article, [...(byArticle.get(source.article) ?? []), source]);
  }
  return [...byArticle].map(([id, sources]) => {
    const article = model.articles.get(id)!;
    const anchors = anchorsFor(article, [{ ...event, sources }]);
    const indices = [...new Set(anchors.map((a) => a.paragraph))];
    const paragraphs = indices.map((index) => ({
      index,
      runs: segmentParagraph(
        article.paragraphs[index],
        anchors.filter((a) => a.paragraph === index)
      ).map((s) => ({ text: s.text, marked: s.eventIds.length > 0 }))
    }));
    return { article, sources, paragraphs };
  });
}
