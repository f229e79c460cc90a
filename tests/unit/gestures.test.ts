import { describe, expect, test } from 'vitest';
import { gestures, type GestureTarget } from '../../src/lib/gestures.ts';
import type { TimeWindow } from '../../src/lib/time/zoom.ts';

/** A 1000 px wide viewport at the page's left edge, as an event target with synthetic events. */
async function setup(start: TimeWindow = [0, 1000]) {
  const node = Object.assign(new EventTarget(), {
    clientWidth: 1000,
    getBoundingClientRect: () => ({ left: 0, top: 0, width: 1000, height: 400 }),
    setPointerCapture: () => {}
  }) as unknown as HTMLElement;
  let window = start;
  const zoomIns: number[] = [];
  const target: GestureTarget = {
    get: () => window,
    set: (w) => (window = w),
    limits: () => ({ extent: [0, 1000], minSpan: 10 }),
    zoomIn: (px) => zoomIns.push(px)
  };
  // Frames run at once: each input event is one update.
  const detach = gestures(target, (callback) => (callback(), () => {}))(node) as () => void;
  // svelte/events attaches pointer and wheel listeners a microtask later.
  await new Promise((resolve) => setTimeout(resolve));
  const fire = (type: string, props: Record<string, unknown>) => {
    const event = Object.assign(new Event(type, { cancelable: true }), { button: 0, pointerType: 'mouse', clientY: 100, ...props });
    Object.defineProperty(event, 'timeStamp', { value: (props.time as number) ?? 0 });
    node.dispatchEvent(event);
    return event;
  };
  return { fire, window: () => window, zoomIns, detach };
}

const round = (w: TimeWindow) => w.map((v) => Math.round(v * 10) / 10);

describe('gestures on the timeline', () => {
  test('the wheel zooms in around the pointer, and out again', async () => {
    const g = await setup();
    const wheel = g.fire('wheel', { deltaY: -500, deltaX: 0, deltaMode: 0, clientX: 250 });
    expect(round(g.window())).toEqual([125, 625]);
    expect(wheel.defaultPrevented).toBe(true);
    g.fire('wheel', { deltaY: 500, deltaX: 0, deltaMode: 0, clientX: 250 });
    expect(round(g.window())).toEqual([0, 1000]);
  });

  test('at the zoom limit the wheel is left to the page', async () => {
    const g = await setup();
    const wheel = g.fire('wheel', { deltaY: 500, deltaX: 0, deltaMode: 0, clientX: 250 });
    expect(wheel.defaultPrevented).toBe(false);
    expect(g.window()).toEqual([0, 1000]);
  });

  test('a horizontal wheel or shift-wheel pans', async () => {
    const g = await setup([400, 600]);
    g.fire('wheel', { deltaY: 0, deltaX: 100, deltaMode: 0, clientX: 250 });
    expect(round(g.window())).toEqual([420, 620]);
    g.fire('wheel', { deltaY: 100, deltaX: 0, deltaMode: 0, clientX: 250, shiftKey: true });
    expect(round(g.window())).toEqual([440, 640]);
  });

  test('a drag pans with the pointer, and the click that ends it is swallowed', async () => {
    const g = await setup([400, 600]);
    g.fire('pointerdown', { pointerId: 1, clientX: 500 });
    g.fire('pointermove', { pointerId: 1, clientX: 400 });
    g.fire('pointerup', { pointerId: 1, clientX: 400 });
    expect(round(g.window())).toEqual([420, 620]);
    const click = g.fire('click', { clientX: 400 });
    expect(click.defaultPrevented).toBe(true);
  });

  test('a small movement is a click, not a drag', async () => {
    const g = await setup([400, 600]);
    g.fire('pointerdown', { pointerId: 1, clientX: 500 });
    g.fire('pointermove', { pointerId: 1, clientX: 502 });
    g.fire('pointerup', { pointerId: 1, clientX: 502 });
    expect(g.window()).toEqual([400, 600]);
    expect(g.fire('click', { clientX: 502 }).defaultPrevented).toBe(false);
  });

  test.each([
    ['horizontally', [400, 600], [300, 700]],
    ['vertically', [{ x: 500, y: 100 }, { x: 500, y: 200 }], [{ x: 500, y: 50 }, { x: 500, y: 250 }]],
    ['diagonally', [{ x: 450, y: 100 }, { x: 550, y: 200 }], [{ x: 400, y: 50 }, { x: 600, y: 250 }]]
  ])('a pinch that doubles the distance between two fingers %s zooms in by 2', async (_name, from, to) => {
    const g = await setup();
    const at = (p: number | { x: number; y: number }) => (typeof p === 'number' ? { clientX: p, clientY: 100 } : { clientX: p.x, clientY: p.y });
    const [a, b] = from as (number | { x: number; y: number })[];
    const [c, d] = to as (number | { x: number; y: number })[];
    g.fire('pointerdown', { pointerId: 1, pointerType: 'touch', ...at(a) });
    g.fire('pointerdown', { pointerId: 2, pointerType: 'touch', ...at(b) });
    g.fire('pointermove', { pointerId: 1, pointerType: 'touch', ...at(c) });
    g.fire('pointermove', { pointerId: 2, pointerType: 'touch', ...at(d) });
    expect(round(g.window())).toEqual([250, 750]);
  });

  test('a double-click zooms in where it happens', async () => {
    const g = await setup();
    g.fire('dblclick', { clientX: 300 });
    expect(g.zoomIns).toEqual([300]);
  });

  test.each([
    ['two quick taps at one place zoom in at the second', 200, 5, [305]],
    ['two taps far apart in time do not', 800, 5, []],
    ['two taps far apart in space do not', 200, 100, []]
  ])('%s', async (_name, pause, distance, expected) => {
    const g = await setup();
    for (const [i, time] of [0, pause].entries()) {
      g.fire('pointerdown', { pointerId: 10 + i, pointerType: 'touch', clientX: 300 + i * distance, time });
      g.fire('pointerup', { pointerId: 10 + i, pointerType: 'touch', clientX: 300 + i * distance, time: time + 50 });
    }
    expect(g.zoomIns).toEqual(expected);
  });

  test('detaching removes every listener', async () => {
    const g = await setup();
    g.detach();
    g.fire('wheel', { deltaY: -500, deltaX: 0, deltaMode: 0, clientX: 250 });
    expect(g.window()).toEqual([0, 1000]);
  });
});
