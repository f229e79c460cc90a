/**
 * The imperative edge of auto-height: while the component that calls this lives, post the page's
 * content height to the parent window on load and whenever it changes (a selection, a filter, a
 * new width). Does nothing outside an iframe. Call during component initialisation.
 */
import { resizeMessage } from './height.ts';

export function reportHeightToParent(): void {
  $effect(() => {
    if (window.parent === window) return;
    const root = document.documentElement;
    let last = 0;
    const post = () => {
      // The root's own box, not scrollHeight: scrollHeight never drops below the iframe's current
      // height, so a page that got shorter would never say so.
      const height = Math.ceil(root.getBoundingClientRect().height);
      if (height === last || height <= 0) return;
      last = height;
      // '*': the parent may be any blog, and the message (our URL and a height) is no secret.
      window.parent.postMessage(resizeMessage(location.href, height), '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(root);
    return () => observer.disconnect();
  });
}
