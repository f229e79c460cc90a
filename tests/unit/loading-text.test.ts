import { expect, test } from 'vitest';
import { loadingText } from '../../src/lib/i18n/loading.ts';

const progress = (p: Partial<Parameters<(typeof loadingText)['de']['loadProgress']>[0]>) =>
  ({ phase: 'read', bytes: 0, totalBytes: null, events: 0, totalEvents: null, ...p }) as Parameters<(typeof loadingText)['de']['loadProgress']>[0];

test('progress numbers are written as each language writes them, without Intl', () => {
  expect(loadingText.de.loadProgress(progress({ bytes: 2_456_789, totalBytes: 21_500_000 }))).toBe('2,5 MB von 21,5 MB gelesen');
  expect(loadingText.en.loadProgress(progress({ bytes: 2_456_789, totalBytes: 21_500_000 }))).toBe('2.5 MB of 21.5 MB read');
  expect(loadingText.de.loadProgress(progress({ bytes: 1_000_000 }))).toBe('1 MB gelesen');
  expect(loadingText.de.loadProgress(progress({ phase: 'receive', events: 2500, totalEvents: 1_000_000 }))).toBe('2.500 von 1.000.000 Ereignissen übernommen');
  expect(loadingText.en.loadProgress(progress({ phase: 'receive', events: 999, totalEvents: 10_000 }))).toBe('999 of 10,000 events received');
  expect(loadingText.en.loadProgress(progress({ phase: 'check', bytes: 200_000_000 }))).toBe('200 MB read, checking the data …');
});
