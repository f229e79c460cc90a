import { describe, expect, test } from 'vitest';
import { dataPlace, fileLabel, opaqueOriginMayRead } from '../../src/lib/embed/data-access.ts';

const page = 'https://example.org/timeline/?data=x';

describe('dataPlace tells the shipped dataset, a file on this site and one elsewhere apart', () => {
  test.each([
    ['no ?data=', null, 'shipped'],
    ['a relative path', 'examples/mine.json', 'this-site'],
    ['an absolute path', '/files/mine.json', 'this-site'],
    ['the same origin, absolute', 'https://example.org/other/mine.json', 'this-site'],
    ['another host', 'https://data.example/mine.json', 'elsewhere'],
    ['another scheme on the same host', 'http://example.org/mine.json', 'elsewhere'],
    ['another port', 'https://example.org:8443/mine.json', 'elsewhere']
  ])('%s', (_, data, expected) => expect(dataPlace(data, page)).toBe(expected));
});

describe('a sandboxed embed may read a response only with a CORS header that admits an opaque origin', () => {
  test.each([
    ['*', true],
    [' * ', true],
    ['null', true],
    ['https://example.org', false],
    [null, false]
  ])('Access-Control-Allow-Origin %j', (value, expected) =>
    expect(opaqueOriginMayRead({ get: (name: string) => (name === 'access-control-allow-origin' ? value : null) })).toBe(expected));
});

describe('fileLabel names the file briefly', () => {
  test.each([
    ['examples/mine.json', 'mine.json'],
    ['/a/b/Meine%20Daten.json?x=1', 'Meine Daten.json'],
    [`/${'x'.repeat(100)}.json`, `${'x'.repeat(59)}…`]
  ])('%s', (data, expected) => expect(fileLabel(data, page)).toBe(expected));
});
