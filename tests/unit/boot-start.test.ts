import { afterEach, describe, expect, test, vi } from 'vitest';
import { firstFiles, pickLang, startFirst, type FirstFiles } from '../../src/lib/boot/start.ts';

const FILES: FirstFiles = {
  de: ['de-1.js'],
  en: ['en-1.js'],
  shipped: { de: ['_shipped-text-de-1.js'], en: ['_shipped-text-en-1.js'] },
  data: ['load-1.js', 'LoadProgress-1.css'],
  reader: ['ReadingPane-1.js', 'cite-1.js', 'ReadingPane-1.css'],
  card: ['SourceCard-1.js', 'cite-1.js']
};

/** A document that records the links added to its head. */
function fakeDocument() {
  const added: { rel: string; as: string; href: string }[] = [];
  const doc = {
    createElement: () => ({ rel: '', as: '', href: '' }),
    head: { append: (link: { rel: string; as: string; href: string }) => added.push(link) }
  };
  return { doc: doc as unknown as Document, added };
}

afterEach(() => vi.unstubAllGlobals());

describe('the first script', () => {
  test.each([
    ['?lang wins', 'en', ['de-DE'], 'en'],
    ['the browser’s first German or English preference', null, ['fr', 'en-GB', 'de'], 'en'],
    ['German otherwise', null, ['fr'], 'de']
  ] as const)('picks the language: %s', (_, fromUrl, browser, expected) => expect(pickLang(fromUrl, browser)).toBe(expected));

  test.each([
    ['German without data', { lang: 'de', data: null, card: false, event: false }, ['de-1.js', '_shipped-text-de-1.js']],
    ['English with data: not the shipped texts', { lang: 'en', data: 'x.json', card: false, event: false }, ['en-1.js', 'load-1.js', 'LoadProgress-1.css']],
    ['a chosen event: the reading pane', { lang: 'de', data: null, card: false, event: true }, ['de-1.js', '_shipped-text-de-1.js', 'ReadingPane-1.js', 'cite-1.js', 'ReadingPane-1.css']],
    ['the compact embed: its card, chosen event or not', { lang: 'de', data: null, card: true, event: false }, ['de-1.js', '_shipped-text-de-1.js', 'SourceCard-1.js', 'cite-1.js']]
  ] as const)('asks for the files of the case: %s', (_, c, expected) => expect(firstFiles(FILES, c)).toEqual(expected));

  test.each([
    ['#event=x', true],
    ['#data=abc&event=x', true],
    ['#event=', false],
    ['#eventually', false]
  ])('a hash %s chooses an event: %s', (hash, event) => {
    const { doc, added } = fakeDocument();
    startFirst(FILES, 'https://example.org/assets/', `https://example.org/${hash}`, ['de'], doc);
    expect(added.some((l) => l.href.endsWith('ReadingPane-1.js'))).toBe(event);
  });

  test('?embed=1 asks for the card, ?embed=1&reader=1 for the reading pane', () => {
    const card = fakeDocument();
    startFirst(FILES, 'https://example.org/assets/', 'https://example.org/?embed=1', ['de'], card.doc);
    expect(card.added.map((l) => l.href.split('/').pop())).toContain('SourceCard-1.js');
    const reader = fakeDocument();
    startFirst(FILES, 'https://example.org/assets/', 'https://example.org/?embed=1&reader=1#event=x', ['de'], reader.doc);
    expect(reader.added.map((l) => l.href.split('/').pop())).toContain('ReadingPane-1.js');
  });

  test('preloads them beside itself, scripts as scripts and stylesheets as styles, and starts the download', () => {
    const requested: string[] = [];
    vi.stubGlobal('fetch', (url: URL) => (requested.push(String(url)), Promise.resolve(new Response('{}'))));
    const { doc, added } = fakeDocument();
    const start = startFirst(FILES, 'https://example.org/tl/assets/', 'https://example.org/tl/?lang=en&data=d.json', ['de'], doc);
    expect(start.lang).toBe('en');
    expect(added.map((l) => [l.rel, l.as, l.href])).toEqual([
      ['preload', 'script', 'https://example.org/tl/assets/en-1.js'],
      ['preload', 'script', 'https://example.org/tl/assets/load-1.js'],
      ['preload', 'style', 'https://example.org/tl/assets/LoadProgress-1.css']
    ]);
    expect(requested).toEqual(['https://example.org/tl/d.json']);
    expect(start.data?.value).toBe('d.json');
  });

  test('an address that is not http(s) is not fetched (the loader reports it)', () => {
    const requested: string[] = [];
    vi.stubGlobal('fetch', (url: URL) => (requested.push(String(url)), Promise.resolve(new Response('{}'))));
    const { doc } = fakeDocument();
    startFirst(FILES, 'https://example.org/assets/', 'https://example.org/?data=javascript:alert(1)', [], doc);
    expect(requested).toEqual([]);
  });

  test('an invalid ?lang is no language, as parseUrl reads it', () => {
    const { doc } = fakeDocument();
    expect(startFirst(FILES, 'https://example.org/assets/', 'https://example.org/?lang=fr', ['en-US'], doc).lang).toBe('en');
  });
});
