/**
 * The imperative edge of auto-height: for the life of the page, post the page's content height
 * to the parent window on load and whenever it changes (a selection, a filter, a new width).
 * Does nothing outside an iframe. Loaded only by embeds (App.svelte), after the page started.
 *
 * Two protocols at once: our `iframe.resize` string (the snippet's listener, Flourish's shape)
 * always, and WordPress's `height` object when the address carries WordPress's secret
 * (wordpress.ts). The secret is read from `hash`, the address's fragment before the app rewrote
 * it to `#event=…`.
 * Under WordPress's secret the iframe is in WordPress's sandbox, which lets no link open a new
 * tab: a new-tab link to our own host (the full timeline) is handed to WordPress, which opens it
 * in the reader's tab.
 */
import { resizeMessage } from './height.ts';
import { readySecret, secretFromHash, wordpressHeight, wordpressLink } from './wordpress.ts';

export function reportHeightToParent(hash: string): void {
  if (window.parent === window) return;
  let secret = secretFromHash(hash);
  const root = document.documentElement;
  let height = 0;
  const send = () => {
    // '*': the parent may be any blog, and the message (our URL and a height) is no secret.
    window.parent.postMessage(resizeMessage(location.href, height), '*');
    if (secret) window.parent.postMessage(wordpressHeight(height, secret), '*');
  };
  const measure = () => {
    // The root's own box, not scrollHeight: scrollHeight never drops below the iframe's current
    // height, so a page that got shorter would never say so.
    const next = Math.ceil(root.getBoundingClientRect().height);
    if (next === height || next <= 0) return;
    height = next;
    send();
  };
  // WordPress's wp-embed.js adds the secret to an iframe that lacks one after the page loaded,
  // and says 'ready' when it loads after us: both get the current height at once.
  const secretLater = () => {
    const found = secretFromHash(location.hash);
    if (!found || found === secret) return;
    secret = found;
    if (height) send();
  };
  const ready = (event: MessageEvent) => {
    const found = event.source === window.parent ? readySecret(event.data) : null;
    if (!found || (secret && found !== secret)) return;
    secret = found;
    if (height) send();
  };
  const click = (event: MouseEvent) => {
    if (!secret || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[target="_blank"][href]') : null;
    // WordPress opens only addresses on the embed's own host; any other link is left to the browser.
    if (!link || new URL(link.href).host !== location.host) return;
    event.preventDefault();
    window.parent.postMessage(wordpressLink(link.href, secret), '*');
  };
  const observer = new ResizeObserver(measure);
  observer.observe(root);
  addEventListener('hashchange', secretLater);
  addEventListener('message', ready);
  document.addEventListener('click', click);
}
