/**
 * Loading a dataset from the link's fragment (#data=…): decompressed with a size cap, then the
 * same checks as a file or ?data= (the data loader's check, in its worker where it can run).
 */
import type { LoadResult } from '../load.ts';
import { MAX_BYTES } from '../size.ts';
import type { LoadOptions } from '../load-client.ts';
import { decodeDataset } from './codec.ts';
import { FRAGMENT_WHERE } from './where.ts';

type Loader = Pick<typeof import('../load-client.ts'), 'check'>;

export { FRAGMENT_WHERE };

/** The bytes of a response body, or null when there are more than `max`. */
async function readAtMost(response: Response, max: number): Promise<Uint8Array | null> {
  const reader = response.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) bytes.set(chunk, (at += chunk.byteLength) - chunk.byteLength);
  return bytes;
}

export async function fromFragment(value: string, loader: Loader, options: LoadOptions = {}, max = MAX_BYTES): Promise<LoadResult> {
  const damaged = (reason: string): LoadResult => ({
    ok: false,
    errors: [{ where: FRAGMENT_WHERE, field: 'content', expected: 'a dataset compressed by Sourceline’s “share by link”', found: `a damaged link (${reason}); was it cut short when it was copied?` }]
  });
  let bytes: Uint8Array | null;
  try {
    bytes = await readAtMost(new Response(decodeDataset(value)), max);
  } catch (error) {
    return damaged((error as Error).message);
  }
  if (bytes === null)
    return { ok: false, errors: [{ where: FRAGMENT_WHERE, field: 'size', expected: `at most ${max} bytes`, found: 'more than that once unpacked' }] };
  return loader.check(bytes, FRAGMENT_WHERE, options);
}
