import { describe, expect, test } from 'vitest';
import { generate } from '../bench/generate.ts';
import { validateDataset, formatProblem } from '../../src/lib/model/validate.ts';
import { fromBytes, MAX_BYTES } from '../../src/lib/load.ts';

describe('the benchmark generator', () => {
  test.each([1, 10, 1000, 10_000])('makes a valid dataset of exactly %i events, whose only warnings are missing sources', (size) => {
    const result = validateDataset(generate(size));
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.dataset?.events).toHaveLength(size);
    expect(result.warnings.every((w) => w.field === 'sources')).toBe(true);
  });

  test('the same seed gives the same dataset; another seed another', () => {
    expect(JSON.stringify(generate(500, 42))).toBe(JSON.stringify(generate(500, 42)));
    expect(JSON.stringify(generate(500, 43))).not.toBe(JSON.stringify(generate(500, 42)));
  });

  test('dates mix day, month and year precision about 70/20/10, with dense days', () => {
    const { events } = generate(10_000);
    const share = (p: string) => events.filter((e) => e.date.precision === p).length / events.length;
    expect(share('day')).toBeGreaterThan(0.6);
    expect(share('month')).toBeGreaterThan(0.12);
    expect(share('year')).toBeGreaterThan(0.05);
    const perDay = new Map<string, number>();
    for (const e of events) perDay.set(e.date.start, (perDay.get(e.date.start) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeGreaterThanOrEqual(20);
    expect(new Set(events.flatMap((e) => e.actors)).size).toBeGreaterThanOrEqual(5);
  });

  test('100,000 events with a one-line summary each are over 20 MB and load under the limit', () => {
    const text = JSON.stringify(generate(100_000, 1, { summaries: true }));
    const bytes = new TextEncoder().encode(text);
    expect(bytes.byteLength).toBeGreaterThan(20_000_000);
    expect(bytes.byteLength).toBeLessThan(MAX_BYTES);
    const result = fromBytes(bytes, 'generated');
    expect(result.ok && result.model.events.length).toBe(100_000);
  }, 60_000);

  test('summaries change the summaries only', () => {
    const plain = generate(300, 7);
    const rich = generate(300, 7, { summaries: true });
    expect(rich.events.map(({ summary: _, ...e }) => e)).toEqual(plain.events.map(({ summary: _, ...e }) => e));
    expect(new Set(rich.events.map((e) => e.summary!.en)).size).toBe(300);
  });
});
