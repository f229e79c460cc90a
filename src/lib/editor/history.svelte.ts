/**
 * Undo and redo over immutable snapshots. Typing in one field is one step: a change that names the
 * same `group` as the one before, within `window` ms, replaces that step instead of adding one.
 */
export class History<T> {
  #past = $state.raw<T[]>([]);
  #future = $state.raw<T[]>([]);
  #present = $state.raw<T>() as T;
  #group: string | null = null;
  #at = 0;

  constructor(
    initial: T,
    private readonly limit = 200,
    private readonly window = 1500
  ) {
    this.#present = initial;
  }

  get current(): T {
    return this.#present;
  }
  get canUndo(): boolean {
    return this.#past.length > 0;
  }
  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  /** A new state; `group` merges it with the previous change of the same group. `now` is for tests. */
  push(next: T, group: string | null = null, now = Date.now()): void {
    if (next === this.#present) return;
    const merge = group !== null && group === this.#group && now - this.#at < this.window && this.#past.length > 0;
    if (!merge) this.#past = [...this.#past, this.#present].slice(-this.limit);
    this.#present = next;
    this.#future = [];
    this.#group = group;
    this.#at = now;
  }

  /** Starts over from `state` with no history (a new or opened dataset). */
  reset(state: T): void {
    this.#past = [];
    this.#future = [];
    this.#present = state;
    this.#group = null;
  }

  undo(): boolean {
    const previous = this.#past.at(-1);
    if (previous === undefined) return false;
    this.#future = [this.#present, ...this.#future];
    this.#past = this.#past.slice(0, -1);
    this.#present = previous;
    this.#group = null;
    return true;
  }

  redo(): boolean {
    const [next, ...rest] = this.#future;
    if (next === undefined) return false;
    this.#past = [...this.#past, this.#present];
    this.#future = rest;
    this.#present = next;
    this.#group = null;
    return true;
  }
}
