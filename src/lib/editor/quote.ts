/**
 * Quotes are slices of an article's paragraphs, so they occur verbatim by construction. A span is
 * kept as paragraph index and offsets while it is being chosen, and turned into text only here.
 */
import type { ArticleData, SourceRef } from '../model/types.ts';
import { sentenceRanges, type SentenceRange } from './segment.ts';

export interface Span {
  article: string;
  paragraph: number;
  start: number;
  end: number;
}

/** The text of a span, whitespace at its edges dropped (the offsets move with it). */
export function trimSpan(article: ArticleData, span: Span): Span | null {
  const text = article.paragraphs[span.paragraph];
  if (text === undefined) return null;
  let { start, end } = span;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { ...span, start, end } : null;
}

export function quoteOf(article: ArticleData, span: Span): string {
  return article.paragraphs[span.paragraph].slice(span.start, span.end);
}

export function sourceFor(article: ArticleData, span: Span): SourceRef {
  return { article: article.id, quote: quoteOf(article, span) };
}

/** Where a quote stands in the article (first occurrence), or null when it does not occur verbatim. */
export function locateQuote(article: ArticleData, quote: string): Span | null {
  for (const [paragraph, text] of article.paragraphs.entries()) {
    const start = text.indexOf(quote);
    if (start >= 0) return { article: article.id, paragraph, start, end: start + quote.length };
  }
  return null;
}

/** Every paragraph cut into sentences, for drawing an article. */
export function articleSentences(article: ArticleData): SentenceRange[][] {
  return article.paragraphs.map((p) => sentenceRanges(p, article.language));
}

/**
 * Splits pasted text into paragraphs: blank lines separate paragraphs; single line breaks inside a
 * paragraph are kept as they were typed. Nothing else is changed.
 */
export function paragraphsOf(pasted: string): string[] {
  return pasted
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim().length > 0);
}
