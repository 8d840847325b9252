/**
 * Sickness periods and samentelling: from `hersteld` / `ziek` events to cases (docs/law.md).
 *
 * After `hersteld` on h, `ziek` on s continues the same case when the interruption s − h is shorter
 * than the samentelling limit (28 days), or when the sick periods directly precede and follow
 * pregnancy leave — the whole interruption is leave (BW 7:629 lid 10, WIA 23 lid 3, ZW 38 lid 1;
 * docs/rules.md §8); otherwise s is day 1 of a new case.
 *
 * @module
 */
import { formatIsoDate } from '../calendar/isoDate.js';
import type { LawParameters } from '../law/parameters.js';
import { parametersFor, type RuleTable } from '../law/rules.js';
import type { CaseStatus, Flag } from '../types.js';
import type { Leave } from './context.js';
import { type CountedIntervals, countedIndex, subtractIntervals } from './counting.js';
import { makeFlag } from './flags.js';

/** One sick period in epoch days; `end` is the last sick day or `Infinity` while open. */
export interface RawPeriod {
  readonly start: number;
  readonly end: number;
}

/** A case: its sick periods (the last may be open). */
export interface RawCase {
  readonly firstSickDay: number;
  readonly periods: RawPeriod[];
}

/** A problem found while building the periods; becomes a flag. */
export interface PeriodProblem {
  readonly code: 'ZIEK_WITHOUT_HERSTELD' | 'HERSTELD_TWICE' | 'NEW_CASE_STARTED';
  readonly day: number;
  readonly gap?: number;
}

/** Days of `[from, to]` covered by leave intervals (ascending, possibly overlapping). */
export function leaveDaysIn(from: number, to: number, leaveStarts: readonly number[], leaveEnds: readonly number[]): number {
  let days = 0;
  let cursor = from;
  for (let j = 0; j < leaveStarts.length; j++) {
    const s = Math.max(leaveStarts[j] as number, cursor);
    const e = Math.min(leaveEnds[j] as number, to);
    if (e >= s) {
      days += e - s + 1;
      cursor = e + 1;
    }
  }
  return days;
}

/**
 * Whether sickness from `s` on continues a case whose employee was fit from `h`: an interruption
 * shorter than `gapLimit` days, or one that is all pregnancy leave (the periods directly precede and
 * follow the leave, BW 7:629 lid 10).
 */
export function joinsCase(h: number, s: number, leaveStarts: readonly number[], leaveEnds: readonly number[], gapLimit: number): boolean {
  return s - h < gapLimit || leaveDaysIn(h, s - 1, leaveStarts, leaveEnds) === s - h;
}

/**
 * Builds the cases. `transitions` are the hersteld/ziek events in date order (hersteld before
 * ziek on the same day). Leave intervals are sorted by start.
 */
export function buildCases(
  firstSickDay: number,
  transitions: readonly { readonly type: 'hersteld' | 'ziek'; readonly day: number }[],
  leaveStarts: readonly number[],
  leaveEnds: readonly number[],
  gapLimit: number,
  problems: PeriodProblem[],
): RawCase[] {
  const cases: RawCase[] = [{ firstSickDay, periods: [] }];
  let current = cases[0] as RawCase;
  let start = firstSickDay;
  let fitFrom = Number.NaN; // NaN while sick
  for (const t of transitions) {
    if (t.type === 'hersteld') {
      if (!Number.isNaN(fitFrom) || t.day <= start) {
        problems.push({ code: 'HERSTELD_TWICE', day: t.day });
        continue;
      }
      current.periods.push({ start, end: t.day - 1 });
      fitFrom = t.day;
    } else {
      if (Number.isNaN(fitFrom)) {
        if (t.day !== start) problems.push({ code: 'ZIEK_WITHOUT_HERSTELD', day: t.day });
        continue;
      }
      if (!joinsCase(fitFrom, t.day, leaveStarts, leaveEnds, gapLimit)) {
        current = { firstSickDay: t.day, periods: [] };
        cases.push(current);
        problems.push({ code: 'NEW_CASE_STARTED', day: t.day, gap: t.day - fitFrom });
      }
      start = t.day;
      fitFrom = Number.NaN;
    }
  }
  if (Number.isNaN(fitFrom)) current.periods.push({ start, end: Number.POSITIVE_INFINITY });
  return cases;
}

