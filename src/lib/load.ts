/**
 * Getting a dataset into the app: the shipped one, or one from ?data=<url> or a local file.
 * Whatever comes in goes through validateDataset (a TimelineJS document is converted first);
 * failures become Problems for the alert. Nothing here touches the DOM.
 */
import { validateDataset } from './model/validate.ts';
import { describe } from './model/problem.ts';
import { buildModel, type Model } from './model/model.ts';
import type { Problem } from './model/types.ts';
import { importTimelineJs, isTimelineJs } from './import/timelinejs.ts';
import { dataWhere, fileWhere, resolveDataUrl } from './lazy-load.ts';

export const MAX_BYTES = 20 * 1024 * 1024;

export type LoadResult =
  | { ok: true; model: Model; warnings: Problem[] }
  | { ok: false; errors: Problem[] };

const failure = (where: string, field: string, expected: string, found: string): LoadResult => ({
  ok: false,
  errors: [{ where, field, expected, found }]
});

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const tooBig = (where: string, found: string) => failure(where, 'size', `at most ${MAX_BYTES / 1024 / 1024} MB`, found);

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

/** Parses the text of a file or response, with the source named in every message. */
export function fromText(text: string, where: string): LoadResult {
  if (text.length > MAX_BYTES) return tooBig(where, megabytes(text.length));
  if (text.trim() === '') return failure(where, 'content', 'a JSON document', 'an empty file');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failure(where, 'content', 'valid JSON', `a syntax error (${(error as Error).message})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return failure(where, '(top level)', 'a JSON object with "format", "articles" and "events" (or a TimelineJS document)', describe(json));
  return fromJson(json);
}

/** A local file (file picker, drag and drop): its size is known before anything is read. */
export async function fromFile(file: Blob & { name: string }): Promise<LoadResult> {
  const where = fileWhere(file.name);
  if (file.size > MAX_BYTES) return tooBig(where, megabytes(file.size));
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return failure(where, 'content', 'a readable file', `a read error (${(error as Error).message})`);
  }
  return fromText(text, where);
}

export { resolveDataUrl };

export async function fromUrl(value: string, base: string, fetcher: typeof fetch = fetch): Promise<LoadResult> {
  const where = dataWhere(value);
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
  if (length > MAX_BYTES) return tooBig(where, megabytes(length));
  let text: string | null;
  try {
    text = await readAtMost(response, MAX_BYTES);
  } catch (error) {
    return failure(where, 'request', 'the whole response', `a network error while reading (${(error as Error).message})`);
  }
  if (text === null) return tooBig(where, `more than that (stopped reading after ${megabytes(MAX_BYTES)})`);
  const result = fromText(text, where);
  // For `npm run bench`: when the data was ready, as distinct from when it was first drawn.
  performance.mark('sourceline:data-ready');
  return result;
}

/**
 * The body as text, or null as soon as it grows past `limit` bytes: a server that sends no
 * content-length (or a wrong one) cannot make the page read an unbounded download.
 */
export async function readAtMost(response: Response, limit: number): Promise<string | null> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
