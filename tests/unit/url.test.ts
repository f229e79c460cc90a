import { describe, expect, test } from 'vitest';
import { parseUrl, pickLang, hashFor, eventFromHash, withParams, fullTimelineHref, idList } from '../../src/lib/url.ts';

const base = 'https://example.org/sub/path/';

const none = { lang: null, embed: false, view: 'explore', data: null, event: null, theme: 'light', lanes: [], tags: [] };

describe('parseUrl reads the URL contract and ignores what it does not know', () => {
  test.each([
    ['', none],
    ['?lang=en&embed=1&view=present#event=geneva-summit', { ...none, lang: 'en', embed: true, view: 'present', event: 'geneva-summit' }],
    ['?lang=fr&view=nonsense&embed=yes', none],
    ['?view=print', { ...none, view: 'print' }],
    ['?view=quiz&data=other.json', { ...none, view: 'quiz', data: 'other.json' }],
    ['#event=', none],
    ['?theme=dark', { ...none, theme: 'dark' }],
    ['?theme=contrast&embed=1', { ...none, theme: 'contrast', embed: true }],
    ['?theme=neon', none],
    ['?theme=DARK', none],
    ['?lanes=usa,russia', { ...none, lanes: ['usa', 'russia'] }],
    ['?lanes=usa%2Crussia', { ...none, lanes: ['usa', 'russia'] }],
    ['?lanes= usa ,,usa,Russia,<b>', { ...none, lanes: ['usa'] }],
    ['?lanes=', none],
    ['?tags=cyber,press&lanes=both', { ...none, lanes: ['both'], tags: ['cyber', 'press'] }]
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

describe('idList keeps well-formed ids, once each, in order', () => {
  test.each([
    [null, []],
    ['', []],
    ['a,b,a', ['a', 'b']],
    [' a , b ', ['a', 'b']],
    ['a,,-b,B,c d,ok-1', ['a', 'ok-1']]
  ] as const)('%o gives %o', (value, expected) => expect(idList(value)).toEqual(expected));
});

describe('the full timeline link of an embed', () => {
  test.each([
    ['drops embed and carries the selection and the language', `${base}?embed=1#event=a`, 'de', 'b', `${base}?lang=de#event=b`],
    ['keeps the other options', `${base}?embed=1&theme=dark&lanes=usa`, 'en', 'a', `${base}?theme=dark&lanes=usa&lang=en#event=a`],
    ['has no hash without a selection', `${base}?embed=1&lang=en#event=a`, 'en', null, `${base}?lang=en`]
  ] as const)('%s', (_, href, lang, event, expected) => expect(fullTimelineHref(href, lang, event)).toBe(expected));
});
