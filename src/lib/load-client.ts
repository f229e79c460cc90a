/**
 * The page's side of loading (arrives on demand, see lazy-load.ts): reads a ?data= download or a
 * local file in bytes with progress, a size limit, an idle timeout and a cancel signal, and has
 * it checked: up to ON_PAGE_BELOW on the page, in slices, above it by the loading worker. Where
 * no worker can start (a page sandboxed without allow-same-origin has an opaque origin, and a
 * worker must be same-origin), the same checks run on the page, in the same slices: slower for
 * large data, but the data still loads.
 */
import workerUrl from './load-worker.ts?worker&url';
import type { FromWorker } from './load-worker.ts';
import { failure, type LoadResult } from './load-result.ts';
import { MAX_BYTES, tooBig } from './size.ts';
import { readBody, type Read } from './read-body.ts';
import { Assembler } from './model-transfer.ts';
import type { Progress } from './data-state.ts';
import type { TimelineEvent } from './model/model.ts';
import { describe } from './model/problem.ts';
import { dataWhere, fileWhere, resolveDataUrl, shortName } from './lazy-load.ts';
import { loadingText } from './i18n/loading.ts';
import type { Lang } from './model/types.ts';

export interface LoadOptions {
  signal?: AbortSignal;
  onprogress?: (progress: Progress) => void;
  /** Longest wait for the server's next bytes (default 30 s). */
  idleMs?: number;
  /** Longest the check may take once all bytes are in (default 2 minutes). */
  checkMs?: number;
  fetcher?: typeof fetch;
}

const IDLE_MS = 30_000;
/**
 * Below this many bytes the page checks the data itself (≈12,000 events of the benchmark's kind),
 * in slices of at most about 40 ms: sooner than a worker, which on a busy two-core machine
 * takes 100 ms and more to start, and then hands the model over in batches. Above it the
 * worker keeps the page responsive.
 */
export const ON_PAGE_BELOW = 3_000_000;
const CHECK_MS = 120_000;
const seconds = (ms: number) => Math.round(ms / 1000);

const cancelled = (where: string) => failure(where, 'loading', 'to finish', 'that it was cancelled', { kind: 'cancelled' });

/** Progress reports at most every 100 ms, the last one always (late), so the page is not redrawn per chunk. */
function throttled(report: ((p: Progress) => void) | undefined): (p: Progress, force?: boolean) => void {
  let last = 0;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  return (p, force = false) => {
    if (!report) return;
    clearTimeout(trailing);
    const wait = 100 - (performance.now() - last);
    if (force || wait <= 0) {
      last = performance.now();
      report(p);
    } else
      trailing = setTimeout(() => {
        last = performance.now();
        report(p);
      }, wait);
  };
}

function readFailure(where: string, read: Exclude<Read, { ok: true }>, idleMs: number): LoadResult {
  switch (read.why) {
    case 'too-big':
      return tooBig(where, null);
    case 'cancelled':
      return cancelled(where);
    case 'timeout':
      return failure(where, 'request', `the rest of the data within ${seconds(idleMs)} s`, `nothing more for ${seconds(idleMs)} s: the server stopped sending`, {
        kind: 'timeout',
        seconds: seconds(idleMs),
        what: 'download'
      });
    case 'error':
      return failure(where, 'request', 'the whole response', `a network error while reading (${read.message})`, { kind: 'network' });
  }
}

/** A failed load with its reason as a sentence in the reader's language, beside the problem list (which says the same in English). */
export function explain(result: LoadResult, lang: Lang): LoadResult {
  return !result.ok && result.reason ? { ...result, explain: loadingText[lang].loadReason(result.reason) } : result;
}

