/**
 * The page's first script: a classic script of its own (about half a kilobyte), linked before the
 * entry in index.html by src/build/classic-script.ts, which also writes in the file names. What it
 * does and why: src/lib/boot/first.ts.
 */
import { FIRST, startFirst, type FirstFiles } from './lib/boot/first.ts';

declare const __SOURCELINE_FIRST_FILES__: FirstFiles;

const script = document.currentScript as HTMLScriptElement;
(globalThis as unknown as Record<string, unknown>)[FIRST] = startFirst(
  __SOURCELINE_FIRST_FILES__,
  new URL('.', script.src).href,
  location.href,
  navigator.languages ?? [navigator.language],
  document
);
