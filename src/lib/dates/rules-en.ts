/** English date expressions as news texts write them. */
import { isValidDay } from './calendar.ts';
import { COUNT, MONTH, SEASON, WEEKDAY, countOf, monthOf, seasonOf, weekdayOf } from './lexicon.ts';
import { B, E, ci, looksLikeCount, rule, type Anchor, type Direction, type Rule } from './mention.ts';
import { decadeStart, secondYear } from './rules-shared.ts';

const WD = `(?<wd>${WEEKDAY.en})`;
const ORD = '(?:st|nd|rd|th)?';

function shiftOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  return w === 'last' ? -1 : w === 'next' ? 1 : 0;
}

function directionOf(prefix: string | undefined): Direction | undefined {
  if (!prefix) return undefined;
  const p = prefix.toLowerCase();
  if (p === 'last' || p === 'this past') return 'prev';
  if (p === 'next' || p === 'this coming') return 'next';
  return undefined;
}

const fields = (y: number | undefined, m: number, d?: number): Anchor => ({ type: 'fields', fields: { y, m, d } });
const dayOk = (y: number | undefined, m: number, d: number) => isValidDay(y ?? 2000, m, d);

/** A day range inside one month: "June 14-16", "14 to 16 June"; "and" only after "between". */
function dayRange(g: Record<string, string | undefined>, m: number, y: number | undefined) {
  const d = Number(g.d);
  if (!dayOk(y, m, d)) return null;
  if (g.d2 === undefined) return { from: fields(y, m, d) };
  const d2 = Number(g.d2);
  if (g.join === 'and' && (g.pre ?? '').toLowerCase() !== 'between' && d2 !== d + 1) return null;
  if (!dayOk(y, m, d2) || d2 <= d) return null;
  return { from: fields(y, m, d), to: fields(y, m, d2) };
}

/** "May" is also a verb: as a month it needs a day, a year or a word that leads to a date. */
function mayIsMonth(text: string, index: number): boolean {
  if (/^May(?:\s*[,.;:)–-]|\s+(?:to|through|and|or)\s+\p{Lu})/u.test(text.slice(index))) return true;
  return /(?<![\p{L}])(?:since|until|till|by|from|to|through|of|and|between|before|after|in|early|late|mid|last|next|this|during|as)[\s-]+$/iu.test(text.slice(Math.max(0, index - 12), index));
}

