import { describe, expect, test } from 'vitest';
import { mayScrollIntoView } from '../../src/lib/embed/scroll.ts';

type Win = Parameters<typeof mayScrollIntoView>[0];
const topLevel = (): Win => {
  const win = { navigator: {} } as { parent?: unknown; navigator: unknown };
  win.parent = win;
  return win as Win;
};
const framed = (userActivation?: { hasBeenActive: boolean }): Win => ({ parent: {} as Window, navigator: { userActivation } as Navigator });

describe('bringing the source into view may scroll the page around an embed only after the reader touched it', () => {
  test.each([
    ['a top-level page always scrolls', topLevel(), true],
    ['an embed the reader has clicked scrolls', framed({ hasBeenActive: true }), true],
    ['an embed on load (a deep link) does not', framed({ hasBeenActive: false }), false],
    ['an embed in a browser that cannot tell does not', framed(undefined), false]
  ])('%s', (_, win, expected) => expect(mayScrollIntoView(win)).toBe(expected));
});
