/**
 * A small stand-in for date-fns `format` with the `nl` and `en-GB` locales, for the case page's
 * bundle only (scripts/build-page.mjs maps `date-fns/format` and the two locales here): the
 * renderers use a handful of patterns, and date-fns with its locales was a sixth of the page's
 * script. It knows the tokens those patterns use — `EEEEEE` `EEEE` `d` `dd` `MM` `MMM` `MMMM`
 * `yyyy` — and the two locales; test/page/date-format.test.ts checks it against date-fns for every
 * pattern the renderers use on every day of several years. Any other letter is printed as it is.
 *
 * @module
 */

/** The words of one locale: two-letter weekdays (Sunday first), abbreviated and full months. */
export interface ShimLocale {
  readonly code: string;
  readonly dayShort: readonly string[];
  readonly monthAbbr: readonly string[];
  readonly monthWide: readonly string[];
}

export const nl: ShimLocale = {
  code: 'nl',
  dayShort: ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
  monthAbbr: ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  monthWide: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

export const enGB: ShimLocale = {
  code: 'en-GB',
  dayShort: ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'],
  monthAbbr: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  monthWide: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * `date` (read in local fields, as date-fns does) in `pattern`.
 *
 * @example
 * format(new Date(2025, 1, 16, 12), 'EEEEEE d MMM yyyy', { locale: nl }) //=> 'zo 16 feb. 2025'
 */
export function format(date: Date, pattern: string, options: { readonly locale: ShimLocale }): string {
  const l = options.locale;
  return pattern.replace(/E+|d+|M+|y+/g, (token) => {
    switch (token) {
      case 'EEEEEE':
        return l.dayShort[date.getDay()] as string;
      case 'd':
        return String(date.getDate());
      case 'dd':
        return pad(date.getDate());
      case 'MM':
        return pad(date.getMonth() + 1);
      case 'MMM':
        return l.monthAbbr[date.getMonth()] as string;
      case 'MMMM':
        return l.monthWide[date.getMonth()] as string;
      case 'yyyy':
        return String(date.getFullYear());
      default:
        return token;
    }
  });
}
