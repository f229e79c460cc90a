/**
 * The locale data the app formats dates with: month names, day ordinals and the long date
 * patterns of German and British English, in the shape of date-fns' `localize` and `formatLong`
 * (format.ts reads them). They are date-fns' own values, copied: date-fns' locale modules also
 * carry day names, quarters, eras and parsing rules that this app never uses, about 2 kB gzip of
 * a first load with a 60 kB budget. tests/unit/locales.test.ts checks every value here against
 * the packaged date-fns locales, so a difference fails the tests.
 */
import type { Lang } from '../model/types.ts';

type Width = 'abbreviated' | 'wide';
type Context = 'formatting' | 'standalone';

export interface FormatLocale {
  code: string;
  localize: {
    month(month: number, options: { width: Width; context: Context }): string;
    ordinalNumber(value: number, options: { unit: 'date' }): string;
  };
  formatLong: { date(options: { width: 'short' | 'medium' | 'long' | 'full' }): string };
}

const split = (names: string) => names.split(' ');

function locale(
  code: string,
  months: Record<Width, Record<Context, string[]>>,
  ordinal: (day: number) => string,
  dates: Record<'short' | 'medium' | 'long' | 'full', string>
): FormatLocale {
  return {
    code,
    localize: { month: (month, { width, context }) => months[width][context][month], ordinalNumber: ordinal },
    formatLong: { date: ({ width }) => dates[width] }
  };
}

const deWide = split('Januar Februar März April Mai Juni Juli August September Oktober November Dezember');
const enWide = split('January February March April May June July August September October November December');
const enShort = split('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec');

/** English ordinal suffixes: 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
function enOrdinal(day: number): string {
  const teen = day % 100 > 10 && day % 100 < 20;
  return `${day}${(!teen && ['st', 'nd', 'rd'][(day % 10) - 1]) || 'th'}`;
}

export const locales: Record<Lang, FormatLocale> = {
  de: locale(
    'de',
    {
      abbreviated: {
        formatting: split('Jan. Feb. März Apr. Mai Juni Juli Aug. Sep. Okt. Nov. Dez.'),
        standalone: split('Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez')
      },
      wide: { formatting: deWide, standalone: deWide }
    },
    (day) => `${day}.`,
    { short: 'dd.MM.y', medium: 'do MMM y', long: 'do MMMM y', full: 'EEEE, do MMMM y' }
  ),
  en: locale(
    'en-GB',
    { abbreviated: { formatting: enShort, standalone: enShort }, wide: { formatting: enWide, standalone: enWide } },
    enOrdinal,
    { short: 'dd/MM/yyyy', medium: 'd MMM yyyy', long: 'd MMMM yyyy', full: 'EEEE, d MMMM yyyy' }
  )
};
