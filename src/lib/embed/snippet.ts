/**
 * The embed code a blogger pastes: an iframe of the timeline in embed mode and, for auto height, a
 * dependency-free listener that resizes that iframe (and nothing else) from its height messages.
 * Pure: the same options always give the same text, so public/embed-example.html can be checked
 * against it byte for byte.
 */
import type { Lang } from '../model/types.ts';
import type { Theme } from '../url.ts';
import { MAX_HEIGHT, RESIZE_CONTEXT } from './height.ts';

export interface EmbedOptions {
  /** The timeline's address without query or hash: absolute for bloggers, "./" for a page beside it. */
  base: string;
  lang: Lang;
  theme: Theme;
  /** The start event (#event=), or none. */
  event: string | null;
  /** Actor ids to show; empty shows all. */
  lanes: readonly string[];
  /** A dataset other than the shipped one (?data=), or none. */
  data?: string | null;
  /** 'auto' follows the content; a number is a fixed height in CSS pixels. */
  height: 'auto' | number;
  /** The iframe's accessible name. */
  title: string;
}

/** What the iframe shows before its first height message arrives (or forever, if scripts are stripped). */
export const INITIAL_HEIGHT = 640;
export const MIN_FIXED_HEIGHT = 300;
export const MAX_FIXED_HEIGHT = 4000;

/**
 * No allow-same-origin: the timeline runs in an opaque origin and cannot touch the blog's
 * cookies, storage or DOM. allow-popups lets "open full timeline" open its tab.
 */
export const SANDBOX = 'allow-scripts allow-popups';

/** A fixed height the snippet can use: whole pixels within [MIN_FIXED_HEIGHT, MAX_FIXED_HEIGHT]. */
export function clampFixedHeight(px: number): number {
  if (!Number.isFinite(px)) return INITIAL_HEIGHT;
  return Math.min(MAX_FIXED_HEIGHT, Math.max(MIN_FIXED_HEIGHT, Math.round(px)));
}

/** The iframe's src: embed=1 first, then only the options that differ from the defaults. */
export function embedSrc(options: Pick<EmbedOptions, 'base' | 'lang' | 'theme' | 'event' | 'lanes' | 'data'>): string {
  const params: [string, string][] = [
    ['embed', '1'],
    ['lang', options.lang]
  ];
  if (options.theme !== 'auto') params.push(['theme', options.theme]);
  if (options.lanes.length) params.push(['lanes', options.lanes.map(encodeURIComponent).join(',')]);
  if (options.data) params.push(['data', encodeURIComponent(options.data)]);
  const query = params.map(([key, value]) => `${key}=${value}`).join('&');
  const hash = options.event ? `#event=${encodeURIComponent(options.event)}` : '';
  return `${options.base}?${query}${hash}`;
}

/** A stable id for the iframe, so two different embeds on one page do not share a listener. */
export function frameId(src: string): string {
  let hash = 0x811c9dc5; // FNV-1a, 32 bit
  for (let i = 0; i < src.length; i++) hash = Math.imul(hash ^ src.charCodeAt(i), 0x01000193);
  return `sourceline-${(hash >>> 0).toString(36)}`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * The listener, written as ES5 so any blog's page runs it. It acts only on string messages of the
 * resize shape (the same rules as parseResizeMessage) whose source is its own iframe's window.
 */
export function listenerScript(id: string): string {
  return `<script>
(function () {
  var frame = document.getElementById(${JSON.stringify(id)});
  window.addEventListener("message", function (event) {
    if (!frame || event.source !== frame.contentWindow || typeof event.data !== "string") return;
    var message;
    try { message = JSON.parse(event.data); } catch (error) { return; }
    if (!message || message.context !== ${JSON.stringify(RESIZE_CONTEXT)} || typeof message.src !== "string") return;
    var height = message.height;
    if (typeof height !== "number" || !(height > 0) || height > ${MAX_HEIGHT}) return;
    frame.style.height = Math.ceil(height) + "px";
  });
})();
</script>`;
}

export function snippet(options: EmbedOptions): string {
  const src = embedSrc(options);
  const id = frameId(src);
  const height = options.height === 'auto' ? INITIAL_HEIGHT : clampFixedHeight(options.height);
  const iframe =
    `<iframe id="${id}" src="${escapeHtml(src)}" title="${escapeHtml(options.title)}"` +
    ` loading="lazy" sandbox="${SANDBOX}" allow="fullscreen"` +
    ` style="width:100%;border:0;height:${height}px"></iframe>`;
  return options.height === 'auto' ? `${iframe}\n${listenerScript(id)}` : iframe;
}
