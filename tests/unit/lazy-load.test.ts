import { describe, expect, test, vi } from 'vitest';
import { dataWhere, fileWhere, withLoader } from '../../src/lib/lazy-load.ts';

describe('withLoader: the data loader arrives on demand, and a failed fetch of it is a failed load', () => {
  test('names the source the way the loader does', () => {
    expect(dataWhere('examples/a.json')).toBe('data "examples/a.json"');
    expect(fileWhere('my "best" file.json')).toBe('file "my \\"best\\" file.json"');
  });

  test('hands the loaded module to the caller and returns its result', async () => {
    const result = await withLoader(dataWhere('x.json'), async (loader) => loader.fromText('{"format":"sourceline/1"}', 'x'));
    expect(result.ok).toBe(false); // the real loader ran: it found the dataset incomplete
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });
});

describe('when the loader cannot be fetched', () => {
  test('the result is an error naming what was being loaded, not an exception', async () => {
    vi.resetModules();
    vi.doMock('../../src/lib/load.ts', () => {
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
      ]
    });
    vi.doUnmock('../../src/lib/load.ts');
  });
});
