import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { fromBytes } from '../../src/lib/load.ts';
import { Assembler, batches, head } from '../../src/lib/model-transfer.ts';
import { generate } from '../bench/generate.ts';

const loaded = (text: string) => {
  const result = fromBytes(new TextEncoder().encode(text), 'x');
  if (!result.ok) throw new Error('invalid');
  return result;
};

/** As the page receives it: every message structured-cloned on its own. */
function transfer(text: string, size: number) {
  const { model, warnings } = loaded(text);
  const assembler = new Assembler(structuredClone(head(model, warnings)));
  for (const batch of batches(model, size)) assembler.add(structuredClone(batch));
  return { sent: model, received: assembler.finish().model };
}

describe('a model sent from the worker in batches arrives as buildModel made it', () => {
  test.each([
    ['the shipped dataset in batches of 7', readFileSync('data/summit-2021.json', 'utf8'), 7],
    ['1,000 generated events in batches of 100', JSON.stringify(generate(1000)), 100]
  ])('%s', (_name, text, size) => {
    const { sent, received } = transfer(text, size);
    expect(received.events).toEqual(sent.events);
    expect(received.data).toEqual(sent.data);
    expect([...received.byId.keys()]).toEqual([...sent.byId.keys()]);
    expect([...received.articles.keys()]).toEqual([...sent.articles.keys()]);
    expect([...received.citing].map(([id, events]) => [id, events.map((e) => e.id)])).toEqual([...sent.citing].map(([id, events]) => [id, events.map((e) => e.id)]));
    expect(received.events.every((e) => Object.isFrozen(e) && Object.isFrozen(e.interval) && e.interval.start instanceof Date)).toBe(true);
    expect(received.byId.get(received.events[3].id)).toBe(received.events[3]);
  });
  test('a transfer cut short is an error, not a model with missing events', () => {
    const { model } = loaded(JSON.stringify(generate(50)));
    const assembler = new Assembler(head(model, []));
    assembler.add(batches(model, 20).next().value!);
    expect(() => assembler.finish()).toThrow('expected 50 events, received 20');
  });
});
