/**
 * Dates for people: an ISO date as `zo 16 feb. 2025` (nl) or `Su 16 Feb 2025` (en), with date-fns
 * and its locales.
 *
 * The `Date` handed to date-fns is built from the ISO parts at local noon and only ever read back
 * in local time, so the weekday and day are right in every time zone (never `parseISO` mixed with
 * `toISOString()`).
 *
 * @module
 */
// Subpath imports: the package roots load every function and every locale (~0.4 s at CLI start).
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';
import type { IsoDate } from '../types.js';
import type { Lang } from './catalogue.js';

/**
 * A calendar date for people, with the weekday: `zo 16 feb. 2025` (nl) or `Su 16 Feb 2025` (en).
 * Text that is not an ISO date comes back unchanged.
 *
 * @example
 * readableDate('2025-02-16', 'nl') //=> 'zo 16 feb. 2025'
 * readableDate('2025-02-16', 'en') //=> 'Su 16 Feb 2025'
 */
export function readableDate(date: IsoDate, lang: Lang): string {
  return formatted(date, lang, 'EEEEEE d MMM yyyy');
}

/**
 * A calendar date in digits, for narrow columns: day-month-year in Dutch (`16-02-2025`), ISO in
 * English (`2025-02-16`), with the weekday first when asked (`zo 16-02-2025`, `Su 2025-02-16`).
 * Text that is not an ISO date comes back unchanged.
 *
 * @example
 * numericDate('2025-02-16', 'nl', true) //=> 'zo 16-02-2025'
 * numericDate('2025-02-16', 'en', false) //=> '2025-02-16'
 */
export function numericDate(date: IsoDate, lang: Lang, weekday: boolean): string {
  return formatted(date, lang, `${weekday ? 'EEEEEE ' : ''}${lang === 'nl' ? 'dd-MM-yyyy' : 'yyyy-MM-dd'}`);
}

function formatted(date: IsoDate, lang: Lang, pattern: string): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (parts === null) return date;
  // Local noon of the same calendar day: formatting reads local fields, so no zone shifts the day.
  const local = new Date(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]), 12);
  return format(local, pattern, { locale: lang === 'nl' ? nl : enGB });
}
