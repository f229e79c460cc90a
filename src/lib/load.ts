/**
 * The one loader, in the browser's worker, on the page and in the CLI: bytes in, a model or every
 * problem out. Size in bytes, then the encoding (decode.ts), then JSON with no duplicate keys,
 * then validateDataset (a TimelineJS document is converted first). A stage that fails does not
 * hide the later ones where they can still run: one run lists every problem. Nothing here
 * touches the DOM.
 *
 * Each stage is a generator that yields between slices of work (about 40 ms each for 3 MB on a
 * slow laptop): the CLI and the worker run them at once (fromBytes), a page checking data itself
 * pauses at each yield (fromBytesPaced), so that it stays responsive. One code path either way.
 */
import { runSteps, validateSteps } from './model/validate.ts';
import { describe } from './model/problem.ts';
import { buildModel, type Model } from './model/model.ts';
import type { Problem } from './model/types.ts';
import { importTimelineJs, isTimelineJs } from './import/timelinejs.ts';
import { decodeUtf8 } from './decode.ts';
import { findDuplicateKeys } from './duplicate-keys.ts';
import { MAX_BYTES, tooBig } from './size.ts';
import { failure, type LoadReason, type LoadResult } from './load-result.ts';

export { MAX_BYTES, failure };
export type { LoadReason, LoadResult } from './load-result.ts';

/** Validates parsed JSON (converting a TimelineJS document first) and builds the model. */
export function fromJson(input: unknown): LoadResult {
  return runSteps(fromJsonSteps(input));
}

function* fromJsonSteps(input: unknown): Generator<void, LoadResult> {
  let warnings: Problem[] = [];
  if (isTimelineJs(input)) {
    const imported = importTimelineJs(input);
    if (!imported.ok) return imported;
    input = imported.dataset;
    warnings = imported.warnings;
    yield;
  }
  const result = yield* validateSteps(input);
  if (!result.dataset) return { ok: false, errors: result.errors, ...(result.warnings.length ? { warnings: [...warnings, ...result.warnings] } : {}) };
  yield;
  return { ok: true, model: buildModel(result.dataset), warnings: [...warnings, ...result.warnings] };
}

/**
 * Text or bytes read as far as they go: `json` when a tree could be built (also from text that
 * failed the encoding or repeats a key, so the later checks can still list their problems, but
 * then `errors` is not empty and nothing loads), and every problem found on the way.
 */
export interface Parsed {
  json: object | null;
  errors: Problem[];
  reason?: LoadReason;
}

/** At most this many repeated keys are listed (each costs a scan for its line). */
const MAX_DUPLICATES = 1000;

/** "at position 9" in a JSON.parse message, with the line and column added where the engine gives none. */
function syntaxError(text: string, message: string): string {
  const at = /at position (\d+)/.exec(message);
  if (!at || /line \d+/.test(message)) return message;
  const offset = Number(at[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${message} (line ${line}, column ${offset - before.lastIndexOf('\n')})`;
}

/** Decoded text to a JSON object, with no key twice in any object. */
function* parseTextSteps(text: string, where: string, errors: Problem[] = []): Generator<void, Parsed> {
  const stop = (field: string, expected: string, found: string): Parsed => ({ json: null, errors: [...errors, { where, field, expected, found }] });
  if (text.trim() === '') return stop('content', 'a JSON document', 'an empty file');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return stop('content', 'valid JSON', `a syntax error (${syntaxError(text, (error as Error).message)})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return stop('(top level)', 'a JSON object with "format", "articles" and "events" (or a TimelineJS document)', describe(json));
  yield;
  const duplicates = findDuplicateKeys(text, MAX_DUPLICATES).map((duplicate) => ({
    where,
    field: duplicate.path,
    expected: 'each key once in an object',
    found: `${JSON.stringify(duplicate.key)} a second time (line ${duplicate.line}, column ${duplicate.column}): JSON would keep only the last one; remove or rename one of them`
  }));
  return { json, errors: [...errors, ...duplicates] };
}

/** A file's or response's bytes to a JSON object: the size rule, the encoding policy, then parseText. */
export function parseBytes(bytes: Uint8Array, where: string): Parsed {
  return runSteps(parseBytesSteps(bytes, where));
}

function* parseBytesSteps(bytes: Uint8Array, where: string): Generator<void, Parsed> {
  if (bytes.byteLength > MAX_BYTES) {
    const refused = tooBig(where, bytes.byteLength) as Extract<LoadResult, { ok: false }>;
    return { json: null, errors: refused.errors, reason: refused.reason };
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return yield* parseTextSteps(decoded.text, where);
  const encoding = { where, field: 'encoding', expected: 'UTF-8 text (with or without a byte order mark)', found: decoded.found };
  const reason: LoadReason = { kind: 'encoding' };
  if (decoded.guess === undefined) return { json: null, errors: [encoding], reason };
  return { ...(yield* parseTextSteps(decoded.guess, where, [encoding])), reason };
}

/** A parse to a model: every problem of every stage, or the model when there are none. */
function* settleSteps(parsing: Generator<void, Parsed>): Generator<void, LoadResult> {
  const parsed = yield* parsing;
  const because = parsed.reason ? { reason: parsed.reason } : {};
  if (!parsed.json) return { ok: false, errors: parsed.errors, ...because };
  yield;
  const loaded = yield* fromJsonSteps(parsed.json);
  if (!parsed.errors.length) return loaded;
  const warnings = loaded.ok ? loaded.warnings : (loaded.warnings ?? []);
  return { ok: false, errors: [...parsed.errors, ...(loaded.ok ? [] : loaded.errors)], ...(warnings.length ? { warnings } : {}), ...because };
}

/** Decoded text to a model, with the source named in every message. */
export function fromText(text: string, where: string): LoadResult {
  return runSteps(settleSteps(parseTextSteps(text, where)));
}

/** A file's or response's bytes to a model: what the worker and `npm run validate` run. */
export function fromBytes(bytes: Uint8Array, where: string): LoadResult {
  return runSteps(settleSteps(parseBytesSteps(bytes, where)));
}

/**
 * fromBytes on the page: the same stages, with `pause()` awaited between them (a new task, so
 * that the page can paint and answer input); null when `stop()` says to give up (a cancel).
 */
export async function fromBytesPaced(bytes: Uint8Array, where: string, pause: () => Promise<unknown>, stop: () => boolean): Promise<LoadResult | null> {
  const steps = settleSteps(parseBytesSteps(bytes, where));
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
    if (stop()) return null;
  }
}
