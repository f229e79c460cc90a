/**
 * The date-fns locale data the app formats with: month names, ordinals and long date patterns
 * (localize and formatLong) of German and British English. The packaged Locale objects also carry
 * parsing rules (match), formatDistance and formatRelative, which this app never uses; importing
 * just the two parts keeps about 2 kB gzip out of a bundle with a 60 kB budget. date-fns does not
 * export these files by name, so they are imported by path; tests/unit/locales.test.ts checks them
 * against the packaged locales, so an upgrade that moves them fails loudly.
 */
import type { Locale } from 'date-fns';
import type { Lang } from '../model/types.ts';
import { localize as deLocalize } from '../../../node_modules/date-fns/locale/de/_lib/localize.js';
import { formatLong as deFormatLong } from '../../../node_modules/date-fns/locale/de/_lib/formatLong.js';
import { localize as enLocalize } from '../../../node_modules/date-fns/locale/en-US/_lib/localize.js';
import { formatLong as enGBFormatLong } from '../../../node_modules/date-fns/locale/en-GB/_lib/formatLong.js';

export type FormatLocale = Pick<Locale, 'code' | 'localize' | 'formatLong'>;

export const locales: Record<Lang, FormatLocale> = {
  de: { code: 'de', localize: deLocalize, formatLong: deFormatLong },
  en: { code: 'en-GB', localize: enLocalize, formatLong: enGBFormatLong }
};
