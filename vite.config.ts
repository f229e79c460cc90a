import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { validateDataset, formatProblem } from './src/lib/model/validate.ts';
import { classicScript, URL_OF } from './src/build/classic-script.ts';

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

export default defineConfig({
  // Relative asset paths: the built site works from any sub-path of any static host.
  base: './',
  plugins: [svelte(), validateShippedDataset(), classicScript()],
  build: {
    target: 'es2022',
    modulePreload: false,
    // Embedding (issue 4): classic scripts and one stylesheet file, so the page loads in a
    // sandboxed (opaque-origin) iframe from any host. CommonJS chunks, which Rolldown can split,
    // are wrapped into classic scripts with a small loader: see src/build/classic-script.ts.
    cssCodeSplit: true,
    rolldownOptions: { output: { format: 'cjs' }, checks: { emptyImportMeta: false } }
  },
  // The data loader's worker: its URL is made at run time by the entry's loader, beside the
  // entry script and through the Trusted Types policy (src/build/classic-script.ts).
  worker: { format: 'iife' },
  experimental: {
    renderBuiltUrl: (file, { hostType }) => (hostType === 'js' ? { runtime: `self.${URL_OF}(${JSON.stringify(file.slice(file.lastIndexOf('/') + 1))})` } : { relative: true })
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node'
  }
});
