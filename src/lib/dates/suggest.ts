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
import { tenseReader, type TenseReading } from './tense.ts';
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
 * A date a few words after "seit", "nach", "since", "after", "bis" or "until", or inside a clause
 * opened by "nachdem", "bevor", "after", "before", usually dates something else than the
 * sentence's event ("seit Bidens Amtsantritt im Januar"; "Nachdem … im März …, kehrte … im April").
 */
function subordinate(text: string, m: Mention): boolean {
  const clause = text.slice(Math.max(0, m.index - 200), m.index).split(/[,;:„“”"]|[.!?]\s/).pop() ?? '';
  if (/^\s*(?:nachdem|seitdem|bevor|after|before|since)(?![\p{L}])/iu.test(clause)) return true;
  return /(?<![\p{L}])(?:seit|nach|since|after|bis|until)\s+(?:[^\s]+\s+){0,3}$/iu.test(clause.slice(-60));
}

interface Candidate {
  suggestion: DateSuggestion;
  score: number;
}

type Reader = (start: number, end: number) => TenseReading;

function candidate(text: string, m: Mention, ref: Ymd, tense: Reader): Candidate[] {
  const reading = tense(m.index, m.index + m.phrase.length);
  const resolved: Resolved | null = resolve(m, ref, reading.tense ?? 'past');
  if (!resolved) return m.parts ? m.parts.flatMap((part) => candidate(text, part, ref, tense)) : [];
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
  const mentions = joinRanges(text, longestFirst(scan(text, RULES[lang]), text.length));
  const tense = tenseReader(text, lang);
  const ranked = mentions
    .flatMap((m) => candidate(text, m, reference, tense))
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
