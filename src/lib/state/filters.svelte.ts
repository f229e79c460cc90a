/** The reader's filter: lanes (actors) shown, topics, and the search text. */
import type { FilterSpec } from '../filter.ts';

export interface FilterStart {
  hiddenActors?: Iterable<string>;
  tags?: Iterable<string>;
  query?: string;
}

export class Filters {
  #hiddenActors = $state<ReadonlySet<string>>(new Set());
  #tags = $state<ReadonlySet<string>>(new Set());
  #query = $state('');

  constructor(start: FilterStart = {}) {
    this.#hiddenActors = new Set(start.hiddenActors);
    this.#tags = new Set(start.tags);
    this.#query = start.query ?? '';
  }

  /**
   * The filters a link carries (?lanes= ?tags= ?q=): lanes as the ids shown, only while some
   * are hidden. Ids the dataset lacks are ignored, and when no listed lane exists all are shown.
   */
  static fromParams(params: { lanes: readonly string[]; tags: readonly string[]; q: string }, allActors: readonly string[], allTags: readonly string[]): Filters {
    const lanes = params.lanes.filter((id) => allActors.includes(id));
    return new Filters({
      hiddenActors: lanes.length ? allActors.filter((id) => !lanes.includes(id)) : [],
      tags: params.tags.filter((id) => allTags.includes(id)),
      query: params.q
    });
  }

  /** The URL parameters that restore this filter; null removes a parameter. */
  params(allActors: readonly string[]): { lanes: string | null; tags: string | null; q: string | null } {
    const shown = allActors.filter((id) => !this.#hiddenActors.has(id));
    return {
      lanes: this.#hiddenActors.size && shown.length ? shown.join(',') : null,
      tags: this.#tags.size ? [...this.#tags].join(',') : null,
      q: this.#query.trim() ? this.#query : null
    };
  }

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
