/**
 * Loading a dataset from the link's fragment (#data=…): decompressed with a size cap, then the
 * same parsing and checks as a file or ?data= (the data loader's fromText).
 */
import type { LoadResult } from '../load.ts';
import { decodeDataset } from './codec.ts';

type Loader = Pick<typeof import('../load.ts'), 'fromText' | 'readAtMost' | 'MAX_BYTES'>;

export const FRAGMENT_WHERE = 'link #data';

export async function fromFragment(value: string, loader: Loader): Promise<LoadResult> {
  const damaged = (reason: string): LoadResult => ({
    ok: false,
    errors: [{ where: FRAGMENT_WHERE, field: 'content', expected: 'a dataset compressed by Sourceline’s “share by link”', found: `a damaged link (${reason}); was it cut short when it was copied?` }]
  });
  let text: string | null;
  try {
    text = await loader.readAtMost(new Response(decodeDataset(value)), loader.MAX_BYTES);
  } catch (error) {
    return damaged((error as Error).message);
  }
  if (text === null)
    return { ok: false, errors: [{ where: FRAGMENT_WHERE, field: 'size', expected: `at most ${loader.MAX_BYTES / 1024 / 1024} MB`, found: 'more than that once unpacked' }] };
  return loader.fromText(text, FRAGMENT_WHERE);
}
