/**
 * The numbered reference links after a cited sentence in the reader. A sentence that is the
 * source of a handful of events lists them all; one that hundreds of generated or imported events
 * cite lists the first few, keeps the selected one in view, and offers "+N" for the rest, so the
 * reader stays readable and draws in a few milliseconds at any size.
 */
import { capped } from './capped.ts';

export const REF_CAP = 6;

export function visibleRefs(ids: readonly string[], selectedId: string | null, expanded: boolean, cap = REF_CAP): { shown: string[]; hidden: number } {
  if (expanded || ids.length <= cap) return { shown: [...ids], hidden: 0 };
  const shown = [...capped(ids, cap - 1).shown];
  if (selectedId && !shown.includes(selectedId) && ids.includes(selectedId)) shown.push(selectedId);
  return { shown, hidden: ids.length - shown.length };
}
