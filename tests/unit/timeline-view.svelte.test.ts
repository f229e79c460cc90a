import { describe, expect, test } from 'vitest';
import { TimelineView, ZOOM_STEP, type ViewInput } from '../../src/components/timeline/view.svelte.ts';
import type { TimeWindow } from '../../src/lib/time/zoom.ts';

const DAY = 86_400_000;
/** 100 days on a 1000 px view; event "e" is day 80, "f" day 10. */
function setup(selectedId: string | null = null) {
  const spans: Record<string, TimeWindow> = { e: [80 * DAY, 81 * DAY], f: [10 * DAY, 11 * DAY] };
  const input: ViewInput = { extent: [0, 100 * DAY], width: 1000, selectedId, span: (id) => spans[id] ?? null, cardWidth: () => 150, cards: () => [{ id: 'f', row: 2 }], lanes: 'all' };
  return new TimelineView(() => input);
}
const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, target: null, ...extra }) as KeyboardEvent;
const centre = (w: TimeWindow) => (w[0] + w[1]) / 2;

describe('the timeline view', () => {
  test.each([
    { why: 'without a selection, the buttons zoom around the centre', selected: null, focused: null, kept: 50.5 * DAY },
    { why: 'around the selected event when it is in view', selected: 'e', focused: null, kept: 80.5 * DAY },
    { why: 'around the focused event before the selected one', selected: 'e', focused: 'f', kept: 10.5 * DAY }
  ])('$why', ({ selected, focused, kept }) => {
    const view = setup(selected);
    view.focus(focused);
    const before = view.zoom.goal;
    view.zoomBy(ZOOM_STEP);
    const after = view.zoom.goal;
    expect(after[1] - after[0]).toBeCloseTo((before[1] - before[0]) / ZOOM_STEP);
    // The anchor keeps its place on screen: its fraction of the window is the same before and after.
    const at = (w: TimeWindow) => (kept - w[0]) / (w[1] - w[0]);
    if (selected || focused) expect(at(after)).toBeCloseTo(at(before));
    else expect(centre(after)).toBeCloseTo(centre(before));
  });

  test('the keys +, - and 0 zoom; typed text and shortcuts with Ctrl are left alone', () => {
    const view = setup();
    expect(view.key(key('+'))).toBe(true);
    expect(view.zoom.whole).toBe(false);
    expect(view.key(key('0'))).toBe(true);
    expect(view.zoom.whole).toBe(true);
    expect(view.key(key('+', { ctrlKey: true }))).toBe(false);
    expect(view.key(key('x'))).toBe(false);
    expect(view.zoom.whole).toBe(true);
  });

  test('fit shows a dense day in one step, and reveal pans to an event off screen at the same zoom', () => {
    const view = setup();
    view.fit(80 * DAY, 81 * DAY);
    const day = view.zoom.goal;
    expect(day[0]).toBeLessThanOrEqual(80 * DAY);
    expect(day[1]).toBeGreaterThanOrEqual(81 * DAY);
    expect(day[1] - day[0]).toBeLessThan(1.2 * DAY);
    view.reveal('f');
    const panned = view.zoom.goal;
    expect(panned[1] - panned[0]).toBeCloseTo(day[1] - day[0]);
    expect(panned[0]).toBeLessThanOrEqual(10 * DAY);
    expect(panned[1]).toBeGreaterThan(10 * DAY);
  });

  test('a move remembers the cards shown before it, for the layout to keep them in their rows', () => {
    const view = setup();
    expect(view.previousFor('all')).toBeUndefined();
    view.gestures.set([0, 50 * DAY]);
    expect(view.previousFor('all')).toEqual(new Map([['f', 2]]));
    expect(view.previousFor('filtered'), 'after a filter, the cards are packed afresh').toBeUndefined();
    view.fit(80 * DAY, 81 * DAY);
    expect(view.previousFor('all'), 'a fitted day is packed afresh').toBeUndefined();
    view.zoomBy(ZOOM_STEP);
    expect(view.previousFor('all')).toBeDefined();
    view.showAll();
    expect(view.previousFor('all'), 'so is the whole').toBeUndefined();
    expect(view.zoom.whole).toBe(true);
  });
});
