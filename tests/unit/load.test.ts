import { describe, expect, test } from 'vitest';
import { fromText, fromUrl, resolveDataUrl, MAX_BYTES } from '../../src/lib/load.ts';
import { formatProblem } from '../../src/lib/model/validate.ts';
import { readFileSync } from 'node:fs';

const text = readFileSync('data/summit-2021.json', 'utf8');
const firstError = (r: Awaited<ReturnType<typeof fromUrl>>) => (r.ok ? 'ok' : formatProblem(r.errors[0]));

describe('fromText', () => {
  test('the shipped dataset loads into a chronologically ordered model', () => {
    const result = fromText(text, 'file');
    if (!result.ok) throw new Error('not ok');
    const ids = result.model.events.map((e) => e.id);
    expect(ids.slice(0, 5)).toEqual(['biden-takes-office', 'biden-calls-putin-killer', 'russia-recalls-antonow', 'sullivan-returns', 'russia-unfriendly-state']);
    expect(ids[5]).toBe('geneva-summit');
    expect(Object.isFrozen(result.model.events[0])).toBe(true);
  });
  test.each([
    ['', /file, content: expected a JSON document, found an empty file/],
    ['{"format":', /file, content: expected valid JSON, found a syntax error/],
    ['[1,2]', /file, \(top level\): expected a JSON object .*, found a list of 2/],
    ['x'.repeat(MAX_BYTES + 1), /file, size: expected at most 20 MB, found 20\.0 MB/]
  ])('bad text %# is refused with a message', (input, expected) => {
    const result = fromText(input, 'file');
    expect(firstError(result)).toMatch(expected);
  });
});

describe('fromUrl', () => {
  const ok = (body: string, status = 200) => (async () => new Response(body, { status })) as unknown as typeof fetch;
  test.each(['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd'])('%s is refused before any request', async (value) => {
    expect(resolveDataUrl(value, 'https://example.org/')).toBeNull();
    const result = await fromUrl(value, 'https://example.org/', ok('{}'));
    expect(firstError(result)).toMatch(/expected an http or https address/);
  });
  test('a relative address resolves against the page', () =>
    expect(resolveDataUrl('data/x.json', 'https://example.org/sub/index.html')?.href).toBe('https://example.org/sub/data/x.json'));
  test('a 404 says so', async () => expect(firstError(await fromUrl('x.json', 'https://example.org/', ok('no', 404)))).toMatch(/response: expected HTTP status 200, found HTTP status 404/));
  test('a network error says so', async () => {
    const failing = (async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch;
    expect(firstError(await fromUrl('x.json', 'https://example.org/', failing))).toMatch(/request: expected a response from the server, found a network error \(Failed to fetch\)/);
  });
  test('a good response loads', async () => expect((await fromUrl('x.json', 'https://example.org/', ok(text))).ok).toBe(true));
});
