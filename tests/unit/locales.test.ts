import { describe, expect, test } from 'vitest';
import { de, enGB } from 'date-fns/locale';
import { locales } from '../../src/lib/time/locales.ts';

describe('the app’s locale data are the packaged date-fns locales’ own values', () => {
  test.each([
    ['de', de],
    ['en', enGB]
  ] as const)('%s', (lang, packaged) => {
    const ours = locales[lang];
    for (let m = 0; m < 12; m++)
      for (const width of ['abbreviated', 'wide'] as const)
        for (const context of ['formatting', 'standalone'] as const)
          expect(ours.localize.month(m as 0, { width, context })).toBe(packaged.localize.month(m as 0, { width, context }));
    for (let day = 1; day <= 31; day++) expect(ours.localize.ordinalNumber(day, { unit: 'date' })).toBe(packaged.localize.ordinalNumber(day, { unit: 'date' }));
    for (const width of ['short', 'medium', 'long', 'full'] as const) expect(ours.formatLong.date({ width })).toBe(packaged.formatLong.date({ width }));
    expect(ours.code).toBe(packaged.code);
  });
});

describe('interface text loads one language at a time', () => {
  test('a language is there once loaded, and an unknown one falls back to a loaded one', async () => {
    const { loadMessages, messagesFor } = await import('../../src/lib/i18n/index.ts');
    expect(() => messagesFor('en')).toThrow(/not loaded/);
    const en = await loadMessages('en');
    expect(messagesFor('en')).toBe(en);
    expect(messagesFor('de')).toBe(en);
    const de = await loadMessages('de');
    expect(messagesFor('de')).toBe(de);
    expect(de.appName).toBe('Sourceline');
  });
});
