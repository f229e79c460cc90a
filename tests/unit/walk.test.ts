import { describe, expect, test } from 'vitest';
import { walkTarget } from '../../src/lib/walk.ts';

describe('walkTarget moves through events in chronological order', () => {
  test.each([
    ['ArrowRight', 3, 10, 'horizontal', 4],
    ['ArrowLeft', 3, 10, 'horizontal', 2],
    ['ArrowRight', 9, 10, 'horizontal', 9],
    ['ArrowLeft', 0, 10, 'horizontal', 0],
    ['Home', 5, 10, 'horizontal', 0],
    ['End', 5, 10, 'horizontal', 9],
    ['ArrowDown', 3, 10, 'vertical', 4],
    ['ArrowUp', 3, 10, 'vertical', 2],
    ['ArrowDown', 3, 10, 'horizontal', null],
    ['ArrowRight', 3, 10, 'vertical', null],
    ['Enter', 3, 10, 'horizontal', null],
    ['ArrowRight', 0, 0, 'horizontal', null]
  ] as const)('%s from %d of %d (%s) goes to %s', (key, index, count, orientation, expected) =>
    expect(walkTarget(key, index, count, orientation)).toBe(expected));
});
