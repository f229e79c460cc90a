import { describe, expect, test } from 'vitest';
import { parseUrl, pickLang, hashFor, eventFromHash, withParams } from '../../src/lib/url.ts';

const base = 'https://example.org/sub/path/';

describe('parseUrl reads the URL contract and ignores what it does not know', () => {
  test.each([
    ['', { lang: null, embed: false, view: 'explore', data: null, event: null, events: null, seed: null }],
    ['?lang=en&embed=1&view=present#event=geneva-summit', { lang: 'en', embed: true, view: 'present', data: null, event: 'geneva-summit', events: null, seed: null }],
    ['?lang=fr&view=nonsense&embed=yes', { lang: null, embed: false, view: 'explore', data: null, event: null, events: null, seed: null }],
    ['?view=print', { lang: null, embed: false, view: 'print', data: null, event: null, events: null, seed: null }],
    ['?view=quiz&data=other.json', { lang: null, embed: false, view: 'quiz', data: 'other.json', event: null, events: null, seed: null }],
    ['#event=', { lang: null, embed: false, view: 'explore', data: null, event: null, events: null, seed: null }]
  ])('%s', (query, expected) => expect(parseUrl(base + query)).toEqual(expected));
});

describe('the ordering exercise reads ?events and ?seed', () => {
  test.each([
    ['?events=a,b,c', ['a', 'b', 'c']],
    ['?events=b,a', ['b', 'a']],
    ['?events=%20a%20,,b,a', ['a', 'b']],
    ['?events=', null],
    ['?events=,,', null],
    ['', null]
  ])('%s gives events %o', (query, expected) => expect(parseUrl(base + query).events).toEqual(expected));

  test.each([
    ['?seed=7', 7],
    ['?seed=0', 0],
    ['?seed=4294967295', 4294967295],
    ['?seed=4294967296', null],
    ['?seed=-1', null],
    ['?seed=1.5', null],
    ['?seed=abc', null],
    ['?seed=', null],
    ['', null]
  ])('%s gives seed %o', (query, expected) => expect(parseUrl(base + query).seed).toBe(expected));
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
