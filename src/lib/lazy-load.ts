/**
 * The data loader (load.ts: parsing, validation with valibot, the TimelineJS import) arrives only
 * when a reader loads a dataset: the shipped one was validated by the build. If the loader itself
 * cannot be fetched, that is reported like any other failed load, naming what was being loaded.
 */
import type { LoadResult } from './load.ts';

type Loader = typeof import('./load.ts');

export async function withLoader(where: string, run: (loader: Loader) => Promise<LoadResult>): Promise<LoadResult> {
  let loader: Loader;
  try {
    loader = await import('./load.ts');
  } catch (error) {
    return {
      ok: false,
      errors: [{ where, field: 'request', expected: "the page's data loader", found: `a network error (${(error as Error).message})` }]
    };
  }
  return run(loader);
}

export const dataWhere = (value: string) => `data ${JSON.stringify(value)}`;
export const fileWhere = (name: string) => `file ${JSON.stringify(name)}`;
