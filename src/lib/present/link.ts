/**
 * The projected slides and the presenter window, kept in step over a BroadcastChannel named for
 * the pair (the presenter window's ?presenter=<name>). Either side may move: each says which
 * event it shows, and the other follows when it shows another. The projector alone blanks, and
 * the presenter window may ask it to. The presenter window gets the dataset from the projector,
 * so a dataset opened from a local file reaches it too.
 */
import type { DatasetData, DatasetInput } from '../model/types.ts';

export type DeckMessage =
  /** The presenter window, opening, asks for the dataset (App) or for the slide and blank (the view). */
  | { type: 'hello' }
  | { type: 'sync' }
  | { type: 'dataset'; dataset: DatasetInput | DatasetData; origin: string | null }
  | { type: 'goto'; id: string }
  | { type: 'blank'; on: boolean }
  | { type: 'bye' };

export const channelName = (pair: string) => `sourceline-present-${pair}`;

/** A fresh pair name: lower-case letters and digits, as ?presenter= accepts. */
export function newPairName(random: () => number = Math.random): string {
  return Array.from({ length: 12 }, () => '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)]).join('');
}

/** Whether this page can open a presenter window and talk to it (not in a sandbox without an origin). */
export function canPair(): boolean {
  return typeof BroadcastChannel === 'function' && typeof window !== 'undefined' && window.origin !== 'null';
}

export class DeckLink {
  #channel: BroadcastChannel;

  constructor(pair: string, onmessage: (message: DeckMessage) => void) {
    this.#channel = new BroadcastChannel(channelName(pair));
    this.#channel.onmessage = (e: MessageEvent<DeckMessage>) => onmessage(e.data);
  }

  send(message: DeckMessage): void {
    this.#channel.postMessage(message);
  }

  close(): void {
    this.#channel.close();
  }
}

/**
 * In a presenter window: asks the projector for its dataset. Null when none answers in time
 * (the projector was closed or reloaded): the window then loads what its own address says.
 */
export function datasetFromProjector(pair: string, timeout = 3000): Promise<{ dataset: DatasetInput | DatasetData; origin: string | null } | null> {
  return new Promise((resolve) => {
    const link = new DeckLink(pair, (message) => {
      if (message.type !== 'dataset') return;
      finish({ dataset: message.dataset, origin: message.origin });
    });
    const timer = setTimeout(() => finish(null), timeout);
    function finish(result: { dataset: DatasetInput | DatasetData; origin: string | null } | null) {
      clearTimeout(timer);
      link.close();
      resolve(result);
    }
    link.send({ type: 'hello' });
  });
}
