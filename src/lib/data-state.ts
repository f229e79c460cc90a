/**
 * Which dataset is on screen, which load is running and what became of the last one. App.svelte
 * holds one DataState and replaces it through these functions; views only read it.
 *
 * Every load gets a token when it starts; only the newest load may finish. A file chosen after
 * another therefore wins even when the older one, larger, finishes later.
 */
import type { LoadResult } from './load.ts';
import type { Problem } from './model/types.ts';

/** How far a running load has come: bytes while reading, events while the page receives them. */
export interface Progress {
  phase: 'read' | 'check' | 'receive';
  bytes: number;
  /** null when the server sends no content-length. */
  totalBytes: number | null;
  events: number;
  totalEvents: number | null;
}

export interface Running {
  token: number;
  origin: string;
  progress: Progress;
  /** Several files were dropped or chosen: how many (only `origin`, the first, is loaded). */
  of: number;
}

export interface DataState {
  /** The dataset on screen (ok), the reason there is none (not ok), or null while the first load runs. */
  result: LoadResult | null;
  /** Where the dataset on screen came from: null for the shipped one, else the ?data= address or file name. */
  origin: string | null;
  /** Files chosen or dropped with the one on screen, and not loaded (one file at a time). */
  skipped: number;
  /** A later load that failed while the dataset on screen stayed. */
  rejected: { origin: string; errors: Problem[]; explain?: string } | null;
  /** The load now running, if any. */
  loading: Running | null;
  /** The token the next load gets. */
  next: number;
}

export function initialState(result: LoadResult | null, origin: string | null): DataState {
  return { result, origin, skipped: 0, rejected: null, loading: null, next: 1 };
}

const NOTHING_YET: Progress = { phase: 'read', bytes: 0, totalBytes: null, events: 0, totalEvents: null };

/** A load starts (and any running one is superseded): its token says which load it is. */
export function begin(state: DataState, origin: string, of = 1): { state: DataState; token: number } {
  const token = state.next;
  return { state: { ...state, loading: { token, origin, progress: NOTHING_YET, of }, next: token + 1 }, token };
}

/** Progress of a load; ignored unless it is the running one. */
export function progress(state: DataState, token: number, value: Progress): DataState {
  if (state.loading?.token !== token) return state;
  return { ...state, loading: { ...state.loading, progress: value } };
}

/**
 * A load finished. Only the running one counts: an older one, superseded, changes nothing. A good
 * dataset replaces what is shown; a bad one is reported beside the dataset already on screen, or,
 * when there is none, takes its place as the error page.
 */
export function receive(state: DataState, loaded: LoadResult, token: number): DataState {
  if (state.loading?.token !== token) return state;
  const { origin, of } = state.loading;
  const done = { ...state, loading: null };
  if (loaded.ok) return { ...done, result: loaded, origin, skipped: of - 1, rejected: null };
  if (state.result?.ok) return { ...done, rejected: { origin, errors: loaded.errors, explain: loaded.explain } };
  return { ...done, result: loaded, origin, skipped: 0, rejected: null };
}

/** The rejection has been read and put away. */
export function dismiss(state: DataState): DataState {
  return { ...state, rejected: null };
}
