/**
 * Which dataset is on screen and what became of the last attempt to load one. App.svelte holds
 * one DataState and replaces it with `receive` whenever a load finishes; views only read it.
 */
import type { LoadResult } from './load.ts';
import type { Problem } from './model/types.ts';

export interface DataState {
  /** The dataset on screen (ok), the reason there is none (not ok), or null while the first load runs. */
  result: LoadResult | null;
  /** Where the dataset on screen came from: null for the shipped one, else the ?data= address or file name. */
  origin: string | null;
  /** A later load that failed while the dataset on screen stayed. */
  rejected: { origin: string; errors: Problem[] } | null;
}

export function initialState(result: LoadResult | null, origin: string | null): DataState {
  return { result, origin, rejected: null };
}

/**
 * A load finished. A good dataset replaces what is shown; a bad one is reported beside the
 * dataset already on screen, or, when there is none, takes its place as the error page.
 */
export function receive(state: DataState, loaded: LoadResult, origin: string): DataState {
  if (loaded.ok) return { result: loaded, origin, rejected: null };
  if (state.result?.ok) return { ...state, rejected: { origin, errors: loaded.errors } };
  return { result: loaded, origin, rejected: null };
}

/** The rejection has been read and put away. */
export function dismiss(state: DataState): DataState {
  return { ...state, rejected: null };
}
