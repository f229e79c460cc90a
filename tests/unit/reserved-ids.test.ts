import { describe, expect, test } from 'vitest';
import { validateDataset, formatProblem } from '../../src/lib/model/validate.ts';
import { shipped } from './fixtures.ts';

const errorsOf = (json: string) => validateDataset(JSON.parse(json)).errors.map(formatProblem);
const RESERVED = 'an id other than constructor or prototype (names JavaScript reserves)';

describe('ids that name built-in properties of JavaScript objects are refused, never lost', () => {
  test('an event naming an undefined actor "constructor" is refused, naming it', () => {
    const data = shipped();
    data.events[0].actors = ['constructor'];
    expect(errorsOf(JSON.stringify(data))).toContain(`event '${data.events[0].id}', actors[0]: expected ${RESERVED}, found "constructor"`);
  });

  test.each(['constructor', 'prototype'])('a defined actor %j is refused with its name, not dropped', (id) => {
    const data = shipped();
    (data.actors as Record<string, unknown>)[id] = { de: 'X', en: 'X' };
    expect(errorsOf(JSON.stringify(data))).toContain(`dataset, actors.${id}: expected ${RESERVED}, found "${id}"`);
  });

  test('a tag "__proto__" (an own key after JSON.parse) is refused, naming it', () => {
    const json = JSON.stringify(shipped()).replace('"tags":{', '"tags":{"__proto__":{"de":"X","en":"X"},');
    expect(errorsOf(json)).toContain('dataset, tags.__proto__: expected a slug of lower-case letters, digits and hyphens, found "__proto__"');
  });

  test.each(['constructor', 'prototype'])('an event id %j is refused, naming it', (id) => {
    const data = shipped();
    data.events[0].id = id;
    expect(errorsOf(JSON.stringify(data))).toContain(`event '${id}', id: expected ${RESERVED}, found "${id}"`);
  });

  test('no actor or tag reaches Object.prototype through a lookup', () => {
    const data = shipped();
    data.events[0].tags = ['valueof'];
    expect(errorsOf(JSON.stringify(data)).some((m) => m.includes('found "valueof"'))).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
