/**
 * The data loader (load-client.ts, which reads and has the loading worker check; load.ts for a
 * page that cannot start a worker) arrives only when a reader loads a dataset: the shipped one
 * was validated by the build. If the loader itself cannot be fetched, that is reported like any
 * other failed load, naming what was being loaded.
 */
import type { LoadResult } from './load.ts';

type Loader = typeof import('./load-client.ts');

export async function withLoader(where: string, run: (loader: Loader) => Promise<LoadResult>): Promise<LoadResult> {
  let loader: Loader;
  try {
    loader = await import('./load-client.ts');
  } catch (error) {
    return {
      ok: false,
      errors: [{ where, field: 'request', expected: "the page's data loader", found: `a network error (${(error as Error).message})` }],
      reason: { kind: 'network' }
    };
  }
  return run(loader);
}

// The rules for ?data= addresses are the first script's (src/lib/boot/start.ts), which starts the download.
export { resolveDataUrl, earlyFetch } from './boot/start.ts';

/** An address or file name as messages show it: a long ?data= is cut, not echoed in full. */
export function shortName(value: string, max = 100): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

export const dataWhere = (value: string) => `data ${JSON.stringify(shortName(value))}`;
export const fileWhere = (name: string) => `file ${JSON.stringify(shortName(name))}`;
