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

describe('the window tween', () => {
  test('moves to its target frame by frame, eased, and ends exactly on it; a new target starts from where it stands', async () => {
    const frames: ((now: number) => void)[] = [];
    const g = globalThis as unknown as { requestAnimationFrame: (f: (now: number) => void) => number; cancelAnimationFrame: (id: number) => void };
    const saved = { raf: g.requestAnimationFrame, caf: g.cancelAnimationFrame };
    g.requestAnimationFrame = (f) => frames.push(f);
    g.cancelAnimationFrame = () => frames.splice(0);
    try {
      const { WindowTween } = await import('../../src/lib/time/zoom-state.svelte.ts');
      const tween = new WindowTween();
      tween.set([0, 100], false);
      expect(tween.current).toEqual([0, 100]);
      tween.set([100, 200], true);
      expect(tween.target).toEqual([100, 200]);
      const run = (now: number) => frames.shift()!(now);
      run(1000);
      expect(tween.current).toEqual([0, 100]);
      run(1125); // half way in time: cubic out is 7/8 of the way
      expect(tween.current[0]).toBeCloseTo(87.5);
      tween.set([0, 10], true);
      expect(frames.length).toBe(1);
      run(2000);
      expect(tween.current[0]).toBeCloseTo(87.5);
      run(2250);
      expect(tween.current).toEqual([0, 10]);
      expect(frames.length).toBe(0);
    } finally {
      g.requestAnimationFrame = saved.raf;
      g.cancelAnimationFrame = saved.caf;
    }
  });
});
