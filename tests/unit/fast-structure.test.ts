import { describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { readdirSync, readFileSync } from 'node:fs';
import { fastStructure, isPlainEvent } from '../../src/lib/model/fast-structure.ts';
import { Dataset, Event } from '../../src/lib/model/schema.ts';
import { unknownFields } from '../../src/lib/model/unknown-fields.ts';
import { validateDataset } from '../../src/lib/model/validate.ts';
import { generate } from '../bench/generate.ts';
import { shipped } from './fixtures.ts';

type Json = Record<string, unknown>;

/** What valibot alone says of an input: the answer the fast path must never contradict. */
function agree(input: Json): 'fast' | 'slow' {
  const fast = fastStructure(input);
  if (!fast) return 'slow';
  const full = v.safeParse(Dataset, input);
  expect(full.success, 'fastStructure accepted what the schema refuses').toBe(true);
  if (full.success) expect(fast.dataset).toEqual(full.output);
  expect(unknownFields(Dataset, fast.rest)).toEqual(unknownFields(Dataset, input));
  return 'fast';
}

/** A small deterministic generator (mulberry32), so a failure can be run again. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values that are right somewhere and wrong elsewhere. */
const POOL: unknown[] = [
  undefined, null, 0, 1.5, -3, true, '', ' ', 'x', 'Bad', 'a b', 'biden', 'de', 'en', 'pt-BR', 'DE', '__proto__', 'constructor', 'prototype',
  '2021', '2021-06', '2021-06-16', '-13800000000', '2021-6-16', '21', 'year', 'month', 'day', 'week', [], [''], ['x'], ['biden', 'Bad'], [1],
  {}, { de: 'Text' }, { de: '' }, { de: ' ' }, { 'xx-yy': 'a' }, { DE: 'a' }, { de: 1 }, JSON.parse('{"__proto__":"a"}'), { constructor: 'a' },
  { text: 'x' }, { text: 'x', url: 'https://example.org/' }, { text: 'x', url: 'javascript:alert(1)' }, { text: 'x', reference: 'p. 3' },
  { article: 'a', quote: 'q' }, { start: '2021' }, { start: '2021-06-16', precision: 'day' }, { start: '2021', extra: 1 }
];

/** Every path to a value inside the events (and a few beside them). */
function paths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const key of Object.keys(value)) paths((value as Json)[key], [...path, key], out);
  return out;
}

function mutate(data: Json, path: (string | number)[], pick: () => number): Json {
  const copy = structuredClone(data);
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  const roll = pick();
  if (roll < 0.15 && typeof parent === 'object' && !Array.isArray(parent)) delete parent[last];
  else if (roll < 0.25 && typeof parent[last] === 'object' && parent[last] !== null && !Array.isArray(parent[last])) (parent[last] as Json)[['note', 'extra', 'Title', '__proto__'][Math.floor(pick() * 4)]] = 'x';
  else parent[last] = structuredClone(POOL[Math.floor(pick() * POOL.length)]);
  return copy;
}

describe('fastStructure', () => {
  test('takes the shipped dataset, generated data and the examples, with the schema’s own output', () => {
    const inputs: Json[] = [shipped() as unknown as Json, generate(300, 1) as unknown as Json, generate(300, 7) as unknown as Json];
    for (const name of readdirSync('public/examples').filter((f) => f.endsWith('.json')))
      inputs.push(JSON.parse(readFileSync(`public/examples/${name}`, 'utf8')));
    for (const input of inputs) expect(agree(input)).toBe('fast');
  });

  test('never accepts what valibot refuses, nor differs from its output, on 4,000 damaged copies', () => {
    const pick = random(16);
    const base = generate(12, 3) as unknown as Json;
    (base.events as Json[])[2].notes = { de: 'Notiz' };
    (base.events as Json[])[3].context = { text: 'Hintergrund', reference: 'S. 3' };
    (base.events as Json[])[4].order = 2;
    const cited = (base.events as Json[]).find((e) => (e.sources as Json[]).length)!;
    (cited.sources as Json[])[0].datePhrase = ['am Mittwoch'];
    const targets = paths(base.events, ['events']).filter((p) => p.length > 1);
    let fast = 0;
    for (let i = 0; i < 4000; i++) if (agree(mutate(base, targets[Math.floor(pick() * targets.length)], pick)) === 'fast') fast++;
    // Many damages are harmless (a valid text for another): those must still take the fast path.
    expect(fast).toBeGreaterThan(400);
  });

  test('says yes to an event only where the schema does, and to nearly every one it takes', () => {
    const pick = random(5);
    const base = generate(12, 3) as unknown as Json;
    const targets = paths((base.events as Json[])[0]).filter((p) => p.length);
    let taken = 0;
    let fast = 0;
    for (let i = 0; i < 3000; i++) {
      const event = (mutate(base, ['events', 0, ...targets[Math.floor(pick() * targets.length)]], pick).events as Json[])[0];
      const schema = v.is(Event, event) && unknownFields(Event, event).length === 0;
      if (isPlainEvent(event)) expect(schema, JSON.stringify(event)).toBe(true);
      if (schema) taken++;
      if (schema && isPlainEvent(event)) fast++;
    }
    // valibot also takes a list where an object is due (`"date": [1]` reads as an empty date,
    // which the meaning checks then refuse): those go the slow way, and nothing else may.
    expect(fast / taken).toBeGreaterThan(0.9);
  });

  test('validateDataset gives the same answer by either path', () => {
    const data = shipped() as unknown as Json;
    const slow = structuredClone(data);
    (slow.events as Json[])[0].unknownField = 1; // forces the full schema
    const a = validateDataset(data);
    const b = validateDataset(slow);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    expect(b.warnings.slice(1)).toEqual(a.warnings);
    expect(b.dataset).toEqual(a.dataset);
  });
});
