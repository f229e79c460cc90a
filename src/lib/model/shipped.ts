/**
 * The shipped dataset as the page has it so far (its parts: shipped-parts.ts): the first part is
 * in the entry script; each language's texts load with that language's interface text (main.ts
 * waits for the page's own), and the rest when something shows them (a switch of language, a
 * search, the embed dialog's other language, a classroom view). `shippedData` joins what is
 * there; `shippedKey` says what that is; App, told of each part as it arrives (`onShippedPart`),
 * builds the model again when the shipped dataset is on screen.
 */
import first from 'virtual:shipped-dataset';
import type { Lang } from './types.ts';
import { joinShipped, type Extras, type Texts } from './shipped-parts.ts';

const texts: Partial<Record<Lang, Texts>> = {};
let extras: Extras | null = null;
let listener: (() => void) | null = null;

/** Tells `arrived` of each part as it arrives (one listener: App's). */
export function onShippedPart(arrived: () => void): void {
  listener = arrived;
}

/** Loads the shipped dataset's texts in a language (once: a later call does nothing). */
export async function loadShippedText(lang: Lang): Promise<void> {
  if (texts[lang]) return;
  texts[lang] = lang === 'en' ? (await import('virtual:shipped-text-en')).default : (await import('virtual:shipped-text-de')).default;
  listener?.();
}

/** Loads every part: the classroom views and the editor show (or save) the whole file. */
export async function loadShippedWhole(): Promise<void> {
  const notes = async () => {
    extras ??= (await import('virtual:shipped-extras')).default;
    listener?.();
  };
  await Promise.all([loadShippedText('de'), loadShippedText('en'), notes()]);
}

/** Which parts are in: the model built from them needs building again when this changes. */
export function shippedKey(): string {
  return `${texts.de ? 'de' : ''}/${texts.en ? 'en' : ''}/${extras ? 'notes' : ''}`;
}

/** The shipped dataset with the parts loaded so far. */
export function shippedData(): Record<string, unknown> {
  return joinShipped(first as Record<string, unknown>, texts, extras);
}
