import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { validateDataset, formatProblem } from './src/lib/model/validate.ts';
import { classicScript } from './src/build/classic-script.ts';
import { oembedOutput, OEMBED_FILE } from './src/lib/embed/oembed.ts';
import { de } from './src/lib/i18n/de.ts';

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
 * The shipped dataset as two modules: `virtual:shipped-dataset`, everything the explorer needs
 * (part of the first load), and `virtual:shipped-notes`, the speaker notes by event id, which only
 * the classroom views load. Notes are a third of the dataset's weight.
 */
function shippedDataset(): Plugin {
  const ids = { 'virtual:shipped-dataset': '\0shipped-dataset', 'virtual:shipped-notes': '\0shipped-notes' } as Record<string, string>;
  return {
    name: 'sourceline:shipped-dataset',
    resolveId: (id) => ids[id],
    load(id) {
      if (id !== ids['virtual:shipped-dataset'] && id !== ids['virtual:shipped-notes']) return;
      this.addWatchFile(DATASET);
      const data = JSON.parse(readFileSync(DATASET, 'utf8'));
      const notes: Record<string, unknown> = {};
      for (const event of data.events) {
        if (event.notes !== undefined) notes[event.id] = event.notes;
        delete event.notes;
      }
      const value = id === ids['virtual:shipped-notes'] ? notes : data;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    }
  };
}

/**
 * oEmbed discovery (README, "Embedding"), only when the build is told its public address:
 * `SITE_URL=https://example.org/timeline/ npm run build` adds the <link> to index.html and writes
 * oembed.json. Without SITE_URL nothing is written; a malformed one stops the build.
 */
function oembedDiscovery(siteUrl = process.env.SITE_URL): Plugin {
  const dataset = JSON.parse(readFileSync(DATASET, 'utf8')) as { title: { de: string } };
  let output: ReturnType<typeof oembedOutput> = null;
  return {
    name: 'sourceline:oembed',
    apply: 'build',
    buildStart() {
      try {
        output = oembedOutput(siteUrl, dataset.title.de, de.embedFrameTitle(dataset.title.de));
      } catch (error) {
        this.error((error as Error).message);
      }
    },
    transformIndexHtml(html) {
      return output ? html.replace('</head>', `  ${output.link}\n  </head>`) : html;
    },
    generateBundle() {
      if (output) this.emitFile({ type: 'asset', fileName: OEMBED_FILE, source: output.json });
    }
  };
}

export default defineConfig({
  // Relative asset paths: the built site works from any sub-path of any static host.
  base: './',
  plugins: [svelte(), validateShippedDataset(), shippedDataset(), classicScript(), oembedDiscovery()],
  build: {
    target: 'es2022',
    modulePreload: false,
    // Embedding (issue 4): classic scripts and one stylesheet file, so the page loads in a
    // sandboxed (opaque-origin) iframe from any host. CommonJS chunks, which Rolldown can split,
    // are wrapped into classic scripts with a small loader: see src/build/classic-script.ts.
    cssCodeSplit: true,
    rolldownOptions: { output: { format: 'cjs' }, checks: { emptyImportMeta: false } }
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node'
  }
});
