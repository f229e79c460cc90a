import { describe, expect, test } from 'vitest';
import { parseResizeMessage, resizeMessage } from '../../src/lib/embed/height.ts';
import { MESSAGES } from './resize-messages.ts';

const src = 'https://example.org/sourceline/?embed=1#event=a';

describe('the resize message', () => {
  test('is a JSON string in the shape blogging platforms honour, in that key order', () =>
    expect(resizeMessage(src, 812)).toBe(`{"context":"iframe.resize","src":"${src}","height":812}`));
  test('rounds a fractional height up, so nothing is cut off', () => expect(JSON.parse(resizeMessage(src, 812.2)).height).toBe(813));
  test('round-trips through the parser', () => expect(parseResizeMessage(resizeMessage(src, 500))).toEqual({ context: 'iframe.resize', src, height: 500 }));
});

describe('parseResizeMessage accepts only the resize shape', () => {
  test.each(MESSAGES)('%s', (_, data, height) => expect(parseResizeMessage(data)?.height ?? null).toBe(height));
});
