import { describe, expect, test } from 'vitest';
import { visibleRefs } from '../../src/lib/refs.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `e${i}`);

describe('visibleRefs: a few reference links per sentence, the selected one always among them', () => {
  test.each([
    ['none', [], null, false, [], 0],
    ['up to the cap: all', ids(6), null, false, ids(6), 0],
    ['over the cap: the first five and "+N"', ids(7), null, false, ids(5), 2],
    ['hundreds', ids(300), null, false, ids(5), 295],
    ['the selected one beyond the cap is added', ids(300), 'e200', false, [...ids(5), 'e200'], 294],
    ['the selected one within the first five is not repeated', ids(300), 'e3', false, ids(5), 295],
    ['a selection not cited here changes nothing', ids(10), 'x', false, ids(5), 5],
    ['expanded: all', ids(300), 'e200', true, ids(300), 0]
  ] as const)('%s', (_, list, selected, expanded, shown, hidden) =>
    expect(visibleRefs(list, selected, expanded)).toEqual({ shown, hidden }));

  test('the cap can be set', () => expect(visibleRefs(ids(4), null, false, 2)).toEqual({ shown: ['e0'], hidden: 3 }));
});
