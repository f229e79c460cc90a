/**
 * The auto-height message an embedded page posts to its parent, in the shape several blogging
 * platforms already honour: the JSON *string* {"context":"iframe.resize","src":"<url>","height":<px>}.
 * The listener in the embed snippet (snippet.ts) accepts exactly what parseResizeMessage accepts;
 * the unit tests hold the two to the same table.
 */

export const RESIZE_CONTEXT = 'iframe.resize';
/** Taller than any real page; a larger number is a bug or an attack, not a height. */
export const MAX_HEIGHT = 100_000;

export interface ResizeMessage {
  context: typeof RESIZE_CONTEXT;
  src: string;
  height: number;
}

/** The message for a page at `src` whose content is `height` CSS pixels tall (rounded up). */
export function resizeMessage(src: string, height: number): string {
  return JSON.stringify({ context: RESIZE_CONTEXT, src, height: Math.ceil(height) });
}

/** The message a listener may act on, or null for anything else (objects, other shapes, absurd heights). */
export function parseResizeMessage(data: unknown): ResizeMessage | null {
  if (typeof data !== 'string') return null;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { context, src, height } = value as Record<string, unknown>;
  if (context !== RESIZE_CONTEXT || typeof src !== 'string') return null;
  if (typeof height !== 'number' || !(height > 0) || height > MAX_HEIGHT) return null;
  return { context, src, height: Math.ceil(height) };
}
