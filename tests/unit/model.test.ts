import { describe, expect, test } from 'vitest';
import { buildModel, compareEvents, normalise } from '../../src/lib/model/model.ts';
import { intervalOf } from '../../src/lib/time/precision.ts';
import { generate } from '../bench/generate.ts';
import { shipped } from './fixtures.ts';

describe('buildModel', () => {
  test.each([
    ['the shipped dataset', normalise(shipped())], // normalised: a bound-only date gets the start of the event it names
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

describe('citing', () => {
  test('lists, for every article, the events that cite it, in dataset order and once each', () => {
    const data = shipped();
    data.events[0].sources = [...data.events[0].sources, ...data.events[0].sources];
    const model = buildModel(data);
    for (const article of data.articles) {
      const expected = data.events.filter((e) => e.sources.some((s) => s.article === article.id)).map((e) => e.id);
      expect(model.citing.get(article.id)?.map((e) => e.id)).toEqual(expected);
    }
  });
});
