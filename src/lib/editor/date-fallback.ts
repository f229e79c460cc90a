/**
 * A small stand-in for the date-suggestion module (src/lib/dates/, built separately): absolute
 * dates, month names, weekdays and "gestern/heute/yesterday/today", resolved against the article's
 * publication date. dates.ts uses the full module where it exists.
 */
import type { DateSuggestion } from './suggest-types.ts';

const MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, january: 1, februar: 2, february: 2, märz: 3, march: 3, april: 4, mai: 5, may: 5, juni: 6, june: 6,
  juli: 7, july: 7, august: 8, september: 9, oktober: 10, october: 10, november: 11, dezember: 12, december: 12
};
const WEEKDAYS: Record<string, number> = {
  sonntag: 0, sunday: 0, montag: 1, monday: 1, dienstag: 2, tuesday: 2, mittwoch: 3, wednesday: 3,
  donnerstag: 4, thursday: 4, freitag: 5, friday: 5, samstag: 6, sonnabend: 6, saturday: 6
};
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const month = Object.keys(MONTHS).join('|');
const weekday = Object.keys(WEEKDAYS).join('|');

export function fallbackSuggestions(text: string, ref: string, lang: 'de' | 'en'): DateSuggestion[] {
  const refDate = new Date(`${ref.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(refDate.getTime())) return [];
  const refYear = refDate.getUTCFullYear();
  const refMonth = refDate.getUTCMonth() + 1;
  const found: DateSuggestion[] = [];
  const add = (m: RegExpExecArray, s: Omit<DateSuggestion, 'phrase' | 'index'>) => found.push({ phrase: m[0], index: m.index, ...s });
  const refNote = { de: `bezogen auf das Erscheinungsdatum ${ref}`, en: `relative to the publication date ${ref}` };
  let m: RegExpExecArray | null;

  const dayMonthYear = new RegExp(`\\b(\\d{1,2})\\.\\s*(${month})\\s+(\\d{4})\\b`, 'giu');
  while ((m = dayMonthYear.exec(text))) add(m, { start: `${m[3]}-${pad(MONTHS[m[2].toLowerCase()])}-${pad(Number(m[1]))}`, precision: 'day', note: { de: 'Datum steht im Text', en: 'the date is printed in the text' } });
  const monthDayYear = new RegExp(`\\b(${month})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'giu');
  while ((m = monthDayYear.exec(text))) add(m, { start: `${m[3]}-${pad(MONTHS[m[1].toLowerCase()])}-${pad(Number(m[2]))}`, precision: 'day', note: { de: 'Datum steht im Text', en: 'the date is printed in the text' } });
  const isoDate = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
  while ((m = isoDate.exec(text))) add(m, { start: m[0], precision: 'day', note: { de: 'Datum steht im Text', en: 'the date is printed in the text' } });
  const monthYear = new RegExp(`\\b(?:im\\s+|in\\s+)?(${month})\\s+(\\d{4})\\b`, 'giu');
  while ((m = monthYear.exec(text))) if (!found.some((f) => f.index <= m!.index + m![0].length && m!.index <= f.index + f.phrase.length)) add(m, { start: `${m[2]}-${pad(MONTHS[m[1].toLowerCase()])}`, precision: 'month', note: { de: 'Monat und Jahr stehen im Text', en: 'month and year are printed in the text' } });
  const monthOnly = new RegExp(`\\b(?:im|in|seit|since|Anfang|Ende|Mitte)\\s+(${month})\\b(?!\\s+\\d)`, 'giu');
  while ((m = monthOnly.exec(text))) {
    const mo = MONTHS[m[1].toLowerCase()];
    const year = mo > refMonth ? refYear - 1 : refYear;
    add(m, {
      start: `${year}-${pad(mo)}`,
      precision: 'month',
      note: {
        de: `Jahr erschlossen: der letzte ${m[1]} vor dem Erscheinungsdatum ${ref}`,
        en: `year inferred: the last ${m[1]} before the publication date ${ref}`
      }
    });
  }
  const dayName = new RegExp(`\\b(?:am|on|vom|last)?\\s*(${weekday})\\b`, 'giu');
  while ((m = dayName.exec(text))) {
    const back = (refDate.getUTCDay() - WEEKDAYS[m[1].toLowerCase()] + 7) % 7;
    const day = new Date(refDate.getTime() - back * 86400000);
    add(m, { start: iso(day), precision: 'day', note: { de: `der ${m[1]} bis zum Erscheinungsdatum ${ref}`, en: `the ${m[1]} on or before the publication date ${ref}` } });
  }
  const relative: [RegExp, number][] = [[/\b(heute|today)\b/giu, 0], [/\b(gestern|yesterday)\b/giu, 1], [/\b(vorgestern)\b/giu, 2]];
  for (const [pattern, days] of relative)
    while ((m = pattern.exec(text))) add(m, { start: iso(new Date(refDate.getTime() - days * 86400000)), precision: 'day', note: refNote });
  const year = /\b(?:im Jahr |in )?((?:19|20)\d{2})\b/g;
  while ((m = year.exec(text))) if (!found.some((f) => f.index <= m!.index + m![0].length && m!.index <= f.index + f.phrase.length)) add(m, { start: m[1], precision: 'year', note: { de: 'Jahr steht im Text', en: 'the year is printed in the text' } });

  const rank = { day: 0, month: 1, year: 2 };
  void lang;
  return found.map((f) => ({ ...f, phrase: f.phrase.trim() })).sort((a, b) => rank[a.precision] - rank[b.precision] || a.index - b.index);
}
