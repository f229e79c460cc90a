/**
 * For a quote that does not occur verbatim: the article's passage it was most likely copied from,
 * and what differs (quotation marks „“ / “” / "", apostrophes, whitespace, dashes, an ellipsis, or
 * the wording), so the author can fix the quote instead of searching by eye.
 */
import type { ClosestPassage, Difference } from './types.ts';

/** Characters read as one class each, in the order differences are reported. */
const CLASSES: [Difference, RegExp][] = [
  ['quotation marks', /["„“”«»‹›‟〝〞＂]/],
  ['apostrophes', /['‚‘’‛`´]/],
  ['dashes', /[-‐‑‒–—―−]/],
  ['ellipsis', /…/]
];

const CANONICAL: Partial<Record<Difference, string>> = { 'quotation marks': '"', apostrophes: "'", dashes: '-', ellipsis: '…' };

/** Folds each character (or "..." and whitespace runs) to a canonical form, remembering where it came from. */
function fold(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; ) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      folded += ' ';
      from.push(i);
      i += space[0].length;
      continue;
    }
    if (rest.startsWith('...') || rest.startsWith('…')) {
      folded += '…';
      from.push(i);
      i += rest.startsWith('…') ? 1 : 3;
      continue;
    }
    const c = text[i];
    const cls = CLASSES.find(([, re]) => re.test(c));
    folded += cls ? CANONICAL[cls[0]] : c;
    from.push(i);
    i++;
  }
  from.push(text.length);
  return { folded, from };
}

/** Which kinds of characters differ between two texts that fold to the same thing. */
function differences(quote: string, passage: string): Difference[] {
  const found = new Set<Difference>();
  const a = fold(quote);
  const b = fold(passage);
  for (let k = 0; k < a.folded.length; k++) {
    const x = quote.slice(a.from[k], a.from[k + 1]);
    const y = passage.slice(b.from[k], b.from[k + 1]);
    if (x === y) continue;
    if (/^\s+$/.test(x) && /^\s+$/.test(y)) found.add('whitespace');
    else if (a.folded[k] === '…') found.add('ellipsis');
    else {
      const cls = CLASSES.find(([, re]) => re.test(x) || re.test(y));
      if (cls) found.add(cls[0]);
    }
  }
  const order: Difference[] = ['quotation marks', 'apostrophes', 'whitespace', 'dashes', 'ellipsis', 'wording'];
  return order.filter((d) => found.has(d));
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The passage of `paragraphs` closest to `quote`: an occurrence equal up to typography when there
 * is one, else the sentence run sharing most words with it. Undefined when nothing shares a word.
 */
export function closestPassage(quote: string, paragraphs: readonly string[]): ClosestPassage | undefined {
  const q = fold(quote).folded;
  for (const [p, paragraph] of paragraphs.entries()) {
    const { folded, from } = fold(paragraph);
    const at = folded.indexOf(q);
    if (at === -1) continue;
    const passage = paragraph.slice(from[at], from[at + q.length]);
    return { paragraph: p, passage, differences: differences(quote, passage) };
  }
  const wanted = words(quote);
  if (wanted.length === 0) return undefined;
  let best: { score: number; paragraph: number; passage: string } | undefined;
  for (const [p, paragraph] of paragraphs.entries()) {
    const sentences = paragraph.match(/[^.!?]+(?:[.!?]+["“”„«»]?|$)\s*/g) ?? [paragraph];
    // Runs of as many sentences as the quote has, so a two-sentence quote meets a two-sentence passage.
    const span = Math.max(1, (quote.match(/[.!?](\s|$)/g) ?? []).length);
    for (let s = 0; s < sentences.length; s++) {
      const passage = sentences.slice(s, s + span).join('').trim();
      const have = new Set(words(passage));
      const shared = wanted.filter((w) => have.has(w)).length;
      const score = (2 * shared) / (wanted.length + have.size);
      if (shared > 0 && (!best || score > best.score)) best = { score, paragraph: p, passage };
    }
  }
  if (!best) return undefined;
  const { passage, paragraph } = best;
  // Texts of different wording cannot be compared character by character; compare the marks each uses.
  const marks = (text: string, re: RegExp) => [...text].filter((c) => re.test(c)).sort().join('');
  const typographic = CLASSES.filter(([, re]) => {
    const [a, b] = [marks(quote, re), marks(passage, re)];
    return a !== '' && b !== '' && [...new Set(a)].some((c) => !b.includes(c));
  }).map(([name]) => name);
  return { paragraph, passage, differences: [...typographic, 'wording'] };
}
