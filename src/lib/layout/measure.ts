/**
 * Card widths from the real text metrics of the label font (canvas measureText), cached per
 * text. Layout stays pure: it receives the resulting function.
 */
export const MIN_CARD_WIDTH = 96;
const MAX = 380;
/** Horizontal padding and borders of a card (0.6rem each side, a 4px and a 1px border), and a margin. */
const PADDING = 36;

export type Measure = (text: string, font: string) => number;

export function canvasMeasure(): Measure {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${font}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      if (context) {
        context.font = font;
        width = context.measureText(text).width;
      } else width = text.length * 8;
      cache.set(key, width);
    }
    return width;
  };
}

/** The width of a card that shows a date line and a one-line title. */
export function cardWidth(measure: Measure, date: string, title: string, fonts: { date: string; title: string }): number {
  const text = Math.max(measure(date, fonts.date), measure(title, fonts.title));
  return Math.round(Math.min(MAX, Math.max(MIN_CARD_WIDTH, text + PADDING)));
}
