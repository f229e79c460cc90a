import { describe, expect, test } from 'vitest';
import { TimeZoom } from '../../src/lib/time/zoom-state.svelte.ts';
import type { TimeWindow } from '../../src/lib/time/zoom.ts';

describe('the zoom state', () => {
  test('starts on the whole extent, moves at once for gestures, and says where it stands', () => {
    const zoom = new TimeZoom(() => ({ extent: [0, 1000], minSpan: 10 }));
    expect(zoom.window).toEqual([0, 1000]);
    expect(zoom.whole).toBe(true);
    zoom.go([100, 200]);
    expect(zoom.window).toEqual([100, 200]);
    expect(zoom.goal).toEqual([100, 200]);
    expect(zoom.whole).toBe(false);
    zoom.go([100, 105]);
    expect(zoom.window).toEqual([97.5, 107.5]);
    expect(zoom.narrowest).toBe(true);
  });

  test('a window belongs to its extent: with another dataset it is the whole extent again', () => {
    let extent: TimeWindow = [0, 1000];
    const zoom = new TimeZoom(() => ({ extent, minSpan: 10 }));
    zoom.go([100, 200]);
    extent = [5000, 9000];
    expect(zoom.window).toEqual([5000, 9000]);
  });
});
