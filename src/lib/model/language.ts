/**
 * Texts in the languages a dataset has, resolved for the interface's two (de, en). A text is a
 * plain string (in the dataset's first language) or a map of language codes; the interface shows
 * the best available: the same language, else the same base language ("en-GB" for "en"), else the
 * first declared language the text has, else any. `textLang` tells which language a resolved text
 * really is, so the interface can mark other-language text with a `lang` attribute.
 */
import type { Lang, LocalizedText, TextInput } from './types.ts';

/** The language each resolved text is really in, per interface language. Not part of the data, so never serialised. */
const written = new WeakMap<object, LocalizedText>();

/** "und" (undetermined) in the data: the language is not known. */
export const UNKNOWN_LANGUAGE = 'und';

/** The languages sourceline/1 datasets are in. */
export const LEGACY_LANGUAGES: readonly string[] = ['de', 'en'];

function pick(map: Readonly<Record<string, string>>, lang: Lang, languages: readonly string[]): string | undefined {
  if (Object.hasOwn(map, lang)) return lang;
  const codes = Object.keys(map);
  return (
    codes.find((code) => code.split('-')[0].toLowerCase() === lang) ??
    languages.find((code) => Object.hasOwn(map, code)) ??
    codes[0]
  );
}

/**
 * A text as the interface reads it, `{ de, en }`. A text that has both (or was resolved before) is
 * returned as it is: what is not in `written` is in the language of its key.
 */
export function resolveText(text: TextInput, languages: readonly string[]): LocalizedText {
  if (typeof text !== 'string' && ((Object.hasOwn(text, 'de') && Object.hasOwn(text, 'en')) || written.has(text))) return text as LocalizedText;
  if (typeof text === 'string') {
    const resolved = { de: text, en: text };
    const lang = languages[0] ?? UNKNOWN_LANGUAGE;
    written.set(resolved, { de: lang, en: lang });
    return resolved;
  }
  const de = pick(text, 'de', languages) ?? UNKNOWN_LANGUAGE;
  const en = pick(text, 'en', languages) ?? UNKNOWN_LANGUAGE;
  const resolved = { de: text[de] ?? '', en: text[en] ?? '' };
  written.set(resolved, { de, en });
  return resolved;
}

/**
 * The language code `text[lang]` is written in: `lang` itself when the text has it (or when the
 * text was not resolved here, such as a literal in a test), another code when the interface shows
 * a fallback, and '' when the dataset says the language is not known ("und"), which is what HTML's
 * `lang=""` means.
 */
export function textLang(text: LocalizedText, lang: Lang): string {
  const code = written.get(text)?.[lang] ?? lang;
  return code === UNKNOWN_LANGUAGE ? '' : code;
}

/** Whether `text[lang]` is in another language than the interface's, so it needs its own `lang` attribute. */
export function isOtherLanguage(text: LocalizedText, lang: Lang): boolean {
  const code = textLang(text, lang);
  return code.split('-')[0].toLowerCase() !== lang;
}
