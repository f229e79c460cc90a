/**
 * The interface text, one dictionary per language, each loaded on its own: a page needs only the
 * language it shows (main.ts loads it before mounting; a switch within the page loads the other
 * one first). Both together would cost about 2 kB of a 60 kB first load.
 */
import type { Lang } from '../model/types.ts';
import type { Messages } from './de.ts';

export type { Messages };

const loaded: Partial<Record<Lang, Messages>> = {};

/** The dictionary of a language, once loadMessages has brought it. */
export function messagesFor(lang: Lang): Messages {
  const messages = loaded[lang] ?? loaded.de ?? loaded.en;
  if (!messages) throw new Error('interface text not loaded: call loadMessages first');
  return messages;
}

export async function loadMessages(lang: Lang): Promise<Messages> {
  return (loaded[lang] ??= lang === 'en' ? (await import('./en.ts')).en : (await import('./de.ts')).de);
}
