/**
 * npm run validate [file.json]: checks a dataset with the same rules as the build and the browser
 * (the same loader: size in bytes, UTF-8 with or without BOM, no duplicate keys; a TimelineJS
 * document is converted first, as on load).
 * Prints every problem and exits 1 when there are errors; warnings alone exit 0.
 */
import { formatProblem } from '../lib/model/problem.ts';
import { fromBytes } from '../lib/load.ts';
import { readInput } from './read-input.ts';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Runs the check; returns the exit code. */
export function validate(file: string, io: Io): number {
  const input = readInput(file);
  if (!input.ok) {
    io.err(input.message);
    return 1;
  }
  const loaded = fromBytes(input.bytes, file);
  if (!loaded.ok) {
    io.err(`${file} is invalid:`);
    for (const problem of loaded.errors) io.err(`  ✗ ${formatProblem(problem)}`);
    for (const problem of loaded.warnings ?? []) io.err(`  ! ${formatProblem(problem)}`);
    return 1;
  }
  const { warnings } = loaded;
  for (const problem of warnings) io.err(`  ! ${formatProblem(problem)}`);
  io.out(`${file} is valid: ${loaded.model.events.length} events, ${loaded.model.articles.size} articles${warnings.length ? `, ${warnings.length} warnings` : ''}.`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.exitCode = validate(process.argv[2] ?? 'data/summit-2021.json', { out: console.log, err: console.error });
