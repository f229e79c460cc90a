/**
 * What the page's first script does (src/first.ts, built by src/build/classic-script.ts into a
 * classic script of its own that index.html links before the entry): it runs while the entry is
 * still on its way and starts what the entry would otherwise start only once it has arrived and
 * run. That is the interface text of the page's language, which the first paint waits for, and,
 * for a `?data=` address, the download and the parts that loading it needs. So the page's
 * requests leave in one wave instead of two, and the title and the first event come sooner.
 *
 * It only asks the browser to fetch (`<link rel="preload">`): the entry's loader runs the parts
 * when they are imported, from the browser's cache. Nothing here may throw.
 *
 * Self-contained (it imports types only), since it is built on its own; the app takes its rules
 * (`pickLang`, `resolveDataUrl`, `earlyFetch`) from here, so the first script and the app cannot
 * disagree about the language or the address.
 */

import type { Lang } from '../model/types.ts';

/** The interface language: ?lang wins, else the browser's first German or English preference, else German. */
export function pickLang(fromUrl: Lang | null, browser: readonly string[]): Lang {
  if (fromUrl) return fromUrl;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'de' || base === 'en') return base;
  }
  return 'de';
}

/** Resolves ?data= against the page; only http(s) addresses are accepted. */
export function resolveDataUrl(value: string, base: string): URL | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Starts the request for ?data= at once, so that it travels while the loader is still on its
 * way; the loader takes the response when both have arrived. A refused address starts nothing
 * (the loader reports it). A failure is handled there too, not as an unhandled rejection here.
 */
export function earlyFetch(value: string, base: string): typeof fetch {
  const url = resolveDataUrl(value, base);
  if (!url) return fetch;
  const controller = new AbortController();
  const response = fetch(url, { credentials: 'omit', signal: controller.signal });
  response.catch(() => {});
  return ((_: unknown, init?: RequestInit) => {
    init?.signal?.addEventListener('abort', () => controller.abort(), { once: true });
    return response;
  }) as typeof fetch;
}

/** The build's files (names beside the first script) each case needs, written in by the build. */
export interface FirstFiles {
  /** The interface text of each language, with what it needs. */
  de: readonly string[];
  en: readonly string[];
  /** The shipped dataset's texts in each language (not for a page that loads other data). */
  shipped: { de: readonly string[]; en: readonly string[] };
  /** What loading a `?data=` address needs: the loader, its checks, the progress bar. */
  data: readonly string[];
  /** The reading pane, which shows an event chosen by the link (#event=) at once. */
  reader: readonly string[];
  /** The embed's source card, which always shows an event. */
  card: readonly string[];
}

/** What the first script leaves for the app (under `self[FIRST]`). */
export interface FirstStart {
  lang: Lang;
  /** The download of the page's `?data=` address, started. */
  data: { value: string; fetcher: typeof fetch } | null;
}

/** The global the first script leaves its start in; a name no minifier or module would choose. */
export const FIRST = '__sourcelineFirst';

/** The address's language as `parseUrl` reads it (src/lib/url.ts). */
export const langParam = (value: string | null): Lang | null => (value === 'de' || value === 'en' ? value : null);

/** What of an address decides the files asked for first. */
export interface FirstCase {
  lang: Lang;
  data: string | null;
  /** ?embed=1 without ?reader=1: the compact source card instead of the reading pane. */
  card: boolean;
  /** The link chooses an event (#event=): its sentence is part of the first screen. */
  event: boolean;
}

/** The files to fetch at once for an address, in the order they are needed. */
export function firstFiles(files: FirstFiles, c: FirstCase): string[] {
  const reading = c.card ? files.card : c.event ? files.reader : [];
  return [...new Set([...files[c.lang], ...(c.data ? files.data : files.shipped[c.lang]), ...reading])];
}

/** Whether a URL flag is on, as parseUrl reads ?embed= and ?reader= (src/lib/url.ts). */
export const flag = (value: string | null): boolean => value === '1' || value === 'true';

/**
 * Run by the first script: asks for the files the address needs (`dir` is where they are) and
 * starts its `?data=` download.
 */
export function startFirst(files: FirstFiles, dir: string, href: string, languages: readonly string[], doc: Document): FirstStart {
  const url = new URL(href);
  const params = url.searchParams;
  const lang = pickLang(langParam(params.get('lang')), languages);
  const data = params.get('data') || null;
  const card = flag(params.get('embed')) && !flag(params.get('reader'));
  const event = /(?:^#|&)event=./.test(url.hash);
  for (const name of firstFiles(files, { lang, data, card, event })) {
    const link = doc.createElement('link');
    link.rel = 'preload';
    link.as = name.endsWith('.css') ? 'style' : 'script';
    link.href = dir + name;
    doc.head.append(link);
  }
  return { lang, data: data ? { value: data, fetcher: earlyFetch(data, href) } : null };
}
