/**
 * A date expression found in a text, before it is resolved against the publication date: what
 * the words say (calendar fields, an offset, a weekday, a season) and where they stand.
 */
export type Direction = 'prev' | 'next';

export interface Fields {
  y?: number;
  m?: number;
  d?: number;
}

export type Anchor =
  /** Calendar fields as written; a missing year comes from the tense, a direction or yearShift. */
  | { type: 'fields'; fields: Fields; yearShift?: number; direction?: Direction }
  /** Counted from the publication date: -2 days is "vor zwei Tagen"; weeks are counted in days; years moves a day by whole years ("heute vor einem Jahr"). */
  | { type: 'offset'; unit: 'day' | 'month' | 'year'; n: number; years?: number }
  /** weekShift counts weeks from the reference's Monday-to-Sunday week ("Mittwoch vergangener Woche"). */
  | { type: 'weekday'; wd: number; direction?: Direction; weekShift?: number }
  /** month is the season's first month (3, 6, 9, 12); y is the year it starts in. */
  | { type: 'season'; month: number; y?: number; yearShift?: number; direction?: Direction };

export interface Mention {
  index: number;
  phrase: string;
  from: Anchor;
  /** The inclusive end of a range ("von März bis Mai"). */
  to?: Anchor;
  /** Dates only by convention (a bare "am Abend"): ranked after any other date of the same precision. */
  weak?: boolean;
  /** The two mentions a range was joined from, used alone when the range makes no sense. */
  parts?: [Mention, Mention];
}

export interface Rule {
  pattern: RegExp;
  /** null rejects the match (not a date after all). */
  read(groups: Record<string, string | undefined>, text: string, index: number, end: number): Omit<Mention, 'index' | 'phrase'> | null;
}

/** Word edges that know umlauts and ß (JavaScript's \b does not). */
export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';

/** "am|im vergangenen" → "[Aa]m|[Ii]m vergangenen": a word may open a sentence. */
export function ci(words: string): string {
  return words
    .split('|')
    .map((w) => (/^\p{L}/u.test(w) ? `[${w[0].toUpperCase()}${w[0].toLowerCase()}]${w.slice(1)}` : w))
    .join('|');
}

export function rule(source: string, read: Rule['read']): Rule {
  return { pattern: new RegExp(source, 'gu'), read };
}

/** Finds every match of every rule; overlapping matches are settled later. */
export function scan(text: string, rules: readonly Rule[]): Mention[] {
  const found: Mention[] = [];
  for (const { pattern, read } of rules) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text))) {
      const read_ = read(match.groups ?? {}, text, match.index, match.index + match[0].length);
      if (read_) found.push({ index: match.index, phrase: match[0], ...read_ });
      // a rejected match may hide a shorter one inside it ("am 1. und 3. Juli" holds "3. Juli")
      else pattern.lastIndex = match.index + 1;
    }
  }
  return found;
}

/** A four-digit number that counts something ("2000 Soldaten", "rund 1500 Menschen") is no year. */
export function looksLikeCount(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 20), index);
  const after = text.slice(index + length, index + length + 24);
  if (/(?:rund|etwa|über|fast|knapp|mehr als|weniger als|insgesamt|ca\.|about|around|nearly|almost|over|more than|less than|some|roughly|approximately|Nr\.|No\.|§)\s*$/i.test(before)) return true;
  return /^\s+(?:Menschen|Personen|Soldaten|Euro|Dollar|Franken|Rubel|Kilometer|km|Meter|Tonnen|Mal|Stimmen|Einwohner|Fälle|Tote|Todesopfer|Mitarbeiter|Teilnehmer|Demonstranten|Flüchtlinge|Stück|people|persons|troops|soldiers|dollars|euros|miles|kilometres|kilometers|meters|metres|tons|tonnes|times|votes|residents|cases|deaths|workers|employees|participants|protesters|refugees|pieces|US-Dollar|Prozent|percent|per cent)(?![\p{L}])/u.test(after);
}
