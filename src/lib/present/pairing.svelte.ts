/**
 * One side of a projector–presenter pair (link.ts carries the messages): whether the other side
 * is there, whether the projector is blank, and what to tell it. The view hands in how to read
 * and change its deck; `connect` is the channel's life, for an $effect.
 */
import type { DatasetData, DatasetInput } from '../model/types.ts';
import { DeckLink, newPairName, type DeckMessage } from './link.ts';

export interface Deck {
  /** The event shown. */
  current(): string;
  blank(): boolean;
  /** The dataset as given (see ClassKitPanel: the normalised form would sort differently once loaded again). */
  dataset(): DatasetInput | DatasetData;
  /** Show this event, if the deck has it and shows another. */
  goto(id: string): void;
  /** Projector only: blank or unblank. */
  setBlank(on: boolean): void;
}

export class Pairing {
  /** The pair name in a presenter window (?presenter=); null on the projector. */
  readonly presenter: string | null;
  #deck: Deck;
  #pair = $state<string | null>(null);
  #paired = $state(false);
  #projectorBlank = $state(false);
  #link: DeckLink | null = null;

  constructor(presenter: string | null, deck: Deck) {
    this.presenter = presenter;
    this.#deck = deck;
  }

  /** Projector: a presenter window answers. Presenter window: the projector answers. */
  get paired(): boolean {
    return this.#paired;
  }

  /** In the presenter window: whether the projector is blank. */
  get projectorBlank(): boolean {
    return this.#projectorBlank;
  }

  /** The channel's name, once there is one (the presenter window has it from the start). */
  get name(): string | null {
    return this.presenter ?? this.#pair;
  }

  /** Opens the channel (call from an $effect that reads `name`); the returned function says goodbye and closes it. */
  connect(): (() => void) | undefined {
    const name = this.name;
    if (!name) return;
    const link = new DeckLink(name, (message) => this.#receive(message));
    this.#link = link;
    if (this.presenter) link.send({ type: 'sync' });
    const bye = () => link.send({ type: 'bye' });
    addEventListener('pagehide', bye);
    return () => {
      bye();
      removeEventListener('pagehide', bye);
      link.close();
      this.#link = null;
    };
  }

  send(message: DeckMessage): void {
    this.#link?.send(message);
  }

  /** Projector: opens (or brings back) the presenter window at `href` with ?presenter= added. False when the browser blocked it. */
  openWindow(href: (pair: string) => string): boolean {
    const pair = (this.#pair ??= newPairName());
    const win = open(href(pair), `sourceline-presenter-${pair}`, 'popup,width=1280,height=800');
    win?.focus();
    return win !== null;
  }

  #receive(message: DeckMessage): void {
    const deck = this.#deck;
    switch (message.type) {
      case 'hello':
        if (!this.presenter) this.send({ type: 'dataset', dataset: deck.dataset(), origin: null });
      // falls through: a new presenter window also needs the slide and the blank
      case 'sync':
        if (this.presenter) return;
        this.#paired = true;
        this.send({ type: 'goto', id: deck.current() });
        this.send({ type: 'blank', on: deck.blank() });
        return;
      case 'goto':
        return deck.goto(message.id);
      case 'blank':
        // The projector answers a presenter window's sync with its blank: from then on they are paired.
        if (!this.presenter) return deck.setBlank(message.on);
        this.#projectorBlank = message.on;
        this.#paired = true;
        return;
      case 'bye':
        this.#paired = false;
        this.#projectorBlank = false;
        return;
    }
  }
}
