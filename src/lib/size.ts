/**
 * The one size rule, in bytes, in the browser and the CLI. 200 MB is what a browser tab parses,
 * validates and holds comfortably (a 100,000-event dataset with sources is 50–100 MB).
 * Messages give exact byte counts, so the limit and a size just over it never read alike.
 */
import type { LoadResult } from './load-result.ts';

export const MAX_BYTES = 200_000_000;

const grouped = (n: number) => n.toLocaleString('en-US');
const count = (n: number) => `${grouped(n)} ${n === 1 ? 'byte' : 'bytes'}`;

/**
 * "200 MB (200,000,000 bytes)"; "about 200 MB (200,000,001 bytes)" when the short form is rounded,
 * so that a rounded size never reads as exact; below 1 kB only the bytes.
 */
export function sizeText(bytes: number): string {
  const [unit, name] = bytes >= 1_000_000 ? [1_000_000, 'MB'] : bytes >= 1000 ? [1000, 'kB'] : [0, ''];
  if (!unit) return count(bytes);
  const exact = bytes % (unit / 10) === 0;
  return `${exact ? '' : 'about '}${+(bytes / unit).toFixed(1)} ${name} (${count(bytes)})`;
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
        found: found === null ? `more than that (reading stopped after ${count(MAX_BYTES)})` : `${sizeText(found)}, ${sizeText(found - MAX_BYTES)} over the limit`
      }
    ],
    reason: { kind: 'too-big', limit: MAX_BYTES }
  };
}
