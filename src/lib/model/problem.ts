/** Problems in a dataset, as the alert and `npm run validate` print them. Kept apart from the
 * validator so that showing a problem does not load valibot. */
import type { ClosestPassage, Problem } from './types.ts';

export function formatProblem(p: Problem): string {
  return `${p.where}, ${p.field}: expected ${p.expected}, found ${p.found}${p.closest ? `; ${formatClosest(p.closest)}` : ''}`;
}

/** "closest passage (paragraph 3): "…", which differs in quotation marks and whitespace". */
export function formatClosest(c: ClosestPassage): string {
  const differs = c.differences.length ? `, which differs in ${list(c.differences)}` : '';
  return `closest passage (paragraph ${c.paragraph + 1}): ${describe(c.passage, 160)}${differs}`;
}

const list = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** A short, printable rendering of a found value. */
export function describe(value: unknown, max = 80): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > max ? `${text.slice(0, max - 3)}…"` : text;
}
