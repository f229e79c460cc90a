/**
 * One round of the ordering exercise: the events taking part, the order the student has made,
 * whether it has been checked, and the seed it was dealt with. Checking locks the order; a new
 * round deals from the next seed: new events (unless the teacher chose them) in a new order.
 */
import type { TimelineEvent } from '../model/model.ts';
import { deal } from './deal.ts';
import { chosenEvents } from './choice.ts';
import { pickRound } from './round.ts';
import { moveItem } from './reorder.ts';
import { scoreOrder, type Score } from './score.ts';

export class Quiz {
  readonly #all: readonly TimelineEvent[];
  /** The teacher's choice (?events), or null for a round drawn from the seed. */
  readonly #chosen: readonly TimelineEvent[] | null;
  #seed = $state(0);
  #correct = $state.raw<readonly TimelineEvent[]>([]);
  #order = $state<string[]>([]);
  #checked = $state(false);
  #score = $derived.by((): Score => scoreOrder(this.#order, this.#correct));

  constructor(all: readonly TimelineEvent[], chosen: readonly string[] | null, seed: number) {
    this.#all = all;
    this.#chosen = chosenEvents(all, chosen);
    this.#deal(seed >>> 0);
  }

  #deal(seed: number) {
    this.#seed = seed;
    this.#correct = this.#chosen ?? pickRound(this.#all, seed);
    this.#order = deal(this.#correct, seed);
    this.#checked = false;
  }

  /** The events of this round in chronological order. */
  get correct(): readonly TimelineEvent[] {
    return this.#correct;
  }

  /** Whether the teacher chose the events (a new round reshuffles them) or the seed draws them. */
  get chosen(): boolean {
    return this.#chosen !== null;
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

  /** A new round: the next seed's events and order, unchecked. */
  retry(): void {
    this.#deal((this.#seed + 1) >>> 0);
  }
}
