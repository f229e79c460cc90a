import { afterEach, describe, expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { check, ON_PAGE_BELOW, prepareWorker } from '../../src/lib/load-client.ts';
import { formatProblem } from '../../src/lib/model/problem.ts';

/** The shipped dataset, padded with spaces past the size the page checks itself. */
const bytes = () => {
  const text = readFileSync('data/summit-2021.json', 'utf8');
  return new TextEncoder().encode(text + ' '.repeat(ON_PAGE_BELOW));
};

interface FakeWorker {
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null;
  terminated: boolean;
  posted: unknown[];
}

/** A stand-in for the loading worker: `behave` decides what it does once created. */
function fakeWorker(behave: (worker: FakeWorker) => void) {
  const made: FakeWorker[] = [];
  class Fake implements FakeWorker {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
    terminated = false;
    posted: unknown[] = [];
    constructor() {
      made.push(this);
      setTimeout(() => behave(this));
    }
    postMessage(message: unknown) {
      this.posted.push(message);
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', Fake);
  return made;
}

afterEach(() => vi.unstubAllGlobals());

describe('check: the page side of the loading worker', () => {
  test('small data is checked on the page, without starting a worker', async () => {
    const made = fakeWorker(() => {});
    const result = await check(new Uint8Array(readFileSync('data/summit-2021.json')), 'file "x.json"');
    expect([result.ok, made.length]).toEqual([true, 0]);
  });

  test('a worker that never answers ends in a timeout that says so, and is stopped', async () => {
    const made = fakeWorker((w) => w.onmessage?.({ data: { type: 'ready' } }));
    const result = await check(bytes(), 'file "x.json"', { checkMs: 30 });
    expect(result.ok ? 'ok' : formatProblem(result.errors[0])).toBe(
      'file "x.json", content: expected to be checked within 0 s, found that checking took longer; the file may be too large for this device'
    );
    expect(result.ok ? null : result.reason).toEqual({ kind: 'timeout', seconds: 0, what: 'check' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(made[0].terminated).toBe(true);
  });

  test('a worker whose script cannot run (not fetched, refused) leaves the check to the page', async () => {
    fakeWorker((w) => w.onerror?.({ message: 'failed', preventDefault: () => {} }));
    const result = await check(bytes(), 'file "x.json"');
    expect(result.ok && result.model.events.length).toBe(15);
  });

  test('where no worker can be created (an opaque origin), the page checks the data itself', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('cannot be accessed from origin null', 'SecurityError');
        }
      }
    );
    const result = await check(bytes(), 'file "x.json"');
    expect(result.ok && result.model.events.length).toBe(15);
  });

  test('cancelling while the worker checks stops it and says so', async () => {
    const made = fakeWorker((w) => w.onmessage?.({ data: { type: 'ready' } }));
    const controller = new AbortController();
    const loading = check(bytes(), 'file "x.json"', { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(made[0].posted).toHaveLength(1);
    controller.abort();
    const result = await loading;
    expect(result.ok ? null : result.reason).toEqual({ kind: 'cancelled' });
  });
});

describe('prepareWorker: the worker starts while the data is still being read', () => {
  test('a worker ready before the data is in gets the data at once, and no second worker starts', async () => {
    const made = fakeWorker((w) => w.onmessage?.({ data: { type: 'ready' } }));
    prepareWorker();
    prepareWorker();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const loading = check(bytes(), 'file "x.json"', { checkMs: 30 });
    expect([made.length, made[0].posted.length]).toEqual([1, 1]);
    await loading;
  });

  test('a prepared worker whose script could not run leaves the check to a new one', async () => {
    let n = 0;
    const made = fakeWorker((w) => (n++ === 0 ? w.onerror?.({ message: 'failed', preventDefault: () => {} }) : w.onmessage?.({ data: { type: 'ready' } })));
    prepareWorker();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const loading = check(bytes(), 'file "x.json"', { checkMs: 30 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect([made.length, made[0].terminated, made[1].posted.length]).toEqual([2, true, 1]);
    await loading;
  });

  test('a prepared worker is stopped when the data turns out small enough for the page', async () => {
    const made = fakeWorker(() => {});
    prepareWorker();
    const result = await check(new Uint8Array(readFileSync('data/summit-2021.json')), 'file "x.json"');
    expect([result.ok, made[0].terminated]).toEqual([true, true]);
  });
});
