import { describe, expect, test } from 'vitest';
import { parseUrl, pickLang, hashFor, eventFromHash, dataFromHash, withParams, fullTimelineHref, idList } from '../../src/lib/url.ts';

const base = 'https://example.org/sub/path/';

const none = { lang: null, embed: false, view: 'explore', data: null, event: null, theme: 'auto', lanes: [], tags: [], q: '', events: null, seed: null, controls: false, reader: false, handout: 'full', presenter: null };

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
    ['?embed=1&controls=1&reader=true', { ...none, embed: true, controls: true, reader: true }],
    ['?q=Genf%20Gipfel', { ...none, q: 'Genf Gipfel' }],
    ['?theme=auto', none],
    ['?lanes=usa,russia', { ...none, lanes: ['usa', 'russia'] }],
    ['?lanes=usa%2Crussia', { ...none, lanes: ['usa', 'russia'] }],
    ['?lanes= usa ,,usa,Russia,<b>', { ...none, lanes: ['usa'] }],
    ['?lanes=', none],
    ['?tags=cyber,press&lanes=both', { ...none, lanes: ['both'], tags: ['cyber', 'press'] }],
    ['?view=quiz&events=a,b,,a&seed=7', { ...none, view: 'quiz', events: ['a', 'b'], seed: 7 }],
    ['?events=&seed=-1', none],
    ['?seed=4294967296', none],
    ['?seed=4294967295', { ...none, seed: 4294967295 }],
    ['?view=print&handout=worksheet', { ...none, view: 'print', handout: 'worksheet' }],
    ['?handout=poster', none],
    ['?view=present&presenter=k3x9', { ...none, view: 'present', presenter: 'k3x9' }],
    ['?presenter=<script>', none],
    ['#event=geneva-summit&data=z1.abc', { ...none, event: 'geneva-summit' }]
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

describe('the hash carries the selection and a shared dataset', () => {
  test.each([
    ['#event=geneva-summit', 'geneva-summit', null],
    ['#event=geneva-summit&data=z1.AbC-_', 'geneva-summit', 'z1.AbC-_'],
    ['#data=z1.AbC-_', null, 'z1.AbC-_'],
    ['#?secret=Xy12ab', null, null],
    ['', null, null]
  ])('%s', (hash, event, data) => {
    expect(eventFromHash(hash)).toBe(event);
    expect(dataFromHash(hash)).toBe(data);
  });

  test.each([
    [null, null, ''],
    ['geneva-summit', null, '#event=geneva-summit'],
    ['geneva-summit', 'z1.AbC', '#event=geneva-summit&data=z1.AbC'],
    [null, 'z1.AbC', '#data=z1.AbC']
  ])('hashFor(%s, %s) is %j, without a dataset exactly as before', (event, data, hash) => expect(hashFor(event, data)).toBe(hash));
});
