/**
 * An element's width (clientWidth) as a ResizeObserver reports it: after layout, in the frame
 * that does the layout anyway. `bind:clientWidth` also reads the width once as the element
 * mounts, which forces a synchronous layout of the whole page inside the mount task; on a slow
 * phone that first layout is the longest part of the load. Callers start from an estimate
 * (the window's width) and get the real one before the first paint. A hidden element (width 0,
 * as while the handout is printed in place of the view) keeps its last width, so that the view
 * comes back as it was.
 */
import type { Attachment } from 'svelte/attachments';

export function observeWidth(set: (width: number) => void): Attachment<HTMLElement> {
  return (element) => {
    const observer = new ResizeObserver(() => {
      if (element.clientWidth > 0) set(element.clientWidth);
    });
    observer.observe(element);
    return () => observer.disconnect();
  };
}
