import { afterEach, describe, expect, test, vi } from 'vitest';

/** Opens "the page" at `href`: load-early.ts runs its start-up for that address. */
async function open(href: string) {
  vi.resetModules();
  const requested: string[] = [];
  vi.stubGlobal('location', new URL(href));
  vi.stubGlobal('navigator', { languages: ['en-GB'], language: 'en-GB' });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: URL) => {
      requested.push(String(url));
      return new Response('{}');
    })
  );
  const early = await import('../../src/lib/load-early.ts');
  return { early, requested };
}

afterEach(() => vi.unstubAllGlobals());

describe('load-early: what a page starts before its own modules run', () => {
  test('a ?data= page requests the download at once, and hands that request over once', async () => {
    const { early, requested } = await open('https://example.org/tl/?data=events.json');
    expect(requested).toEqual(['https://example.org/tl/events.json']);
    const fetcher = early.takeEarlyFetch('events.json');
    expect(fetcher).not.toBeNull();
    expect(await (await fetcher!('ignored')).text()).toBe('{}');
    expect(early.takeEarlyFetch('events.json')).toBeNull();
    expect(requested).toHaveLength(1);
  });

  test('another address than the page’s gets no early request', async () => {
    const { early } = await open('https://example.org/tl/?data=events.json');
    expect(early.takeEarlyFetch('other.json')).toBeNull();
  });

  test.each([
    ['a page without ?data=', 'https://example.org/tl/'],
    ['a ?data= address that is not http(s)', 'https://example.org/tl/?data=javascript:alert(1)']
  ])('%s requests no data', async (_, href) => {
    const { early, requested } = await open(href);
    expect(requested).toEqual([]);
    expect(early.takeEarlyFetch('events.json')).toBeNull();
  });

  test('the page mounts once the text of its language is there', async () => {
    const { early } = await open('https://example.org/tl/?lang=de&view=quiz');
    const [messages] = await early.ready;
    expect(messages.language).toBe('Sprache');
  });

  test('the download the first script started is the one handed over: nothing is requested twice', async () => {
    const response = Promise.resolve(new Response('"first"'));
    vi.stubGlobal('__sourcelineFirst', { lang: 'de', data: { value: 'events.json', fetcher: () => response } });
    const { early, requested } = await open('https://example.org/tl/?data=events.json');
    expect(requested).toEqual([]);
    expect(await (await early.takeEarlyFetch('events.json')!('ignored')).text()).toBe('"first"');
  });

  test('the first script’s language is the page’s', async () => {
    vi.stubGlobal('__sourcelineFirst', { lang: 'de', data: null });
    const { early } = await open('https://example.org/tl/');
    const [messages] = await early.ready;
    expect(messages.language).toBe('Sprache');
  });
});
