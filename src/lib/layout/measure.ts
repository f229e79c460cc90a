/**
 * Card widths from the real text metrics of the label font (canvas measureText), cached per
 * text. Layout stays pure: it receives the resulting function.
 */
export const MIN_CARD_WIDTH = 96;
/** The widest card, unless its date needs more (a date is never cut). */
export const MAX_CARD_WIDTH = 320;
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

/**
 * The width of a card that shows its date line in full and as much of a one-line title as
 * MAX_CARD_WIDTH allows (the rest is on hover, on focus and in the accessible name).
 */
export function cardWidth(measure: Measure, date: string, title: string, fonts: { date: string; title: string }): number {
  const dateWidth = Math.ceil(measure(date, fonts.date) + PADDING);
  const titleWidth = Math.min(MAX_CARD_WIDTH, measure(title, fonts.title) + PADDING);
  return Math.max(MIN_CARD_WIDTH, dateWidth, Math.round(titleWidth));
}
