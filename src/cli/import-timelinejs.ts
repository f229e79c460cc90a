/**
 * npm run -s import-timelinejs in.json > out.json   (or: npm run import-timelinejs in.json out.json)
 * Converts a TimelineJS document to the Sourceline format (the same conversion the app runs on
 * load) and checks the result with `validate`'s rules. The dataset goes to stdout (or the named
 * file); warnings and errors go to stderr; exit 1 when it cannot be converted. (`-s` keeps npm's
 * own "> sourceline@… import-timelinejs" banner out of stdout.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { importTimelineJs, isTimelineJs } from '../lib/import/timelinejs.ts';
import { formatProblem, validateDataset } from '../lib/model/validate.ts';

const [file, out] = process.argv.slice(2);
if (!file) {
  console.error('usage: npm run -s import-timelinejs in.json > out.json, or npm run import-timelinejs in.json out.json');
  process.exit(1);
}

let input: unknown;
try {
  input = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`${file}: cannot be read as JSON (${(error as Error).message})`);
  process.exit(1);
}
if (!isTimelineJs(input)) {
  console.error(`${file}: not a TimelineJS document (expected an object with an "events" list of slides with "start_date")`);
  process.exit(1);
}

const imported = importTimelineJs(input);
if (!imported.ok) {
  console.error(`${file} cannot be converted:`);
  for (const problem of imported.errors) console.error(`  ✗ ${formatProblem(problem)}`);
  process.exit(1);
}
const checked = validateDataset(imported.dataset);
for (const problem of [...imported.warnings, ...checked.warnings]) console.error(`  ! ${formatProblem(problem)}`);
if (checked.errors.length) {
  console.error(`${file} converts to an invalid dataset:`);
  for (const problem of checked.errors) console.error(`  ✗ ${formatProblem(problem)}`);
  process.exit(1);
}
const json = JSON.stringify(imported.dataset, null, 2) + '\n';
if (out) writeFileSync(out, json);
else process.stdout.write(json);
console.error(`${file}: ${imported.dataset.events.length} events converted${out ? ` to ${out}` : ''}.`);
