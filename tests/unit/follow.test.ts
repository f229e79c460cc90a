import { describe, expect, it } from 'vitest';
import { scrollDelta } from '../../src/lib/follow.ts';
import { startAt } from '../../src/lib/start-at.ts';

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

describe('startAt', () => {
  it.each([
    ['nothing marked: the box starts at its top', null, 300, 0],
    ['a sentence in view from the top: the heading stays in view', { top: 120, bottom: 180 }, 300, 0],
    ['a sentence below the fold: just enough to show its end', { top: 320, bottom: 380 }, 300, 88],
    ['a sentence cut by the lower edge: brought wholly in', { top: 260, bottom: 320 }, 300, 28],
    ['a sentence taller than the box: its start', { top: 400, bottom: 900 }, 300, 392],
    ['a sentence at the very top: never scrolled above the top', { top: 2, bottom: 40 }, 300, 0]
  ])('%s', (_, mark, height, expected) => {
    expect(startAt(mark, height)).toBe(expected);
  });
});
