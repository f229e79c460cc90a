/**
 * Makes the built page load inside an iframe sandboxed without allow-same-origin. Such a page has
 * an opaque origin, so every module script, every dynamic import() and every `crossorigin`
 * stylesheet is a cross-origin request that fails unless the host sends
 * Access-Control-Allow-Origin, which most static hosts do not. Classic scripts and plain
 * stylesheet links are fetched without CORS and work from any host.
 *
 * So the bundle is built as CommonJS chunks (vite.config.ts), which Rolldown can split, and each
 * chunk is wrapped here into a classic script:
 *
 * - the entry chunk carries a loader of about 400 bytes and runs at once (a deferred script);
 * - a lazy chunk (a view, a dialog, the data loader) registers a factory when its script tag
 *   loads, and runs on first use: `import('./x.js')` in the source becomes
 *   `load("x.js", [what x.js needs])`, which adds the `<script>` tags for the chunk and the chunks
 *   it needs, then requires it.
 *
 * The first page sends only what the explorer needs; the rest arrives when a reader opens it.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { FirstFiles } from '../lib/boot/start.ts';

const MODULE_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const CROSSORIGIN_STYLESHEET = /<link rel="stylesheet" crossorigin href="([^"]+)">/g;

/**
 * Rewrites Vite's entry tags; throws if there is no module script to rewrite, or one remains.
 * `first` names chunks the entry requires at once (siblings of the entry script): they are
 * linked before it, and deferred scripts run in document order.
 */
export function classicScriptTags(html: string, first: readonly string[] = [], firstScript: string | null = null): string {
  if (!MODULE_SCRIPT.test(html)) throw new Error('classic-script: expected a <script type="module" crossorigin src="…"> in index.html, found none');
  const out = html
    .replace(MODULE_SCRIPT, (_, src: string) => {
      const dir = src.slice(0, src.lastIndexOf('/') + 1);
      const deferred = [...first.map((name) => `${dir}${name}`), src].map((file) => `<script defer src="${file}"></script>`);
      // The first script runs as soon as it is in (it is small, so before the deferred scripts),
      // without holding up the parser or the first paint: see src/lib/boot/start.ts.
      return [...(firstScript ? [`<script async src="${dir}${firstScript}"></script>`] : []), ...deferred].join('\n    ');
    })
    .replace(CROSSORIGIN_STYLESHEET, '<link rel="stylesheet" href="$1">');
  if (/type="module"|crossorigin/.test(out)) throw new Error('classic-script: a module script or crossorigin attribute is left in index.html');
  return out;
}

/**
 * The global registry, chunk name to factory, that each chunk's script adds itself to. A plain
 * object rather than a function of the loader's, so that chunks the entry needs at once (linked
 * before it in index.html) can register before the loader exists.
 */
export const REGISTRY = '__sourcelineChunks';

/** The Trusted Types policy that admits the chunks' script URLs (README, "Hosting"). */
export const POLICY = 'sourceline';

/**
 * The entry's loader gives other code the URL of a script file of this build (a worker), beside
 * the entry and through the Trusted Types policy; vite.config.ts's renderBuiltUrl calls it.
 */
export const URL_OF = '__sourcelineUrl';

/** What a chunk calls to load another lazily; a name no minifier or module would choose. */
const LOAD = '__sourcelineLoad';

