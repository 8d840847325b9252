import {
  ATW_FEESTDAGEN,
  GELIJKGESTELDE_DAGEN,
  GELIJKGESTELDE_DAGEN_KNOWN_FROM_YEAR,
  GELIJKGESTELDE_DAGEN_KNOWN_UNTIL_YEAR,
  KONINGSDAG_RULES,
} from '../law/atw.js';
import type { AtwHolidayId } from '../types.js';
import { easterSunday } from './easter.js';
import { civilFromDays, daysFromCivil, type EpochDay, isoWeekday, parseIsoDate } from './isoDate.js';

/** One Atw non-working day with its name. */
export interface AtwHoliday {
  readonly day: EpochDay;
  /** A stable id (the message catalogues name it in Dutch and English). */
  readonly id: AtwHolidayId;
  /** Its Dutch name as the Atw gives it. */
  readonly name: string;
}

function koningsdag(year: number): EpochDay | undefined {
  const rule = KONINGSDAG_RULES.find((r) => year >= r.fromYear);
  if (rule === undefined) return undefined;
  const day = daysFromCivil(year, rule.month, rule.day);
  return isoWeekday(day) === 7 ? day + rule.ifSunday : day;
}

/**
 * The algemeen erkende feestdagen and gelijkgestelde dagen of one year (Atw art. 3), sorted.
 * Weekends are not listed; {@link isAtwWorkingDay} adds them.
 *
 * @example
 * atwHolidays(2025).map((h) => formatIsoDate(h.day))
 * //=> ['2025-01-01', '2025-04-18', '2025-04-21', '2025-04-26', '2025-05-05', '2025-05-29', '2025-05-30', '2025-06-09', '2025-12-25', '2025-12-26']
 */
export function atwHolidays(year: number): readonly AtwHoliday[] {
  const list: AtwHoliday[] = [];
  for (const f of ATW_FEESTDAGEN.fixed) list.push({ day: daysFromCivil(year, f.month, f.day), id: f.id, name: f.name });
  const easter = easterSunday(year);
  for (const e of ATW_FEESTDAGEN.easterOffsets) list.push({ day: easter + e.offset, id: e.id, name: e.name });
  const kd = koningsdag(year);
  if (kd !== undefined) list.push({ day: kd, id: 'koningsdag', name: 'Koningsdag' });
  for (const g of GELIJKGESTELDE_DAGEN) {
    const day = parseIsoDate(g.date);
    if (civilFromDays(day).year === year) list.push({ day, id: 'gelijkgestelde-dag', name: 'Gelijkgestelde dag (Atw art. 3 lid 3)' });
  }
  return list.sort((a, b) => a.day - b.day);
}

const yearCache = new Map<number, ReadonlySet<EpochDay>>();

function holidaySet(year: number): ReadonlySet<EpochDay> {
  let set = yearCache.get(year);
  if (set === undefined) {
    set = new Set(atwHolidays(year).map((h) => h.day));
    yearCache.set(year, set);
  }
  return set;
}

/**
 * Whether a day is a working day for the Algemene termijnenwet: not a Saturday or Sunday, not an
 * algemeen erkende feestdag and not a gelijkgestelde dag.
 *
 * @example
 * isAtwWorkingDay(parseIsoDate('2025-04-26')) //=> false (Koningsdag on a Saturday)
 * isAtwWorkingDay(parseIsoDate('2025-05-30')) //=> false (gelijkgestelde dag)
 */
export function isAtwWorkingDay(day: EpochDay): boolean {
  const wd = isoWeekday(day);
  if (wd >= 6) return false;
  return !holidaySet(civilFromDays(day).year).has(day);
}

/**
 * Atw art. 1 lid 1: a term ending on a non-working day is extended to the next working day. Never
 * moves a date backward; returns `day` itself when it is a working day.
 *
 * @example
 * formatIsoDate(rollForwardToAtwWorkingDay(parseIsoDate('2025-04-26'))) //=> '2025-04-28'
 */
export function rollForwardToAtwWorkingDay(day: EpochDay): EpochDay {
  let d = day;
  while (!isAtwWorkingDay(d)) d++;
  return d;
}

/**
 * Atw art. 2: "Een in een wet gestelde termijn van ten minste drie dagen wordt, zo nodig, zoveel
 * verlengd, dat daarin ten minste twee dagen voorkomen die niet een zaterdag, zondag of algemeen
 * erkende feestdag zijn." The term runs from `first` (its first day) to `end` (its last, after art. 1);
 * returns `end` when the term already holds two working days, else the working day that makes two.
 * Only for terms of three days or more (the caller checks).
 *
 * @example
 * // 4-day term Fri 2025-04-18 (Goede Vrijdag) … Mon 04-21 (Tweede Paasdag), rolled by art. 1 to Tue 04-22:
 * formatIsoDate(extendToTwoAtwWorkingDays(parseIsoDate('2025-04-18'), parseIsoDate('2025-04-22'))) //=> '2025-04-23'
 */
export function extendToTwoAtwWorkingDays(first: EpochDay, end: EpochDay): EpochDay {
  let working = 0;
  for (let d = first; d <= end; d++) if (isAtwWorkingDay(d)) working++;
  let e = end;
  while (working < 2) {
    e++;
    if (isAtwWorkingDay(e)) working++;
  }
  return e;
}

/**
 * Whether the gelijkgestelde dagen for the year of `day` are in the data (docs/law.md#atw: published per
 * few years; the data holds 2023–2028). Outside those years a roll may miss a gelijkgestelde dag.
 */
export function isAtwCalendarKnown(day: EpochDay): boolean {
  const year = civilFromDays(day).year;
  return year >= GELIJKGESTELDE_DAGEN_KNOWN_FROM_YEAR && year <= GELIJKGESTELDE_DAGEN_KNOWN_UNTIL_YEAR;
}

/**
 * Why `day` is no working day under the Atw: `zaterdag`, `zondag` or the holiday's id; `null` for
 * a working day. A holiday on a weekend day is named as the holiday.
 *
 * @example
 * atwNonWorkingReason(parseIsoDate('2025-04-26')) //=> 'koningsdag'
 * atwNonWorkingReason(parseIsoDate('2025-04-27')) //=> 'zondag'
 */
export function atwNonWorkingReason(day: EpochDay): 'zaterdag' | 'zondag' | AtwHolidayId | null {
  if (holidaySet(civilFromDays(day).year).has(day)) {
    for (const h of atwHolidays(civilFromDays(day).year)) if (h.day === day) return h.id;
  }
  const wd = isoWeekday(day);
  return wd === 6 ? 'zaterdag' : wd === 7 ? 'zondag' : null;
}

/**
 * The last working day on or before `day`: `day` itself when it is one, else the working day
 * before it (Monday–Friday, not an Atw holiday or gelijkgestelde dag). Used where a term is tied
 * to the last *werkdag* of employment (Ziektewet art. 38 lid 2). Never moves a date forward.
 *
 * @example
 * formatIsoDate(lastWorkingDayOnOrBefore(parseIsoDate('2025-08-31'))) //=> '2025-08-29' (Sunday → Friday)
 */
export function lastWorkingDayOnOrBefore(day: EpochDay): EpochDay {
  let d = day;
  while (!isAtwWorkingDay(d)) d--;
  return d;
}
