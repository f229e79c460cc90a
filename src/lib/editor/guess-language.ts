/**
 * Whether pasted text reads as German or English, from how often each language's commonest short
 * words occur. Only a default for the article's language field (the author can change it), and
 * what the date suggestions read the text as, so "im März" is not read with English rules.
 */
const WORDS = {
  de: new Set(['der', 'die', 'das', 'und', 'nicht', 'ist', 'im', 'mit', 'den', 'dem', 'sich', 'auf', 'für', 'ein', 'eine', 'zu', 'hatte', 'wurde', 'sind', 'auch', 'nach', 'bei', 'vom', 'zum', 'am']),
  en: new Set(['the', 'and', 'of', 'to', 'is', 'was', 'in', 'on', 'that', 'with', 'for', 'it', 'by', 'had', 'has', 'were', 'are', 'from', 'at', 'this', 'an', 'be', 'his', 'her', 'their'])
};

export function guessLanguage(text: string): 'de' | 'en' | null {
  let de = 0;
  let en = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (WORDS.de.has(word)) de++;
    if (WORDS.en.has(word)) en++;
  }
  if (de + en < 3) return null;
  return de > en * 1.5 ? 'de' : en > de * 1.5 ? 'en' : null;
}
