/**
 * How every CLI reads and writes files: the same size rule (bytes, checked before reading) and
 * encoding policy as the browser (load.ts), messages instead of stack traces, and never an output
 * that is the input.
 */
import { readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_BYTES, tooBig } from '../lib/size.ts';
import { formatProblem } from '../lib/model/problem.ts';

export type Input = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

const reason = (error: unknown) => {
  const e = error as NodeJS.ErrnoException;
  const known: Record<string, string> = {
    ENOENT: 'there is no such file or folder',
    EISDIR: 'it is a folder, not a file',
    ENOTDIR: 'a part of the path is not a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only'
  };
  return (e.code && known[e.code]) ?? e.message;
};

/** The bytes of a file, or a one-line message saying why not (too big is said before reading). */
export function readInput(file: string): Input {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { ok: false, message: `${file}: cannot be read (it is a folder, not a file)` };
    if (stat.size > MAX_BYTES) {
      const refused = tooBig(file, stat.size);
      return { ok: false, message: refused.ok ? '' : formatProblem(refused.errors[0]) };
    }
    return { ok: true, bytes: readFileSync(file) };
  } catch (error) {
    return { ok: false, message: `${file}: cannot be read (${reason(error)})` };
  }
}

/** Whether two paths name the same file (through links too); false when `out` does not exist yet. */
export function sameFile(input: string, out: string): boolean {
  if (resolve(input) === resolve(out)) return true;
  try {
    return realpathSync(input) === realpathSync(out);
  } catch {
    return false;
  }
}

/** Writes `text` to `file`, or returns a one-line message saying why it could not. */
export function writeOutput(file: string, text: string): string | null {
  try {
    writeFileSync(file, text);
    return null;
  } catch (error) {
    return `${file}: cannot be written (${reason(error)})`;
  }
}
