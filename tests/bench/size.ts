/**
 * npm run size: the weight of everything the built site sends (JS, CSS, HTML, JSON — the dataset is
 * bundled), gzip -9, against the 60 kB budget. Prints a table; exits 1 over budget.
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

// Pages a visitor never loads with the app (the schema for editors, examples) are listed apart.
const isApp = (f: string) => /^dist\/(index\.html|assets\/)/.test(f);
let total = 0;
console.log('file'.padEnd(48), 'raw'.padStart(9), 'gzip'.padStart(9));
for (const file of files.sort()) {
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  if (isApp(file)) total += gz;
  console.log(file.padEnd(48), String(raw.length).padStart(9), String(gz).padStart(9), isApp(file) ? '' : '(not part of the app)');
}
console.log(`\napp total (JS + CSS + HTML + bundled dataset), gzip: ${(total / 1024).toFixed(1)} kB of ${BUDGET / 1024} kB`);
if (total > BUDGET) {
  console.error('over budget');
  process.exit(1);
}
