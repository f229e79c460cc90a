/**
 * The sentences of an article paragraph, for checking that a dataset cites what its articles
 * report. Intl.Segmenter does the splitting; German news copy needs three corrections, because
 * ICU breaks after every full stop that a space and a capital follow:
 * - an abbreviation ("z. B.", "Dr.", an initial) or a day before a month ("am 16. Juni") does not
 *   end a sentence;
 * - an agency mark after the last sentence ("… gedämpft. (afp)") is a unit of its own, so that a
 *   list can say it reports nothing without hiding the sentence before it.
 */

export interface Sentence {
  /** The sentence without the space that follows it. */
  text: string;
  /** Offset of its first character in the paragraph. */
  start: number;
}

const MONTHS = ['Januar', 'Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const ABBREVIATIONS = ['Dr.', 'Prof.', 'Nr.', 'ca.', 'bzw.', 'vgl.', 'Mio.', 'Mrd.', 'St.', 'Jh.', 'Abs.', 'Art.'];

/** Whether a segment ending like this continues into the next one that starts like that. */
function continues(segment: string, next: string): boolean {
  const last = segment.trimEnd().split(/\s+/).pop() ?? '';
  if (ABBREVIATIONS.includes(last) || /^\p{L}\.$/u.test(last)) return true;
  if (/^\d{1,2}\.$/.test(last)) return /^\p{Ll}/u.test(next) || MONTHS.some((m) => next.startsWith(m));
  return false;
}

const AGENCY_MARK = /(?<=[.!?“”"])\s+(\(\p{L}{2,10}\))\s*$/u;

export function sentences(paragraph: string, locale = 'de'): Sentence[] {
  const pieces = [...new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(paragraph)].map((s) => ({ text: s.segment, start: s.index }));
  const joined: { text: string; start: number }[] = [];
  for (const piece of pieces) {
    const previous = joined.at(-1);
    if (previous && continues(previous.text, piece.text)) previous.text += piece.text;
    else joined.push({ ...piece });
  }
  const result: Sentence[] = [];
  for (const { text, start } of joined) {
    const mark = AGENCY_MARK.exec(text);
    if (mark) {
      const markStart = text.lastIndexOf(mark[1]);
      result.push({ text: text.slice(0, mark.index).trimEnd(), start });
      result.push({ text: mark[1], start: start + markStart });
    } else result.push({ text: text.trimEnd(), start });
  }
  return result.filter((s) => s.text.trim().length > 0);
}