export const EN_RULES: readonly Rule[] = [
  // June 16, 2021; on Wednesday, June 16; June 14-16
  rule(
    `${B}(?:(?<pre>${ci('on|from|between')})\\s+)?(?:${WD},?\\s+)?(?<mon>${MONTH.en}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\\s+\\d))\\s+(?<d>\\d{1,2})${ORD}` +
      `(?:\\s*(?<join>-|–|to|through|and)\\s*(?<d2>\\d{1,2})${ORD})?(?:,?\\s+(?<y>\\d{4}))?(?![\\p{L}\\p{N}]|:\\d)`,
    (g) => dayRange(g, monthOf(g.mon!), g.y ? Number(g.y) : undefined)
  ),
  // 16 June 2021; on the 16th of June; 14-16 June
  rule(
    `${B}(?:(?<pre>${ci('on|from|between')})\\s+)?(?:${WD},?\\s+)?(?:the\\s+)?(?<d>\\d{1,2})${ORD}` +
      `(?:\\s*(?<join>-|–|to|and)\\s*(?:the\\s+)?(?<d2>\\d{1,2})${ORD})?\\s+(?:of\\s+)?(?<mon>${MONTH.en})(?:,?\\s+(?<y>\\d{4})(?!\\d))?${E}`,
    (g) => dayRange(g, monthOf(g.mon!), g.y ? Number(g.y) : undefined)
  ),
  // 6/16/2021 (month first, as American texts write it)
  rule(`${B}(?<![\\d/.])(?:(?:${ci('on')})\\s+)?(?<a>\\d{1,2})\\/(?<b>\\d{1,2})\\/(?<y>\\d{4})(?![\\d/])`, (g) => {
    let m = Number(g.a), d = Number(g.b);
    if (m > 12) [m, d] = [d, m];
    const y = Number(g.y);
    return isValidDay(y, m, d) ? { from: fields(y, m, d) } : null;
  }),
  // 16.06.2021 (day first, as European texts write it in English too)
  rule(`${B}(?<![\\d.,])(?:(?:${ci('on')})\\s+)?(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})(?!\\d)`, (g) => {
    const y = Number(g.y), m = Number(g.m), d = Number(g.d);
    return isValidDay(y, m, d) ? { from: fields(y, m, d) } : null;
  }),
  // in March, early May, mid-June, at the end of May, March 2021, last December, March of last year
  rule(
    `${B}(?:(?<pre>${ci('in early|in mid|in late|early|mid|late|in|last|next|this past|this coming|this')}|(?:[Aa]t\\s+)?[Tt]he (?:end|beginning|start|middle) of|[Ee]nd of)(?:\\s+|-))?` +
      `(?<mon>${MONTH.en})(?:,?\\s+(?<y>\\d{4})(?!\\d)|\\s+(?:of\\s+)?(?<rel>last|this|next)\\s+year)?${E}`,
    (g, text, index) => {
      if (g.mon === 'May' && !g.pre && !g.y && !g.rel && !mayIsMonth(text, index)) return null;
      return {
        from: { type: 'fields', fields: { y: g.y ? Number(g.y) : undefined, m: monthOf(g.mon!) }, yearShift: shiftOf(g.rel), direction: directionOf(g.pre) }
      };
    }
  ),
  // 1990, in 1990, in the year 1990, mid-2020, 2020/21
  rule(
    `${B}(?<![.,/$£€])(?:(?<pre>${ci('in the year|in early|in mid|in late|in|early|mid|late|the year')})(?:\\s+|-))?(?<y>1\\d{3}|20\\d{2}|21\\d{2})(?:\\/(?<y2>\\d{4}|\\d{2}))?(?![\\p{L}\\p{N}]|[.,]\\d)`,
    (g, text, index) => {
      const y = Number(g.y);
      if (!g.pre && !g.y2 && (y < 1900 || y > 2099 || looksLikeCount(text, index, g.y!.length))) return null;
      const from: Anchor = { type: 'fields', fields: { y } };
      return g.y2 ? { from, to: { type: 'fields', fields: { y: secondYear(y, g.y2) } } } : { from };
    }
  ),
  // in the 1990s, the '90s, the mid-1980s
  rule(`${B}(?:(?<pre>${ci('in the early|in the mid|in the late|in the|the early|the mid|the late|the')})(?:\\s+|-))?['’]?(?<dec>1\\d\\d|20\\d|\\d)0s${E}`, (g) => {
    const y = decadeStart(g.dec!);
    return { from: { type: 'fields', fields: { y } }, to: { type: 'fields', fields: { y: y + 9 } } };
  }),
  // in spring, last summer, in the autumn of 2020, winter 2020/21
  rule(
    `${B}(?:(?<pre>${ci('during the|in the|in|this past|this coming|this|last|next|the')})\\s+)?(?<s>${ci(SEASON.en.slice(3, -1))})` +
      `(?:\\s+(?:of\\s+)?(?<y>\\d{4})(?:\\/(?<y2>\\d{2,4}))?|\\s+(?:of\\s+)?(?<rel>last|this|next)\\s+year)?${E}`,
    (g, text, index, end) => {
      if (!g.pre && !g.y && !g.rel) return null;
      // "for the spring", "the spring." are seasons; "the spring session" is not
      const leads = /(?<![\p{L}])(?:for|by|until|since|over|through|throughout)\s+$/iu.test(text.slice(Math.max(0, index - 12), index));
      if (/^the$/i.test(g.pre ?? '') && !g.y && !leads && !/^\s*(?:[.,;:!?)]|$)/.test(text.slice(end))) return null;
      if (/^fall$/i.test(g.s!) && /^\s+of\s+(?!\d)/.test(text.slice(end))) return null; // the fall of Kabul
      const thisOne = /^this$/i.test(g.pre ?? '') ? 0 : undefined;
      return { from: { type: 'season', month: seasonOf(g.s!), y: g.y ? Number(g.y) : undefined, yearShift: shiftOf(g.rel) ?? thisOne, direction: directionOf(g.pre) } };
    }
  ),
  // on Wednesday, last Friday, Wednesday evening, on Tuesday last week
  rule(
    `${B}(?:(?<pre>${ci('on|last|next|this past|this coming|this|early on|late on|earlier on')})\\s+)?${WD}(?:\\s+(?:morning|afternoon|evening|night))?(?:\\s+(?<wk>last|this|next)\\s+week)?${E}`,
    (g) => ({ from: { type: 'weekday', wd: weekdayOf(g.wd!), direction: directionOf(g.pre), weekShift: shiftOf(g.wk) } })
  ),
  // today, yesterday evening, the day before yesterday, last night
  rule(
    `${B}(?<w>${ci('the day before yesterday|the day after tomorrow|today|yesterday|tomorrow|tonight|last night|this morning|this afternoon|this evening|earlier today|later today')})(?:\\s+(?:morning|afternoon|evening|night))?${E}`,
    (g) => {
      const w = g.w!.toLowerCase();
      const n = w.includes('before yesterday') ? -2 : w.includes('after tomorrow') ? 2 : w.startsWith('yesterday') || w === 'last night' ? -1 : w.startsWith('tomorrow') ? 1 : 0;
      return { from: { type: 'offset', unit: 'day', n } };
    }
  ),
  // two days ago, a year ago, in three weeks
  rule(
    `${B}(?:(?<in>[Ii]n)\\s+)?(?:(?:${ci('about|nearly|almost|some|more than|over|roughly|around|just over|less than|exactly|just')})\\s+)?` +
      `(?<n>${ci(COUNT.en.slice(3, -1))})\\s+(?<u>days?|weeks?|months?|years?|decades?)(?<ago>\\s+ago)?(?:['’]s?\\s+time|\\s+time)?${E}(?!\\s+of${E})`,
    (g) => {
      if (!g.in === !g.ago) return null;
      const count = countOf(g.n!) * (g.ago ? -1 : 1);
      if (!count) return null;
      const u = g.u!;
      if (u.startsWith('day')) return { from: { type: 'offset', unit: 'day', n: count } };
      if (u.startsWith('week')) return { from: { type: 'offset', unit: 'day', n: count * 7 } };
      if (u.startsWith('month')) return { from: { type: 'offset', unit: 'month', n: count } };
      if (u.startsWith('decade')) return { from: { type: 'offset', unit: 'year', n: count * 10 } };
      return { from: { type: 'offset', unit: 'year', n: count } };
    }
  ),
  // last year, earlier this year, early next year, at the end of last month
  rule(
    `${B}(?:(?<pre>${ci('earlier|later|early|late|mid|in the middle of|at the end of|at the beginning of|at the start of|the end of|the beginning of|the start of|end of')})(?:\\s+|-))?` +
      `(?<q>${ci('last|this|next')})\\s+(?<u>year|month)${E}`,
    (g) => ({ from: { type: 'offset', unit: g.u === 'year' ? 'year' : 'month', n: shiftOf(g.q)! } })
  ),
  // at midday, in the afternoon: the day of publication, by news convention
  rule(`${B}(?:(?:[Aa]t|[Aa]round)\\s+(?:midday|noon)|[Ii]n the (?:morning|afternoon|evening))${E}`, () => ({
    from: { type: 'offset', unit: 'day', n: 0 },
    weak: true
  })),
  rule(`${B}(?:[Aa]t\\s+)?[Tt]he\\s+(?:end|beginning|start|middle)\\s+of\\s+the\\s+(?<u>year|month)${E}`, (g) => ({
    from: { type: 'offset', unit: g.u === 'year' ? 'year' : 'month', n: 0 }
  }))
];
