import { describe, expect, test, vi } from 'vitest';
import { fromBytes, fromBytesPaced, fromText, MAX_BYTES, type LoadResult } from '../../src/lib/load.ts';
import { loadFile, loadUrl } from '../../src/lib/load-client.ts';
import { resolveDataUrl } from '../../src/lib/lazy-load.ts';
import { readBody } from '../../src/lib/read-body.ts';
import { sizeText } from '../../src/lib/size.ts';
import { formatProblem } from '../../src/lib/model/validate.ts';
import { readFileSync } from 'node:fs';

const text = readFileSync('data/summit-2021.json', 'utf8');
const firstError = (r: LoadResult) => (r.ok ? 'ok' : formatProblem(r.errors[0]));

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
    ['[1,2]', /file, \(top level\): expected a JSON object .*, found a list of 2/]
  ])('bad text %# is refused with a message', (input, expected) => {
    const result = fromText(input, 'file');
    expect(firstError(result)).toMatch(expected);
  });
});


const bytes = (...parts: (string | number[])[]) => {
  const chunks = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : new Uint8Array(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) out.set(c, (at += c.length) - c.length);
  return out;
};

describe('one encoding policy: UTF-8 with or without a byte order mark, anything else named', () => {
  test('UTF-8 with a BOM loads like UTF-8 without one', () => {
    expect(fromBytes(bytes([0xef, 0xbb, 0xbf], text), 'file').ok).toBe(true);
    expect(fromBytes(bytes(text), 'file').ok).toBe(true);
  });
  const utf16 = (le: boolean, bom: boolean) => {
    const units = [...(bom ? [0xfeff] : []), ...[...'{"format":1}'].map((c) => c.charCodeAt(0))];
    return units.flatMap((u) => (le ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
  };
  test.each([
    ['Latin-1 "ä" is refused, naming the encoding and where', bytes('{"a": "K', [0xe4], 'se"}'), /encoding: expected UTF-8 text \(with or without a byte order mark\), found bytes that are not UTF-8 \(byte 0xE4 at byte 9, line 1, column 9; it looks like Latin-1 \(ISO 8859-1\) or Windows-1252, where it is "ä"\); save the file as UTF-8/],
    ['a line further down is counted', bytes('{\n"a":\n"', [0x80], '"}'), /byte 0x80 at byte 9, line 3, column 2; .* where it is "€"/],
    ['a truncated multi-byte character is invalid UTF-8', bytes('"', [0xe2, 0x80], '"'), /byte 0xE2 at byte 2/],
    ['UTF-16 little-endian with its BOM', bytes(utf16(true, true)), /found UTF-16 \(little-endian\) text, by its byte order mark/],
    ['UTF-16 big-endian with its BOM', bytes(utf16(false, true)), /found UTF-16 \(big-endian\) text, by its byte order mark/],
    ['UTF-16 little-endian without a BOM', bytes(utf16(true, false)), /found UTF-16 \(little-endian\) text without a byte order mark/],
    ['UTF-16 big-endian without a BOM', bytes(utf16(false, false)), /found UTF-16 \(big-endian\) text without a byte order mark/],
    ['UTF-32 by its BOM', bytes([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]), /found UTF-32 \(little-endian\) text/]
  ])('%s', (_name, input, expected) => {
    const result = fromBytes(input, 'file');
    expect(firstError(result)).toMatch(expected);
    expect(result.ok ? null : result.reason).toEqual({ kind: 'encoding' });
  });
});

describe('duplicate keys are an error naming the key and where', () => {
  test.each([
    ['a second "events" list', '{"format": 1,\n  "events": [],\n  "events": []}', 'events', '"events" a second time (line 3, column 3): JSON would keep only the last one; remove or rename one of them'],
    ['inside an event', '{"events": [{"id": "a"}, {"id": "b", "title": {"de": "x", "de": "y"}}]}', 'events[1].title.de', '"de" a second time (line 1, column 59)'],
    ['written with an escape', '{"a": 1, "\\u0061": 2}', 'a', '"a" a second time (line 1, column 10)'],
    ['a key that needs quoting in a path', '{"my key": {"x": 1, "x": 2}}', '["my key"].x', '"x" a second time (line 1, column 21)']
  ])('%s', (_name, input, where, found) => expect(firstError(fromText(input, 'file'))).toContain(`file, ${where}: expected each key once in an object, found ${found}`));
  test.each([
    ['equal keys in different objects', '{"a": {"k": 1}, "b": {"k": 2}, "c": [{"k": 1}, {"k": 2}]}'],
    ['a key that appears as a string value', '{"k": "k", "j": ["k", "k"]}'],
    ['quotes and backslashes inside strings', '{"k": "a \\" \\\\", "j": "\\\\"}'],
    ['many keys in one object', JSON.stringify(Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i])))]
  ])('no false alarm: %s', (_name, input) => expect(firstError(fromText(input, 'file'))).not.toMatch(/each key once/));
  test('a thousand repeated keys after a million lines are placed in one pass, and the list stops at 1,000', () => {
    const text = `{"a": [\n${'1,\n'.repeat(1_000_000)}1],\n${'"k": 1,\n'.repeat(1500)}"z": 1}`;
    const started = performance.now();
    const result = fromText(text, 'file');
    expect(performance.now() - started).toBeLessThan(3000);
    const repeated = result.ok ? [] : result.errors.filter((p) => p.expected === 'each key once in an object');
    expect(repeated).toHaveLength(1000);
    expect(repeated[0].found).toContain('(line 1000004, column 1)');
    expect(repeated[999].found).toContain('(line 1001003, column 1)');
  });
});

