/**
 * A bottom sheet as a history entry of its own, so that the browser's Back closes it instead of
 * leaving the page. Only the entry the sheet pushed counts: a fragment navigation (a new
 * #event=) is a popstate too.
 */
import { on } from 'svelte/events';

export class SheetHistory {
  #pushed = false;

  /** The sheet opened: the address stays, with an entry to go back from. */
  push(): void {
    try {
      const here = location.href;
      history.replaceState(history.state, '', here.replace(/#.*$/, ''));
      history.pushState({ sheet: true }, '', here);
      this.#pushed = true;
    } catch {
      // History may be refused in an opaque document; the sheet still closes with its button.
    }
  }

  /** The sheet closed by its button or Escape: its entry goes too. */
  close(): void {
    if (!this.#pushed) return;
    this.#pushed = false;
    if (history.state?.sheet) history.back();
  }

  /** Calls `onback` when Back leaves the sheet's entry; returns the remover. */
  listen(onback: () => void): () => void {
    return on(window, 'popstate', (e) => {
      if (!this.#pushed || (e.state as { sheet?: boolean } | null)?.sheet) return;
      this.#pushed = false;
      onback();
    });
  }
}
