import { describe, expect, test } from 'vitest';
import { fromFile, fromText, fromUrl, readAtMost, resolveDataUrl, MAX_BYTES } from '../../src/lib/load.ts';
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

/** A response whose body arrives in chunks and announces no length, as a streamed or compressed one does. */
function streamed(chunks: number, chunkBytes: number, fill = 0x20): { response: Response; pulled: () => number } {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === chunks) return controller.close();
      sent++;
      controller.enqueue(new Uint8Array(chunkBytes).fill(fill));
    }
  });
  return { response: new Response(body, { status: 200 }), pulled: () => sent };
}

describe('the size limit', () => {
  const MB = 1024 * 1024;
  test('a response without content-length is read only until it passes the limit', async () => {
    const { response, pulled } = streamed(100, MB); // 100 MB on offer
    const fetcher = (async () => response) as unknown as typeof fetch;
    expect(firstError(await fromUrl('big.json', 'https://example.org/', fetcher))).toMatch(/size: expected at most 20 MB, found more than that \(stopped reading after 20\.0 MB\)/);
    expect(pulled()).toBeLessThanOrEqual(22);
  });
  test('a content-length over the limit is refused before reading', async () => {
    const response = new Response('{}', { status: 200, headers: { 'content-length': String(25 * MB) } });
    expect(firstError(await fromUrl('big.json', 'https://example.org/', (async () => response) as unknown as typeof fetch))).toMatch(/size: expected at most 20 MB, found 25\.0 MB/);
  });
  test.each([
    ['a body just under the limit is read whole', 20, MB, MAX_BYTES],
    ['a body one byte over is not', 1, MAX_BYTES + 1, null]
  ])('%s', async (_name, chunks, chunkBytes, length) => {
    const text = await readAtMost(streamed(chunks, chunkBytes).response, MAX_BYTES);
    expect(text === null ? null : text.length).toBe(length);
  });
  test('multi-byte characters split across chunks decode intact', async () => {
    const bytes = new TextEncoder().encode('„Zitat“ – ä');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const b of bytes) controller.enqueue(new Uint8Array([b]));
        controller.close();
      }
    });
    expect(await readAtMost(new Response(body), MAX_BYTES)).toBe('„Zitat“ – ä');
  });
  test('a local file over the limit is refused by its size, unread', async () => {
    const file = { name: 'gross.json', size: 21 * MB, text: async () => { throw new Error('must not be read'); } } as unknown as File;
    expect(firstError(await fromFile(file))).toBe('file "gross.json", size: expected at most 20 MB, found 21.0 MB');
  });
  test('a local file is named in its messages', async () => {
    const file = new File(['{"format":'], 'kaputt.json', { type: 'application/json' });
    expect(firstError(await fromFile(file))).toMatch(/^file "kaputt\.json", content: expected valid JSON, found a syntax error/);
  });
});

describe('TimelineJS documents are recognised and converted on load', () => {
  const tjs = readFileSync('tests/fixtures/timelinejs.json', 'utf8');
  test('the fixture loads, with its conversion notes and missing sources as warnings', () => {
    const result = fromText(tjs, 'file');
    if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
    expect(result.model.events).toHaveLength(11);
    expect(result.model.events[0].id).toBe('stonehenge');
    expect(result.warnings.map((w) => w.field)).toEqual(expect.arrayContaining(['end_date', 'media', 'sources']));
  });
  test('a broken TimelineJS document is refused in TimelineJS terms', () => {
    const result = fromText(JSON.stringify({ events: [{ start_date: { year: 2021, month: 13 } }] }), 'file');
    expect(firstError(result)).toBe('TimelineJS event #1, start_date.month: expected a month from 1 to 12, found 13');
  });
});
