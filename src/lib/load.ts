/**
 * Getting a dataset into the app: the shipped one, or one from ?data=<url> or a local file.
 * Whatever comes in goes through validateDataset; failures become Problems for the alert.
 */
import { validateDataset, describe } from './model/validate.ts';
import { buildModel, type Model } from './model/model.ts';
import type { Problem } from './model/types.ts';

export const MAX_BYTES = 20 * 1024 * 1024;

export type LoadResult =
  | { ok: true; model: Model; warnings: Problem[] }
  | { ok: false; errors: Problem[] };

const failure = (where: string, field: string, expected: string, found: string): LoadResult => ({
  ok: false,
  errors: [{ where, field, expected, found }]
});

/** Validates parsed JSON and builds the model. */
export function fromJson(input: unknown): LoadResult {
  const result = validateDataset(input);
  if (!result.dataset) return { ok: false, errors: result.errors };
  return { ok: true, model: buildModel(result.dataset), warnings: result.warnings };
}

/** Parses the text of a file or response, with the source named in every message. */
export function fromText(text: string, where: string): LoadResult {
  if (text.length > MAX_BYTES) return failure(where, 'size', `at most ${MAX_BYTES / 1024 / 1024} MB`, `${(text.length / 1024 / 1024).toFixed(1)} MB`);
  if (text.trim() === '') return failure(where, 'content', 'a JSON document', 'an empty file');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failure(where, 'content', 'valid JSON', `a syntax error (${(error as Error).message})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return failure(where, '(top level)', 'a JSON object with "format", "articles" and "events"', describe(json));
  return fromJson(json);
}

/** Resolves ?data= against the page; only http(s) addresses are accepted. */
export function resolveDataUrl(value: string, base: string): URL | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export async function fromUrl(value: string, base: string, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  const where = `data ${JSON.stringify(value)}`;
  const url = resolveDataUrl(value, base);
  if (!url) return failure(where, 'URL', 'an http or https address', describe(value));
  let response: Response;
  try {
    response = await fetcher(url, { credentials: 'omit' });
  } catch (error) {
    return failure(where, 'request', 'a response from the server', `a network error (${(error as Error).message})`);
  }
  if (!response.ok) return failure(where, 'response', 'HTTP status 200', `HTTP status ${response.status}`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) return failure(where, 'size', `at most ${MAX_BYTES / 1024 / 1024} MB`, `${(length / 1024 / 1024).toFixed(1)} MB`);
  return fromText(await response.text(), where);
}
