/**
 * Makes the built page load inside an iframe sandboxed without allow-same-origin. Such a page has
 * an opaque origin, so every module script and every `crossorigin` stylesheet is a cross-origin
 * request that fails unless the host sends Access-Control-Allow-Origin, which most static hosts
 * do not. A classic deferred script and a plain stylesheet link are fetched without CORS and
 * work from any host. The bundle is built as one IIFE (vite.config.ts) so it runs as a classic script.
 */
import type { Plugin } from 'vite';

const MODULE_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const CROSSORIGIN_STYLESHEET = /<link rel="stylesheet" crossorigin href="([^"]+)">/g;

/** Rewrites Vite's entry tags; throws if there is no module script to rewrite, or one remains. */
export function classicScriptTags(html: string): string {
  if (!MODULE_SCRIPT.test(html)) throw new Error('classic-script: expected a <script type="module" crossorigin src="…"> in index.html, found none');
  const out = html
    .replace(MODULE_SCRIPT, '<script defer src="$1"></script>')
    .replace(CROSSORIGIN_STYLESHEET, '<link rel="stylesheet" href="$1">');
  if (/type="module"|crossorigin/.test(out)) throw new Error('classic-script: a module script or crossorigin attribute is left in index.html');
  return out;
}

export function classicScript(): Plugin {
  return {
    name: 'sourceline:classic-script',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: classicScriptTags }
  };
}
