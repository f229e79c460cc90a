/**
 * oEmbed discovery for a build that knows its public address (SITE_URL): a `<link>` in index.html
 * and a static oembed.json beside it, so that pasting the timeline's address into WordPress or
 * Ghost embeds it. The JSON is static: it answers every request (any url=, maxwidth=, format=)
 * with the whole timeline, in the reader's language, at 680 × 720 px with no script.
 */
import { bareIframe, escapeHtml, OEMBED_HEIGHT, OEMBED_WIDTH } from './snippet.ts';

export const OEMBED_FILE = 'oembed.json';

export interface OembedOutput {
  /** The address the site is served from, as normalised (ends in "/" or a file name). */
  site: string;
  /** The discovery element for index.html's head. */
  link: string;
  /** The contents of oembed.json. */
  json: string;
}

/**
 * The public address as the build was given it, made safe to build on: http or https, no query or
 * fragment, a directory ending in "/". Throws an Error saying what is wrong and what to pass.
 */
export function siteAddress(raw: string): string {
  const example = 'SITE_URL=https://example.org/timeline/ npm run build';
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`SITE_URL must be the absolute address the built site is served from, not "${raw}". Example: ${example}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must start with https:// (or http://), not "${url.protocol}". Example: ${example}`);
  if (url.search || url.hash) throw new Error(`SITE_URL must have no query or fragment ("${raw}"). Example: ${example}`);
  if (!url.pathname.endsWith('/') && !/\.html?$/.test(url.pathname)) url.pathname += '/';
  return url.href;
}

/**
 * What the build writes for SITE_URL `raw` (null when it is unset or empty: nothing is written).
 * `title` names the timeline (the dataset's title), `frameTitle` is the iframe's accessible name.
 */
export function oembedOutput(raw: string | undefined, title: string, frameTitle: string): OembedOutput | null {
  if (!raw?.trim()) return null;
  const site = siteAddress(raw);
  const directory = new URL('./', site).href;
  const href = new URL(OEMBED_FILE, site).href;
  const html = bareIframe({ base: site, lang: null, theme: 'auto', event: null, lanes: [], title: frameTitle });
  const data = {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'Sourceline',
    provider_url: directory,
    width: OEMBED_WIDTH,
    height: OEMBED_HEIGHT,
    html
  };
  return {
    site,
    link: `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(href)}" title="${escapeHtml(title)}" />`,
    json: `${JSON.stringify(data, null, 2)}\n`
  };
}
