import { describe, expect, test } from 'vitest';
import { byCharacter, cardWidth, cardWidths, MAX_CARD_WIDTH, MIN_CARD_WIDTH, wrappedLines } from '../../src/lib/layout/measure.ts';
import type { TimelineEvent } from '../../src/lib/model/model.ts';

/** 7 px per character, whatever the font: lines and widths can be worked out by hand. */
const measure = (text: string) => text.length * 7;
const fonts = { date: 'date', title: 'title' };
const lines = (title: string, width: number) => wrappedLines(title.split(' ').map(measure), 7, width - 40);

describe('wrappedLines', () => {
  test.each([
    { words: [50, 50, 50], width: 200, lines: 1, why: 'three words that fit one line' },
    { words: [50, 50, 50], width: 110, lines: 2, why: 'two words and a space a line' },
    { words: [50, 50, 50], width: 50, lines: 3, why: 'one word a line' },
    { words: [250], width: 100, lines: 3, why: 'a word wider than a line is broken anywhere' },
    { words: [], width: 100, lines: 0, why: 'no words, no lines' }
  ])('$why: $lines', ({ words, width, lines }) => {
    expect(wrappedLines(words, 5, width)).toBe(lines);
  });
});

describe('cardWidth', () => {
  test('a short title stays on one line, as wide as it needs', () => {
    expect(cardWidth(measure, '16. Juni 2021', 'Gipfel in Genf', fonts)).toBe(Math.max(MIN_CARD_WIDTH, 14 * 7 + 36));
  });

  test('a date is never cut: the card is at least as wide as its date', () => {
    const date = '10. Dezember 1815 – 27. November 1852';
    expect(cardWidth(measure, date, 'Ada', fonts)).toBeGreaterThanOrEqual(date.length * 7 + 36);
  });

  test.each([
    'Biden äußert die Hoffnung auf ein „stabiles und berechenbares“ Verhältnis',
    'US-Botschafter Sullivan kehrt in die USA zurück',
    'Russland setzt die USA auf die Liste der „unfreundlichen Staaten“'
  ])('a longer title wraps to two lines in a card narrower than its one line: %s', (title) => {
    const width = cardWidth(measure, '16. Juni 2021', title, fonts);
    expect(width).toBeLessThan(title.length * 7 + 36);
    expect(width).toBeLessThanOrEqual(MAX_CARD_WIDTH);
    expect(lines(title, width)).toBeLessThanOrEqual(2);
  });

  test('a title too long for two lines takes the widest card (the rest shows on hover and focus)', () => {
    expect(cardWidth(measure, '2021', 'x'.repeat(10_000), fonts)).toBe(MAX_CARD_WIDTH);
    expect(cardWidth(measure, '2021', 'word '.repeat(200), fonts)).toBe(MAX_CARD_WIDTH);
  });
});

describe('cardWidths', () => {
  const event = (id: string, sources: number) =>
    ({ id, date: { start: '2021-06-16', precision: 'day' }, title: { de: 'Ab', en: 'Ab' }, sources: Array(sources).fill({}) }) as unknown as TimelineEvent;
  const byId = new Map([['a', event('a', 1)], ['b', event('b', 0)]]);

  test('the date line is measured as the card shows it, with its "no source" note', () => {
    const widths = cardWidths(measure, byId, 'en', 'no source', fonts);
    expect(widths('a')).toBe(Math.max(MIN_CARD_WIDTH, '16 June 2021'.length * 7 + 36));
    expect(widths('b')).toBe('16 June 2021 · no source'.length * 7 + 36);
  });

  test('each card is measured once', () => {
    let calls = 0;
    const widths = cardWidths((t) => (calls++, measure(t)), byId, 'de', 'ohne Quelle', fonts);
    widths('a');
    const once = calls;
    widths('a');
    expect(calls).toBe(once);
  });
});

describe('byCharacter', () => {
  test('measures each character of an alphabetic text once per font and adds up', () => {
    const asked: string[] = [];
    const measure = byCharacter((text, font) => (asked.push(`${font}:${text}`), text.length * (font === 'b' ? 2 : 1) * 5));
    expect(measure('Gipfel in Genf', 'a')).toBe(70);
    expect(measure('Genf', 'a')).toBe(20);
    expect(measure('Genf', 'b')).toBe(40);
    expect(asked.filter((a) => a.startsWith('a:'))).toEqual(['a:G', 'a:i', 'a:p', 'a:f', 'a:e', 'a:l', 'a: ', 'a:n']);
    expect(measure('Путин – 16. Juni', 'a')).toBe(16 * 5);
  });

  test('measures other scripts whole, once', () => {
    const asked: string[] = [];
    const measure = byCharacter((text) => (asked.push(text), 42));
    expect(measure('قمة جنيف', 'a')).toBe(42);
    expect(measure('قمة جنيف', 'a')).toBe(42);
    expect(measure('日内瓦峰会', 'a')).toBe(42);
    expect(asked).toEqual(['قمة جنيف', '日内瓦峰会']);
  });
});
