/**
 * Settles overlapping matches (the longest wins: "am 16. Juni 2021" over "Juni 2021") and joins
 * two dates linked by "bis", "to" or "zwischen … und" into one range.
 */
import type { Mention } from './mention.ts';

const end = (m: Mention) => m.index + m.phrase.length;

export function longestFirst(found: readonly Mention[], length: number): Mention[] {
  const order = found.map((m, i) => ({ m, i })).sort((a, b) => b.m.phrase.length - a.m.phrase.length || a.m.index - b.m.index || a.i - b.i);
  const taken = new Uint8Array(length);
  const kept: Mention[] = [];
  for (const { m } of order) {
    if (taken.subarray(m.index, end(m)).includes(1)) continue;
    taken.fill(1, m.index, end(m));
    kept.push(m);
  }
  return kept.sort((a, b) => a.index - b.index);
}

const LINK = /^\s*(?:bis(?:\s+zum|\s+zur)?|–|—|-|to|through|until|till|und|and)\s*$/;
const BOTH = /^\s*(?:und|and)\s*$/;
const OPENER = /(?:(?<![\p{L}])(?:[Vv]on|[Vv]om|[Zz]wischen(?:\s+(?:dem|den))?|[Ff]rom|[Bb]etween(?:\s+the)?))\s+$/u;
const PAIRED = /^(?:[Zz]wischen|[Bb]etween)/;

function joinable(a: Mention, b: Mention): boolean {
  if (a.to || b.to) return false;
  const kinds = a.from.type + b.from.type;
  return kinds === 'fieldsfields' || kinds === 'weekdayweekday';
}

export function joinRanges(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    const gap = b ? text.slice(end(a), b.index) : '';
    if (b && joinable(a, b) && LINK.test(gap)) {
      const opener = OPENER.exec(text.slice(Math.max(0, a.index - 20), a.index));
      if (!BOTH.test(gap) || (opener && PAIRED.test(opener[0])) || PAIRED.test(a.phrase)) {
        const start = opener ? a.index - opener[0].length : a.index;
        out.push({ index: start, phrase: text.slice(start, end(b)), from: a.from, to: b.from, parts: [a, b] });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
