import { describe, expect, test } from 'vitest';
import { slugify, SlugAllocator } from '../../src/lib/import/slug.ts';

describe('slugify makes ids the dataset format accepts', () => {
  test.each([
    ['Caesar’s Death', 'caesars-death'],
    ['Großbritannien überspringt elf Tage', 'grossbritannien-ueberspringt-elf-tage'],
    ['Ève à Noël', 'eve-a-noel'],
    ['  --Already-a-slug--  ', 'already-a-slug'],
    ['ISO 8601 (1988)', 'iso-8601-1988'],
    ['日本', ''],
    ['', ''],
    ['x'.repeat(100), 'x'.repeat(60)]
  ])('%j becomes %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
    if (slug) expect(slug).toMatch(/^[a-z0-9][a-z0-9-]*$/);
  });
});

describe('SlugAllocator', () => {
  test('a repeated id gets a numbered suffix', () => {
    const ids = new SlugAllocator();
    expect(['a', 'a', 'A', 'a-2'].map((c) => ids.take([c], 'x'))).toEqual(['a', 'a-2', 'a-3', 'a-2-2']);
  });
  test('the first candidate that slugifies to something wins, else the fallback', () => {
    const ids = new SlugAllocator();
    expect(ids.take([undefined, '日本', 'Titel'], 'event-1')).toBe('titel');
    expect(ids.take(['', undefined], 'event-2')).toBe('event-2');
  });
});
