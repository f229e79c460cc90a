import { describe, expect, test } from 'vitest';
import { parseUrl, pickLang, hashFor, eventFromHash, withParams } from '../../src/lib/url.ts';

const base = 'https://example.org/sub/path/';

describe('parseUrl reads the URL contract and ignores what it does not know', () => {
  test.each([
    ['', { lang: null, embed: false, view: 'explore', data: null, event: null }],
    ['?lang=en&embed=1&view=present#event=geneva-summit', { lang: 'en', embed: true, view: 'present', data: null, event: 'geneva-summit' }],
    ['?lang=fr&view=nonsense&embed=yes', { lang: null, embed: false, view: 'explore', data: null, event: null }],
    ['?view=print', { lang: null, embed: false, view: 'print', data: null, event: null }],
    ['?view=quiz&data=other.json', { lang: null, embed: false, view: 'quiz', data: 'other.json', event: null }],
    ['#event=', { lang: null, embed: false, view: 'explore', data: null, event: null }]
  ])('%s', (query, expected) => expect(parseUrl(base + query)).toEqual(expected));
});

describe('pickLang', () => {
  test.each([
    ['en', ['de-DE'], 'en'],
    [null, ['fr-FR', 'en-US'], 'en'],
    [null, ['de-AT'], 'de'],
    [null, ['fr-FR'], 'de'],
    [null, [], 'de']
  ] as const)('url %s, browser %o gives %s', (fromUrl, browser, expected) => expect(pickLang(fromUrl, browser)).toBe(expected));
});

describe('the hash', () => {
  test('round-trips an event id', () => expect(eventFromHash(hashFor('geneva-summit'))).toBe('geneva-summit'));
  test('no selection is no hash', () => expect(hashFor(null)).toBe(''));
  test('withParams changes a parameter and keeps the rest', () =>
    expect(withParams(`${base}?embed=1#event=a`, { lang: 'en' })).toBe(`${base}?embed=1&lang=en#event=a`));
  test('withParams can drop a parameter and set the hash', () =>
    expect(withParams(`${base}?embed=1`, { embed: null }, 'b')).toBe(`${base}#event=b`));
});
