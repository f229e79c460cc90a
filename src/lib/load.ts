/**
 * The one loader, in the browser's worker and in the CLI: bytes in, a model or every problem out.
 * Size in bytes, then the encoding (decode.ts), then JSON with no duplicate keys, then
 * validateDataset (a TimelineJS document is converted first). Nothing here touches the DOM.
 */
import { validateDataset } from './model/validate.ts';
import { describe } from './model/problem.ts';
import { buildModel, type Model } from './model/model.ts';
import type { Problem } from './model/types.ts';
import { importTimelineJs, isTimelineJs } from './import/timelinejs.ts';
import { decodeUtf8 } from './decode.ts';
import { findDuplicateKey } from './duplicate-keys.ts';
import { MAX_BYTES, tooBig } from './size.ts';
import { failure, type LoadResult } from './load-result.ts';

export { MAX_BYTES, failure };
export type { LoadReason, LoadResult } from './load-result.ts';

/** Validates parsed JSON (converting a TimelineJS document first) and builds the model. */
export function fromJson(input: unknown): LoadResult {
  let warnings: Problem[] = [];
  if (isTimelineJs(input)) {
    const imported = importTimelineJs(input);
    if (!imported.ok) return imported;
    input = imported.dataset;
    warnings = imported.warnings;
  }
  const result = validateDataset(input);
  if (!result.dataset) return { ok: false, errors: result.errors };
  return { ok: true, model: buildModel(result.dataset), warnings: [...warnings, ...result.warnings] };
}

type Failure = Extract<LoadResult, { ok: false }>;
export type Parsed = { ok: true; json: object } | Failure;

/** Decoded text to a JSON object, with no key twice in any object. */
export function parseText(text: string, where: string): Parsed {
  if (text.trim() === '') return failure(where, 'content', 'a JSON document', 'an empty file') as Failure;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failure(where, 'content', 'valid JSON', `a syntax error (${(error as Error).message})`) as Failure;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return failure(where, '(top level)', 'a JSON object with "format", "articles" and "events" (or a TimelineJS document)', describe(json)) as Failure;
  const duplicate = findDuplicateKey(text);
  if (duplicate)
    return failure(
      where,
      duplicate.path,
      'each key once in an object',
      `${JSON.stringify(duplicate.key)} a second time (line ${duplicate.line}, column ${duplicate.column}): JSON would keep only the last one; remove or rename one of them`
    ) as Failure;
  return { ok: true, json };
}

/** A file's or response's bytes to a JSON object: the size rule, the encoding policy, then parseText. */
export function parseBytes(bytes: Uint8Array, where: string): Parsed {
  if (bytes.byteLength > MAX_BYTES) return tooBig(where, bytes.byteLength) as Failure;
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return failure(where, 'encoding', 'UTF-8 text (with or without a byte order mark)', decoded.found, { kind: 'encoding' }) as Failure;
  return parseText(decoded.text, where);
}

/** Decoded text to a model, with the source named in every message. */
export function fromText(text: string, where: string): LoadResult {
  const parsed = parseText(text, where);
  return parsed.ok ? fromJson(parsed.json) : parsed;
}

/** A file's or response's bytes to a model: what the worker and `npm run validate` run. */
export function fromBytes(bytes: Uint8Array, where: string): LoadResult {
  const parsed = parseBytes(bytes, where);
  return parsed.ok ? fromJson(parsed.json) : parsed;
}
