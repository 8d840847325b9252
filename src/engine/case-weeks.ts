/**
 * The sick periods, the pregnancy leave and the weeks of sickness of an evaluated case, for a
 * renderer that draws them (the timeline picture, src/format/svg-model.ts). Derived once, here,
 * from the timeline and the case's events with the engine's own counting (./counting.ts): week n
 * starts on counted day 7(n−1)+1, leave is not counted. A renderer never counts days itself.
 *
 * @module
 */
import { daysFromCivil, formatIsoDate } from '../calendar/isoDate.js';
import type { CaseEvent, CaseTimeline, IsoDate } from '../types.js';
import { type CountedIntervals, countedDay, subtractIntervals } from './counting.js';

/** A run of days, first and last inclusive, as epoch days; an open end is `+Infinity`. */
export type DayRange = readonly [number, number];

/** What {@link caseWeeks} derives. */
export interface CaseWeeks {
  /** Sick periods of the evaluated case, ascending; an open period ends at `+Infinity`. */
  readonly sick: readonly DayRange[];
  /** Pregnancy leave (`zwangerschapsverlof` events), ascending by start. */
  readonly leave: readonly DayRange[];
  /** The first day of week 1, 2, … of sickness, as far as the case reaches (at most 200 weeks). */
  readonly weekStarts: readonly number[];
  /** The day of counted day 728, the end of 104 weeks of sickness, or `null` when the case stops before. */
  readonly lastDayOfWeek104: number | null;
}

/** Most weeks {@link caseWeeks} lists: 104 weeks, a long verlenging and loonsanctie. */
const MAX_WEEKS = 200;

/**
 * Epoch day of a timeline date, NaN for text that is no date. Not `parseIsoDate`: derived dates
 * may lie after 2199 (its input limit).
 *
 * @example
 * timelineDay('1970-01-02') //=> 1
 * timelineDay('2250-01-01') //=> 102268
 */
export function timelineDay(d: IsoDate): number {
  const day = daysFromCivil(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10)));
  return formatIsoDate(day) === d ? day : Number.NaN;
}

/**
 * The sick periods, leave and week starts of the evaluated case of `timeline`. `events` are the
 * case's events (the `events` of the `CaseInput`): the timeline does not list leave. Without them,
 * no leave is known and the weeks run through it.
 *
 * @example
 * const timeline = evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10' });
 * caseWeeks(timeline, []).weekStarts.slice(0, 2).map(formatIsoDate) //=> ['2025-01-06', '2025-01-13']
 */
export function caseWeeks(timeline: CaseTimeline, events: readonly CaseEvent[] | undefined): CaseWeeks {
  const own = timeline.periods.filter((p) => p.caseFirstSickDay === timeline.firstSickDay);
  const sick = (own.length > 0 ? own : [{ start: timeline.firstSickDay, end: null }])
    .map((p) => [timelineDay(p.start), p.end === null ? Number.POSITIVE_INFINITY : timelineDay(p.end)] as const)
    .filter(([s, e]) => !Number.isNaN(s) && !Number.isNaN(e))
    .sort((a, b) => a[0] - b[0]);
  const leave: DayRange[] = [];
  for (const ev of events ?? []) {
    if (ev.type !== 'zwangerschapsverlof') continue;
    const s = timelineDay(ev.date);
    const e = timelineDay(ev.until);
    if (!Number.isNaN(s) && !Number.isNaN(e) && e >= s) leave.push([s, e]);
  }
  leave.sort((a, b) => a[0] - b[0]);
  const counting = subtractIntervals(
    sick.map((x) => x[0]),
    sick.map((x) => x[1]),
    leave.map((x) => x[0]),
    leave.map((x) => x[1]),
  );
  const weekStarts: number[] = [];
  for (let w = 1; w <= MAX_WEEKS; w++) {
    const day = reached(counting, 7 * (w - 1) + 1);
    if (day === null) break;
    weekStarts.push(day);
  }
  return { sick, leave, weekStarts, lastDayOfWeek104: reached(counting, 728) };
}

/** The calendar day of counted day `n` (1-based), or `null` when the case never reaches it. */
function reached(counting: CountedIntervals, n: number): number | null {
  const last = counting.ends[counting.ends.length - 1];
  const day = countedDay(counting, n);
  return last === undefined || day > last ? null : day;
}
