/** German date expressions as news texts write them. */
import { isValidDay } from './calendar.ts';
import { COUNT, MONTH, SEASON, WEEKDAY, countOf, monthOf, seasonOf, weekdayOf } from './lexicon.ts';
import { B, E, ci, looksLikeCount, rule, type Anchor, type Direction, type Rule } from './mention.ts';
import { decadeStart, fullYear, secondYear } from './rules-shared.ts';

const WD = `(?<wd>${WEEKDAY.de})`;
const REL = '(?:vergangenen|letzten|vorigen|dieses|diesen|nächsten|kommenden)';

function shiftOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/^(vergangen|letzt|vorig|vor)/.test(w)) return -1;
  if (/^(nächst|kommend)/.test(w)) return 1;
  return 0;
}

function directionOf(prefix: string | undefined): Direction | undefined {
  if (!prefix) return undefined;
  if (/vergangen|letzt|vorig/i.test(prefix)) return 'prev';
  if (/kommend|nächst/i.test(prefix)) return 'next';
  return undefined;
}

const fields = (y: number | undefined, m: number, d?: number): Anchor => ({ type: 'fields', fields: { y, m, d } });
const dayOk = (y: number | undefined, m: number, d: number) => isValidDay(y ?? 2000, m, d);

export const DE_RULES: readonly Rule[] = [
  // 16. Juni 2021, am Mittwoch, 16. Juni, vom 14. bis 16. Juni, zwischen dem 14. und 16. Juni
  rule(
    `${B}(?:(?<pre>${ci('am|vom|zwischen dem|zwischen')})\\s+)?(?:${WD}(?:,\\s*|\\s+)(?:(?:dem|den)\\s+)?)?` +
      `(?:(?<d1>\\d{1,2})\\.?\\s*(?<join>bis zum|bis|–|-|und)\\s*)?(?<d>\\d{1,2})\\.\\s*(?<mon>${MONTH.de})(?:\\s+(?<y>\\d{4})(?!\\d))?${E}`,
    (g) => {
      const y = g.y ? Number(g.y) : undefined, m = monthOf(g.mon!), d = Number(g.d);
      if (!dayOk(y, m, d)) return null;
      if (g.d1 === undefined) return { from: fields(y, m, d) };
      const d1 = Number(g.d1);
      // "zwischen dem 1. und 3. Mai" is a range; "am 1. und 2. Juli" only when the days are neighbours
      if (g.join === 'und' && !/^zwischen/i.test(g.pre ?? '') && d !== d1 + 1) return null;
      if (!dayOk(y, m, d1) || d1 >= d) return null;
      return { from: fields(y, m, d1), to: fields(y, m, d) };
    }
  ),
  // 16.06.2021, 16.6., am 16.06.21
  rule(
    `${B}(?<![.,])(?:(?<pre>${ci('am|vom')})\\s+)?(?:${WD},?\\s+(?:(?:dem|den)\\s+)?)?(?<d>\\d{1,2})\\.\\s?(?<m>\\d{1,2})\\.(?:\\s?(?<y>\\d{4})|(?<yy>\\d{2}))?(?!\\d)`,
    (g) => {
      const y = g.y ? Number(g.y) : g.yy ? fullYear(g.yy) : undefined, m = Number(g.m), d = Number(g.d);
      return dayOk(y, m, d) ? { from: fields(y, m, d) } : null;
    }
  ),
  // im März, Anfang Mai, Ende März 2021, im vergangenen Dezember, im März vergangenen Jahres
  rule(
    `${B}(?:(?<pre>${ci('im vergangenen|im letzten|im vorigen|im kommenden|im nächsten|im laufenden|im|in|anfang|mitte|ende|vergangenen|letzten|vorigen|kommenden|nächsten|diesen')})\\s+)?` +
      `(?<mon>${MONTH.de})(?:\\s+(?<y>\\d{4})(?!\\d)|\\s+(?:des\\s+)?(?<rel>${REL})\\s+Jahres)?${E}`,
    (g) => ({
      from: { type: 'fields', fields: { y: g.y ? Number(g.y) : undefined, m: monthOf(g.mon!) }, yearShift: shiftOf(g.rel), direction: directionOf(g.pre) }
    })
  ),
  // 1990, im Jahr 1990, Ende 2020, 2020/21
  rule(
    `${B}(?<![.,/])(?:(?<pre>${ci('im Jahre|im Jahr|Jahre|Jahr|in|anfang|mitte|ende')})\\s+)?(?<y>1\\d{3}|20\\d{2}|21\\d{2})(?:\\/(?<y2>\\d{4}|\\d{2}))?(?![\\p{L}\\p{N}]|[.,]\\d)`,
    (g, text, index) => {
      const y = Number(g.y);
      if (!g.pre && !g.y2 && (y < 1900 || y > 2099 || looksLikeCount(text, index, g.y!.length))) return null;
      const from: Anchor = { type: 'fields', fields: { y } };
      return g.y2 ? { from, to: { type: 'fields', fields: { y: secondYear(y, g.y2) } } } : { from };
    }
  ),
  // in den 1990er Jahren, Anfang der 90er-Jahre
  rule(`${B}(?:(?<pre>${ci('in den|anfang der|mitte der|ende der|der|die|den')})\\s+)?(?<dec>1\\d\\d|20\\d|\\d)0er(?:[\\s-]?[Jj]ahren?)?${E}`, (g) => {
    const y = decadeStart(g.dec!);
    return { from: { type: 'fields', fields: { y } }, to: { type: 'fields', fields: { y: y + 9 } } };
  }),
  // im Frühjahr, im vergangenen Sommer, im Herbst 2020, im Winter 2020/21
  rule(
    `${B}(?:(?<pre>${ci('im vergangenen|im letzten|im vorigen|im kommenden|im nächsten|in diesem|im|diesen|diesem|letzten|vergangenen|vorigen|kommenden|nächsten')})\\s+)?` +
      `(?<s>${SEASON.de})(?:\\s+(?<y>\\d{4})(?:\\/(?<y2>\\d{2,4}))?|\\s+(?:des\\s+)?(?<rel>${REL})\\s+Jahres)?${E}`,
    (g) => {
      const thisOne = /^(in diesem|diesen|diesem)$/i.test(g.pre ?? '') ? 0 : undefined;
      return { from: { type: 'season', month: seasonOf(g.s!), y: g.y ? Number(g.y) : undefined, yearShift: shiftOf(g.rel) ?? thisOne, direction: directionOf(g.pre) } };
    }
  ),
  // am Mittwoch, am vergangenen Freitag, Mittwochabend, am Mittwoch vergangener Woche, am gestrigen Dienstag
  rule(
    `${B}(?:(?<pre>${ci('in der Nacht zum|in der Nacht auf|am vergangenen|am letzten|am vorigen|am kommenden|am nächsten|am heutigen|am gestrigen|am morgigen|am frühen|am späten|an diesem|an jenem|am|diesen|vergangenen|letzten|vorigen|kommenden|nächsten')})\\s+)?` +
      `${WD}(?:morgen|vormittag|mittag|nachmittag|abend|nacht)?(?:\\s+(?<wk>vergangener|letzter|voriger|dieser|nächster|kommender)\\s+Woche)?${E}`,
    (g) => {
      const pre = (g.pre ?? '').toLowerCase();
      if (pre.endsWith('heutigen')) return { from: { type: 'offset', unit: 'day', n: 0 } };
      if (pre.endsWith('gestrigen')) return { from: { type: 'offset', unit: 'day', n: -1 } };
      if (pre.endsWith('morgigen')) return { from: { type: 'offset', unit: 'day', n: 1 } };
      return { from: { type: 'weekday', wd: weekdayOf(g.wd!), direction: directionOf(g.pre), weekShift: shiftOf(g.wk) } };
    }
  ),
  // heute, gestern Abend, vorgestern, morgen (lower case: "Morgen" is the morning)
  rule(
    `${B}(?<w>[Vv]orgestern|[Gg]estern|[Hh]eute|[Üü]bermorgen|morgen)(?:\\s+(?:[Mm]orgen|[Vv]ormittag|[Mm]ittag|[Nn]achmittag|[Aa]bend|[Nn]acht|früh))?${E}`,
    (g) => {
      const n = { vorgestern: -2, gestern: -1, heute: 0, morgen: 1, übermorgen: 2 }[g.w!.toLowerCase()] ?? 0;
      return { from: { type: 'offset', unit: 'day', n } };
    }
  ),
  // "Morgen reist Putin ab": at a sentence's start, followed by a verb, it is tomorrow, not the morning
  rule(`(?<=^|[.!?:]\\s+|[„“"]\\s*)Morgen(?:\\s+früh)?(?=\\s+\\p{Ll})(?!\\s+für\\s+Morgen)`, () => ({ from: { type: 'offset', unit: 'day', n: 1 } })),
  // beim gestrigen Treffen
  rule(`${B}(?<w>heutigen?|gestrigen?|morgigen?)${E}`, (g) => ({
    from: { type: 'offset', unit: 'day', n: g.w!.startsWith('heut') ? 0 : g.w!.startsWith('gest') ? -1 : 1 },
    weak: true
  })),
  // heute vor einem Jahr: the same day, years back
  rule(`${B}[Hh]eute\\s+vor\\s+(?<n>${COUNT.de})\\s+(?:Jahren|Jahr)${E}`, (g) => {
    const n = countOf(g.n!);
    return n ? { from: { type: 'offset', unit: 'day', n: 0, years: -n } } : null;
  }),
  // vor zwei Tagen, vor einem Jahr, in drei Wochen
  rule(
    `${B}(?<pre>[Vv]or|[Ii]n)\\s+(?:(?:knapp|gut|etwa|rund|fast|genau|mehr als|über|weniger als)\\s+)?(?<n>${COUNT.de})\\s+(?<u>Tagen|Tag|Wochen|Woche|Monaten|Monat|Jahren|Jahr|Jahrzehnten|Jahrzehnt)${E}`,
    (g) => {
      const count = countOf(g.n!) * (g.pre!.toLowerCase() === 'vor' ? -1 : 1);
      if (!count) return null;
      const u = g.u!;
      if (u.startsWith('Tag')) return { from: { type: 'offset', unit: 'day', n: count } };
      if (u.startsWith('Woche')) return { from: { type: 'offset', unit: 'day', n: count * 7 } };
      if (u.startsWith('Monat')) return { from: { type: 'offset', unit: 'month', n: count } };
      if (u.startsWith('Jahrzehnt')) return { from: { type: 'offset', unit: 'year', n: count * 10 } };
      return { from: { type: 'offset', unit: 'year', n: count } };
    }
  ),
  // im vergangenen Jahr, dieses Jahr, nächsten Monat, Ende vergangenen Jahres, Anfang des Jahres
  rule(
    `${B}(?:(?<pre>${ci('im|in|anfang|mitte|ende')})\\s+)?(?:des\\s+)?(?<q>vergangenen|vorigen|letzten|diesem|diesen|dieses|laufenden|nächsten|kommenden|vergangenes|voriges|letztes|nächstes|kommendes)\\s+(?<u>Jahres|Jahr|Monats|Monat)${E}`,
    (g) => ({ from: { type: 'offset', unit: g.u!.startsWith('J') ? 'year' : 'month', n: shiftOf(g.q)! } })
  ),
  rule(`${B}(?<pre>${ci('anfang|mitte|ende|im Laufe')})\\s+des\\s+(?<u>Jahres|Monats)${E}`, (g) => ({
    from: { type: 'offset', unit: g.u!.startsWith('J') ? 'year' : 'month', n: 0 }
  })),
  // zum Jahresende, zu Jahresbeginn, Mitte des Monats
  rule(`${B}(?:(?:${ci('zum|zu|am')})\\s+)?(?<u>Jahres|Monats)(?:ende|beginn|anfang|mitte)${E}`, (g) => ({
    from: { type: 'offset', unit: g.u === 'Jahres' ? 'year' : 'month', n: 0 }
  })),
  rule(`${B}(?:${ci('im')}\\s+)?(?<w>Vorjahr|Vormonat)${E}`, (g) => ({
    from: { type: 'offset', unit: g.w === 'Vorjahr' ? 'year' : 'month', n: -1 }
  })),
  // am Mittag: the day of publication, by news convention
  rule(`${B}(?:[Aa]m|[Ii]n der)\\s+(?:Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)${E}`, () => ({
    from: { type: 'offset', unit: 'day', n: 0 },
    weak: true
  }))
];
