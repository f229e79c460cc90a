/**
 * Citations as plain text: of a source article (for the handout's list of sources) and of an
 * event (what "Cite" copies): its sources' articles, the quoted sentences byte for byte, and the
 * timeline link to the event.
 */
import type { Model } from './model/model.ts';
import type { ArticleData, EventData, Lang } from './model/types.ts';
import type { Messages } from './i18n/index.ts';
import { formatEventDate, formatPartial } from './time/format.ts';
import { withParams } from './url.ts';

type Words = Pick<Messages, 'outletUnknown' | 'publishedInferred' | 'translation' | 'citeAgency' | 'citeEditorialTitle' | 'citeTimeline'>;

/** Quotation marks around a whole quote; guillemets in German, so they never clash with the quote’s own „…“ or “…”. */
const QUOTE: Record<Lang, [string, string]> = { de: ['»', '«'], en: ['“', '”'] };
/** Quotation marks around an article title. */
const TITLE: Record<Lang, [string, string]> = { de: ['„', '“'], en: ['“', '”'] };

/** Outlet (or "outlet not named") and agency: who published the article. */
export function articleByline(article: ArticleData, t: Words): string {
  return `${article.outlet ?? t.outletUnknown} (${t.citeAgency}: ${article.agency})`;
}

/** The publication date as precise as known, flagged when it was worked out rather than printed. */
export function articleDate(article: ArticleData, lang: Lang, t: Words): string {
  const date = formatPartial(article.published.date, lang);
  return article.published.inferred ? `${date} (${t.publishedInferred})` : date;
}

/** A full reference: byline, title (flagged when the editors wrote it), date, and the address if known. */
export function articleCitation(article: ArticleData, lang: Lang, t: Words): string {
  const [open, close] = TITLE[lang];
  const title = `${open}${article.title.text}${close}${article.title.editorial ? ` [${t.citeEditorialTitle}]` : ''}`;
  return `${articleByline(article, t)}: ${title}. ${articleDate(article, lang, t)}.${article.url ? ` ${article.url}` : ''}`;
}

/** The address of the timeline itself (with the event selected, if any): no view, embedding or quiz settings. */
export function timelineLink(href: string, eventId: string | null): string {
  return withParams(href, { view: null, embed: null, controls: null, reader: null, events: null, seed: null }, eventId);
}

/**
 * What "Cite" copies: the event's title and date, then for each cited article (in the order the
 * event first cites it) its citation and the quoted sentences, then the timeline link.
 */
export function citeEvent(event: EventData, model: Pick<Model, 'articles'>, lang: Lang, t: Words, link: string): string {
  const [open, close] = QUOTE[lang];
  const blocks = [`${event.title[lang]} (${formatEventDate(event.date, lang)})`];
  const order = [...new Set(event.sources.map((s) => s.article))];
  for (const id of order) {
    const article = model.articles.get(id);
    const quotes = event.sources
      .filter((s) => s.article === id)
      .map((s) => `${open}${s.quote}${close}${lang === 'en' && s.translation ? `\n(${t.translation}: ${s.translation.en})` : ''}`);
    blocks.push([article ? articleCitation(article, lang, t) : id, ...quotes].join('\n'));
  }
  blocks.push(`${t.citeTimeline}: ${link}`);
  return blocks.join('\n\n');
}
