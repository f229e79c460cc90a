import { describe, expect, test } from 'vitest';
import { fitsQr, qrCode, modulePath, QR_MAX_BYTES, byteLength } from '../../src/lib/share/qr.ts';

const page = 'https://teacher.github.io/sourceline/';

describe('the QR length rule: a code the back row can read', () => {
  test.each([
    ['the default exercise', `${page}?lang=de&view=quiz&seed=2021`, true],
    ['eight chosen events', `${page}?lang=de&view=quiz&seed=2021&events=${Array.from({ length: 8 }, (_, i) => `an-event-id-${i}-that-long`).join(',')}`, true],
    ['exactly the limit', 'x'.repeat(QR_MAX_BYTES), true],
    ['one byte over', 'x'.repeat(QR_MAX_BYTES + 1), false],
    ['umlauts count as two bytes', 'ä'.repeat(QR_MAX_BYTES / 2 + 1), false],
    ['a dataset in the fragment', `${page}?view=quiz#data=z1.${'A'.repeat(3000)}`, false]
  ])('%s: %s', (_, link, fits) => {
    expect(fitsQr(link)).toBe(fits);
    expect(qrCode(link) !== null).toBe(fits);
  });

  test('a code at the limit is at most 69 modules plus the quiet zone (version 13)', () => {
    const code = qrCode('h'.repeat(QR_MAX_BYTES))!;
    expect(code.size).toBe(69 + 8);
  });

  test('byteLength counts UTF-8 bytes', () => expect(byteLength('aä€😀')).toBe(1 + 2 + 3 + 4));

  test('modulePath draws each run of dark modules as one rectangle', () => {
    expect(
      modulePath([
        [true, true, false, true],
        [false, false, false, false],
        [false, true, true, true]
      ])
    ).toBe('M0 0h2v1h-2zM3 0h1v1h-1zM1 2h3v1h-3z');
  });
});
