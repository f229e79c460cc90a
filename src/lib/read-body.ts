/**
 * Reads a download or a file chunk by chunk, in bytes: it reports progress, stops as soon as the
 * size passes the limit (a server that sends no content-length, or a wrong one, cannot make the
 * page read an unbounded download), gives up when nothing arrives for `idleMs`, and stops when
 * the signal aborts.
 */

export type Read =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; why: 'too-big' | 'timeout' | 'cancelled' }
  | { ok: false; why: 'error'; message: string };

export interface ReadOptions {
  limit: number;
  signal?: AbortSignal;
  /** Longest wait for the next chunk, in ms (Infinity: no limit). */
  idleMs?: number;
  onbytes?: (bytes: number) => void;
}

export async function readBody(stream: ReadableStream<Uint8Array>, { limit, signal, idleMs = Infinity, onbytes }: ReadOptions): Promise<Read> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let stop: ((why: 'timeout' | 'cancelled') => void) | null = null;
  const stopped = new Promise<'timeout' | 'cancelled'>((resolve) => (stop = resolve));
  const abort = () => stop!('cancelled');
  if (signal?.aborted) abort();
  signal?.addEventListener('abort', abort);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    if (idleMs !== Infinity) timer = setTimeout(() => stop!('timeout'), idleMs);
  };
  try {
    arm();
    for (;;) {
      const next = await Promise.race([reader.read(), stopped]);
      if (typeof next === 'string') {
        reader.cancel().catch(() => {});
        return { ok: false, why: next };
      }
      if (next.done) break;
      size += next.value.byteLength;
      if (size > limit) {
        reader.cancel().catch(() => {});
        return { ok: false, why: 'too-big' };
      }
      chunks.push(next.value);
      onbytes?.(size);
      arm();
    }
  } catch (error) {
    // An aborted fetch fails its body's read: that is the cancel, not a network error.
    if (signal?.aborted) return { ok: false, why: 'cancelled' };
    return { ok: false, why: 'error', message: (error as Error).message };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
  if (chunks.length === 1) return { ok: true, bytes: chunks[0] };
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}
