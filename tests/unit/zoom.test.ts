import { describe, expect, test } from 'vitest';
import { timeScale } from '../../src/lib/time/scale.ts';
import { clampWindow, fitWindow, isNarrowest, isWhole, panPixels, revealWindow, timeAt, zoomAtPixel, zoomWindow, type TimeWindow } from '../../src/lib/time/zoom.ts';

const limits = { extent: [0, 1000] as TimeWindow, minSpan: 10 };

describe('timeScale', () => {
  const s = timeScale([1000, 2000], [0, 500]);
  test.each([
    [1000, 0],
    [1500, 250],
    [2000, 500],
    [3000, 1000]
  ])('maps %d ms to %d px', (t, px) => expect(s(t)).toBe(px));
  test('inverts', () => expect(s.invert(250)).toBe(1500));
  test('a zero-length domain maps everything to the start', () => expect(timeScale([5, 5], [0, 10]).invert(3)).toBe(5));
});

describe('the zoom window', () => {
  test.each([
    ['a window inside the extent stays as it is', [100, 200], [100, 200]],
    ['a window past the end is moved back in', [950, 1050], [900, 1000]],
    ['a window before the start is moved forward', [-50, 50], [0, 100]],
    ['a window wider than the extent is the extent', [-500, 2000], [0, 1000]],
    ['a window narrower than minSpan widens around its centre', [500, 502], [496, 506]]
  ])('%s', (_name, w, expected) => expect(clampWindow(w as unknown as TimeWindow, limits)).toEqual(expected));

  test('zooming in keeps the instant under the pointer in place', () => {
    const w = zoomAtPixel([0, 1000], 2, 250, 500, limits);
    expect(w).toEqual([250, 750]);
    expect(timeAt(w, 250, 500)).toBe(500);
  });

  test.each([
    ['zooming in twice by 2 is zooming in by 4', [[2, 500], [2, 500]], [375, 625]],
    ['zooming in and out again comes back', [[4, 100], [0.25, 100]], [0, 1000]],
    ['zooming in past minSpan stops at minSpan', [[1000, 500]], [495, 505]],
    ['zooming out past the whole stops at the whole', [[0.1, 300]], [0, 1000]]
  ])('%s', (_name, steps, expected) => {
    let w: TimeWindow = limits.extent;
    for (const [factor, at] of steps as [number, number][]) w = zoomWindow(w, factor, at, limits);
    expect(w.map((v) => Math.round(v * 1e6) / 1e6)).toEqual(expected);
  });

  test('a drag to the right shows earlier times, and stops at the start', () => {
    expect(panPixels([500, 600], 100, 1000, limits)).toEqual([490, 590]);
    expect(panPixels([5, 105], 500, 1000, limits)).toEqual([0, 100]);
  });

  test.each([
    ['an event in view leaves the window as it is', [300, 310], [200, 400]],
    ['an event to the right pans it a third into the view', [800, 810], [733.33, 933.33]],
    ['an event to the left pans it a third into the view', [20, 30], [0, 200]],
    ['an event too close to the right edge for its card is panned in', [395, 396], [328.33, 528.33]]
  ])('%s', (_name, span, expected) =>
    expect(revealWindow([200, 400], span as unknown as TimeWindow, 1000, 300, limits).map((v) => Math.round(v * 100) / 100)).toEqual(expected)
  );

  test('fitting a day shows it with a margin, no narrower than minSpan', () => {
    expect(fitWindow([500, 600], limits)).toEqual([494, 606]);
    expect(fitWindow([500, 501], limits)).toEqual([495.5, 505.5]);
  });

  test('whole and narrowest are what the buttons need', () => {
    expect(isWhole([0, 1000], limits)).toBe(true);
    expect(isWhole([0, 999], limits)).toBe(false);
    expect(isNarrowest([0, 10], limits)).toBe(true);
    expect(isNarrowest([0, 11], limits)).toBe(false);
  });
});