/** Rolldown's CommonJS form of `import('./x.js')`, minified or not. */
const DYNAMIC_IMPORT = /Promise\.resolve\(\)\s*\.then\(\s*(?:\(\)|function\s*\(\))\s*(?:=>\s*|\{\s*return\s+)require\(\s*(["'`])\.\/([\w.-]+\.js)\1\s*\)\s*;?\s*\}?\s*\)/g;
const ANY_REQUIRE = /\brequire\(\s*(["'`])(.*?)\1\s*\)/g;

/**
 * Replaces each dynamic import by a call of the loader's `load` with the files that chunk needs
 * (`needs`), and checks that every other `require` names a sibling chunk (which the loader has
 * run by then). Returns the names seen.
 */
export function rewriteRequires(code: string, chunks: ReadonlySet<string>, needs: (name: string) => readonly string[] = () => []): { code: string; lazy: string[] } {
  const lazy: string[] = [];
  const out = code.replace(DYNAMIC_IMPORT, (_, _quote, name: string) => {
    if (!chunks.has(name)) throw new Error(`classic-script: import() of "${name}", which is not a chunk of this build`);
    lazy.push(name);
    const files = needs(name);
    return `${LOAD}(${JSON.stringify(name)}${files.length ? `,${JSON.stringify(files)}` : ''})`;
  });
  for (const [, , path] of out.matchAll(ANY_REQUIRE)) {
    const name = path.startsWith('./') ? path.slice(2) : path;
    if (!chunks.has(name)) throw new Error(`classic-script: require("${path}") names no chunk of this build; only chunks can be loaded as classic scripts`);
  }
  return { code: out, lazy };
}

/**
 * The loader, run by the entry script. `load(name, needs)` is given, where a chunk is imported,
 * the chunks it requires statically (transitively, without those of the first load) and the
 * stylesheets of them all; they are fetched side by side, and the chunk runs once all have
 * arrived, so its markup never shows unstyled. (Given at each import rather than in one table
 * in the entry: the entry then carries only what its own imports need.)
 * Script URLs pass through a Trusted Types policy ("sourceline") that admits only this build's
 * chunk files, for pages served with `require-trusted-types-for 'script'`.
 */
export function entryScript(code: string, name: string): string {
  return `(function(){var base=document.currentScript.src,dir=new URL(".",base).href,factories=self.${REGISTRY}=self.${REGISTRY}||{},modules={},pending={},policy;
function scriptUrl(name){if(policy===undefined)policy=self.trustedTypes?trustedTypes.createPolicy("${POLICY}",{createScriptURL:function(url){
if(url.indexOf(dir)||!/^[\\w.-]+\\.js$/.test(url.slice(dir.length)))throw Error("Sourceline: not a chunk of this build: "+url);return url}}):null;
var url=new URL(name,dir).href;return policy?policy.createScriptURL(url):url}
function require(path){var name=path.replace(/^\\.\\//,""),m=modules[name];if(!m){if(!factories[name])throw Error("Sourceline: chunk "+name+" is not loaded");m=modules[name]={exports:{}};factories[name](require,load,m.exports,m)}return m.exports}
function fetchFile(name){return pending[name]||(pending[name]=new Promise(function(resolve,reject){var css=/\\.css$/.test(name),el=document.createElement(css?"link":"script");
if(css){el.rel="stylesheet";el.href=new URL(name,dir).href}else el.src=scriptUrl(name);
el.onload=resolve;el.onerror=function(){delete pending[name];el.remove();reject(Error("Sourceline: could not load "+name))};document.head.appendChild(el)}))}
function load(name,needs){return Promise.all((needs||[]).concat(name).map(fetchFile)).then(function(){return require(name)})}
self.${URL_OF}=scriptUrl;
var m=modules[${JSON.stringify(name)}]={exports:{}};
(function(require,${LOAD},exports,module){
${code}
})(require,load,m.exports,m);
})();`;
}

/** A lazy chunk: its code becomes a factory the loader runs on first require. */
export function lazyScript(code: string, name: string): string {
  return `(self.${REGISTRY}=self.${REGISTRY}||{})[${JSON.stringify(name)}]=function(require,${LOAD},exports,module){
${code}
};`;
}

/** The chunks `chunk` requires, directly or not, except those in `loaded` (there before any lazy chunk). */
function staticDeps(bundle: OutputBundle, chunk: OutputChunk, loaded: ReadonlySet<string>, seen = new Set<string>()): string[] {
  for (const file of chunk.imports) {
    const dep = bundle[file];
    if (loaded.has(file) || seen.has(file) || dep?.type !== 'chunk') continue;
    seen.add(file);
    staticDeps(bundle, dep, loaded, seen);
  }
  return [...seen];
}

const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1);

/**
 * The page's first script (src/lib/boot/start.ts): `entry` is built on its own into a classic
 * script, with the file names of the chunks each case needs (and of what they need) written in;
 * `files` has the same cases, naming the modules whose chunks those are (a path, or a virtual
 * module's resolved id, "\0…").
 */
export interface FirstScriptOptions {
  entry: string;
  files: FirstFiles;
}

/** Builds the first script: one small classic script with `files` written in. */
async function buildFirstScript(entry: string, files: FirstFiles): Promise<string> {
  const { build } = await import('vite');
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define: { __SOURCELINE_FIRST_FILES__: JSON.stringify(files) },
    build: { write: false, target: 'es2022', minify: true, rolldownOptions: { input: resolve(entry), output: { format: 'iife' } } }
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => ('output' in o ? o.output : [])).filter((o) => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`classic-script: the first script ${entry} built into ${chunks.length} chunks, expected one`);
  return chunks[0].code;
}

export function classicScript(options: { first?: FirstScriptOptions } = {}): Plugin {
  let firstScript: string | null = null;
  return {
    name: 'sourceline:classic-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { chunk, bundle }) =>
        classicScriptTags(html, chunk && bundle ? staticDeps(bundle, chunk, new Set([chunk.fileName])).map(baseName) : [], firstScript)
    },
    async generateBundle(_, bundle) {
      const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
      const entries = chunks.filter((chunk) => chunk.isEntry);
      if (entries.length !== 1) this.error(`classic-script: expected one entry chunk, found ${entries.length}`);
      const entry = entries[0];
      const dir = entry.fileName.slice(0, entry.fileName.lastIndexOf('/') + 1);
      for (const chunk of chunks)
        if (!chunk.fileName.startsWith(dir) || chunk.fileName.slice(dir.length).includes('/'))
          this.error(`classic-script: every chunk must sit beside the entry in ${dir}, found ${chunk.fileName}`);
      const names = new Set(chunks.map((chunk) => baseName(chunk.fileName)));
      // The entry and the chunks linked before it are there when any lazy chunk is asked for: no
      // lazy chunk lists them (which would also add their script tags a second time).
      const first = new Set([entry.fileName, ...staticDeps(bundle, entry, new Set([entry.fileName]))]);
      const deps = new Map<string, string[]>();
      for (const chunk of chunks) {
        const js = staticDeps(bundle, chunk, first);
        const css = [chunk.fileName, ...js].flatMap((file) => [...((bundle[file] as OutputChunk).viteMetadata?.importedCss ?? [])]);
        deps.set(baseName(chunk.fileName), [...js, ...new Set(css)].map(baseName));
      }
      const needs = (name: string) => deps.get(name) ?? [];
      for (const chunk of chunks) {
        const { code } = rewriteRequires(chunk.code, names, needs);
        chunk.code = chunk === entry ? entryScript(code, baseName(entry.fileName)) : lazyScript(code, baseName(chunk.fileName));
      }
      if (options.first) {
        // Each module named is in a lazy chunk (its facade, or one of a group's modules); its files
        // are that chunk and what it needs.
        const filesOf = (module: string) => {
          const id = module.startsWith('\0') ? module : resolve(module);
          const chunk = chunks.find((c) => c.facadeModuleId === id) ?? chunks.find((c) => c.moduleIds.includes(id));
          if (!chunk || first.has(chunk.fileName)) this.error(`classic-script: ${module} is not a chunk loaded on demand, so the first script cannot ask for it`);
          return [...(deps.get(baseName(chunk.fileName)) ?? []), baseName(chunk.fileName)];
        };
        const { files } = options.first;
        const all = (modules: readonly string[]) => [...new Set(modules.flatMap(filesOf))];
        const manifest: FirstFiles = {
          de: all(files.de),
          en: all(files.en),
          shipped: { de: all(files.shipped.de), en: all(files.shipped.en) },
          data: all(files.data),
          reader: all(files.reader),
          card: all(files.card)
        };
        const code = await buildFirstScript(options.first.entry, manifest);
        const name = `first-${createHash('sha256').update(code).digest('base64url').slice(0, 6)}.js`;
        this.emitFile({ type: 'asset', fileName: `${dir}${name}`, source: code });
        firstScript = name;
      }
    }
  };
}
