import { describe, expect, test } from 'vitest';
import { History } from '../../src/lib/editor/history.svelte.ts';
import { Autosave, KEY, type StorageLike } from '../../src/lib/editor/autosave.ts';
import { targetOf } from '../../src/lib/editor/fields.ts';
import { dateFrom, fallbackDate, suggestionsFor } from '../../src/lib/editor/dates.ts';

describe('History: undo and redo over snapshots', () => {
  test('undo walks back, redo walks forward, and a new change drops what could be redone', () => {
    const h = new History('a');
    h.push('b', null, 0);
    h.push('c', null, 10_000);
    expect([h.undo(), h.current, h.undo(), h.current, h.undo()]).toEqual([true, 'b', true, 'a', false]);
    expect([h.redo(), h.current, h.canRedo]).toEqual([true, 'b', true]);
    h.push('d', null, 20_000);
    expect([h.current, h.canRedo, h.redo()]).toEqual(['d', false, false]);
  });

  test.each([
    ['typing in one field within the window is one step', [['t', 0], ['t', 500], ['t', 1000]], 1],
    ['a pause longer than the window starts a new step', [['t', 0], ['t', 5000]], 2],
    ['another field is another step', [['t', 0], ['s', 100]], 2],
    ['changes without a group are steps of their own', [[null, 0], [null, 1]], 2]
  ] as const)('%s', (_, pushes, steps) => {
    const h = new History(0);
    pushes.forEach(([group, at], i) => h.push(i + 1, group, at));
    let n = 0;
    while (h.undo()) n++;
    expect(n).toBe(steps);
    expect(h.current).toBe(0);
  });

  test('the same state again is no step; reset forgets the past', () => {
    const h = new History('a');
    h.push('a');
    expect(h.canUndo).toBe(false);
    h.push('b');
    h.reset('z');
    expect([h.current, h.canUndo, h.canRedo]).toEqual(['z', false, false]);
  });

  test('at most `limit` steps are kept', () => {
    const h = new History(0, 3);
    for (let i = 1; i <= 10; i++) h.push(i);
    let n = 0;
    while (h.undo()) n++;
    expect([n, h.current]).toEqual([3, 7]);
  });
});

/** A Map-backed storage; `fail` makes every call throw as a sandboxed frame's or a full one does. */
function storage(fail = false): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  const guard = () => {
    if (fail) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return {
    map,
    getItem: (k) => (guard(), map.get(k) ?? null),
    setItem: (k, v) => (guard(), void map.set(k, v)),
    removeItem: (k) => (guard(), void map.delete(k))
  };
}

describe('Autosave: kept where the browser allows, and said when it does not', () => {
  test('what is saved is restored, with when', () => {
    const s = storage();
    const save = new Autosave<{ n: number }>(s);
    expect(save.save({ n: 1 }, new Date('2026-11-30T03:00:00Z'))).toBe('saved');
    expect(new Autosave(s).restore()).toEqual({ value: { n: 1 }, savedAt: '2026-11-30T03:00:00.000Z' });
  });
  test.each([
    ['no storage at all (a sandboxed frame)', null, 'unavailable'],
    ['storage that throws (full, or refused)', storage(true), 'failed']
  ])('%s: saving says so instead of failing', (_, s, state) => {
    const save = new Autosave(s);
    expect(save.save({ n: 1 })).toBe(state);
    expect(save.restore()).toBeNull();
  });
  test.each([['not JSON', '{'], ['not our shape', '[1,2]'], ['no value', '{"savedAt":"x"}']])('a saved entry that is %s restores nothing', (_, text) => {
    const s = storage();
    s.map.set(KEY, text);
    expect(new Autosave(s).restore()).toBeNull();
  });
});

describe('targetOf: a problem links to the field it is about', () => {
  test.each([
    ["event 'x'", 'title.de', { kind: 'event', id: 'x', field: 'edit-event-title-de' }],
    ["event 'x'", 'title', { kind: 'event', id: 'x', field: 'edit-event-title-de' }],
    ["event 'x'", 'summary.en', { kind: 'event', id: 'x', field: 'edit-event-summary-en' }],
    ["event 'x'", 'date.start', { kind: 'event', id: 'x', field: 'edit-event-start' }],
    ["event 'x'", 'date.inferred.en', { kind: 'event', id: 'x', field: 'edit-event-inferred-en' }],
    ["event 'x'", 'date.after', { kind: 'event', id: 'x', field: 'edit-event-after' }],
    ["event 'x'", 'actors', { kind: 'event', id: 'x', field: 'edit-event-actors' }],
    ["event 'x'", 'sources[2].quote', { kind: 'event', id: 'x', field: 'edit-event-source-2' }],
    ["article 'a'", 'published.date', { kind: 'article', id: 'a', field: 'edit-article-published' }],
    ["article 'a'", 'published.note.de', { kind: 'article', id: 'a', field: 'edit-article-note-de' }],
    ["article 'a'", 'id', { kind: 'article', id: 'a', field: 'edit-article-title' }],
    ['dataset', 'title.en', { kind: 'dataset', id: null, field: 'edit-dataset-title-de' }],
    ['dataset', 'events', { kind: 'dataset', id: null, field: 'edit-dataset-events' }]
  ])('%s, %s', (where, field, target) => expect(targetOf({ where, field, expected: '', found: '' })).toEqual(target));
});

describe('date suggestions for the editor', () => {
  test('a quote is dated against its article’s publication date, best first', () => {
    const [best] = suggestionsFor('Im März hatte Russland seinen Botschafter zurückgerufen.', '2021-06-16', 'de');
    expect(best).toMatchObject({ phrase: 'Im März', start: '2021-03', precision: 'month' });
  });
  test.each([['2021-06', 'a month'], ['2021', 'a year']])('a publication date of %s (%s) still dates the quote', (published) => {
    expect(suggestionsFor('Am 15. April 2021 geschah es.', published, 'de')[0]).toMatchObject({ start: '2021-04-15', precision: 'day' });
  });
  test('no usable publication date, no suggestion', () => expect(suggestionsFor('Im März', 'bald', 'de')).toEqual([]));
  test('a suggestion becomes the date with its phrase and note; without one the publication date is a marked guess', () => {
    expect(dateFrom({ phrase: 'im März', index: 0, start: '2021-03', precision: 'month', note: { de: 'n', en: 'n' } })).toEqual({
      start: '2021-03', precision: 'month', phrase: 'im März', inferred: { de: 'n', en: 'n' }
    });
    expect(fallbackDate('2021-06-16')).toMatchObject({ start: '2021-06-16', precision: 'day' });
    expect(fallbackDate('2021-06').precision).toBe('month');
  });
});
