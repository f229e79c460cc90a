import { describe, expect, test } from 'vitest';
import { asLiteral } from '../../src/build/as-literal.ts';

describe('asLiteral: JSON as a JavaScript expression with the same value', () => {
  test.each([
    ['keys that are names lose their quotes', { id: 'a', title: { de: 'x' } }, '{id:"a",title:{de:"x"}}'],
    ['other keys keep them', { 'a-b': 1, '1x': 2, 'ä': 3 }, '{"a-b":1,"1x":2,"ä":3}'],
    ['a string with a quote and a colon inside stays as it is', { q: 'er sagte: "ja":' }, '{q:"er sagte: \\"ja\\":"}'],
    ['a value string that looks like a key stays', ['"id":', 'x'], '["\\"id\\":","x"]'],
    ['a backslash before the closing quote', { a: 'x\\', b: 1 }, '{a:"x\\\\",b:1}']
  ])('%s', (_, value, expected) => {
    const literal = asLiteral(value);
    expect(literal).toBe(expected);
    expect(new Function(`return ${literal}`)()).toEqual(value);
  });

  test('data with a __proto__ key stays JSON.parse, where that key is an own key as any other', () => {
    const value = JSON.parse('{"actors":{"__proto__":{"de":"x"}}}');
    const literal = asLiteral(value);
    expect(literal.startsWith('JSON.parse(')).toBe(true);
    const back = new Function(`return ${literal}`)();
    expect(Object.keys(back.actors)).toEqual(['__proto__']);
  });

  test('the shipped dataset comes back equal', async () => {
    const { readFileSync } = await import('node:fs');
    const data = JSON.parse(readFileSync('data/summit-2021.json', 'utf8'));
    expect(new Function(`return ${asLiteral(data)}`)()).toEqual(data);
  });
});
