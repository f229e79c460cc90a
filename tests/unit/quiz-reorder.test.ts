import { describe, expect, test } from 'vitest';
import { dragOffset, dropIndex, moveItem, projectedIndex } from '../../src/lib/quiz/reorder.ts';

describe('moveItem', () => {
  test.each([
    ['down one', 0, 1, ['b', 'a', 'c', 'd']],
    ['up one', 2, 1, ['a', 'c', 'b', 'd']],
    ['to the end', 0, 3, ['b', 'c', 'd', 'a']],
    ['to the top', 3, 0, ['d', 'a', 'b', 'c']],
    ['nowhere', 2, 2, ['a', 'b', 'c', 'd']],
    ['beyond the end clamps to the end', 1, 9, ['a', 'c', 'd', 'b']],
    ['before the start clamps to the start', 2, -3, ['c', 'a', 'b', 'd']],
    ['from an index that does not exist changes nothing', 7, 0, ['a', 'b', 'c', 'd']]
  ])('%s: %i → %i', (_, from, to, expected) => expect(moveItem(['a', 'b', 'c', 'd'], from, to)).toEqual(expected));

  test('the input is not mutated', () => {
    const input = ['a', 'b'];
    moveItem(input, 0, 1);
    expect(input).toEqual(['a', 'b']);
  });
});

// Four items 40 px high with 10 px gaps: tops 0, 50, 100, 150; centres 20, 70, 120, 170.
const boxes = [0, 50, 100, 150].map((top) => ({ top, height: 40 }));

describe('dropIndex: a dragged item passes another once its centre crosses that centre', () => {
  test.each([
    ['not moved', 1, 0, 1],
    ['a little down, not past the next centre', 1, 49, 1],
    ['down past the next centre', 1, 51, 2],
    ['down past two centres', 0, 101, 2],
    ['far below the list', 0, 1000, 3],
    ['up past the previous centre', 2, -51, 1],
    ['far above the list', 3, -1000, 0],
    ['an index that does not exist stays', 9, 30, 9]
  ])('%s: from %i by %i px lands at %i', (_, from, dy, to) => expect(dropIndex(boxes, from, dy)).toBe(to));
});

describe('dragOffset: the dragged item follows the pointer; the ones it passes make room by its pitch', () => {
  test.each([
    ['the dragged item', 1, 1, 3, 77, 77],
    ['an item passed going down moves up', 2, 1, 3, 77, -50],
    ['the last item passed going down moves up', 3, 1, 3, 77, -50],
    ['an item above the start stays', 0, 1, 3, 77, 0],
    ['an item passed going up moves down', 1, 2, 0, -90, 50],
    ['an item below the start stays when going up', 3, 2, 0, -90, 0],
    ['nothing passed, nothing moves', 2, 1, 1, 10, 0]
  ])('%s: item %i, from %i to %i, dy %i → %i', (_, i, from, to, dy, expected) => expect(dragOffset(boxes, i, from, to, dy)).toBe(expected));

  test('the pitch of the last item uses the gap above it', () => {
    expect(dragOffset(boxes, 2, 3, 2, -60)).toBe(50);
  });
});

describe('projectedIndex: the numbers drawn during a drag show where items will land', () => {
  test.each([
    ['the dragged item shows its target', 1, 1, 3, 3],
    ['an item it passed going down moves up one', 2, 1, 3, 1],
    ['an item it passed going up moves down one', 0, 2, 0, 1],
    ['an item outside the range keeps its number', 4, 1, 3, 4],
    ['nothing passed, nothing changes', 2, 2, 2, 2]
  ])('%s: item %i, from %i to %i → %i', (_, i, from, to, expected) => expect(projectedIndex(i, from, to)).toBe(expected));
});
