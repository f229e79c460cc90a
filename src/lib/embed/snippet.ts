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
  /** The filters and the search (?controls=1); off by default. */
  controls?: boolean;
  /** The full reading pane instead of one compact source card (?reader=1); off by default. */
  reader?: boolean;
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

/** What the iframe's address is made of; a null lang leaves the choice to the reader's browser. */
export type SrcOptions = Pick<EmbedOptions, 'base' | 'theme' | 'event' | 'lanes' | 'data' | 'controls' | 'reader'> & { lang: Lang | null };

/** The iframe's src: embed=1 first, then only the options that differ from the defaults (theme=auto is one). */
export function embedSrc(options: SrcOptions): string {
  const params: [string, string][] = [['embed', '1']];
  if (options.lang) params.push(['lang', options.lang]);
  if (options.theme !== 'auto') params.push(['theme', options.theme]);
  if (options.lanes.length) params.push(['lanes', options.lanes.map(encodeURIComponent).join(',')]);
  if (options.controls) params.push(['controls', '1']);
  if (options.reader) params.push(['reader', '1']);
  if (options.data) params.push(['data', encodeURIComponent(options.data)]);
  const query = params.map(([key, value]) => `${key}=${value}`).join('&');
  const hash = options.event ? `#event=${encodeURIComponent(options.event)}` : '';
  return `${options.base}?${query}${hash}`;
}

/** The attribute that marks an iframe whose height the snippet's listener may set. */
export const AUTO_ATTRIBUTE = 'data-sourceline-auto';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * The listener, written as ES5 so any blog's page runs it. It acts only on string messages of the
 * resize shape (the same rules as parseResizeMessage), and sizes the auto-height Sourceline iframe
 * whose window sent it: every such iframe on the page, also when the same snippet is pasted twice
 * (each copy's listener then sizes each iframe; setting the same height twice is harmless).
 */
export const LISTENER = `<script>
(function () {
  window.addEventListener("message", function (event) {
    if (!event.source || typeof event.data !== "string") return;
    var message;
    try { message = JSON.parse(event.data); } catch (error) { return; }
    if (!message || message.context !== ${JSON.stringify(RESIZE_CONTEXT)} || typeof message.src !== "string") return;
    var height = message.height;
    if (typeof height !== "number" || !(height > 0) || height > ${MAX_HEIGHT}) return;
    var frames = document.querySelectorAll("iframe[${AUTO_ATTRIBUTE}]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(height) + "px";
    }
  });
})();
</script>`;

export function snippet(options: EmbedOptions): string {
  const src = embedSrc(options);
  const auto = options.height === 'auto';
  const height = options.height === 'auto' ? INITIAL_HEIGHT : clampFixedHeight(options.height);
  const iframe =
    `<iframe${auto ? ` ${AUTO_ATTRIBUTE}` : ''} src="${escapeHtml(src)}" title="${escapeHtml(options.title)}"` +
    ` loading="lazy" sandbox="${SANDBOX}" allow="fullscreen"` +
    ` style="width:100%;border:0;height:${height}px"></iframe>`;
  return auto ? `${iframe}\n${LISTENER}` : iframe;
}

/** The width and height an oEmbed consumer is told, and that the bare iframe starts at (a 680 px blog column). */
export const OEMBED_WIDTH = 680;
export const OEMBED_HEIGHT = 720;

/**
 * The iframe alone, for hosts that take no script and may strip `style` and `sandbox` (oEmbed:
 * WordPress keeps only src, width, height, title and frameborder, and adds its own sandbox;
 * Ghost keeps it all). Width and height are attributes, so it has a size either way.
 */
export function bareIframe(options: SrcOptions & Pick<EmbedOptions, 'title'>): string {
  return (
    `<iframe src="${escapeHtml(embedSrc(options))}" width="${OEMBED_WIDTH}" height="${OEMBED_HEIGHT}" title="${escapeHtml(options.title)}"` +
    ` sandbox="${SANDBOX}" loading="lazy" frameborder="0" style="width:100%;max-width:100%;border:0"></iframe>`
  );
}
