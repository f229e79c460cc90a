/**
 * Which sources are independent. An article that carries a news agency's copy (`agency`) or is
 * based on another article (`basedOn`, followed to its root) is not a second confirmation of
 * what that copy says: two articles with the same origin count as one source.
 * Computed on demand (not in buildModel), so the first load carries it only when a view shows it.
 */
import type { ArticleData, EventData } from './types.ts';

/** Each article's origin: "agency:afp" for agency copy (names compared without case), else "article:<root id>". */
export function originsOf(articles: Iterable<Pick<ArticleData, 'id' | 'agency' | 'basedOn'>>): Map<string, string> {
  const byId = new Map([...articles].map((a) => [a.id, a]));
  const origins = new Map<string, string>();
  for (const article of byId.values()) {
    let root = article;
    const seen = new Set([root.id]);
    for (let next = root.basedOn && byId.get(root.basedOn); next && !seen.has(next.id); next = next.basedOn && byId.get(next.basedOn)) {
      seen.add(next.id);
      root = next;
    }
    const agency = root.agency?.trim().toLowerCase();
    origins.set(article.id, agency ? `agency:${agency}` : `article:${root.id}`);
  }
  return origins;
}

const cache = new WeakMap<object, Map<string, string>>();

/**
 * How many independent sources an event cites (0 when it cites none), given the model's
 * articles (`model.articles`): articles sharing agency copy or a `basedOn` chain count once.
 */
export function independentSources(event: Pick<EventData, 'sources'>, articles: ReadonlyMap<string, Pick<ArticleData, 'id' | 'agency' | 'basedOn'>>): number {
  let origins = cache.get(articles);
  if (!origins) cache.set(articles, (origins = originsOf(articles.values())));
  return new Set(event.sources.map((s) => origins.get(s.article) ?? `article:${s.article}`)).size;
}
