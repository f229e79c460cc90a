import { describe, expect, test } from 'vitest';
import { kitLink, pageAddress, type KitChoice } from '../../src/lib/share/links.ts';

const page = pageAddress('https://example.org/sub/index.html?lang=en&view=quiz&lanes=usa#event=x&data=z1.old');
const round: KitChoice = { lang: 'de', events: null, seed: 2021, data: { kind: 'shipped' } };

describe('the class kit links', () => {
  test('start from the page itself, without its query or hash', () => expect(page).toBe('https://example.org/sub/index.html'));

  test.each([
    ['the default round', 'quiz', round, 'https://example.org/sub/index.html?lang=de&view=quiz&seed=2021'],
    ['slides have no seed', 'present', round, 'https://example.org/sub/index.html?lang=de&view=present'],
    ['chosen events keep their commas', 'quiz', { ...round, events: ['a', 'b-c'] }, 'https://example.org/sub/index.html?lang=de&view=quiz&seed=2021&events=a,b-c'],
    ['a hosted dataset in ?data=', 'print', { ...round, lang: 'en', data: { kind: 'hosted', url: 'https://x.github.io/d.json?a=1' } }, 'https://example.org/sub/index.html?lang=en&view=print&data=https%3A%2F%2Fx.github.io%2Fd.json%3Fa%3D1'],
    ['a dataset in the fragment', 'quiz', { ...round, seed: 7, data: { kind: 'fragment', value: 'z1.AbC' } }, 'https://example.org/sub/index.html?lang=de&view=quiz&seed=7#data=z1.AbC']
  ] as const)('%s', (_, view, choice, expected) => expect(kitLink(page, view, choice)).toBe(expected));
});
