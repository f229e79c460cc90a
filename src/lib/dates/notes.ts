/** Drafts the note on how a suggested date was worked out, in German and English. */
import { type Ymd } from './calendar.ts';
import { MONTH_NAMES } from './lexicon.ts';
import type { Resolved } from './resolve.ts';
import type { TenseReading } from './tense.ts';
import type { Lang, Precision } from './types.ts';

function year(y: number, lang: Lang): string {
  if (y > 0) return String(y);
  return lang === 'de' ? `${1 - y} v. Chr.` : `${1 - y} BCE`;
}

export function spoken(date: Ymd, precision: Precision, lang: Lang): string {
  if (precision === 'year') return year(date.y, lang);
  const month = `${MONTH_NAMES[lang][date.m - 1]} ${year(date.y, lang)}`;
  if (precision === 'month') return month;
  return lang === 'de' ? `${date.d}. ${month}` : `${date.d} ${month}`;
}

function value(r: Resolved, lang: Lang): string {
  const start = spoken(r.start, r.precision, lang);
  return r.end ? `${start}–${spoken(r.end, r.precision, lang)}` : start;
}

const two = (n: number) => String(n).padStart(2, '0');

function reason(r: Resolved, reading: TenseReading, lang: Lang): string {
  const de = lang === 'de';
  const cue = reading.cue ? (de ? ` („${reading.cue}“)` : ` (“${reading.cue}”)`) : '';
  if (r.shifted === 'week') return de ? 'Woche vom Erscheinungsdatum aus gezählt' : 'week counted from the publication date';
  if (r.shifted === 'year') return de ? 'Jahr vom Erscheinungsjahr aus gezählt' : 'year counted from the publication year';
  switch (r.way) {
    case 'prev':
      return de ? 'das letzte Mal vor diesem Tag' : 'the last one before that day';
    case 'next':
      return de ? 'das nächste Mal nach diesem Tag' : 'the next one after that day';
    case 'future':
      return de ? `Zukunft${cue}: das nächste Mal ab diesem Tag` : `future tense${cue}: the next one from that day`;
    default:
      return reading.tense === 'past'
        ? de ? `Vergangenheit${cue}: das letzte Mal bis zu diesem Tag` : `past tense${cue}: the latest one up to that day`
        : de ? 'keine Zeitform erkennbar, also wie in Nachrichten üblich das letzte Mal bis zu diesem Tag' : 'no tense cue, so as usual in news the latest one up to that day';
  }
}

export function draftNote(phrase: string, r: Resolved, ref: Ymd, reading: TenseReading): { de: string; en: string } {
  const refDe = `${two(ref.d)}.${two(ref.m)}.${ref.y}`;
  const refEn = spoken(ref, 'day', 'en');
  const seasonDe = r.season ? ' Die Jahreszeit ist als ihre drei Monate gelesen.' : '';
  const seasonEn = r.season ? ' The season is read as its three months.' : '';
  if (r.basis === 'explicit')
    return { de: `„${phrase}“ nennt das Datum: ${value(r, 'de')}.${seasonDe}`, en: `“${phrase}” states the date: ${value(r, 'en')}.${seasonEn}` };
  if (r.basis === 'offset')
    return {
      de: `„${phrase}“, gerechnet vom Erscheinungsdatum ${refDe}: ${value(r, 'de')}.`,
      en: `“${phrase}”, counted from the publication date ${refEn}: ${value(r, 'en')}.`
    };
  return {
    de: `„${phrase}“, bezogen auf das Erscheinungsdatum ${refDe} (${reason(r, reading, 'de')}): ${value(r, 'de')}.${seasonDe}`,
    en: `“${phrase}”, read against the publication date ${refEn} (${reason(r, reading, 'en')}): ${value(r, 'en')}.${seasonEn}`
  };
}
