/**
 * npm run -s import-timelinejs [--lang de] in.json > out.json   (or: npm run import-timelinejs in.json out.json)
 * Converts a TimelineJS document to the Sourceline format (the same conversion the app runs on
 * load) and checks the result with `validate`'s rules. The dataset goes to stdout (or the named
 * file, never the input itself); warnings and errors go to stderr; exit 1 when it cannot be
 * converted. `--lang` names the document's language (else "und", not known). (`-s` keeps npm's
 * own "> sourceline@… import-timelinejs" banner out of stdout.)
 */
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importTimelineJs, isTimelineJs } from '../lib/import/timelinejs.ts';
import { formatProblem, validateDataset } from '../lib/model/validate.ts';
import { LanguageCode } from '../lib/model/schema.ts';
import * as v from 'valibot';

const args = process.argv.slice(2);
const at = args.indexOf('--lang');
const language = at === -1 ? undefined : args.splice(at, 2)[1];
const [file, out] = args;
if (!file || (at !== -1 && (!language || !v.is(LanguageCode, language)))) {
  console.error('usage: npm run -s import-timelinejs [--lang <code, e.g. de>] in.json > out.json, or npm run import-timelinejs in.json out.json');
  process.exit(1);
}
const same = (a: string, b: string) => {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
};
if (out && same(file, out)) {
  console.error(`${out}: is the input; name another file so the TimelineJS document is not overwritten`);
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

const imported = importTimelineJs(input, { language });
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
if (out)
  try {
    writeFileSync(out, json);
  } catch (error) {
    console.error(`${out}: cannot be written (${(error as Error).message})`);
    process.exit(1);
  }
else process.stdout.write(json);
console.error(`${file}: ${imported.dataset.events.length} events converted${out ? ` to ${out}` : ''}.`);
