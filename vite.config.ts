import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { validateDataset, formatProblem } from './src/lib/model/validate.ts';
import { classicScript, URL_OF } from './src/build/classic-script.ts';
import { asLiteral } from './src/build/as-literal.ts';
import { joinShipped, splitShipped } from './src/lib/model/shipped-parts.ts';
import { oembedOutput, OEMBED_FILE } from './src/lib/embed/oembed.ts';
import { de } from './src/lib/i18n/de.ts';

const DATASET = 'data/summit-2021.json';

/** The build refuses an invalid dataset, with the same messages as `npm run validate`. */
function validateShippedDataset(): Plugin {
  return {
    name: 'sourceline:validate-dataset',
    buildStart() {
      this.addWatchFile(resolve(DATASET));
      const { errors } = validateDataset(JSON.parse(readFileSync(DATASET, 'utf8')));
      if (errors.length) this.error(`${DATASET} is invalid:\n${errors.map(formatProblem).join('\n')}`);
    }
  };
}

/**
 * The shipped dataset as modules (src/lib/model/shipped-parts.ts): `virtual:shipped-dataset`,
 * everything but its texts and notes (part of the first load), `virtual:shipped-text-de` and
 * `-en`, the texts of each language (loaded with that language's interface text), and
 * `virtual:shipped-extras`, the speaker notes (loaded by the classroom views); shipped.ts joins
 * them. The build checks that the parts join back into the file's dataset.
 */
function shippedDataset(): Plugin {
  const ids: Record<string, string> = {
    'virtual:shipped-dataset': '\0shipped-dataset',
    'virtual:shipped-text-de': '\0shipped-text-de',
    'virtual:shipped-text-en': '\0shipped-text-en',
    'virtual:shipped-extras': '\0shipped-extras'
  };
  const parts = () => {
    const data = JSON.parse(readFileSync(DATASET, 'utf8'));
    delete data.$schema; // a hint for editors of the file; the page has no use for it
    const { first, texts, extras } = splitShipped(data);
    if (!isDeepStrictEqual(joinShipped(first, texts, extras), data)) throw new Error(`${DATASET}: its parts do not join back into the dataset (src/lib/model/shipped-parts.ts)`);
    return { '\0shipped-dataset': first, '\0shipped-text-de': texts.de, '\0shipped-text-en': texts.en, '\0shipped-extras': extras } as Record<string, unknown>;
  };
  return {
    name: 'sourceline:shipped-dataset',
    resolveId: (id) => ids[id],
    load(id) {
      if (!Object.values(ids).includes(id)) return;
      this.addWatchFile(resolve(DATASET));
      return `export default ${asLiteral(parts()[id])};`;
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

/**
 * Vite wraps every dynamic import in a helper (about 0.1 kB gzip) that preloads the chunk's
 * stylesheets and module dependencies. Here the classic-script loader does that itself (it
 * fetches a chunk's scripts and stylesheets side by side: src/build/classic-script.ts) and Vite
 * passes the helper no dependencies, so it only calls the import: that is all this one does.
 */
function plainDynamicImports(): Plugin {
  const id = '\0vite/preload-helper.js';
  return {
    name: 'sourceline:plain-dynamic-imports',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source) => (source === id ? id : undefined),
    load: (source) => (source === id ? 'export const __vitePreload = (load) => load();' : undefined)
  };
}

/**
 * Parts of Svelte's runtime that only views loaded on demand use (form bindings: the editor, the
 * quiz, the embed dialog; size bindings and keyed blocks: the slides, the reading pane). Svelte's
 * runtime is one module graph, so the bundler would put them in the runtime chunk the first page
 * loads; as a chunk of their own they load with the views that need them.
 */
const ON_DEMAND_RUNTIME = /svelte[\\/]src[\\/]internal[\\/]client[\\/]dom[\\/](elements[\\/]bindings[\\/](select|input|size)|blocks[\\/]key)\.js$/;

/**
 * Small modules that the first page and parts loaded on demand both import, which the bundler
 * would otherwise put in a chunk each, each another request before the first paint: one chunk.
 */
const SHARED_SMALL = /src[\\/]lib[\\/](boot[\\/]start|model[\\/]schema-ids|time[\\/]precision)\.ts$/;

/**
 * The loader's small modules (reading, the size rule, the checks' driver, progress and failure
 * texts): one chunk instead of six, which a `?data=` page needs at once, all of them, so that its
 * requests and their round trips are fewer. The checks themselves (valibot, in the chunk named
 * after the TimelineJS import) stay apart: the editor uses them without the loader. So do the
 * problems' wording (model/problem.ts), which the alert needs when the loader could not be fetched.
 */
const LOADER = /src[\\/]lib[\\/](load-client|load|load-result|size|read-body|model-transfer|decode|duplicate-keys|i18n[\\/]loading)\.ts$/;

export default defineConfig({
  // Relative asset paths: the built site works from any sub-path of any static host.
  base: './',
  plugins: [plainDynamicImports(), svelte(), validateShippedDataset(), shippedDataset(), classicScript({
      first: {
        entry: 'src/first.ts',
        files: {
          de: ['src/lib/i18n/de.ts'],
          en: ['src/lib/i18n/en.ts'],
          shipped: { de: ['\0shipped-text-de'], en: ['\0shipped-text-en'] },
          data: ['src/lib/load-client.ts', 'src/lib/load.ts', 'src/components/LoadProgress.svelte'],
          reader: ['src/components/ReadingPane.svelte'],
          card: ['src/components/SourceCard.svelte']
        }
      }
    }),
    oembedDiscovery()],
  build: {
    target: 'es2022',
    modulePreload: false,
    // Embedding (issue 4): classic scripts and one stylesheet file, so the page loads in a
    // sandboxed (opaque-origin) iframe from any host. CommonJS chunks, which Rolldown can split,
    // are wrapped into classic scripts with a small loader: see src/build/classic-script.ts.
    cssCodeSplit: true,
    rolldownOptions: {
      output: {
        format: 'cjs',
        // Six hash characters (36 bits) tell this build's few dozen files apart; each name is in
        // the entry script wherever a part is imported, so every character is sent on first load.
        chunkFileNames: 'assets/[name]-[hash:6].js',
        entryFileNames: 'assets/[name]-[hash:6].js',
        assetFileNames: 'assets/[name]-[hash:6][extname]',
        codeSplitting: { includeDependenciesRecursively: false, groups: [{ name: 'svelte-on-demand', test: ON_DEMAND_RUNTIME }, { name: 'shared', test: SHARED_SMALL }, { name: 'loader', test: LOADER }] }
      },
      // The on-demand parts of the runtime have no effect when they load, so no chunk needs to
      // load them first (else the first page would load them again).
      treeshake: { moduleSideEffects: (id: string) => !ON_DEMAND_RUNTIME.test(id), manualPureFunctions: ['timeInterval', 'ticker'] },
      checks: { emptyImportMeta: false }
    }
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
