/** The reader's filter: lanes (actors) shown, topics, and the search text. */
import type { FilterSpec } from '../filter.ts';

export class Filters {
  #hiddenActors = $state<ReadonlySet<string>>(new Set());
  #tags = $state<ReadonlySet<string>>(new Set());
  #query = $state('');

  get hiddenActors(): ReadonlySet<string> {
    return this.#hiddenActors;
  }
  get tags(): ReadonlySet<string> {
    return this.#tags;
  }
  get query(): string {
    return this.#query;
  }
  get active(): boolean {
    return this.#hiddenActors.size > 0 || this.#tags.size > 0 || this.#query.trim() !== '';
  }

  /** The spec for filterEvents, given every actor of the dataset. */
  spec(allActors: readonly string[]): FilterSpec {
    const shown = this.#hiddenActors.size ? new Set(allActors.filter((a) => !this.#hiddenActors.has(a))) : null;
    return { actors: shown, tags: this.#tags, query: this.#query };
  }

  toggleActor(id: string): void {
    this.#hiddenActors = toggled(this.#hiddenActors, id);
  }
  /** Shows one lane only, or all again when it is already the only one. */
  soloActor(id: string, allActors: readonly string[]): void {
    const solo = this.#hiddenActors.size === allActors.length - 1 && !this.#hiddenActors.has(id);
    this.#hiddenActors = solo ? new Set() : new Set(allActors.filter((a) => a !== id));
  }
  toggleTag(id: string): void {
    this.#tags = toggled(this.#tags, id);
  }
  setQuery(text: string): void {
    this.#query = text;
  }
  reset(): void {
    this.#hiddenActors = new Set();
    this.#tags = new Set();
    this.#query = '';
  }
}

function toggled(set: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
