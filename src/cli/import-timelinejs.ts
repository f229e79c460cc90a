/**
 * npm run -s import-timelinejs in.json > out.json   (or: npm run import-timelinejs in.json out.json)
 * Converts a TimelineJS document to the Sourceline format (the same conversion the app runs on
 * load) and checks the result with `validate`'s rules. The input is read like every dataset
 * (size in bytes, UTF-8 with or without BOM, no duplicate keys). The dataset goes to stdout (or
 * the named file, which may not be the input); warnings and errors go to stderr; exit 1 when it
 * cannot be converted or written. (`-s` keeps npm's own "> sourceline@… import-timelinejs"
 * banner out of stdout.)
 */
import { importTimelineJs, isTimelineJs } from '../lib/import/timelinejs.ts';
import { formatProblem, validateDataset } from '../lib/model/validate.ts';
import { parseBytes } from '../lib/load.ts';
import { readInput, sameFile, writeOutput } from './read-input.ts';
import type { Io } from './validate.ts';
import { LanguageCode } from '../lib/model/schema.ts';
import * as v from 'valibot';

const USAGE = 'usage: npm run -s import-timelinejs [--lang <code, e.g. de>] in.json > out.json, or npm run import-timelinejs in.json out.json';

/** Runs the conversion; returns the exit code. `stdout` receives the dataset when there is no `out`. */
export function importCommand(file: string | undefined, out: string | undefined, io: Io & { stdout: (text: string) => void }, language?: string): number {
  if (!file || (language !== undefined && !v.is(LanguageCode, language))) {
    io.err(USAGE);
    return 1;
  }
  if (out && sameFile(file, out)) {
    io.err(`${out}: is the input file; name another file for the output (the input is never overwritten)`);
    return 1;
  }
  const input = readInput(file);
  if (!input.ok) {
    io.err(input.message);
    return 1;
  }
  const parsed = parseBytes(input.bytes, file);
  if (!parsed.json || parsed.errors.length) {
    io.err(`${file} cannot be read as JSON:`);
    for (const problem of parsed.errors) io.err(`  ✗ ${formatProblem(problem)}`);
    return 1;
  }
  if (!isTimelineJs(parsed.json)) {
    io.err(`${file}: not a TimelineJS document (expected an object with an "events" list of slides with "start_date")`);
    return 1;
  }
  const imported = importTimelineJs(parsed.json, { language });
  if (!imported.ok) {
    io.err(`${file} cannot be converted:`);
    for (const problem of imported.errors) io.err(`  ✗ ${formatProblem(problem)}`);
    return 1;
  }
  const checked = validateDataset(imported.dataset);
  for (const problem of [...imported.warnings, ...checked.warnings]) io.err(`  ! ${formatProblem(problem)}`);
  if (checked.errors.length) {
    io.err(`${file} converts to an invalid dataset:`);
    for (const problem of checked.errors) io.err(`  ✗ ${formatProblem(problem)}`);
    return 1;
  }
  const json = JSON.stringify(imported.dataset, null, 2) + '\n';
  if (out) {
    const failed = writeOutput(out, json);
    if (failed) {
      io.err(failed);
      return 1;
    }
  } else io.stdout(json);
  io.err(`${file}: ${imported.dataset.events.length} events converted${out ? ` to ${out}` : ''}.`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--lang');
  const language = at === -1 ? undefined : (args.splice(at, 2)[1] ?? '');
  const [file, out] = args;
  process.exitCode = importCommand(file, out, { out: console.log, err: console.error, stdout: (text) => process.stdout.write(text) }, language);
}
