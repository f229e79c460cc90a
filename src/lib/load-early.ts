/**
 * What the page starts before its own modules run (main.ts imports this module first, so that its
 * requests leave while the rest of the entry script is still being evaluated): the interface text
 * of the page's language, then, for a `?data=` address,
 * the download and everything that loading it needs (the loader, its checks, the progress bar),
 * all in one wave rather than each after the previous one arrived. The first event of a loaded
 * dataset is then on screen a round trip or three sooner. Nothing here may throw: a part that
 * cannot be fetched is reported where the page imports it.
 */
import { loadMessages } from './i18n/index.ts';
import { earlyFetch } from './lazy-load.ts';
import { parseUrl, pickLang } from './url.ts';

const address = parseUrl(location.href);

/** The page's language (the other one loads if a reader switches). */
const lang = pickLang(address.lang, navigator.languages ?? [navigator.language]);

const warm = (load: () => Promise<unknown>) => load().catch(() => {});

/**
 * What main.ts mounts the app after: the interface text of the page's language (without it the
 * page cannot draw; its failure is main.ts's to report). Requested first: a browser opens only a
 * few connections to a host, and what is requested later waits in line behind it.
 */
export const ready = loadMessages(lang);

let early: { value: string; fetcher: typeof fetch } | null = null;
if (address.data) {
  early = { value: address.data, fetcher: earlyFetch(address.data, location.href) };
  // The loader, the on-page checks (what data under ON_PAGE_BELOW uses; larger data is checked in
  // the worker, and the checks arriving unused cost a small fraction of such a download), and the
  // progress bar: requested together now, used when the download has arrived.
  warm(() => import('./load-client.ts'));
  warm(() => import('./load.ts'));
  warm(() => import('../components/LoadProgress.svelte'));
}

// The explorer's toolbar once the text is in: it is not waited for (with its dialogs' buttons and
// the data loader it weighs more than the first screen can afford), and its ten files requested
// before the text delayed the first paint by a tenth of a second or more. The explorer keeps its
// row's room until it comes (Explore.svelte).
if (address.view === 'explore' && !address.embed) ready.then(() => warm(() => import('../components/Toolbar.svelte')), () => {});

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
