import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every source file of the app, for checks that hold for all of them. */
function sources(dir = 'src'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(svelte|ts)$/.test(name) ? [path] : [];
  });
}

describe('text from data is text', () => {
  test.each(sources())('%s renders no HTML from strings', (file) => {
    const code = readFileSync(file, 'utf8');
    expect(code).not.toMatch(/\{@html\b|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write\(|new Function\(|\beval\(/);
  });
});
