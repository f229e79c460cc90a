import { describe, expect, test } from 'vitest';
import { slugify, SlugAllocator } from '../../src/lib/import/slug.ts';
import { ID_PATTERN } from '../../src/lib/model/schema-ids.ts';

describe('slugify makes ids the dataset format accepts', () => {
  test.each([
    ['Caesar’s Death', 'caesars-death'],
    ['Großbritannien überspringt elf Tage', 'grossbritannien-ueberspringt-elf-tage'],
    ['Ève à Noël', 'eve-a-noel'],
    ['  --Already-a-slug--  ', 'already-a-slug'],
    ['ISO 8601 (1988)', 'iso-8601-1988'],
    ['日本', '日本'],
    ['Токио 1964: Олимпийские игры', 'токио-1964-олимпийские-игры'],
    ['Йошкар-Ола', 'йошкар-ола'],
    ['Ἀθῆναι', 'ἀθῆναι'],
    ['がっこう (学校)', 'がっこう-学校'],
    ['القاهرة', 'القاهرة'],
    ['!!!', ''],
    ['', ''],
    ['x'.repeat(100), 'x'.repeat(60)]
  ])('%j becomes %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
    if (slug) expect(slug).toMatch(ID_PATTERN);
  });
});

describe('SlugAllocator', () => {
  test('a repeated id gets a numbered suffix', () => {
    const ids = new SlugAllocator();
    expect(['a', 'a', 'A', 'a-2'].map((c) => ids.take([c], 'x'))).toEqual(['a', 'a-2', 'a-3', 'a-2-2']);
  });
  test('the first candidate that slugifies to something wins, else the fallback', () => {
    const ids = new SlugAllocator();
    expect(ids.take([undefined, '!!!', 'Titel'], 'event-1')).toBe('titel');
    expect(ids.take(['', undefined], 'event-2')).toBe('event-2');
  });
  test('ids JavaScript reserves are never handed out', () => {
    const ids = new SlugAllocator();
    expect(['Constructor', 'Prototype', 'constructor'].map((c) => ids.take([c], 'x'))).toEqual(['constructor-2', 'prototype-2', 'constructor-3']);
  });
  test('handing out one id 50,000 times takes linear time (quadratic would take minutes)', () => {
    const ids = new SlugAllocator();
    const started = performance.now();
    for (let i = 0; i < 50_000; i++) ids.take(['Ereignis'], 'x');
    expect(ids.take(['Ereignis'], 'x')).toBe('ereignis-50001');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
