import { describe, expect, test } from 'vitest';
import { buildModel, compareEvents } from '../../src/lib/model/model.ts';
import { intervalOf } from '../../src/lib/time/precision.ts';
import { generate } from '../bench/generate.ts';
import { shipped } from './fixtures.ts';

describe('buildModel', () => {
  test.each([
    ['the shipped dataset', shipped()],
    ['a generated dataset with dense days, spans and ties', generate(3000, 7)]
  ])('orders %s exactly as compareEvents does', (_name, data) => {
    data.events.forEach((e, i) => (e.order = i % 3)); // ties broken by order, then id
    const expected = data.events
      .map((e) => ({ ...e, interval: intervalOf(e.date) }))
      .sort(compareEvents)
      .map((e) => e.id);
    expect(buildModel(data).events.map((e) => e.id)).toEqual(expected);
  });

  test('events and their intervals are frozen, and indices follow the order', () => {
    const model = buildModel(generate(200, 3));
    expect(model.events.every((e, i) => e.index === i && Object.isFrozen(e) && Object.isFrozen(e.interval))).toBe(true);
  });

  test('the input dataset is not changed', () => {
    const data = shipped();
    const before = JSON.stringify(data);
    buildModel(data);
    expect(JSON.stringify(data)).toBe(before);
  });
});
