/**
 * Date suggestions for a selected text: every date expression it contains, resolved against the
 * article's publication date, best first. Pure: the same text and reference give the same answer.
 */
import { parsePartialDate } from '../time/precision.ts';
import { formatIso, type Ymd } from './calendar.ts';
import { joinRanges, longestFirst } from './combine.ts';
import { scan, type Mention } from './mention.ts';
import { draftNote } from './notes.ts';
import { resolve, type Resolved } from './resolve.ts';
import { DE_RULES } from './rules-de.ts';
import { EN_RULES } from './rules-en.ts';
import { SHARED_RULES } from './rules-shared.ts';
import { tenseAt } from './tense.ts';
import type { DateSuggestion, Lang, Precision } from './types.ts';

const RULES = { de: [...SHARED_RULES, ...DE_RULES], en: [...SHARED_RULES, ...EN_RULES] };
const RANK: Record<Precision, number> = { year: 1, month: 2, day: 3 };

/** Reads YYYY-MM-DD; throws a RangeError naming the value otherwise. */
export function parseReference(ref: string): Ymd {
  const parts = /^\d{4}-\d{2}-\d{2}$/.test(ref) ? parsePartialDate(ref) : null;
  if (!parts || parts.day === undefined) throw new RangeError(`reference date "${ref}" is not a date written YYYY-MM-DD`);
  return { y: parts.year, m: parts.month!, d: parts.day };
}

/**
 * A date after "seit", "nach", "since", "after", "bis" or "until" within a few words usually dates
 * something else than the sentence's event ("seit Bidens Amtsantritt im Januar").
 */
function subordinate(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.index - 60), m.index).split(/[,;:„“”"]/).pop() ?? '';
  return /(?<![\p{L}])(?:seit|nach|since|after|bis|until)\s+(?:[^\s]+\s+){0,3}$/iu.test(before) || /^(?:seit|since|bis|until)\b/i.test(m.phrase);
}

interface Candidate {
  suggestion: DateSuggestion;
  score: number;
}

function candidate(text: string, m: Mention, ref: Ymd, lang: Lang): Candidate[] {
  const reading = tenseAt(text, m.index, m.index + m.phrase.length, lang);
  const resolved: Resolved | null = resolve(m, ref, reading.tense ?? 'past');
  if (!resolved) return m.parts ? m.parts.flatMap((part) => candidate(text, part, ref, lang)) : [];
  const suggestion: DateSuggestion = {
    phrase: m.phrase,
    index: m.index,
    start: formatIso(resolved.start, resolved.precision),
    ...(resolved.end ? { end: formatIso(resolved.end, resolved.precision) } : {}),
    precision: resolved.precision,
    note: draftNote(m.phrase, resolved, ref, reading)
  };
  const score = RANK[resolved.precision] * 10 - (m.weak ? 5 : 0) - (subordinate(text, m) ? 100 : 0);
  return [{ suggestion, score }];
}

export function suggestDates(text: string, ref: string, lang: Lang): DateSuggestion[] {
  const reference = parseReference(ref);
  const mentions = joinRanges(text, longestFirst(scan(text, RULES[lang])));
  const ranked = mentions
    .flatMap((m) => candidate(text, m, reference, lang))
    .sort((a, b) => b.score - a.score || a.suggestion.index - b.suggestion.index);
  const seen = new Set<string>();
  return ranked
    .map((c) => c.suggestion)
    .filter((s) => {
      const key = `${s.start}/${s.end ?? ''}/${s.precision}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
