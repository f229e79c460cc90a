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
  if (r.basis === 'shift') return de ? 'Jahr oder Woche vom Erscheinungsdatum aus gezählt' : 'year or week counted from the publication date';
  switch (r.way) {
    case 'prev':
      return de ? 'das letzte Mal davor' : 'the last one before it';
    case 'next':
      return de ? 'das nächste Mal danach' : 'the next one after it';
    case 'future':
      return de ? `Zukunft${cue}: das nächste Mal ab dann` : `future tense${cue}: the next one from then`;
    default:
      return reading.tense === 'past'
        ? de ? `Vergangenheit${cue}: das letzte Mal bis dahin` : `past tense${cue}: the last one up to then`
        : de ? 'keine Zeitform erkennbar, für Nachrichten die jüngste Vergangenheit' : 'no tense cue, so for news the most recent past';
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
