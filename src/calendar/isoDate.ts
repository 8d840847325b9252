/**
 * ISO calendar dates (`YYYY-MM-DD`) and their epoch-day integers.
 *
 * An epoch day is the number of days since 1970-01-01 in the proleptic Gregorian calendar. All legal
 * date arithmetic in the core works on these integers, so no `Date`, no local midnight and no
 * time zone is ever involved (counting: docs/law.md#counting). The conversion uses the days-from-civil
 * algorithm of H. Hinnant (public domain), the same integer technique temporal-polyfill uses.
 *
 * @module
 */

/** A calendar date as an ISO 8601 `YYYY-MM-DD` string (no time, no zone). */
export type IsoDate = string & { readonly __brand?: 'IsoDate' };

/** An epoch-day integer: days since 1970-01-01 (day 0). */
export type EpochDay = number;

/** Earliest year the library accepts at its boundary. */
export const MIN_YEAR = 1900;
/** Latest year the library accepts at its boundary. */
export const MAX_YEAR = 2199;

/** Days since 1970-01-01 of a proleptic Gregorian civil date (month 1–12). */
export function daysFromCivil(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400; // [0, 399]
  const mp = month > 2 ? month - 3 : month + 9; // March = 0
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1; // [0, 365]
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // [0, 146096]
  return era * 146097 + doe - 719468;
}

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const PAD2: readonly string[] = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${i}` : `${i}`));

/**
 * Parses an ISO date to its epoch day, or returns `NaN` when the text is not a real calendar date
 * between {@link MIN_YEAR} and {@link MAX_YEAR}.
 *
 * @example
 * parseIsoDate('1970-01-02') //=> 1
 * parseIsoDate('2024-02-29') //=> 19782
 * parseIsoDate('2025-02-29') //=> NaN
 */
export function parseIsoDate(text: string): EpochDay {
  if (typeof text !== 'string' || text.length !== 10) return Number.NaN;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return Number.NaN;
  if (day > daysInMonth(year, month)) return Number.NaN;
  return daysFromCivil(year, month, day);
}

function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    value = value * 10 + c;
  }
  return value;
}

/** Whether `text` is a valid ISO date within the supported years. */
export function isIsoDate(text: unknown): text is IsoDate {
  return typeof text === 'string' && !Number.isNaN(parseIsoDate(text));
}

/** The civil `{ year, month, day }` of an epoch day. */
export function civilFromDays(epochDay: EpochDay): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097; // [0, 146096]
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Formats an epoch day as an ISO date.
 *
 * @example
 * formatIsoDate(0) //=> '1970-01-01'
 * formatIsoDate(20094) //=> '2025-01-06'
 */
export function formatIsoDate(epochDay: EpochDay): IsoDate {
  // The days of the supported years are formatted once each and kept (at most ~110 000 short
  // strings, filled lazily): a timeline formats a few dozen dates, mostly the same ones.
  const i = epochDay - ISO_CACHE_FROM;
  if (i >= 0 && i < ISO_CACHE_SIZE && (i | 0) === i) {
    const hit = isoCache[i];
    if (hit !== undefined) return hit;
    return (isoCache[i] = formatUncached(epochDay));
  }
  return formatUncached(epochDay);
}

const ISO_CACHE_FROM = daysFromCivil(MIN_YEAR, 1, 1);
const ISO_CACHE_SIZE = daysFromCivil(MAX_YEAR + 1, 1, 1) - ISO_CACHE_FROM;
const isoCache: (IsoDate | undefined)[] = new Array(ISO_CACHE_SIZE).fill(undefined);

function formatUncached(epochDay: EpochDay): IsoDate {
  const { year, month, day } = civilFromDays(epochDay);
  return `${String(year).padStart(4, '0')}-${PAD2[month]}-${PAD2[day]}`;
}

/** The epoch day `n` days after `epochDay` (negative `n` goes back). */
export function addDays(epochDay: EpochDay, n: number): EpochDay {
  return epochDay + n;
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function differenceInDays(to: EpochDay, from: EpochDay): number {
  return to - from;
}

/**
 * ISO weekday of an epoch day: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday (4).
 *
 * @example
 * isoWeekday(parseIsoDate('2025-01-06')) //=> 1
 */
export function isoWeekday(epochDay: EpochDay): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}
