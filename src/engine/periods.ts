/**
 * Sickness periods and samentelling: from `hersteld` / `ziek` events to cases (LAW.md §4).
 *
 * After `hersteld` on h, `ziek` on s continues the same case when the fit gap s − h, not counting
 * days of pregnancy leave, is shorter than the samentelling limit (28 days, BW 7:629 lid 10);
 * otherwise s is day 1 of a new case.
 *
 * @module
 */

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
      const gap = t.day - fitFrom - leaveDaysIn(fitFrom, t.day - 1, leaveStarts, leaveEnds);
      if (gap >= gapLimit) {
        current = { firstSickDay: t.day, periods: [] };
        cases.push(current);
        problems.push({ code: 'NEW_CASE_STARTED', day: t.day, gap });
      }
      start = t.day;
      fitFrom = Number.NaN;
    }
  }
  if (Number.isNaN(fitFrom)) current.periods.push({ start, end: Number.POSITIVE_INFINITY });
  return cases;
}
