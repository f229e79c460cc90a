import { describe, expect, test } from 'vitest';
import { actionFor, ownsKey, stepTo, type DeckAction, type FocusTarget, type KeyInput } from '../../src/lib/present/deck.ts';

describe('actionFor: the keys a presenter remote sends', () => {
  test.each<[KeyInput, DeckAction | null]>([
    [{ key: 'PageDown' }, 'next'],
    [{ key: 'PageUp' }, 'previous'],
    [{ key: 'ArrowRight' }, 'next'],
    [{ key: 'ArrowLeft' }, 'previous'],
    [{ key: ' ' }, 'next'],
    [{ key: ' ', shiftKey: true }, 'previous'],
    [{ key: 'Enter' }, 'next'],
    [{ key: 'Home' }, 'first'],
    [{ key: 'End' }, 'last'],
    [{ key: 'b' }, 'blank'],
    [{ key: 'B', shiftKey: true }, 'blank'],
    [{ key: '.' }, 'blank'],
    [{ key: 'f' }, 'fullscreen'],
    [{ key: 'F', shiftKey: true }, 'fullscreen'],
    [{ key: 'Escape' }, 'exit-fullscreen'],
    [{ key: 'n' }, 'notes'],
    [{ key: 'x' }, null],
    [{ key: 'ArrowDown' }, null],
    [{ key: 'Tab' }, null]
  ])('%o → %s', (input, action) => expect(actionFor(input)).toBe(action));

  test.each<[KeyInput]>([[{ key: 'p', ctrlKey: true }], [{ key: 'ArrowLeft', altKey: true }], [{ key: 'f', metaKey: true }], [{ key: 'PageDown', ctrlKey: true }]])(
    '%o belongs to the browser',
    (input) => expect(actionFor(input)).toBeNull()
  );

  test.each<[KeyInput]>([[{ key: 'x' }], [{ key: 'PageDown' }], [{ key: 'b' }], [{ key: 'Escape' }], [{ key: 'p', ctrlKey: true }]])(
    'while blank, %o only brings the screen back',
    (input) => expect(actionFor(input, true)).toBe('unblank')
  );

  test.each(['Shift', 'Control', 'Alt', 'Meta'])('while blank, pressing %s alone does nothing', (key) => expect(actionFor({ key }, true)).toBeNull());
});

describe('stepTo: steps stay inside the deck', () => {
  test.each<[number, DeckAction, number, number]>([
    [2, 'next', 15, 3],
    [2, 'previous', 15, 1],
    [14, 'next', 15, 14],
    [0, 'previous', 15, 0],
    [7, 'first', 15, 0],
    [7, 'last', 15, 14],
    [7, 'blank', 15, 7],
    [7, 'notes', 15, 7],
    [40, 'previous', 15, 13],
    [-3, 'next', 15, 1],
    [0, 'next', 1, 0],
    [0, 'next', 0, 0]
  ])('from %i, %s, in a deck of %i → %i', (index, action, count, expected) => expect(stepTo(index, action, count)).toBe(expected));
});

describe('ownsKey: presenter keys never fire while the focus is in a form control', () => {
  test.each<[FocusTarget | null, string, boolean]>([
    [null, 'PageDown', false],
    [{ tagName: 'BODY' }, ' ', false],
    [{ tagName: 'ARTICLE' }, 'Enter', false],
    [{ tagName: 'INPUT', type: 'text' }, 'b', true],
    [{ tagName: 'INPUT', type: 'search' }, 'ArrowRight', true],
    [{ tagName: 'TEXTAREA' }, 'PageDown', true],
    [{ tagName: 'SELECT' }, 'End', true],
    [{ tagName: 'DIV', isContentEditable: true }, 'Home', true],
    [{ tagName: 'INPUT', type: 'checkbox' }, ' ', true],
    [{ tagName: 'INPUT', type: 'checkbox' }, 'PageDown', false],
    [{ tagName: 'BUTTON' }, 'Enter', true],
    [{ tagName: 'BUTTON' }, ' ', true],
    [{ tagName: 'BUTTON' }, 'PageDown', false],
    [{ tagName: 'A' }, 'Enter', true],
    [{ tagName: 'A' }, 'ArrowRight', false]
  ])('%o and %s → %s', (target, key, expected) => expect(ownsKey(target, key)).toBe(expected));
});
