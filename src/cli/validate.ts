/**
 * npm run validate [file.json]: checks a dataset with the same rules as the build and the browser
 * (a TimelineJS document is converted first, as on load).
 * Prints every problem and exits 1 when there are errors; warnings alone exit 0.
 */
import { readFileSync } from 'node:fs';
import { formatProblem } from '../lib/model/validate.ts';
import { fromText } from '../lib/load.ts';

const file = process.argv[2] ?? 'data/summit-2021.json';
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot be read (${(error as Error).message})`);
  process.exit(1);
}
const loaded = fromText(text, file);
if (!loaded.ok) {
  console.error(`${file} is invalid:`);
  for (const problem of loaded.errors) console.error(`  ✗ ${formatProblem(problem)}`);
  process.exit(1);
}
const { warnings } = loaded;
for (const problem of warnings) console.warn(`  ! ${formatProblem(problem)}`);
console.log(`${file} is valid: ${loaded.model.events.length} events, ${loaded.model.articles.size} articles${warnings.length ? `, ${warnings.length} warnings` : ''}.`);
