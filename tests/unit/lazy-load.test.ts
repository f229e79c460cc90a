import { describe, expect, test, vi } from 'vitest';
import { dataWhere, earlyFetch, fileWhere, shortName, withLoader } from '../../src/lib/lazy-load.ts';

describe('withLoader: the data loader arrives on demand, and a failed fetch of it is a failed load', () => {
  test('names the source the way the loader does', () => {
    expect(dataWhere('examples/a.json')).toBe('data "examples/a.json"');
    expect(fileWhere('my "best" file.json')).toBe('file "my \\"best\\" file.json"');
  });

  test('a long ?data= is cut in messages, not echoed in full', () => {
    const long = 'https://example.org/?q=' + 'x'.repeat(10_000);
    expect(dataWhere(long).length).toBeLessThan(110);
    expect(shortName(long)).toMatch(/^https:\/\/example\.org\/\?q=x+…$/);
    expect(shortName('short.json')).toBe('short.json');
  });

  test('hands the loaded module to the caller and returns its result', async () => {
    const result = await withLoader(dataWhere('x.json'), async (loader) => loader.check(new TextEncoder().encode('{"format":"sourceline/1"}'), 'x'));
    expect(result.ok).toBe(false); // the real loader ran: it found the dataset incomplete
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });
});

describe('when the loader cannot be fetched', () => {
  test('the result is an error naming what was being loaded, not an exception', async () => {
    vi.resetModules();
    vi.doMock('../../src/lib/load-client.ts', () => {
      throw new Error('Sourceline: could not load load-abc.js');
    });
    const { withLoader: fresh, dataWhere: where } = await import('../../src/lib/lazy-load.ts');
    const run = vi.fn();
    const result = await fresh(where('https://example.org/d.json'), run);
    expect(run).not.toHaveBeenCalled();
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          where: 'data "https://example.org/d.json"',
          field: 'request',
          expected: "the page's data loader",
          found: expect.stringMatching(/^a network error \(.+\)$/)
        }
      ],
      reason: { kind: 'network' }
    });
    vi.doUnmock('../../src/lib/load-client.ts');
  });
});

describe('earlyFetch: ?data= is requested while the loader is still on its way', () => {
  test('an http(s) address is fetched at once, without credentials, and handed over as it is', async () => {
    const response = Promise.resolve(new Response('{}'));
    const fetch = vi.fn(() => response);
    vi.stubGlobal('fetch', fetch);
    const fetcher = earlyFetch('data/x.json', 'https://example.org/sub/');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(new URL('https://example.org/sub/data/x.json'), { credentials: 'omit', signal: expect.any(AbortSignal) });
    expect(fetcher(new URL('https://example.org/sub/data/x.json'))).toBe(response);
    expect(fetch).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  test.each(['javascript:alert(1)', 'data:application/json,{}', 'http://[bad'])('%s starts nothing: loadUrl refuses it with a message', (value) => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    expect(earlyFetch(value, 'https://example.org/')).toBe(fetch);
    expect(fetch).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  test('a network error waits for loadUrl to report it (no unhandled rejection meanwhile)', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    const fetcher = earlyFetch('https://example.org/d.json', 'https://example.org/');
    await new Promise((resolve) => setTimeout(resolve, 10));
    const { loadUrl } = await import('../../src/lib/load-client.ts');
    const result = await loadUrl('https://example.org/d.json', 'https://example.org/', { fetcher });
    expect(result).toMatchObject({ ok: false, errors: [{ field: 'request', found: expect.stringMatching(/\(Failed to fetch\)/) }] });
    vi.unstubAllGlobals();
  });
});
