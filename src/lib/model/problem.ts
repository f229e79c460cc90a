/** Problems in a dataset, as the alert and `npm run validate` print them. Kept apart from the
 * validator so that showing a problem does not load valibot. */
import type { Problem } from './types.ts';

export function formatProblem(p: Problem): string {
  return `${p.where}, ${p.field}: expected ${p.expected}, found ${p.found}`;
}

/** A short, printable rendering of a found value. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…"` : text;
}