/** A ?data= address: fetched without cookies, read with progress, checked in the worker. */
export async function loadUrl(value: string, base: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { fetcher = fetch, signal, idleMs = IDLE_MS } = options;
  const where = dataWhere(value);
  const url = resolveDataUrl(value, base);
  if (!url) return failure(where, 'URL', 'an http or https address', describe(value));
  const report = throttled(options.onprogress);
  let response: Response;
  try {
    response = await untilAnswered(fetcher(url, { credentials: 'omit', signal }), signal, idleMs);
  } catch (error) {
    return requestFailure(where, url, error, idleMs, signal);
  }
  if (!response.ok) {
    const status = response.status;
    if (status === 404 || status === 410)
      return failure(where, 'response', 'HTTP status 200', `HTTP status ${status}: there is no file at ${shortName(url.href)}; check the address`, { kind: 'not-found', status });
    return failure(where, 'response', 'HTTP status 200', `HTTP status ${status}`, { kind: 'http', status });
  }
  const length = Number(response.headers.get('content-length') ?? NaN);
  if (length > MAX_BYTES) return tooBig(where, length);
  const totalBytes = Number.isFinite(length) ? length : null;
  if (!response.body) return failure(where, 'response', 'a body', 'none');
  if (length >= ON_PAGE_BELOW) prepareWorker();
  const read = await readBody(response.body, {
    limit: MAX_BYTES,
    signal,
    idleMs,
    onbytes: (bytes) => {
      if (bytes >= ON_PAGE_BELOW) prepareWorker();
      report({ phase: 'read', bytes, totalBytes, events: 0, totalEvents: null });
    }
  });
  if (!read.ok) {
    dropWorker();
    return readFailure(where, read, idleMs);
  }
  return check(read.bytes, where, options);
}

/** The response's headers, or a timeout when the server says nothing for `idleMs`. */
function untilAnswered(response: Promise<Response>, signal: AbortSignal | undefined, idleMs: number): Promise<Response> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError()), idleMs);
    const abort = () => reject(new DOMException('cancelled', 'AbortError'));
    signal?.addEventListener('abort', abort, { once: true });
    response.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    });
  });
}

class TimeoutError extends Error {}

function requestFailure(where: string, url: URL, error: unknown, idleMs: number, signal?: AbortSignal): LoadResult {
  if (signal?.aborted) return cancelled(where);
  if (error instanceof TimeoutError)
    return failure(where, 'request', `an answer within ${seconds(idleMs)} s`, `no answer from ${url.host} for ${seconds(idleMs)} s`, {
      kind: 'timeout',
      seconds: seconds(idleMs),
      what: 'download'
    });
  const message = (error as Error)?.message ?? String(error);
  if (typeof navigator !== 'undefined' && navigator.onLine === false)
    return failure(where, 'request', 'a response from the server', `no connection: the browser is offline (${message})`, { kind: 'offline' });
  // A page in a sandboxed iframe has the opaque origin "null": even its own host is another origin.
  const foreign = typeof self === 'undefined' || self.origin === 'null' || url.origin !== self.origin;
  if (foreign)
    return failure(
      where,
      'request',
      'a response the page may read',
      `no readable response from ${url.host} (${message}): either the server did not answer, or it does not let other sites read the file; it must send the header Access-Control-Allow-Origin`,
      { kind: 'cors', host: url.host }
    );
  return failure(where, 'request', 'a response from the server', `no response: the server did not answer (${message})`, { kind: 'network' });
}

/** A local file (file picker, drag and drop): its size is known before anything is read. */
export async function loadFile(file: Blob & { name: string }, options: LoadOptions = {}): Promise<LoadResult> {
  const where = fileWhere(file.name);
  if (file.size > MAX_BYTES) return tooBig(where, file.size);
  if (file.size >= ON_PAGE_BELOW) prepareWorker();
  const report = throttled(options.onprogress);
  const read = await readBody(file.stream(), {
    limit: MAX_BYTES,
    signal: options.signal,
    onbytes: (bytes) => report({ phase: 'read', bytes, totalBytes: file.size, events: 0, totalEvents: null })
  });
  if (!read.ok) {
    dropWorker();
    return read.why === 'error' ? failure(where, 'content', 'a readable file', `a read error (${read.message})`) : readFailure(where, read, Infinity);
  }
  return check(read.bytes, where, options);
}

/**
 * Has the worker check the bytes and receives the model batch by batch. Small data, or where the
 * worker cannot start (sandboxed page, or its script could not be fetched), the page checks itself.
 */
