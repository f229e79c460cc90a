/**
 * The loading worker: bytes in, the checked model out in batches (model-transfer.ts), so that
 * decoding, parsing, validating and sorting a large dataset never holds the page's main thread.
 * Protocol: it says "ready" first; the page then sends { bytes, where } and receives "check",
 * then either "failed" with the result, or "head", a "batch" per slice of events, and "done".
 */
import { fromBytes } from './load.ts';
import { batches, head } from './model-transfer.ts';

export type FromWorker =
  | { type: 'ready' }
  | { type: 'check' }
  | { type: 'failed'; result: ReturnType<typeof fromBytes> }
  | { type: 'head'; head: ReturnType<typeof head> }
  | { type: 'batch'; events: unknown[] }
  | { type: 'done' };

const post = (message: FromWorker, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

const T = ((globalThis as any).T = (label: string) => console.log('W', label, Math.round(performance.timeOrigin + performance.now())));
T('eval');
self.onmessage = ({ data }: MessageEvent<{ bytes: Uint8Array; where: string }>) => {
  T('got bytes');
  post({ type: 'check' });
  const result = fromBytes(data.bytes, data.where);
  if (!result.ok) return post({ type: 'failed', result });
  const h = head(result.model, result.warnings);
  post({ type: 'head', head: h }, [h.datasetOrder.buffer]);
  for (const batch of batches(result.model)) post({ type: 'batch', events: batch as unknown[] });
  post({ type: 'done' });
  T('sent');
};
post({ type: 'ready' });
