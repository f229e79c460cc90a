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

/**
 * A paragraph made short for a small space: quoted runs stay whole, and the plain text around
 * them keeps at most `room` characters on the side that touches a quote, cut at a word and
 * marked with an ellipsis. A paragraph without a quote is left as it is.
 */
export function trimRuns(runs: readonly Run[], room = 90): Run[] {
  if (!runs.some((r) => r.marked)) return [...runs];
  return runs.map((run, i) => {
    if (run.marked) return run;
    const before = runs[i - 1]?.marked ?? false;
    const after = runs[i + 1]?.marked ?? false;
    if (run.text.length <= (before && after ? 2 * room : room)) return run;
    if (before && after) return { text: `${head(run.text, room)} … ${tail(run.text, room)}`, marked: false };
    if (after) return { text: `… ${tail(run.text, room)}`, marked: false };
    if (before) return { text: `${head(run.text, room)} …`, marked: false };
    return { text: '… ', marked: false };
  });
}

/** The first words of a text within n characters (a space after them is kept for the join). */
function head(text: string, n: number): string {
  const cut = text.slice(0, n);
  const space = cut.lastIndexOf(' ');
  return (space > n / 2 ? cut.slice(0, space) : cut).trimEnd();
}

/** The last words of a text within n characters. */
function tail(text: string, n: number): string {
  const cut = text.slice(-n);
  const space = cut.indexOf(' ');
  const rest = space !== -1 && space < n / 2 ? cut.slice(space + 1) : cut;
  return rest.trimStart();
}
