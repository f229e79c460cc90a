/**
 * One round of the ordering exercise: the order the student has made, whether it has been
 * checked, and the seed it was dealt with. Checking locks the order; "try again" deals a new
 * order from the next seed.
 */
import type { TimelineEvent } from '../model/model.ts';
import { deal } from './deal.ts';
import { moveItem } from './reorder.ts';
import { scoreOrder, type Score } from './score.ts';

export class Quiz {
  readonly correct: readonly TimelineEvent[];
  #seed = $state(0);
  #order = $state<string[]>([]);
  #checked = $state(false);
  #score = $derived.by((): Score => scoreOrder(this.#order, this.correct));

  constructor(correct: readonly TimelineEvent[], seed: number) {
    this.correct = correct;
    this.#seed = seed >>> 0;
    this.#order = deal(correct, this.#seed);
  }

  /** Event ids, top to bottom. */
  get order(): readonly string[] {
    return this.#order;
  }

  get checked(): boolean {
    return this.#checked;
  }

  get seed(): number {
    return this.#seed;
  }

  get score(): Score {
    return this.#score;
  }

  /** Moves the item at `from` to `to`; false when nothing moved (checked, or no change). */
  move(from: number, to: number): boolean {
    if (this.#checked) return false;
    const next = moveItem(this.#order, from, to);
    if (next.every((id, i) => id === this.#order[i])) return false;
    this.#order = next;
    return true;
  }

  check(): void {
    this.#checked = true;
  }

  /** A fresh round: the next seed's order, unchecked. */
  retry(): void {
    this.#seed = (this.#seed + 1) >>> 0;
    this.#order = deal(this.correct, this.#seed);
    this.#checked = false;
  }
}
