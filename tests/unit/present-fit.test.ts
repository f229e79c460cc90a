import { describe, expect, test } from 'vitest';
import { nextFit } from '../../src/lib/present/fit.ts';

describe('nextFit: a slide taller than the screen shrinks its type just enough', () => {
  test.each([
    ['nothing overflows: full size', 1, 600, 0, 1],
    ['half a pixel is rounding, not overflow', 1, 600, 0.4, 1],
    ['60 px too tall on 600 px of content: 90 %', 1, 600, 60, 0.9],
    ['a second round shrinks from the current scale', 0.9, 540, 27, 0.855],
    ['never below the minimum: then the page scrolls', 1, 600, 500, 0.6],
    ['a custom minimum', 1, 600, 500, 0.5, 0.5],
    ['a scale above 1 is capped', 1.2, 600, 0, 1],
    ['no content to shrink: unchanged', 0.8, 0, 40, 0.8]
  ])('%s', (_, fit, height, overflow, expected, min?: number) => expect(nextFit(fit, height, overflow, min)).toBeCloseTo(expected, 6));
});
