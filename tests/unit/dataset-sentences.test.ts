import { describe, expect, test } from 'vitest';
import { sentences } from './sentences.ts';
import { shipped } from './fixtures.ts';
import type { DatasetInput, ParagraphInput } from '../../src/lib/model/types.ts';
import { normalise } from '../../src/lib/model/model.ts';
import { datingPhrases } from '../../src/lib/model/dating.ts';

describe('sentences splits German news copy as a reader would', () => {
  test.each([
    ['a plain full stop ends a sentence', 'Er kam. Sie ging.', ['Er kam.', 'Sie ging.']],
    ['a day before a month does not', 'Sie trafen sich am 16. Juni 2021. Foto: AFP', ['Sie trafen sich am 16. Juni 2021.', 'Foto: AFP']],
    ['a number before a lower-case word does not', 'Er wurde am 3. erwartet. Dann kam er.', ['Er wurde am 3. erwartet.', 'Dann kam er.']],
    ['abbreviations do not', 'Es kamen u. a. Gäste, z. B. Dr. Müller. Dann ging er.', ['Es kamen u. a. Gäste, z. B. Dr. Müller.', 'Dann ging er.']],
    ['a closing quotation mark stays with its sentence („“)', 'Er sagte: „Es gab keinerlei Feindseligkeit.“ Beide nickten.', ['Er sagte: „Es gab keinerlei Feindseligkeit.“', 'Beide nickten.']],
    ['a closing quotation mark stays with its sentence (“”)', '“Sie werden zurückkehren”, sagte er. “Ja.” Dann ging er.', ['“Sie werden zurückkehren”, sagte er.', '“Ja.”', 'Dann ging er.']],
    ['an agency mark after the last sentence is its own unit', 'Die Erwartungen waren gedämpft. (afp)', ['Die Erwartungen waren gedämpft.', '(afp)']],
    ['a heading without a full stop is one sentence', 'Angespannte Beziehungen', ['Angespannte Beziehungen']]
  ])('%s', (_, paragraph, expected) => {
    const found = sentences(paragraph);
    expect(found.map((s) => s.text)).toEqual(expected);
    for (const s of found) expect(paragraph.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});

/**
 * Sentences of the shipped articles that report nothing, so no event needs to cite them (and none
 * may: a heading or a credit is not evidence). Everything else in the articles must be cited. The
 * list is explicit, not derived from paragraph roles, because two of them sit inside paragraphs
 * that report (the photo credit in the caption, the agency mark after the last sentence).
 */
const REPORTS_NOTHING: Record<string, Record<string, string>> = {
  'afp-geneva-summit': {
    'Quelle: AFP': 'credit line naming the agency'
  },
  'epoch-times-geneva-summit': {
    'Foto: DENIS BALIBOUSE/POOL/AFP via Getty Images': 'photo credit inside the caption (the caption sentence before it is cited)',
    'Abgezogene Botschafter der USA und Russlands kehren zurück': 'heading: repeats the paragraph below it, which is cited',
    'Angespannte Beziehungen': 'heading',
    '(afp)': 'agency mark at the end of the report',
    'Gerne können Sie EPOCH TIMES auch durch Ihre Spende unterstützen:': 'donation appeal of the outlet',
    'Jetzt spenden!': 'donation appeal of the outlet'
  }
};

const dataset = shipped() as unknown as DatasetInput;
const textOf = (p: ParagraphInput) => (typeof p === 'string' ? p : p.text);
const roleOf = (p: ParagraphInput) => (typeof p === 'string' ? null : p.role);

interface Located {
  article: string;
  paragraph: number;
  text: string;
  start: number;
}

const allSentences: Located[] = dataset.articles.flatMap((a) =>
  a.paragraphs.flatMap((p, paragraph) => sentences(textOf(p)).map((s) => ({ article: a.id, paragraph, ...s })))
);

/** For each article and paragraph, which characters some event's quote covers. */
const covered = new Map<string, boolean[]>();
for (const event of dataset.events)
  for (const source of event.sources) {
    const article = dataset.articles.find((a) => a.id === source.article)!;
    article.paragraphs.map(textOf).forEach((p, i) => {
      const key = `${article.id}:${i}`;
      const marks = covered.get(key) ?? new Array<boolean>(p.length).fill(false);
      for (let at = p.indexOf(source.quote); at !== -1; at = p.indexOf(source.quote, at + 1))
        marks.fill(true, at, at + source.quote.length);
      covered.set(key, marks);
    });
  }

/** A sentence is cited when the quotes together cover every character of it. */
function isCited(s: Located): boolean {
  const marks = covered.get(`${s.article}:${s.paragraph}`);
  return !!marks && marks.slice(s.start, s.start + s.text.length).every(Boolean);
}

const reportsNothing = (s: Located) => Object.hasOwn(REPORTS_NOTHING[s.article] ?? {}, s.text);
const reporting = allSentences.filter((s) => !reportsNothing(s));
const label = (s: Located) => `${s.article} ¶${s.paragraph + 1} “${s.text.length > 70 ? s.text.slice(0, 70) + '…' : s.text}”`;

describe('every sentence of the shipped articles that reports something is cited by an event', () => {
  test('the articles are cut into the sentences this test expects (33 that report, 7 that do not)', () => {
    expect(reporting).toHaveLength(33);
    expect(allSentences.length - reporting.length).toBe(7);
  });

  test.each(reporting.map((s) => [label(s), s] as const))('%s is cited', (_, s) => {
    expect(isCited(s), `no event's quotes cover this sentence; cite it, or list it in REPORTS_NOTHING with the reason`).toBe(true);
  });

  test.each(Object.entries(REPORTS_NOTHING).flatMap(([article, list]) => Object.keys(list).map((text) => [article, text] as const)))(
    '%s: “%s” is a sentence of the article that no event cites',
    (article, text) => {
      const found = allSentences.filter((s) => s.article === article && s.text === text);
      expect(found, 'the list names a sentence the article does not hold').toHaveLength(1);
      expect(isCited(found[0]), 'a sentence that reports nothing is not evidence for an event').toBe(false);
    }
  );

  test.each(dataset.articles.flatMap((a) => a.paragraphs.flatMap((p, i) => (roleOf(p) && roleOf(p) !== 'caption' ? [[a.id, i + 1, roleOf(p), p] as const] : []))))(
    '%s ¶%i, marked %s, holds only sentences that report nothing',
    (article, paragraph, _, p) => {
      for (const s of sentences(textOf(p))) expect(REPORTS_NOTHING[article]?.[s.text], `“${s.text}” is not in REPORTS_NOTHING`).toBeDefined();
    }
  );
});

const sources = dataset.events.flatMap((event) => event.sources.map((source, i) => ({ event, source, i })));

describe('the shipped quotes', () => {
  test.each(sources.map(({ event, source, i }) => [event.id, i, source] as const))('%s, source %i occurs exactly once, byte for byte, in its article', (_, __, source) => {
    const text = dataset.articles.find((a) => a.id === source.article)!.paragraphs.map(textOf).join('\n');
    const first = text.indexOf(source.quote);
    expect(first, source.quote).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(source.quote, first + 1), source.quote).toBe(-1);
  });

  test('no two quotes overlap in part (the reader would cut each into several <mark>s)', () => {
    const ranges = new Map<string, [number, number]>();
    for (const { source } of sources) {
      const text = dataset.articles.find((a) => a.id === source.article)!.paragraphs.map(textOf).join('\n');
      const at = text.indexOf(source.quote);
      ranges.set(`${source.article}:${at}:${at + source.quote.length}`, [at, at + source.quote.length]);
    }
    const partial = [...ranges.entries()].flatMap(([a, [s1, e1]]) =>
      [...ranges.entries()].filter(([b, [s2, e2]]) => a < b && a.split(':')[0] === b.split(':')[0] && s1 < e2 && s2 < e1).map(([b]) => `${a} and ${b}`)
    );
    expect(partial).toEqual([]);
  });

  const normalised = normalise(shipped()).events.flatMap((event) => event.sources.map((source, i) => [event.id, i, { event, source }] as const));
  test.each(normalised)('%s, source %i: the dating phrases the views mark are whole words of the quote (never part of a word)', (_, __, { event, source }) => {
    const letter = /\p{L}/u;
    for (const phrase of datingPhrases(source, event)) {
      const at = source.quote.indexOf(phrase);
      expect(letter.test(source.quote.charAt(at - 1)), `a letter before “${phrase}”`).toBe(false);
      expect(letter.test(source.quote.charAt(at + phrase.length)), `a letter after “${phrase}”`).toBe(false);
    }
  });
});

describe('the Epoch Times text is AFP copy, not a second confirmation', () => {
  /** Share of the shorter sentence's words that the other sentence has too (case and quotation marks ignored). */
  const overlap = (a: string, b: string) => {
    const words = (s: string) => new Set(s.toLowerCase().match(/\p{L}+/gu) ?? []);
    const [x, y] = [words(a), words(b)];
    return [...x].filter((w) => y.has(w)).length / Math.min(x.size, y.size);
  };

  test('six of its reporting sentences are nearly word for word in the AFP text, and both articles name AFP as their agency', () => {
    const of = (id: string) => reporting.filter((s) => s.article === id);
    const pairs = of('afp-geneva-summit').flatMap((a) => of('epoch-times-geneva-summit').filter((e) => overlap(a.text, e.text) >= 0.6).map((e) => [a.text, e.text]));
    expect(pairs).toHaveLength(6);
    expect(dataset.articles.map((a) => a.agency)).toEqual(['AFP', 'AFP']);
  });
});