export function check(bytes: Uint8Array, where: string, options: LoadOptions = {}): Promise<LoadResult> {
  const { signal, checkMs = CHECK_MS } = options;
  const report = throttled(options.onprogress);
  const base: Progress = { phase: 'check', bytes: bytes.byteLength, totalBytes: bytes.byteLength, events: 0, totalEvents: null };
  report(base, true);
  if (signal?.aborted) {
    dropWorker();
    return Promise.resolve(cancelled(where));
  }
  if (bytes.byteLength < ON_PAGE_BELOW) {
    dropWorker();
    return onPage(bytes, where, signal);
  }
  let worker: Worker;
  let ready: boolean;
  try {
    ({ worker, ready } = takeWorker());
  } catch {
    return onPage(bytes, where, signal);
  }
  return new Promise<LoadResult>((resolve) => {
    let started = false;
    const send = () => {
      started = true;
      // Handed over, not copied: up to 200 MB need not exist twice.
      worker.postMessage({ bytes, where }, [bytes.buffer]);
    };
    let assembler: Assembler | null = null;
    const finish = (result: LoadResult | Promise<LoadResult>) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
      setTimeout(() => worker.terminate()); // not in the task that hands the model over
      worker.onmessage = null;
      resolve(result);
    };
    const abort = () => finish(cancelled(where));
    signal?.addEventListener('abort', abort, { once: true });
    const timer = setTimeout(
      () =>
        finish(
          failure(where, 'content', `to be checked within ${seconds(checkMs)} s`, `that checking took longer; the file may be too large for this device`, {
            kind: 'timeout',
            seconds: seconds(checkMs),
            what: 'check'
          })
        ),
      checkMs
    );
    worker.onerror = (event) => {
      event.preventDefault();
      // Before "ready", the worker's script did not run (not fetched, or refused): check here.
      finish(started ? failure(where, 'content', 'a check of the data', `an error in the checking worker (${event.message})`) : onPage(bytes, where, signal));
    };
    worker.onmessage = ({ data: message }: MessageEvent<FromWorker>) => {
      switch (message.type) {
        case 'ready':
          return send();
        case 'check':
          return;
        case 'failed':
          return finish(message.result);
        case 'head':
          assembler = new Assembler(message.head);
          return report({ ...base, phase: 'receive', totalEvents: message.head.total }, true);
        case 'batch':
          assembler!.add(message.events as TimelineEvent[]);
          return report({ ...base, phase: 'receive', events: assembler!.received, totalEvents: assembler!.head.total });
        case 'done':
          return finish({ ok: true, ...assembler!.finish() });
      }
    };
    if (ready) send();
  });
}

/** A worker started before the data was in (prepareWorker), and what it has said so far. */
interface Spare {
  worker: Worker;
  ready: boolean;
  failed: boolean;
}
let spare: Spare | null = null;

/**
 * Starts the checking worker while a large download or file is still being read, so that its
 * script is fetched and run meanwhile rather than after the last byte.
 */
export function prepareWorker(): void {
  if (spare) return;
  try {
    const worker = new Worker(workerUrl as unknown as string, { name: 'sourceline-load' });
    const prepared: Spare = (spare = { worker, ready: false, failed: false });
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'ready') prepared.ready = true;
    };
    worker.onerror = (event) => {
      event.preventDefault();
      prepared.failed = true;
    };
  } catch {
    // check() tries once more, then checks on the page
  }
}

/** The prepared worker if it is fine, else a new one (which may throw: no worker can start here). */
function takeWorker(): { worker: Worker; ready: boolean } {
  const prepared = spare;
  spare = null;
  if (prepared && !prepared.failed) return { worker: prepared.worker, ready: prepared.ready };
  prepared?.worker.terminate();
  return { worker: new Worker(workerUrl as unknown as string, { name: 'sourceline-load' }), ready: false };
}

/** A prepared worker that will not be needed (small data, or the read failed). */
function dropWorker(): void {
  spare?.worker.terminate();
  spare = null;
}

/** A new task (not a timer, which browsers may hold back by 4 ms or more). */
const nextTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  });

/**
 * The checks on the page itself, in slices (load.ts, fromBytesPaced) with a new task between
 * them, so that the page paints its progress and answers input meanwhile. Data large enough to
 * take a while (a page that cannot start a worker) waits a frame first, so that the progress
 * shown so far is painted.
 */
async function onPage(bytes: Uint8Array, where: string, signal?: AbortSignal): Promise<LoadResult> {
  if (bytes.byteLength >= ON_PAGE_BELOW) await new Promise((resolve) => setTimeout(resolve, 16));
  if (signal?.aborted) return cancelled(where);
  const { fromBytesPaced } = await import('./load.ts');
  return (await fromBytesPaced(bytes, where, nextTask, () => signal?.aborted === true)) ?? cancelled(where);
}
