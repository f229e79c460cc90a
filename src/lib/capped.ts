/** Long lists of problems are cut for reading: the first `max` are shown and the rest counted. */
export const MAX_LISTED = 50;

export function capped<T>(items: readonly T[], max = MAX_LISTED): { shown: readonly T[]; hidden: number } {
  return items.length <= max ? { shown: items, hidden: 0 } : { shown: items.slice(0, max), hidden: items.length - max };
}
