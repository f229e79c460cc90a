import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { validateDataset, formatProblem } from './src/lib/model/validate.ts';

const DATASET = 'data/summit-2021.json';

/** The build refuses an invalid dataset, with the same messages as `npm run validate`. */
function validateShippedDataset(): Plugin {
  return {
    name: 'sourceline:validate-dataset',
    buildStart() {
      this.addWatchFile(DATASET);
      const { errors } = validateDataset(JSON.parse(readFileSync(DATASET, 'utf8')));
      if (errors.length) this.error(`${DATASET} is invalid:\n${errors.map(formatProblem).join('\n')}`);
    }
  };
}

/**
 * Inlines the (small) stylesheet into index.html: one round trip less before the first paint.
 * The CSP then needs style-src 'unsafe-inline' or the hash this prints (see README).
 */
function inlineCss(): Plugin {
  return {
    name: 'sourceline:inline-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((f) => f.fileName === 'index.html');
      if (!html || html.type !== 'asset') return;
      let source = String(html.source);
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.css')) continue;
        const link = new RegExp(`<link rel="stylesheet"[^>]*href="\\./${file.fileName.replace(/[.]/g, '\\.')}"[^>]*>`);
        if (!link.test(source)) continue;
        source = source.replace(link, () => `<style>${String(file.source)}</style>`);
        delete bundle[file.fileName];
      }
      html.source = source;
    }
  };
}

export default defineConfig({
  // Relative asset paths: the built site works from any sub-path of any static host.
  base: './',
  plugins: [svelte(), validateShippedDataset(), inlineCss()],
  build: { target: 'es2022', modulePreload: { polyfill: false } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node'
  }
});
