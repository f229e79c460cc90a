/**
 * The Fullscreen API as a reactive value. Full screen can end without us (the browser's own
 * Escape, F11), so the state is read from the document on every fullscreenchange.
 */
import { createSubscriber } from 'svelte/reactivity';

export class Fullscreen {
  #subscribe = createSubscriber((update) => {
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  });

  /** False in a frame without allowfullscreen and in browsers without the API. */
  get available(): boolean {
    return document.fullscreenEnabled === true;
  }

  get active(): boolean {
    this.#subscribe();
    return document.fullscreenElement !== null && document.fullscreenElement !== undefined;
  }

  /** Enters full screen (needs a user gesture: a key press or a click) or leaves it. */
  async toggle(): Promise<void> {
    if (this.active) return this.exit();
    if (!this.available) return;
    try {
      await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
    } catch {
      // Refused (no user gesture, or a policy): staying in the window is fine.
    }
  }

  async exit(): Promise<void> {
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => {});
  }
}