/** Stage 2 of the engine: the cases, and of the current (latest) one its status and counted days. */
export interface CurrentCase {
  /** Every case, the current one last. */
  readonly cases: readonly RawCase[];
  /** Day 1 of the current case. */
  readonly day1: number;
  /** The law in force on that day 1. */
  readonly p: LawParameters;
  readonly status: CaseStatus;
  /** First fit day of the last period, or NaN while the last period is open. */
  readonly fitFrom: number;
  /** Counted intervals for deadlines: after the last known event sickness is assumed to go on. */
  readonly iv: CountedIntervals;
  /** Counted sick days up to and including `asOf`. */
  readonly countedSickDays: number;
}

/**
 * Builds the cases (samentelling) and the counted intervals of the current case. A recovered case
 * (fit for less than the samentelling limit) counts on as if sickness resumed the day after `asOf`:
 * the earliest the clock can restart; a closed case as if the sickness had continued.
 */
export function currentCase(
  firstSickDay: number,
  asOf: number,
  transitions: readonly { readonly type: 'hersteld' | 'ziek'; readonly day: number }[],
  leave: Leave,
  rules: RuleTable,
  flags: Flag[],
): CurrentCase {
  const problems: PeriodProblem[] = [];
  const cases = buildCases(
    firstSickDay,
    transitions,
    leave.starts,
    leave.ends,
    parametersFor(rules, firstSickDay).samentellingGapDays,
    problems,
  );
  for (const pr of problems) {
    const date = formatIsoDate(pr.day);
    if (pr.code === 'NEW_CASE_STARTED') flags.push(makeFlag('NEW_CASE_STARTED', 'info', { date, gapDays: pr.gap ?? 0 }));
    else flags.push(makeFlag(pr.code, 'warning', { date }));
  }
  const current = cases[cases.length - 1] as RawCase;
  const day1 = current.firstSickDay;
  const p = parametersFor(rules, day1);
  // Every case has a period: buildCases opens one on each ziek and closes it on hersteld.
  const lastPeriod = current.periods[current.periods.length - 1] as RawPeriod;
  const open = lastPeriod.end === Number.POSITIVE_INFINITY;
  const fitFrom = open ? Number.NaN : lastPeriod.end + 1;

  // Recovered while sickness tomorrow would still join the case (an interruption under 28 days, or
  // all of it pregnancy leave), closed from then on; fitFrom is NaN while sick.
  let status: CaseStatus = 'sick';
  if (asOf >= fitFrom) {
    status = joinsCase(fitFrom, asOf + 1, leave.starts, leave.ends, p.samentellingGapDays) ? 'recovered' : 'closed';
  }

  const starts = current.periods.map((x) => x.start);
  const ends = current.periods.map((x) => x.end);
  const actual = subtractIntervals(starts, ends, leave.starts, leave.ends);
  let iv = actual;
  if (status === 'recovered') {
    // If the employee falls sick again tomorrow: the earliest the clock can resume.
    iv = subtractIntervals([...starts, asOf + 1], [...ends, Number.POSITIVE_INFINITY], leave.starts, leave.ends);
  } else if (!open) {
    // Closed: the dates the steps would have had, had the sickness continued.
    iv = subtractIntervals(starts, [...ends.slice(0, -1), Number.POSITIVE_INFINITY], leave.starts, leave.ends);
  }
  // Before day 1 (asOf may precede it) countedIndex is 0.
  const countedSickDays = countedIndex(actual, asOf);
  return { cases, day1, p, status, fitFrom, iv, countedSickDays };
}
