import { describe, expect, it } from 'vitest';
import { scrollDelta } from '../../src/lib/follow.ts';

const room = { top: 0, bottom: 800 };

describe('scrollDelta', () => {
  it.each([
    ['an element wholly on screen needs no scroll', { top: 100, bottom: 150 }, room, 0],
    ['an element below the screen scrolls up just enough to show its bottom', { top: 900, bottom: 950 }, room, 158],
    ['an element above the screen scrolls down to its top', { top: -300, bottom: -250 }, room, -308],
    ['an element cut by the lower edge is brought in', { top: 780, bottom: 830 }, room, 38],
    ['a sheet over the lower half moves an element above it', { top: 500, bottom: 550 }, { top: 0, bottom: 420 }, 138],
    ['an element taller than the room shows its top', { top: 600, bottom: 1600 }, room, 592]
  ])('%s', (_, element, bounds, expected) => {
    expect(scrollDelta(element, bounds)).toBe(expected);
  });
});
