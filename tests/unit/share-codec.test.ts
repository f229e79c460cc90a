import { describe, expect, test } from 'vitest';
import { encodeDataset, decodeDataset, toBase64Url, fromBase64Url } from '../../src/lib/share/codec.ts';
import { fromFragment } from '../../src/lib/share/fragment.ts';
import * as loader from '../../src/lib/load.ts';
import { readFileSync } from 'node:fs';

const text = (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

describe('a dataset in the link: compressed, base64url, and back', () => {
  test.each([
    ['the shipped dataset', readFileSync('data/summit-2021.json', 'utf8')],
    ['the example', readFileSync('public/examples/lindenau-bridge.json', 'utf8')],
    ['both kinds of quotation marks and other scripts', '{"q":"„Killer“ “absolut konstruktiv” Путин 😀"}'],
    ['an empty document', '']
  ])('%s survives the round trip byte for byte', async (_, json) => {
    const value = await encodeDataset(json);
    expect(value).toMatch(/^z1\.[A-Za-z0-9_-]*$/);
    expect(await text(decodeDataset(value))).toBe(json);
  });

  test('the shipped dataset makes a fragment of under a third of its JSON (a 100 kB dataset fits a link)', async () => {
    const json = JSON.stringify(JSON.parse(readFileSync('data/summit-2021.json', 'utf8')));
    expect((await encodeDataset(json)).length).toBeLessThan(json.length / 3);
  });

  test.each([
    [[], ''],
    [[0], 'AA'],
    [[255, 255], '__8'],
    [[251, 239, 190], '----'],
    [[1, 2, 3, 4], 'AQIDBA']
  ])('base64url of %j is %j, and back', (bytes, encoded) => {
    expect(toBase64Url(Uint8Array.from(bytes))).toBe(encoded);
    expect([...fromBase64Url(encoded)]).toEqual(bytes);
  });

  test.each([
    ['no prefix', 'abc'],
    ['characters outside base64url', 'z1.ab+c'],
    ['an impossible length', 'z1.abcde']
  ])('%s is refused', (_, value) => expect(() => decodeDataset(value)).toThrow());
});

describe('fromFragment runs the same checks as every other way in', () => {
  test('a good dataset loads', async () => {
    const result = await fromFragment(await encodeDataset(readFileSync('public/examples/lindenau-bridge.json', 'utf8')), loader);
    expect(result.ok && result.model.events.length).toBe(7);
  });

  test('an invalid dataset is reported by the validator', async () => {
    const result = await fromFragment(await encodeDataset('{"format":"sourceline/1"}'), loader);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.length).toBeGreaterThan(0);
  });

  test('text that is no JSON is reported naming the link', async () => {
    const result = await fromFragment(await encodeDataset('{"format":'), loader);
    expect(!result.ok && result.errors[0].where).toBe('link #data');
  });

  test.each([
    ['cut short', async () => (await encodeDataset(readFileSync('data/summit-2021.json', 'utf8'))).slice(0, 400)],
    ['not ours', async () => 'hello']
  ])('a damaged link (%s) says so', async (_, value) => {
    const result = await fromFragment(await value(), loader);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0].found).toMatch(/damaged link/);
  });

  test('a link that inflates past the size limit is stopped', async () => {
    const small = { ...loader, MAX_BYTES: 1000 };
    const result = await fromFragment(await encodeDataset(' '.repeat(5000)), small);
    expect(!result.ok && result.errors[0].field).toBe('size');
  });
});
