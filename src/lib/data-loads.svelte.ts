/**
 * The loads of one page: at most one runs; starting another cancels it (and its token keeps it
 * from finishing late, see data-state.ts). Holds the DataState that App and the views read.
 */
import { begin, dismiss, initialState, progress, receive, type DataState } from './data-state.ts';
import type { LoadResult } from './load.ts';
import { dataWhere, earlyFetch, fileWhere, withLoader } from './lazy-load.ts';
import { takeEarlyFetch } from './load-early.ts';
import type { LoadOptions } from './load-client.ts';
import type { Lang } from './model/types.ts';

export class DataLoads {
  state = $state.raw<DataState>(initialState(null, null));
  #controller: AbortController | null = null;

  constructor(
    initial: DataState,
    /** The interface language, read when a load fails (it may change within the page). */
    private lang: () => Lang,
    /** Called when a load finishes and its dataset is shown. */
    private onshown: (origin: string, events: number) => void = () => {}
  ) {
    this.state = initial;
  }

  async #run(origin: string, of: number, where: string, task: (loader: typeof import('./load-client.ts'), options: LoadOptions) => Promise<LoadResult>) {
    performance.mark('sourceline:load-start');
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    const started = begin(this.state, origin, of);
    this.state = started.state;
    const { token } = started;
    const options: LoadOptions = { signal: controller.signal, onprogress: (p) => (this.state = progress(this.state, token, p)) };
    // The reason in the reader's language is in the alert from the start (an alert is announced
    // as it appears); the language is read when the load ends (a reader may switch meanwhile).
    const result = await withLoader(where, async (loader) => loader.explain(await task(loader, options), this.lang()));
    // For `npm run bench` and the e2e tests: when the data was ready, as distinct from when it was
    // drawn, which starts in a task of its own.
    performance.mark('sourceline:data-ready');
    await new Promise((resolve) => setTimeout(resolve));
    if (this.#controller === controller) this.#controller = null;
    const before = this.state;
    this.state = receive(this.state, result, token);
    if (result.ok && this.state !== before) this.onshown(origin, result.model.events.length);
  }

  /** ?data=<value>: the request starts at once (or started with the page), before the loader has arrived. */
  openUrl(value: string) {
    const fetcher = takeEarlyFetch(value) ?? earlyFetch(value, location.href);
    return this.#run(value, 1, dataWhere(value), (loader, options) => loader.loadUrl(value, location.href, { ...options, fetcher }));
  }

  /** Files chosen or dropped: the first is loaded, and the page says so when there were more. */
  openFiles(files: readonly File[]) {
    const file = files[0];
    if (!file) return;
    return this.#run(file.name, files.length, fileWhere(file.name), (loader, options) => loader.loadFile(file, options));
  }

  /** Any other way in (a link's #data=, the presenter's copy): the same token, progress and checks. */
  openWith(origin: string, where: string, task: (loader: typeof import('./load-client.ts'), options: LoadOptions) => Promise<LoadResult>) {
    return this.#run(origin, 1, where, task);
  }

  /** Shows a dataset that needs no loading (the shipped one). */
  show(result: LoadResult) {
    this.state = initialState(result, null);
  }

  /** Stops the running load; it finishes as cancelled (what is on screen stays). */
  cancel() {
    this.#controller?.abort();
  }

  dismiss() {
    this.state = dismiss(this.state);
  }
}
