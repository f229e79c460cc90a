import { describe, expect, test } from 'vitest';
import { dismiss, initialState, receive, type DataState } from '../../src/lib/data-state.ts';
import type { LoadResult } from '../../src/lib/load.ts';
import type { Model } from '../../src/lib/model/model.ts';

const good = (name: string): LoadResult => ({ ok: true, model: { data: { title: { de: name } } } as unknown as Model, warnings: [] });
const bad = (found: string): LoadResult => ({ ok: false, errors: [{ where: 'file', field: 'content', expected: 'valid JSON', found }] });
const shown = (state: DataState) => (state.result?.ok ? (state.result.model.data.title.de as string) : state.result ? 'error page' : 'loading');

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
