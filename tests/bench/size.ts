/**
 * npm run size: the gzip -9 weight of what the built site sends, against the 60 kB budget for
 * JavaScript and CSS with the dataset (which is bundled into the entry script).
 *
 * - first load: index.html and the scripts and stylesheet it links, and the German interface
 *   text and dataset texts that the first script asks for and main.ts waits for before drawing:
 *   everything the explorer needs to show; the budget
 *   applies here and the script exits 1 over it (the toolbar, requested in the same wave, is
 *   not waited for: on demand);
 * - on demand: the chunks the loader fetches when a reader first opens a view, the embed dialog
 *   or another dataset (src/build/classic-script.ts);
 * - not part of the app: the JSON Schema for authors, the example dataset and blog page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 60 * 1024;
const files: string[] = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.(js|css|html|json)$/.test(name)) files.push(path);
  }
};
walk('dist');

const index = readFileSync('dist/index.html', 'utf8');
const linked = new Set(['dist/index.html', ...[...index.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => `dist/${m[1]}`)]);
// The interface text of the page's language and the shipped dataset's texts in it load before
// anything is drawn (the first script asks for them: src/lib/boot/start.ts): part of the first
// load. German is the default (English weighs a little less); their names are in the first script.
const firstScript = [...linked].find((file) => /\/first-[\w-]+\.js$/.test(file));
if (!firstScript) throw new Error('dist/index.html links no first script (assets/first-*.js)');
// German: the interface text (de:[…]) and the shipped dataset's texts (shipped:{de:[…]}).
const german = [...readFileSync(firstScript, 'utf8').matchAll(/\bde:\[([^\]]*)\]/g)];
if (german.length !== 2) throw new Error(`${firstScript} names the German files in ${german.length} lists, expected 2 (de:[…] and shipped:{de:[…]})`);
for (const list of german) for (const [, name] of list[1].matchAll(/[`"']([\w.-]+)[`"']/g)) linked.add(`dist/assets/${name}`);
const kind = (file: string) => (linked.has(file) ? 'first load' : file.startsWith('dist/assets/') ? 'on demand' : 'not part of the app');

const totals: Record<string, number> = {};
console.log('file'.padEnd(44), 'raw'.padStart(8), 'gzip'.padStart(8), ' ');
for (const file of files.sort((a, b) => kind(a).localeCompare(kind(b)) || a.localeCompare(b))) {
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  totals[kind(file)] = (totals[kind(file)] ?? 0) + gz;
  console.log(file.padEnd(44), String(raw.length).padStart(8), String(gz).padStart(8), ` ${kind(file)}`);
}
const kB = (bytes = 0) => `${(bytes / 1024).toFixed(1)} kB`;
const first = totals['first load'];
console.log(`\nfirst load (HTML + JS + CSS + bundled dataset), gzip: ${kB(first)} of ${kB(BUDGET)}`);
console.log(`on demand (presentation, quiz, embed dialog, data loader), gzip: ${kB(totals['on demand'])}`);
console.log(`the whole app, gzip: ${kB(first + (totals['on demand'] ?? 0))}`);
if (first > BUDGET) {
  console.error('first load over budget');
  process.exit(1);
}
