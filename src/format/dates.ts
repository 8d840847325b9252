/**
 * Dates for people: an ISO date as "zo 16 feb. 2025" (date-fns with its `nl` locale), and the week
 * of sickness a date falls in.
 *
 * The `Date` handed to date-fns is built from the ISO parts at local noon and only ever read back
 * in local time, so the weekday and day are right in every time zone (never `parseISO` mixed with
 * `toISOString()`, TOOLCHAIN.md).
 *
 * @module
 */
// Subpath imports: the package roots load every function and every locale (~0.4 s at CLI start).
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';
import { daysFromCivil } from '../calendar/isoDate.js';
import type { CaseTimeline, IsoDate } from '../types.js';
import type { Lang } from './labels.js';

/**
 * A calendar date for people, with the weekday: `zo 16 feb. 2025` (nl) or `Su 16 Feb 2025` (en).
 * Text that is not an ISO date comes back unchanged.
 *
 * @example
 * readableDate('2025-02-16', 'nl') //=> 'zo 16 feb. 2025'
 * readableDate('2025-02-16', 'en') //=> 'Su 16 Feb 2025'
 */
export function readableDate(date: IsoDate, lang: Lang): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (parts === null) return date;
  // Local noon of the same calendar day: formatting reads local fields, so no zone shifts the day.
  const local = new Date(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]), 12);
  return format(local, 'EEEEEE d MMM yyyy', { locale: lang === 'nl' ? nl : enGB });
}

/**
 * The week of sickness (week n = counted days 7(n−1)+1 … 7n) that `date` falls in, anchored on the
 * engine's `countedSickDays` at `asOf` and counting the case's `periods` from there (fit days of
 * samentelling are skipped; after the last period sickness is assumed to continue, as the engine
 * does). Returns 0 before day 1. Leave days between `date` and `asOf` are not visible in a
 * timeline, so in a case with zwangerschapsverlof the week can differ by the weeks of that leave.
 *
 * @example
 * sicknessWeekOn(timeline, timeline.asOf) //=> timeline.currentWeek
 */
export function sicknessWeekOn(timeline: CaseTimeline, date: IsoDate): number {
  const day = dayOf(date);
  const asOf = dayOf(timeline.asOf);
  if (Number.isNaN(day) || Number.isNaN(asOf)) return 0;
  const periods = timeline.periods
    .filter((p) => p.caseFirstSickDay === timeline.firstSickDay)
    .map((p) => ({ start: dayOf(p.start), end: p.end === null ? Number.POSITIVE_INFINITY : dayOf(p.end) }));
  const sickBetween = (from: number, to: number): number => {
    let n = 0;
    for (const p of periods) {
      const s = Math.max(p.start, from);
      const e = Math.min(p.end, to);
      if (e >= s) n += e - s + 1;
    }
    return n;
  };
  const countedAt = (d: number): number =>
    d >= asOf ? timeline.countedSickDays + sickBetween(asOf + 1, d) : timeline.countedSickDays - sickBetween(d + 1, asOf);
  // After a closed last period the engine counts on as if sickness resumed the next day.
  const lastEnd = periods[periods.length - 1]?.end ?? Number.POSITIVE_INFINITY;
  const counted = day > lastEnd ? countedAt(lastEnd) + (day - lastEnd) : countedAt(day);
  return counted <= 0 ? 0 : Math.ceil(counted / 7);
}

/** Epoch day of a timeline date. Not parseIsoDate: deadlines of a late-2100s case may lie after 2199. */
function dayOf(date: IsoDate): number {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return parts === null ? Number.NaN : daysFromCivil(Number(parts[1]), Number(parts[2]), Number(parts[3]));
}