describe('one run lists the problems of every stage that can still run', () => {
  const broken = () => {
    const d = JSON.parse(text);
    d.events[0].title = 5; // schema
    d.events[3].sources[0].quote = 'Sullivan kehrte im April nie zurück.'; // verbatim quote
    d.events[5].date.start = '2021-02-30'; // date
    d.events[2].actors = ['china']; // reference
    return JSON.stringify(d, null, 2);
  };
  const all = (r: LoadResult) => (r.ok ? [] : r.errors.map(formatProblem));
  const later = [/title: expected a text/, /actors: expected one of usa, russia, both, found "china"/, /sources\[0\]\.quote: expected text that occurs verbatim/, /date\.start: expected a day that exists in 2021-02/];

  test('UTF-16 is named, and the schema, reference, quote and date problems are listed after it', () => {
    const utf16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(broken(), 'utf16le')]));
    const result = fromBytes(utf16, 'file');
    expect(all(result)[0]).toMatch(/^file, encoding: .*UTF-16 \(little-endian\)/);
    for (const pattern of later) expect(all(result).some((m) => pattern.test(m)), `${pattern}\n${all(result).join('\n')}`).toBe(true);
    expect(result.ok ? null : result.reason).toEqual({ kind: 'encoding' });
  });
  test('Latin-1 is named, and the text read as Latin-1 is checked too: its quotes are still found', () => {
    const d = JSON.parse(text);
    d.events[0].title = 5;
    const latin1 = new Uint8Array(Buffer.from(JSON.stringify(d).replace(/[^\u0000-\u00ff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`), 'latin1'));
    const messages = all(fromBytes(latin1, 'file'));
    expect(messages[0]).toMatch(/^file, encoding: .*Latin-1/);
    expect(messages.slice(1)).toEqual([expect.stringMatching(/^event 'biden-takes-office', title: expected a text/)]);
  });
  test('every repeated key is listed, and the checks run on what JSON keeps', () => {
    const twice = broken().replace('"format":', '"format": "x",\n  "format":').replace('"actors": {', '"actors": {\n    "usa": "x",');
    const messages = all(fromText(twice, 'file'));
    expect(messages.slice(0, 2)).toEqual([expect.stringMatching(/^file, format: expected each key once .*line 4, column 3/), expect.stringMatching(/^file, actors\.usa: expected each key once/)]);
    for (const pattern of later) expect(messages.some((m) => pattern.test(m)), `${pattern}\n${messages.join('\n')}`).toBe(true);
  });
  test('a repeated key in a dataset that is otherwise valid still stops it from loading', () => {
    const result = fromText(text.replace('"format":', '"format": "sourceline/1",\n  "format":'), 'file');
    expect(result.ok).toBe(false);
  });
  test('a syntax error says on which line and column', () => {
    expect(firstError(fromText('{\n  "a": 1\n  "b": 2\n}', 'file'))).toMatch(/^file, content: expected valid JSON, found a syntax error \(.* at position 13 \(line 3, column 3\)\)$/);
  });
});

describe('fromUrl', () => {
  const ok = (body: string, status = 200) => (async () => new Response(body, { status })) as unknown as typeof fetch;
  test.each(['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd'])('%s is refused before any request', async (value) => {
    expect(resolveDataUrl(value, 'https://example.org/')).toBeNull();
    const result = await loadUrl(value, 'https://example.org/', { fetcher: ok('{}') });
    expect(firstError(result)).toMatch(/expected an http or https address/);
  });
  test('a relative address resolves against the page', () =>
    expect(resolveDataUrl('data/x.json', 'https://example.org/sub/index.html')?.href).toBe('https://example.org/sub/data/x.json'));
  test('a 404 says the file is not there', async () => {
    const result = await loadUrl('x.json', 'https://example.org/', { fetcher: ok('no', 404) });
    expect(firstError(result)).toMatch(/response: expected HTTP status 200, found HTTP status 404: there is no file at https:\/\/example\.org\/x\.json; check the address/);
    expect(result.ok ? null : result.reason).toEqual({ kind: 'not-found', status: 404 });
  });
  test('a 404 for a long address names it shortened, never in full', async () => {
    const result = await loadUrl(`x.json?${'x'.repeat(5000)}`, 'https://example.org/', { fetcher: ok('no', 404) });
    const message = firstError(result);
    expect(message).toMatch(/^data "x\.json\?x+…", response: expected HTTP status 200, found HTTP status 404: there is no file at https:\/\/example\.org\/x\.json\?x+…; check the address$/);
    expect(message.length).toBeLessThan(400);
  });
  const failing = (async () => {
    throw new TypeError('Failed to fetch');
  }) as unknown as typeof fetch;
  test('a failed request to another host names CORS and the header it needs', async () => {
    const result = await loadUrl('https://other.example/x.json', 'https://example.org/', { fetcher: failing });
    expect(firstError(result)).toMatch(/no readable response from other\.example \(Failed to fetch\): .*it must send the header Access-Control-Allow-Origin/);
    expect(result.ok ? null : result.reason).toEqual({ kind: 'cors', host: 'other.example' });
  });
  test('offline says offline', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    const result = await loadUrl('x.json', 'https://example.org/', { fetcher: failing });
    vi.unstubAllGlobals();
    expect(firstError(result)).toMatch(/no connection: the browser is offline/);
    expect(result.ok ? null : result.reason).toEqual({ kind: 'offline' });
  });
  test('a good response loads', async () => expect((await loadUrl('x.json', 'https://example.org/', { fetcher: ok(text) })).ok).toBe(true));
  test('a server that never answers times out with a message', async () => {
    const never = (() => new Promise<Response>(() => {})) as unknown as typeof fetch;
    const result = await loadUrl('x.json', 'https://example.org/', { fetcher: never, idleMs: 50 });
    expect(firstError(result)).toMatch(/request: expected an answer within 0 s, found no answer from example\.org/);
    expect(result.ok ? null : result.reason).toMatchObject({ kind: 'timeout', what: 'download' });
  });
  test('a download that stops half-way times out with a message', async () => {
    const body = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new TextEncoder().encode('{"format":')) }); // never closes
    const result = await loadUrl('x.json', 'https://example.org/', { fetcher: (async () => new Response(body)) as unknown as typeof fetch, idleMs: 50 });
    expect(firstError(result)).toMatch(/found nothing more for 0 s: the server stopped sending/);
  });
  test('cancelling stops a download that never ends', async () => {
    const body = new ReadableStream<Uint8Array>({ start: (c) => c.enqueue(new Uint8Array(10)) });
    const controller = new AbortController();
    const progress: number[] = [];
    const loading = loadUrl('x.json', 'https://example.org/', {
      fetcher: (async () => new Response(body)) as unknown as typeof fetch,
      signal: controller.signal,
      onprogress: (p) => progress.push(p.bytes)
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    const result = await loading;
    expect(result.ok ? null : result.reason).toEqual({ kind: 'cancelled' });
    expect(progress).toEqual([10]);
  });
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

describe('the size limit, in bytes everywhere', () => {
  const MB = 1_000_000;
  test('the limit is at least 200 MB', () => expect(MAX_BYTES).toBeGreaterThanOrEqual(200 * MB));
  test.each([
    [999, '999 bytes'],
    [21_500_000, '21.5 MB (21,500,000 bytes)'],
    [MAX_BYTES, '200 MB (200,000,000 bytes)'],
    [MAX_BYTES + 1, 'about 200 MB (200,000,001 bytes)'],
    [1, '1 byte'],
    [1500, '1.5 kB (1,500 bytes)'],
    [1501, 'about 1.5 kB (1,501 bytes)'],
    [20_971_520, 'about 21 MB (20,971,520 bytes)']
  ])('%i bytes read as %s: a rounded short form says "about"', (n, expected) => expect(sizeText(n)).toBe(expected));
  test('a response without content-length is read only until it passes the limit', async () => {
    const { response, pulled } = streamed(1000, MB); // 1 GB on offer
    const result = await loadUrl('big.json', 'https://example.org/', { fetcher: (async () => response) as unknown as typeof fetch });
    expect(firstError(result)).toBe('data "big.json", size: expected at most 200 MB (200,000,000 bytes), found more than that (reading stopped after 200,000,000 bytes)');
    expect(pulled()).toBeLessThanOrEqual(202);
  });
  test('a content-length over the limit is refused before reading, with both sizes exact', async () => {
    const response = new Response('{}', { status: 200, headers: { 'content-length': String(MAX_BYTES + 1) } });
    expect(firstError(await loadUrl('big.json', 'https://example.org/', { fetcher: (async () => response) as unknown as typeof fetch }))).toBe(
      'data "big.json", size: expected at most 200 MB (200,000,000 bytes), found about 200 MB (200,000,001 bytes), 1 byte over the limit'
    );
  });
  test.each([
    ['a body at the limit is read whole', 200, MB, MAX_BYTES],
    ['a body one byte over is not', 1, MAX_BYTES + 1, null]
  ])('%s', async (_name, chunks, chunkBytes, length) => {
    const read = await readBody(streamed(chunks, chunkBytes).response.body!, { limit: MAX_BYTES });
    expect(read.ok ? read.bytes.byteLength : null).toBe(length);
  });
  test('bytes over the limit are refused by fromBytes too (the CLI path)', () =>
    expect(firstError(fromBytes(new Uint8Array(MAX_BYTES + 1), 'x.json'))).toBe('x.json, size: expected at most 200 MB (200,000,000 bytes), found about 200 MB (200,000,001 bytes), 1 byte over the limit'));
  test('multi-byte characters split across chunks decode intact', async () => {
    const encoded = new TextEncoder().encode('{"t": "„Zitat“ – ä"}');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const b of encoded) controller.enqueue(new Uint8Array([b]));
        controller.close();
      }
    });
    const read = await readBody(body, { limit: MAX_BYTES });
    expect(read.ok && new TextDecoder().decode(read.bytes)).toBe('{"t": "„Zitat“ – ä"}');
  });
  test('a local file over the limit is refused by its size, unread', async () => {
    const file = { name: 'gross.json', size: 210 * MB, stream: () => { throw new Error('must not be read'); } } as unknown as File;
    expect(firstError(await loadFile(file))).toBe('file "gross.json", size: expected at most 200 MB (200,000,000 bytes), found 210 MB (210,000,000 bytes), 10 MB (10,000,000 bytes) over the limit');
  });
  test('a local file is named in its messages', async () => {
    const file = new File(['{"format":'], 'kaputt.json', { type: 'application/json' });
    expect(firstError(await loadFile(file))).toMatch(/^file "kaputt\.json", content: expected valid JSON, found a syntax error/);
  });
  test('a local file loads', async () => expect((await loadFile(new File([text], 'summit.json'))).ok).toBe(true));
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

describe('fromBytesPaced: the same stages, with a pause between them', () => {
  const encode = (s: string) => new TextEncoder().encode(s);
  const shipped = JSON.parse(text);
  const cases: [string, Uint8Array][] = [
    ['the shipped dataset', encode(text)],
    ['a TimelineJS document', encode(JSON.stringify({ events: [{ start_date: { year: 2021 }, text: { headline: 'Gipfel' } }] }))],
    ['a repeated key', encode(text.replace('"format"', '"title": "x", "format"'))],
    ['a broken event', encode(JSON.stringify({ ...shipped, events: [{ ...shipped.events[0], date: { start: '2021-13' } }, ...shipped.events.slice(1)] }))],
    ['a syntax error', encode('{"format":')],
    ['Latin-1', new Uint8Array([0x7b, 0x22, 0xe4, 0x22, 0x3a, 0x31, 0x7d])]
  ];

  test.each(cases)('%s: the result fromBytes gives', async (_, bytes) => {
    let pauses = 0;
    const paced = await fromBytesPaced(bytes, 'file', async () => void pauses++, () => false);
    expect(paced).toEqual(fromBytes(bytes, 'file'));
  });

  test('pauses between parsing, the duplicate-key scan, the structure, the meaning and the model', async () => {
    let pauses = 0;
    const result = await fromBytesPaced(encode(text), 'file', async () => void pauses++, () => false);
    expect(result?.ok).toBe(true);
    expect(pauses).toBeGreaterThanOrEqual(4);
  });

  test('gives up at the next pause when told to stop (a cancel)', async () => {
    let pauses = 0;
    expect(await fromBytesPaced(encode(text), 'file', async () => void pauses++, () => pauses >= 2)).toBeNull();
    expect(pauses).toBe(2);
  });
});
