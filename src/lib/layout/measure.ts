/**
 * Card widths from the real text metrics of the label font (canvas measureText), cached per
 * text. Layout stays pure: it receives the resulting function.
 */
import type { TimelineEvent } from '../model/model.ts';
import type { Lang } from '../model/types.ts';
import { formatEventDate } from '../time/format.ts';
import { memoize } from '../memo.ts';

export const MIN_CARD_WIDTH = 96;
/** The widest card, unless its date needs more (a date is never cut). */
export const MAX_CARD_WIDTH = 320;
/** A title that fits one line this wide stays on one line; longer ones wrap to two lines, in a card no narrower than TWO_LINES. */
const ONE_LINE = 200;
const TWO_LINES = 160;
/** Horizontal padding and borders of a card (0.6rem each side, a 4px and a 1px border), and a margin. */
const PADDING = 36;
/** Lines a card shows of its title (the rest on hover, on focus and in the accessible name). */
export const TITLE_LINES = 2;

export type Measure = (text: string, font: string) => number;

/**
 * Card widths of a dataset's events in one language, each measured once, when first laid out
 * (only visible events ever are). The date line is measured as the card shows it, with its
 * "no source" note: a date is never cut.
 */
export function cardWidths(
  measure: Measure,
  byId: ReadonlyMap<string, TimelineEvent>,
  lang: Lang,
  noSource: string,
  fonts: { date: string; title: string }
): (id: string) => number {
  return memoize((id: string) => {
    const e = byId.get(id);
    if (!e) return MIN_CARD_WIDTH;
    const date = formatEventDate(e.date, lang) + (e.sources.length === 0 ? ` · ${noSource}` : '');
    return cardWidth(measure, date, e.title[lang], fonts);
  });
}

/** The card fonts in the page's font family: the date line and the title (EventMark's styles). */
export function cardFonts(family: string): { date: string; title: string } {
  return { date: `600 12px ${family}`, title: `600 14px ${family}` };
}

export function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  let current = '';
  return byCharacter((text, font) => {
    if (!context) return text.length * 8;
    // Setting the font parses it, even when it is the same one.
    if (font !== current) context.font = current = font;
    return context.measureText(text).width;
  });
}

/** Text whose width is the sum of its characters' widths: Latin, Greek and Cyrillic letters, digits, punctuation (no joining, no reordering). */
const ADDITIVE = /^[\u0020-\u024f\u0370-\u03ff\u0400-\u04ff\u2000-\u206f\u20ac]*$/;

/**
 * A measure that asks `measure` once per character and font for text of alphabetic scripts, and
 * adds up: the first frame of 10,000 events measures about 2,000 titles and dates, which
 * measureText takes 10 to 20 ms for, and adding up a few cached widths almost nothing. The sum
 * leaves out kerning, which in these scripts narrows a text by a pixel or two: a card comes out
 * that much wider, never too narrow for its title. Other text (joined, reordered or combined
 * scripts) is measured whole, once.
 */
export function byCharacter(measure: Measure): Measure {
  const perFont = new Map<string, Map<string, number>>();
  const whole = new Map<string, number>();
  return (text, font) => {
    if (!ADDITIVE.test(text)) {
      const key = `${font}|${text}`;
      let width = whole.get(key);
      if (width === undefined) whole.set(key, (width = measure(text, font)));
      return width;
    }
    let chars = perFont.get(font);
    if (!chars) perFont.set(font, (chars = new Map()));
    let width = 0;
    for (const char of text) {
      let w = chars.get(char);
      if (w === undefined) chars.set(char, (w = measure(char, font)));
      width += w;
    }
    return width;
  };
}

/**
 * The lines a text takes when wrapped greedily at spaces into lines `width` px wide, given the
 * widths of its words and of a space. A word wider than a line is broken anywhere (as CSS
 * `overflow-wrap: anywhere` does).
 */
export function wrappedLines(words: readonly number[], space: number, width: number): number {
  let lines = 0;
  let used = Infinity;
  for (const w of words) {
    if (used + space + w <= width) used += space + w;
    else if (w <= width) {
      lines++;
      used = w;
    } else {
      lines += Math.ceil(w / width);
      used = w % width || width;
    }
  }
  return lines;
}

/**
 * The width of a card that shows its date line in full and its title in at most TITLE_LINES
 * lines where MAX_CARD_WIDTH allows: a short title on one line, a longer one on two lines as
 * narrow as it fits (narrow cards leave room for more cards beside them).
 */
export function cardWidth(measure: Measure, date: string, title: string, fonts: { date: string; title: string }): number {
  const dateWidth = Math.ceil(measure(date, fonts.date) + PADDING);
  const floor = Math.max(MIN_CARD_WIDTH, dateWidth);
  const oneLine = measure(title, fonts.title) + PADDING;
  if (oneLine <= Math.max(ONE_LINE, floor)) return Math.max(floor, Math.ceil(oneLine));
  const words = title.split(/\s+/).filter(Boolean).map((w) => measure(w, fonts.title));
  const space = measure(' ', fonts.title);
  // A little slack per line: the browser's own line breaking may round differently.
  const fits = (w: number) => wrappedLines(words, space, w - PADDING - 4) <= TITLE_LINES;
  let lo = Math.max(floor, TWO_LINES);
  let hi = Math.max(lo, MAX_CARD_WIDTH);
  if (!fits(hi)) return hi;
  while (hi - lo > 2) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid;
  }
  return fits(lo) ? lo : hi;
}
