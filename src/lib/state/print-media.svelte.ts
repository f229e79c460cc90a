/**
 * Whether the page is being printed. The browser's own print (beforeprint/afterprint) and print
 * media turned on another way (emulation, print preview: the `print` media query's change event)
 * both count. Changes are flushed synchronously, so the handout stands in for the (hidden) view
 * before the browser lays the page out for print; and the reader's scroll position, which hiding
 * the view loses, is put back afterwards.
 */
import { flushSync } from 'svelte';
import { createSubscriber } from 'svelte/reactivity';

export class PrintMedia {
  #printing = $state(false);
  #scrollY = 0;
  #subscribe: () => void;

  constructor() {
    const media = matchMedia('print');
    this.#printing = media.matches;
    this.#subscribe = createSubscriber(() => {
      const on = () => this.#set(true);
      const off = () => this.#set(false);
      const change = () => this.#set(media.matches);
      addEventListener('beforeprint', on);
      addEventListener('afterprint', off);
      media.addEventListener('change', change);
      return () => {
        removeEventListener('beforeprint', on);
        removeEventListener('afterprint', off);
        media.removeEventListener('change', change);
      };
    });
  }

  get active(): boolean {
    this.#subscribe();
    return this.#printing;
  }

  #set(printing: boolean): void {
    if (printing === this.#printing) return;
    if (printing) this.#scrollY = scrollY;
    flushSync(() => (this.#printing = printing));
    if (!printing) scrollTo({ top: this.#scrollY, behavior: 'instant' });
  }
}
