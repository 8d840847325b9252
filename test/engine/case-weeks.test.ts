/**
 * caseWeeks (src/engine/case-weeks.ts): the sick periods, pregnancy leave and week starts the
 * timeline picture draws, derived once with the engine's counting. The dates are counted by hand
 * on a calendar (2025: 6 January is a Monday; 2025 and 2026 are not leap years).
 */
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../src/calendar/isoDate.js';
import { caseWeeks, timelineDay } from '../../src/engine/case-weeks.js';
import { type CaseInput, evaluateCase } from '../../src/index.js';
import { validCaseArb } from '../arbitraries.js';
import { test } from '../fc.js';

const iso = (days: readonly number[]): string[] => days.map(formatIsoDate);

describe('caseWeeks', () => {
  it('starts a week every 7 counted days and ends 104 weeks on counted day 728', () => {
    const t = evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10' });
    const w = caseWeeks(t, []);
    expect(iso(w.weekStarts.slice(0, 3))).toEqual(['2025-01-06', '2025-01-13', '2025-01-20']);
    // 2025-01-06 + 727 days: + 364 = 2026-01-05, + 363 = 2027-01-03 (a Sunday, the day before week 105).
    expect(w.lastDayOfWeek104 === null ? null : formatIsoDate(w.lastDayOfWeek104)).toBe('2027-01-03');
    expect(w.sick).toEqual([[timelineDay('2025-01-06'), Number.POSITIVE_INFINITY]]);
    expect(w.leave).toEqual([]);
  });

  it('leaves pregnancy leave out of the weeks, as the engine counts them', () => {
    const input: CaseInput = {
      firstSickDay: '2025-01-06',
      events: [{ type: 'zwangerschapsverlof', date: '2025-01-13', until: '2025-01-19' }],
    };
    const t = evaluateCase(input, { asOf: '2025-03-10' });
    const w = caseWeeks(t, input.events);
    expect(w.leave).toEqual([[timelineDay('2025-01-13'), timelineDay('2025-01-19')]]);
    // Week 1: 6–12 January; leave 13–19 January; week 2 from 20 January.
    expect(iso(w.weekStarts.slice(0, 3))).toEqual(['2025-01-06', '2025-01-20', '2025-01-27']);
    // Counted by 10 March: 7 + (12 in January from the 20th + 28 in February + 10 in March) = 57: week 9,
    // which starts on counted day 57, 10 March.
    expect(t.currentWeek).toBe(9);
    expect(formatIsoDate(w.weekStarts[8] as number)).toBe('2025-03-10');
  });

  it('stops the weeks at the last sick day of a case that has ended', () => {
    const t = evaluateCase({ firstSickDay: '2025-01-06', events: [{ type: 'hersteld', date: '2025-01-20' }] }, { asOf: '2025-03-10' });
    // Sick 6–19 January: 14 days, weeks 1 and 2.
    expect(iso(caseWeeks(t, []).weekStarts)).toEqual(['2025-01-06', '2025-01-13']);
    expect(caseWeeks(t, []).lastDayOfWeek104).toBeNull();
  });

  test.prop([validCaseArb(12)], { numRuns: 150 })(
    "agrees with the engine's week of the peildatum: the weeks begun by asOf are its currentWeek",
    ({ input, asOf }) => {
      const t = evaluateCase(input, { asOf });
      const day = timelineDay(t.asOf);
      const begun = caseWeeks(t, input.events).weekStarts.filter((d) => d <= day).length;
      expect(begun).toBe(Math.min(t.currentWeek, 200));
    },
  );
});
