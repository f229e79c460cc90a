/**
 * The page's first script: a classic async script of its own (under a kilobyte), linked before the
 * entry in index.html by src/build/classic-script.ts, which also writes in the file names. What it
 * does and why: src/lib/boot/start.ts.
 */
import { FIRST, startFirst, type FirstFiles } from './lib/boot/start.ts';

declare const __SOURCELINE_FIRST_FILES__: FirstFiles;

// An async script: it almost always runs before the entry (it is small and asked for first); if
// the entry ran first, the entry has started all this itself and left a null here.
const global = globalThis as unknown as Record<string, unknown>;
const script = document.currentScript as HTMLScriptElement;
if (global[FIRST] === undefined) global[FIRST] = startFirst(
  __SOURCELINE_FIRST_FILES__,
  new URL('.', script.src).href,
  location.href,
  navigator.languages ?? [navigator.language],
  document
);
