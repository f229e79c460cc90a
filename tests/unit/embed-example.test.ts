import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EXAMPLE_OPTIONS, examplePage } from '../../src/lib/embed/example-page.ts';
import { snippet } from '../../src/lib/embed/snippet.ts';

const page = readFileSync('public/embed-example.html', 'utf8');
const code = snippet(EXAMPLE_OPTIONS);

describe('public/embed-example.html', () => {
  test('is what examplePage() writes (regenerate: npx tsx src/cli/embed-example.ts)', () => expect(page).toBe(examplePage()));
  test('contains exactly the generated snippet, once', () => expect(page.split(code)).toHaveLength(2));
  test('has no other iframe or script', () => {
    expect(page.match(/<iframe/g)).toHaveLength(1);
    expect(page.match(/<script/g)).toHaveLength(1);
  });
  test('embeds by a relative address, so it works from any sub-path', () =>
    expect(code).toContain(' src="./?embed=1&amp;lang=de#event=russia-recalls-antonow"'));
  test('the documented options: German, light, a start event, auto height', () =>
    expect(EXAMPLE_OPTIONS).toMatchObject({ base: './', lang: 'de', theme: 'auto', event: 'russia-recalls-antonow', lanes: [], height: 'auto' }));
  test('loads nothing from another origin', () => expect(page).not.toMatch(/(src|href)="(https?:)?\/\//));
});
