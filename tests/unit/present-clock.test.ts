import { describe, expect, test } from 'vitest';
import { formatElapsed } from '../../src/lib/present/clock.svelte.ts';
import { newPairName } from '../../src/lib/present/link.ts';
import { parseUrl } from '../../src/lib/url.ts';

describe('the presenter window', () => {
  test.each([
    [0, '0:00'],
    [59_999, '0:59'],
    [61_000, '1:01'],
    [3_599_000, '59:59'],
    [3_600_000, '1:00:00'],
    [-5, '0:00']
  ])('%i ms elapsed reads %s', (ms, text) => expect(formatElapsed(ms)).toBe(text));

  test('a pair name is twelve letters or digits that ?presenter= accepts', () => {
    const name = newPairName(() => 0.5);
    expect(name).toMatch(/^[a-z0-9]{12}$/);
    expect(parseUrl(`https://x.org/?presenter=${name}`).presenter).toBe(name);
  });
});
