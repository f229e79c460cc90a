/**
 * Sentences of a paragraph, found with Intl.Segmenter and repaired where its rules split inside a
 * sentence: after a German ordinal ("am 16. Juni"), a one- or two-letter abbreviation ("z. B.",
 * "u.a.") or a common one ("Dr.", "Nr.", "Sept."). Offsets are UTF-16 indices into the paragraph,
 * so `paragraph.slice(start, end)` is the sentence exactly as it stands (trailing spaces excluded).
 */
export interface SentenceRange {
  start: number;
  end: number;
}

const MONTH = /^(Jan|Feb|Mär|Mar|Apr|Mai|May|Jun|Jul|Aug|Sep|Okt|Oct|Nov|Dez|Dec)/;
const ORDINAL = /(?:^|[\s(])\d{1,4}\.$/;
const ABBREVIATION = /(?:^|[\s(.])(?:\p{L}{1,2}|Dr|Nr|Prof|St|bzw|usw|vgl|ca|Mr|Mrs|Ms|Jan|Feb|Sept?|Okt|Nov|Dez|Abs|Art|evtl|ggf|inkl|etc|vs)\.$/u;

function continues(before: string, after: string): boolean {
  const end = before.trimEnd();
  const next = after.trimStart();
  if (!next) return false;
  if (ORDINAL.test(end)) return MONTH.test(next) || /^[\p{Ll}\d]/u.test(next);
  return ABBREVIATION.test(end);
}

export function sentenceRanges(paragraph: string, lang: string): SentenceRange[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const pieces = [...segmenter.segment(paragraph)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
  const merged: SentenceRange[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last && continues(paragraph.slice(last.start, last.end), paragraph.slice(piece.start, piece.end))) last.end = piece.end;
    else merged.push({ ...piece });
  }
  return merged
    .map(({ start, end }) => {
      while (end > start && /\s/.test(paragraph[end - 1])) end--;
      while (start < end && /\s/.test(paragraph[start])) start++;
      return { start, end };
    })
    .filter(({ start, end }) => end > start);
}
