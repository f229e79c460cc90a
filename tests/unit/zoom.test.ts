import { describe, expect, test } from 'vitest';
import { timeScale } from '../../src/lib/time/scale.ts';
import { centreOn, constrain, identity, interpolate, panBy, rescale, zoomAround } from '../../src/lib/time/zoom.ts';

const limits = { width: 1000, maxK: 50 };

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

describe('the zoom transform', () => {
  test.each([
    ['k below 1 is raised to 1', { k: 0.5, x: 0 }, { k: 1, x: 0 }],
    ['k above the maximum is lowered', { k: 80, x: 0 }, { k: 50, x: 0 }],
    ['panning past the start is stopped', { k: 2, x: 300 }, { k: 2, x: 0 }],
    ['panning past the end is stopped', { k: 2, x: -1500 }, { k: 2, x: -1000 }],
    ['a transform inside the limits is kept', { k: 2, x: -400 }, { k: 2, x: -400 }]
  ])('%s', (_name, t, expected) => expect(constrain(t, limits)).toEqual(expected));

  test('zooming around a point keeps that point still', () => {
    const base = timeScale([0, 1000], [0, 1000]);
    const before = rescale(base, { k: 2, x: -500 }, 1000).invert(300);
    const t = zoomAround({ k: 2, x: -500 }, 1.5, 300, limits);
    expect(rescale(base, t, 1000).invert(300)).toBeCloseTo(before, 6);
    expect(t.k).toBe(3);
  });

  test('zooming out at k = 1 changes nothing', () => expect(zoomAround(identity, 0.5, 500, limits)).toEqual(identity));
  test('panning at k = 1 changes nothing', () => expect(panBy(identity, 100, limits)).toEqual(identity));

  test('centreOn puts a base position at the centre', () => {
    const t = centreOn(400, 4, limits);
    expect(t.x + 400 * t.k).toBe(500);
  });

  test('rescale shows the base domain at k = 1', () => {
    const base = timeScale([0, 1000], [0, 1000]);
    expect(rescale(base, identity, 1000).domain()).toEqual([0, 1000]);
    expect(rescale(base, { k: 2, x: -1000 }, 1000).domain()).toEqual([500, 1000]);
  });

  test('interpolate runs from one transform to the other', () => {
    const a = { k: 1, x: 0 };
    const b = { k: 4, x: -1500 };
    expect(interpolate(a, b, 0, 1000)).toEqual(a);
    const end = interpolate(a, b, 1, 1000);
    expect(end.k).toBeCloseTo(4);
    expect(end.x).toBeCloseTo(-1500);
    expect(interpolate(a, b, 0.5, 1000).k).toBeCloseTo(2);
  });
});
