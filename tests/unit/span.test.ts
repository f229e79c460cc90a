import { describe, expect, test } from 'vitest';
import { eventSpan } from '../../src/lib/layout/span.ts';
import { axisTicks } from '../../src/lib/time/axis.ts';
import { yearStartMs } from '../../src/lib/time/years.ts';
import { MIN_YEAR, utc } from '../../src/lib/time/precision.ts';

/** An interval as the model gives it for deep time: clamped to the first year Date places, with exact years beside it. */
const deep = (start: number, end: number) => ({
  interval: { start: new Date(utc(MIN_YEAR)), end: new Date(utc(MIN_YEAR)), precision: 'year' as const, openStart: false, span: false },
  years: { start, end }
});

describe('an event’s span on the time axis', () => {
  test('within Date’s range it is the Date interval', () => {
    const e = { interval: { start: new Date(utc(2021, 6, 16)), end: new Date(utc(2021, 6, 17)), precision: 'day' as const, openStart: false, span: false }, years: { start: 2021.45, end: 2021.46 } };
    expect(eventSpan(e)).toEqual([utc(2021, 6, 16), utc(2021, 6, 17)]);
  });

  test('beyond it, two deep-time events stand apart, in order, where the axis puts their years', () => {
    const bigBang = eventSpan(deep(-13.8e9, -13.8e9 + 1));
    const earth = eventSpan(deep(-4.54e9, -4.54e9 + 1));
    expect(bigBang[0]).toBeLessThan(earth[0]);
    expect(bigBang[0]).toBe(yearStartMs(-13.8e9));
    const labels = axisTicks([bigBang[0], utc(2025)], 1000, 'en').map((t) => t.label);
    expect(labels).toContain('10B BCE');
  });
});
