/**
 * What the page starts before its own modules run (main.ts imports this module first). The first
 * script (src/lib/boot/start.ts) has asked for the page's interface text and, for a `?data=`
 * address, started the download and asked for the loader's parts, before this script had even
 * arrived; here they are imported (from the browser's cache by now), so that they run as soon as
 * they are in. Without the first script (the dev server) this starts the same requests itself.
 * Nothing here may throw: a part that cannot be fetched is reported where the page imports it.
 */
import { loadMessages } from './i18n/index.ts';
import { earlyFetch } from './lazy-load.ts';
import { parseUrl, pickLang } from './url.ts';
import { FIRST, type FirstStart } from './boot/start.ts';
import { loadShippedText } from './model/shipped.ts';

const address = parseUrl(location.href);
const global = globalThis as unknown as Record<string, FirstStart | null | undefined>;
const first = global[FIRST];
// Should the first script come after this one after all (it is async), it starts nothing.
global[FIRST] ??= null;

/** The page's language (the other one loads if a reader switches). */
const lang = first?.lang ?? pickLang(address.lang, navigator.languages ?? [navigator.language]);

const warm = (load: () => Promise<unknown>) => load().catch(() => {});

/**
 * What main.ts mounts the app after: the interface text of the page's language and, unless the
 * address names other data, the shipped dataset's texts in it (without them the page cannot
 * draw; a failure is main.ts's to report).
 */
export const ready = Promise.all([loadMessages(lang), address.data ? null : loadShippedText(lang)]);

let early: { value: string; fetcher: typeof fetch } | null = null;
if (address.data) {
  early = first?.data?.value === address.data ? first.data : { value: address.data, fetcher: earlyFetch(address.data, location.href) };
  // The loader, the on-page checks (what data under ON_PAGE_BELOW uses; larger data is checked in
  // the worker, and the checks arriving unused cost a small fraction of such a download), and the
  // progress bar: run as they arrive, used when the download has arrived.
  warm(() => import('./load-client.ts'));
  warm(() => import('./load.ts'));
  warm(() => import('../components/LoadProgress.svelte'));
}

/**
 * The download of the address the page opened with, started above; once only (a second load of
 * the same address, after a Cancel, fetches again).
 */
export function takeEarlyFetch(value: string): typeof fetch | null {
  if (early?.value !== value) return null;
  const { fetcher } = early;
  early = null;
  return fetcher;
}
