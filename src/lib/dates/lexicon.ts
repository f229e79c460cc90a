/** The words the date rules are built from, in German and English. */
import type { Lang } from './types.ts';

/** Month names and dotted abbreviations; `monthOf` reads any of them back. */
export const MONTH = {
  de: '(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan\\.|Feb\\.|Mär\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Okt\\.|Nov\\.|Dez\\.)',
  en: '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)'
} as const;

const MONTH_STEMS: Record<string, number> = {
  jan: 1, jän: 1, feb: 2, mär: 3, mar: 3, apr: 4, mai: 5, may: 5, jun: 6, jul: 7, aug: 8,
  sep: 9, okt: 10, oct: 10, nov: 11, dez: 12, dec: 12
};

export function monthOf(word: string): number {
  return MONTH_STEMS[word.slice(0, 3).toLowerCase()] ?? 0;
}

export const WEEKDAY = {
  de: '(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)',
  en: '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
} as const;

const WEEKDAY_STEMS: Record<string, number> = {
  son: 0, sun: 0, mon: 1, die: 2, tue: 2, mit: 3, wed: 3, don: 4, thu: 4, fre: 5, fri: 5, sam: 6, sat: 6
};

/** 0 = Sunday … 6 = Saturday ("Sonnabend" is Saturday). */
export function weekdayOf(word: string): number {
  if (/^sonnabend/i.test(word)) return 6;
  return WEEKDAY_STEMS[word.slice(0, 3).toLowerCase()] ?? -1;
}

/** Small counts written as words ("vor zwei Tagen", "three years ago"). */
const NUMBERS: Record<string, number> = {
  ein: 1, eine: 1, einem: 1, einer: 1, einen: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6,
  sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, fünfzehn: 15, zwanzig: 20, dreißig: 30,
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30
};

export const COUNT = {
  de: '(?:\\d{1,3}|ein|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig)',
  en: '(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)'
} as const;

export function countOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (NUMBERS[word.toLowerCase()] ?? 0);
}

/** Seasons as months (meteorological): spring is March–May; winter runs December–February. */
export const SEASON = {
  de: '(?:Frühjahr|Frühling|Sommer|Herbst|Winter)',
  en: '(?:spring|summer|autumn|fall|winter)'
} as const;

export function seasonOf(word: string): number {
  const w = word.toLowerCase();
  if (w.startsWith('fr') || w === 'spring') return 3;
  if (w === 'sommer' || w === 'summer') return 6;
  if (w === 'herbst' || w === 'autumn' || w === 'fall') return 9;
  return 12;
}

export const MONTH_NAMES: Record<Lang, string[]> = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
};

export const WEEKDAY_NAMES: Record<Lang, string[]> = {
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
};
