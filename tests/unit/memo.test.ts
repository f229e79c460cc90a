import { describe, expect, test, vi } from 'vitest';
import { memoize } from '../../src/lib/memo.ts';

describe('memoize', () => {
  test('computes each key once', () => {
    const compute = vi.fn((n: number) => n * 2);
    const twice = memoize(compute);
    expect([twice(1), twice(2), twice(1), twice(2)]).toEqual([2, 4, 2, 4]);
    expect(compute).toHaveBeenCalledTimes(2);
  });
  test('remembers undefined results too', () => {
    const compute = vi.fn(() => undefined);
    const f = memoize(compute);
    f('a');
    f('a');
    expect(compute).toHaveBeenCalledTimes(1);
  });
  test('starts over when the limit is reached', () => {
    const compute = vi.fn((n: number) => n);
    const f = memoize(compute, 2);
    [1, 2, 3, 1].forEach(f);
    expect(compute.mock.calls.map(([n]) => n)).toEqual([1, 2, 3, 1]);
  });
});
