import { describe, expect, test } from 'vitest';
import { classicScriptTags } from '../../src/build/classic-script.ts';

const VITE = `<head>
    <link rel="icon" href="data:," />
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/style-def.css">
  </head>`;

describe('the built page loads without CORS, so a sandboxed (opaque-origin) iframe can run it', () => {
  test('the module script becomes a deferred classic script and the stylesheet loses crossorigin', () =>
    expect(classicScriptTags(VITE)).toBe(`<head>
    <link rel="icon" href="data:," />
    <script defer src="./assets/index-abc.js"></script>
    <link rel="stylesheet" href="./assets/style-def.css">
  </head>`));
  test.each([
    ['no entry script at all', '<head></head>', /expected a <script type="module" crossorigin/],
    ['a module script in another form', '<script type="module" crossorigin src="a.js"></script><script type="module" src="b.js"></script>', /left in index.html/],
    ['a crossorigin preload', '<script type="module" crossorigin src="a.js"></script><link rel="modulepreload" crossorigin href="b.js">', /left in index.html/]
  ])('refuses %s rather than ship a page that breaks in the sandbox', (_, html, message) => expect(() => classicScriptTags(html)).toThrow(message));
});
