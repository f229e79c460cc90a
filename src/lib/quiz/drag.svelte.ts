/**
 * A drag in progress in a vertical list: which item, how far it has moved, and where it would
 * land. The items are measured once when the drag starts; layout math lives in reorder.ts.
 */
import { dragOffset, dropIndex, projectedIndex, type Box } from './reorder.ts';

export class ListDrag {
  #from = $state<number | null>(null);
  #dy = $state(0);
  #boxes: Box[] = [];
  #to = $derived(this.#from === null ? null : dropIndex(this.#boxes, this.#from, this.#dy));

  /** The index being dragged, or null. */
  get from(): number | null {
    return this.#from;
  }

  /** Where the dragged item would land if dropped now. */
  get to(): number | null {
    return this.#to;
  }

  /** How far item `i` is drawn from its place, px. */
  offset(i: number): number {
    if (this.#from === null || this.#to === null) return 0;
    return dragOffset(this.#boxes, i, this.#from, this.#to, this.#dy);
  }

  /** The position item `i` is shown at: where it will be if the drag ends now. */
  position(i: number): number {
    return this.#from === null || this.#to === null ? i : projectedIndex(i, this.#from, this.#to);
  }

  start(from: number, boxes: Box[]): void {
    this.#boxes = boxes;
    this.#dy = 0;
    this.#from = from;
  }

  update(dy: number): void {
    this.#dy = dy;
  }

  /** Ends the drag; the move to make, or null when it was cancelled or went nowhere. */
  end(commit: boolean): { from: number; to: number } | null {
    const from = this.#from;
    const to = this.#to;
    this.#from = null;
    this.#dy = 0;
    return commit && from !== null && to !== null && to !== from ? { from, to } : null;
  }
}
