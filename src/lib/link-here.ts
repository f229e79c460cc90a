/**
 * A link to this page with some parameters changed (the language switch), written from the
 * address as it is when the link is used, not when it was drawn: a selection (#event=) made or
 * filters (?lanes= ?tags= ?q=) written since are kept, and the link stays a switch within the
 * page (route.ts) instead of loading an older address anew. The href is brought up to date
 * before anything reads it: on pointer down, focus (a keyboard's Enter, a menu's "copy link")
 * and click, in the capture phase, so App's click handler sees the new one.
 */
import { on } from 'svelte/events';
import { withParams } from './url.ts';

export function linkHere(changes: Record<string, string | null>) {
  return (node: HTMLAnchorElement) => {
    const write = () => void (node.href = withParams(location.href, changes));
    write();
    const offs = (['pointerdown', 'focus', 'click', 'contextmenu'] as const).map((type) => on(node, type, write, { capture: true }));
    return () => offs.forEach((off) => off());
  };
}
