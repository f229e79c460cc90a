import { describe, expect, test } from 'vitest';
import { begin, dismiss, initialState, progress, receive as receiveToken, type DataState } from '../../src/lib/data-state.ts';
import type { LoadResult } from '../../src/lib/load.ts';
import type { Model } from '../../src/lib/model/model.ts';

const good = (name: string): LoadResult => ({ ok: true, model: { data: { title: { de: name } } } as unknown as Model, warnings: [] });
const bad = (found: string): LoadResult => ({ ok: false, errors: [{ where: 'file', field: 'content', expected: 'valid JSON', found }] });
const shown = (state: DataState) => (state.result?.ok ? (state.result.model.data.title.de as string) : state.result ? 'error page' : 'loading');

/** One load from start to finish. */
const receive = (state: DataState, loaded: LoadResult, origin: string) => {
  const started = begin(state, origin);
  return receiveToken(started.state, loaded, started.token);
};

describe('receive: what a finished load does to the page', () => {
  test.each([
    ['a good file replaces the shipped dataset', initialState(good('shipped'), null), good('mine'), 'mine.json', 'mine', 'mine.json', null],
    ['a bad file leaves the dataset on screen and is reported beside it', initialState(good('shipped'), null), bad('x'), 'bad.json', 'shipped', null, 'bad.json'],
    ['a failed ?data= with nothing on screen becomes the error page', initialState(null, 'x.json'), bad('404'), 'x.json', 'error page', 'x.json', null],
    ['a good file on the error page replaces the error', initialState(bad('404'), 'x.json'), good('mine'), 'mine.json', 'mine', 'mine.json', null],
    ['a bad file on the error page becomes the error shown', initialState(bad('404'), 'x.json'), bad('y'), 'other.json', 'error page', 'other.json', null]
  ])('%s', (_name, before, loaded, origin, screen, newOrigin, rejected) => {
    const after = receive(before, loaded, origin);
    expect([shown(after), after.origin, after.rejected?.origin ?? null]).toEqual([screen, newOrigin, rejected]);
  });

  test('a good load clears an earlier rejection', () => {
    const rejected = receive(initialState(good('shipped'), null), bad('x'), 'bad.json');
    expect(receive(rejected, good('mine'), 'mine.json').rejected).toBeNull();
  });

  test('dismissing a rejection keeps the dataset and its origin', () => {
    const rejected = receive(initialState(good('mine'), 'mine.json'), bad('x'), 'bad.json');
    const after = dismiss(rejected);
    expect([shown(after), after.origin, after.rejected]).toEqual(['mine', 'mine.json', null]);
  });
});

describe('request tokens: only the newest load may finish', () => {
  const p = { phase: 'read' as const, bytes: 5, totalBytes: 10, events: 0, totalEvents: null };
  test('an older, larger file that finishes after a newer one does not replace it', () => {
    const big = begin(initialState(good('shipped'), null), 'big.json');
    const small = begin(big.state, 'small.json');
    const afterSmall = receiveToken(small.state, good('small'), small.token);
    const afterBig = receiveToken(afterSmall, good('big'), big.token);
    expect([shown(afterBig), afterBig.origin, afterBig.loading]).toEqual(['small', 'small.json', null]);
  });
  test('an older load finishing first does not end the newer one (the progress stays)', () => {
    const older = begin(initialState(good('shipped'), null), 'a.json');
    const newer = begin(older.state, 'b.json');
    const after = receiveToken(newer.state, good('a'), older.token);
    expect([shown(after), after.loading?.origin]).toEqual(['shipped', 'b.json']);
  });
  test('a failure of a superseded load is not reported', () => {
    const older = begin(initialState(good('shipped'), null), 'a.json');
    const newer = begin(older.state, 'b.json');
    expect(receiveToken(newer.state, bad('x'), older.token).rejected).toBeNull();
  });
  test('progress counts only for the running load', () => {
    const older = begin(initialState(good('shipped'), null), 'a.json');
    const newer = begin(older.state, 'b.json');
    expect(progress(newer.state, older.token, p).loading?.progress.bytes).toBe(0);
    expect(progress(newer.state, newer.token, p).loading?.progress.bytes).toBe(5);
  });
  test('a load says how many files came with it, and the page how many were not loaded', () => {
    const started = begin(initialState(null, null), 'a.json', 3);
    expect(started.state.loading).toMatchObject({ origin: 'a.json', of: 3 });
    expect(receiveToken(started.state, good('a'), started.token)).toMatchObject({ origin: 'a.json', skipped: 2 });
  });
});
