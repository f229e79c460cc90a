import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '../../src/cli/validate.ts';
import { importCommand } from '../../src/cli/import-timelinejs.ts';
import { MAX_BYTES } from '../../src/lib/size.ts';

let dir: string;
const at = (name: string) => join(dir, name);
const shipped = readFileSync('data/summit-2021.json');
const tjs = readFileSync('tests/fixtures/timelinejs.json');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourceline-cli-'));
  writeFileSync(at('bom.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), shipped]));
  writeFileSync(at('latin1.json'), Buffer.from(shipped.toString('utf8'), 'latin1'));
  writeFileSync(at('dupe.json'), shipped.toString('utf8').replace('"events": [', '"events": [],\n  "events": ['));
  writeFileSync(at('tjs.json'), tjs);
  symlinkSync(at('tjs.json'), at('link.json'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(command: (io: { out: (l: string) => void; err: (l: string) => void; stdout: (t: string) => void }) => number) {
  const out: string[] = [];
  const err: string[] = [];
  let stdout = '';
  const code = command({ out: (l) => out.push(l), err: (l) => err.push(l), stdout: (t) => (stdout += t) });
  return { code, out: out.join('\n'), err: err.join('\n'), stdout };
}

describe('npm run validate reads files like the browser does', () => {
  test.each([
    ['the shipped dataset is valid', 'data/summit-2021.json', 0, /is valid: \d+ events, 2 articles/],
    ['a UTF-8 BOM is accepted, as in the browser', 'bom.json', 0, /is valid/],
    ['Latin-1 is refused, naming the encoding', 'latin1.json', 1, /encoding: expected UTF-8 text \(with or without a byte order mark\), found bytes that are not UTF-8 \(byte 0x.. at byte \d+, line \d+, column \d+; it looks like Latin-1/],
    ['a duplicate key is refused, naming it', 'dupe.json', 1, /events: expected each key once in an object, found "events" a second time \(line \d+, column 3\)/],
    ['a missing file is one line, no stack trace', 'nope.json', 1, /^.*nope\.json: cannot be read \(there is no such file or folder\)$/],
    ['a folder is one line', '.', 1, /cannot be read \(it is a folder, not a file\)$/]
  ])('%s', (_name, file, code, expected) => {
    const path = file.startsWith('data/') || file === '.' ? file : at(file);
    const result = run((io) => validate(path, io));
    expect(result.code).toBe(code);
    expect(result.out + result.err).toMatch(expected);
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  test('every problem of a file is listed in one run: encoding, repeated keys, schema, references, quotes and dates', () => {
    const d = JSON.parse(shipped.toString('utf8'));
    d.events[0].title = 5;
    d.events[2].actors = ['china'];
    d.events[3].sources[0].quote = 'Sullivan kehrte im April nie zurück.';
    d.events[5].date.start = '300000-06-16';
    const json = JSON.stringify(d, null, 2).replace('"format":', '"format": "x",\n  "format":');
    writeFileSync(at('all.json'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(json, 'utf16le').swap16()]));
    const result = run((io) => validate(at('all.json'), io));
    expect(result.code).toBe(1);
    const lines = result.err.split('\n').slice(1);
    expect(lines.map((l) => l.replace(/^\s+✗ /, '').replace(/^[^,]*all\.json/, 'FILE').replace(/: expected .*/, ''))).toEqual([
      'FILE, encoding',
      'FILE, format',
      "event 'biden-takes-office', title",
      "event 'russia-recalls-antonow', actors",
      "event 'sullivan-returns', sources[0].quote",
      "event 'geneva-summit', date.start"
    ]);
  });

  test('an invalid file lists its warnings too: a misspelt field is often why a required one is missing', () => {
    const d = JSON.parse(shipped.toString('utf8'));
    d.events[0].date = { strat: '2021-01', precision: 'month' };
    writeFileSync(at('strat.json'), JSON.stringify(d));
    const result = run((io) => validate(at('strat.json'), io));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/✗ event 'biden-takes-office', date\.start: expected a date/);
    expect(result.err).toMatch(/! event 'biden-takes-office', date\.strat: expected a field the format defines \(this one is left out; check its spelling\), found "2021-01"/);
  });

  // Sparse files: the size is refused before anything is read, so nothing of them is written to disk.
  test('the size limit counts bytes, before reading: a file of 200,000,001 bytes is refused with both sizes exact', () => {
    writeFileSync(at('huge.json'), '');
    truncateSync(at('huge.json'), MAX_BYTES + 1);
    const result = run((io) => validate(at('huge.json'), io));
    expect(result.err).toMatch(/size: expected at most 200 MB \(200,000,000 bytes\), found about 200 MB \(200,000,001 bytes\), 1 byte over the limit$/);
  });

  test('multi-byte text is counted in bytes, not characters', () => {
    // 1,000 "ä" are 1,000 characters but 2,000 bytes: the limit is a number of bytes.
    const text = `"${'ä'.repeat(1000)}"`;
    expect([text.length, Buffer.byteLength(text)]).toEqual([1002, 2002]);
    writeFileSync(at('umlaut.json'), '');
    truncateSync(at('umlaut.json'), MAX_BYTES + 2);
    expect(run((io) => validate(at('umlaut.json'), io)).err).toMatch(/found about 200 MB \(200,000,002 bytes\), 2 bytes over the limit/);
  });
});

describe('npm run import-timelinejs never overwrites its input and never prints a stack trace', () => {
  test('converting to stdout works', () => {
    const result = run((io) => importCommand(at('tjs.json'), undefined, io));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).events).toHaveLength(11);
  });
  test.each([
    ['the same path', 'tjs.json'],
    ['a link to the input', 'link.json']
  ])('an output that is the input (%s) is refused and the input stays', (_name, out) => {
    const result = run((io) => importCommand(at('tjs.json'), at(out), io));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/is the input file; name another file for the output \(the input is never overwritten\)/);
    expect(readFileSync(at('tjs.json'))).toEqual(tjs);
  });
  test('an output in a folder that does not exist is one line, no stack trace', () => {
    const result = run((io) => importCommand(at('tjs.json'), at('no/such/folder/out.json'), io));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/out\.json: cannot be written \(there is no such file or folder\)$/);
    expect(result.err).not.toMatch(/\n\s+at /);
  });
  test('an output file is written', () => {
    expect(run((io) => importCommand(at('tjs.json'), at('out.json'), io)).code).toBe(0);
    expect(JSON.parse(readFileSync(at('out.json'), 'utf8')).format).toBe('sourceline/2');
  });
  test('a UTF-8 BOM on the input is accepted, Latin-1 is named', () => {
    writeFileSync(at('tjs-bom.json'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), tjs]));
    expect(run((io) => importCommand(at('tjs-bom.json'), undefined, io)).code).toBe(0);
    writeFileSync(at('tjs-latin1.json'), Buffer.from('{"events": [{"start_date": {"year": 2000}, "text": {"headline": "Kö"}}]}', 'latin1'));
    expect(run((io) => importCommand(at('tjs-latin1.json'), undefined, io)).err).toMatch(/found bytes that are not UTF-8 .*Latin-1/);
  });
});
