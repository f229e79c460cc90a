/**
 * The colour scheme: the reader's choice (from ?theme=, or the switch) and what it resolves to.
 * `auto` follows prefers-color-scheme, live. The choice is written back to the URL so a shared
 * link keeps it.
 */
import { MediaQuery } from 'svelte/reactivity';
import { replaceParams, type Theme } from '../url.ts';

export class ThemeChoice {
  #choice = $state<Theme>('auto');
  #dark = new MediaQuery('(prefers-color-scheme: dark)', false);

  constructor(initial: Theme) {
    this.#choice = initial;
  }

  get choice(): Theme {
    return this.#choice;
  }

  /** The theme to draw: never `auto`. */
  get resolved(): Exclude<Theme, 'auto'> {
    return this.#choice === 'auto' ? (this.#dark.current ? 'dark' : 'light') : this.#choice;
  }

  set(choice: Theme): void {
    this.#choice = choice;
    replaceParams({ theme: choice === 'auto' ? null : choice });
  }
}
