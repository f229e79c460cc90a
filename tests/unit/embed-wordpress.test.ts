import { describe, expect, test } from 'vitest';
import { readySecret, secretFromHash, wordpressHeight, wordpressLink } from '../../src/lib/embed/wordpress.ts';
import { eventFromHash } from '../../src/lib/url.ts';

describe('the fragment of an embedded page gives both the deep link and WordPress’s secret', () => {
  test.each([
    ['WordPress’s secret alone', '#?secret=AbC123xyZ9', null, 'AbC123xyZ9'],
    ['a deep link alone', '#event=geneva-summit', 'geneva-summit', null],
    ['WordPress’s secret appended to a deep link', '#event=geneva-summit#?secret=AbC123xyZ9', 'geneva-summit', 'AbC123xyZ9'],
    ['the secret as a second parameter', '#event=geneva-summit&secret=AbC123xyZ9', 'geneva-summit', 'AbC123xyZ9'],
    ['the secret first, then the deep link', '#secret=AbC123xyZ9&event=geneva-summit', 'geneva-summit', 'AbC123xyZ9'],
    ['an empty fragment', '', null, null],
    ['a secret with other characters (WordPress would refuse it)', '#?secret=abc"><x', null, null],
    ['an empty secret', '#?secret=', null, null]
  ])('%s', (_, hash, event, secret) => {
    expect(eventFromHash(hash)).toBe(event);
    expect(secretFromHash(hash)).toBe(secret);
  });
});

describe('the height message for WordPress', () => {
  test('is an object with message, value and secret, the height rounded up', () =>
    expect(wordpressHeight(611.2, 'AbC123xyZ9')).toEqual({ message: 'height', value: 612, secret: 'AbC123xyZ9' }));
});

describe('the link message for WordPress', () => {
  test('is an object with message, the address as value, and secret', () =>
    expect(wordpressLink('https://example.org/timeline/#event=a', 'AbC123xyZ9')).toEqual({ message: 'link', value: 'https://example.org/timeline/#event=a', secret: 'AbC123xyZ9' }));
});

describe('readySecret accepts only WordPress’s ready message', () => {
  test.each([
    ['the ready message', { message: 'ready', secret: 'AbC123xyZ9' }, 'AbC123xyZ9'],
    ['another message', { message: 'height', secret: 'AbC123xyZ9' }, null],
    ['no secret', { message: 'ready' }, null],
    ['a secret with other characters', { message: 'ready', secret: 'a b' }, null],
    ['a string', '{"message":"ready","secret":"AbC123xyZ9"}', null],
    ['null', null, null]
  ])('%s', (_, data, expected) => expect(readySecret(data)).toBe(expected));
});
