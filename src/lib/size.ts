/**
 * The one size rule, in bytes, in the browser and the CLI. 200 MB is what a browser tab parses,
 * validates and holds comfortably (a 100,000-event dataset with sources is 50–100 MB).
 * Messages give exact byte counts, so the limit and a size just over it never read alike.
 */
import type { LoadResult } from './load-result.ts';

export const MAX_BYTES = 200_000_000;

const grouped = (n: number) => n.toLocaleString('en-US');

/** "200 MB (200,000,000 bytes)"; below 1 MB in kB. */
export function sizeText(bytes: number): string {
  const short = bytes >= 1_000_000 ? `${+(bytes / 1_000_000).toFixed(1)} MB` : bytes >= 1000 ? `${+(bytes / 1000).toFixed(1)} kB` : null;
  return short ? `${short} (${grouped(bytes)} bytes)` : `${grouped(bytes)} bytes`;
}

/** Refusal of input over the limit; `found` is its size, or null when reading stopped at the limit. */
export function tooBig(where: string, found: number | null): LoadResult {
  return {
    ok: false,
    errors: [
      {
        where,
        field: 'size',
        expected: `at most ${sizeText(MAX_BYTES)}`,
        found: found === null ? `more than that (reading stopped after ${grouped(MAX_BYTES)} bytes)` : sizeText(found)
      }
    ],
    reason: { kind: 'too-big', limit: MAX_BYTES }
  };
}
