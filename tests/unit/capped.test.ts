import { describe, expect, test } from 'vitest';
import { capped, MAX_LISTED } from '../../src/lib/capped.ts';

describe('capped lists show the first problems and count the rest', () => {
  test.each([
    [0, 0, 0],
    [MAX_LISTED, MAX_LISTED, 0],
    [MAX_LISTED + 1, MAX_LISTED, 1],
    [10_000, MAX_LISTED, 10_000 - MAX_LISTED]
  ])('%i items: %i shown, %i counted', (n, shown, hidden) => {
    const list = capped(Array.from({ length: n }, (_, i) => i));
    expect([list.shown.length, list.hidden, list.shown[0]]).toEqual([shown, hidden, n ? 0 : undefined]);
  });
});
