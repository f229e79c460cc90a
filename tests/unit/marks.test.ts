import { describe, expect, test } from 'vitest';
import { densityPath, laneMarkPaths, markKind } from '../../src/lib/layout/marks.ts';

describe('markKind', () => {
  test.each([
    ['a "by …" bound', true, false, 'before'],
    ['a day', false, false, 'day'],
    ['a month, a year or a span', false, true, 'band']
  ])('%s is drawn as %s, at every zoom', (_name, before, longer, kind) => expect(markKind(before, longer)).toBe(kind));
});

describe('laneMarkPaths', () => {
  test('one path a kind, whatever the number of marks', () => {
    const paths = laneMarkPaths(
      [
        { kind: 'day', x0: 10, x1: 14, y: 20 },
        { kind: 'day', x0: 50, x1: 54, y: 78 },
        { kind: 'band', x0: 100, x1: 160, y: 20 },
        { kind: 'before', x0: 200, x1: 260, y: 20 }
      ],
      1000
    );
    expect(paths.dots).toBe('M8,20a4,4 0 1 0 8,0a4,4 0 1 0 -8,0zM48,78a4,4 0 1 0 8,0a4,4 0 1 0 -8,0z');
    expect(paths.bands).toBe('M103,17h54a3,3 0 0 1 0,6h-54a3,3 0 0 1 0,-6z');
    expect(paths.bounds).toBe('M260,15v10');
    expect(paths.fades).toEqual([{ x: 200, y: 17, width: 60 }]);
  });

  test.each([
    ['a band far left of the view ends just past the edge', -5000, -4000, 'M-8.5,17h0a1.5,3 0 0 1 0,6h0a1.5,3 0 0 1 0,-6z'],
    ['a band across the whole view is cut just past both edges', -5000, 5000, 'M-7,17h1014a3,3 0 0 1 0,6h-1014a3,3 0 0 1 0,-6z'],
    ['a very narrow band is a rounded pill at least 3 px wide', 10, 11, 'M11.5,17h0a1.5,3 0 0 1 0,6h0a1.5,3 0 0 1 0,-6z']
  ])('%s', (_name, x0, x1, d) => expect(laneMarkPaths([{ kind: 'band', x0, x1, y: 20 }], 1000).bands).toBe(d));

  test('no marks, empty paths', () => expect(laneMarkPaths([], 1000)).toEqual({ dots: '', bands: '', bounds: '', fades: [] }));
});

describe('densityPath', () => {
  test('bars grow from 4 to 16 px with their share of the busiest chip', () => {
    const d = densityPath(
      [
        { left: 0, width: 112, count: 10 },
        { left: 120, width: 112, count: 5 }
      ],
      100
    );
    expect(d).toBe('M0,84h112v16h-112zM120,90h112v10h-112z');
  });
});
