/**
 * What a load ends in, and how it failed. Apart from load.ts so that the page's side of loading
 * (load-client.ts) does not bring the validator along: the worker runs it.
 */
import type { Model } from './model/model.ts';
import type { Problem } from './model/types.ts';

/**
 * Why a load failed, for a sentence in the reader's language beside the problem list (which
 * states the same in English, as `npm run validate` prints it).
 */
export type LoadReason =
  | { kind: 'offline' }
  | { kind: 'not-found'; status: number }
  | { kind: 'http'; status: number }
  | { kind: 'cors'; host: string }
  | { kind: 'network' }
  | { kind: 'timeout'; seconds: number; what: 'download' | 'check' }
  | { kind: 'cancelled' }
  | { kind: 'too-big'; limit: number }
  | { kind: 'encoding' };

export type LoadResult =
  | { ok: true; model: Model; warnings: Problem[] }
  | {
      ok: false;
      errors: Problem[];
      /** Allowed but worth a look, found on the way (a field the format does not define often explains an error). */
      warnings?: Problem[];
      reason?: LoadReason;
      /** The reason as a sentence in the reader's language. */
      explain?: string;
    };

export const failure = (where: string, field: string, expected: string, found: string, reason?: LoadReason): LoadResult => ({
  ok: false,
  errors: [{ where, field, expected, found }],
  ...(reason ? { reason } : {})
});

