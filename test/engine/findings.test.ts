/**
 * The findings of a step and of the case at their branches (`reportStep` and `reportCase`,
 * src/engine/findings.ts; found unread by the StrykerJS run of 2026-12-06, docs/reliability.md §7): a step done before its window
 * raises that finding and no other; a step done late or overdue raises no before-window finding; an
 * agreed deviation (`afwijking`) silences only the step it names; a sick report on `asOf` itself is
 * counted for frequent absence.
 *
 * D1 = Monday 6 January 2025 (day 6 of the year; 2025 is no leap year). Every date below is a day
 * count from D1 (docs/rules.md §2), counted by hand on the calendar — day of the year, with the
 * months' ends at 31 (Jan), 59 (Feb), 90 (Mar), 120 (Apr), 151 (May), 181 (Jun), 212 (Jul), 243
 * (Aug), 273 (Sep), 304 (Oct), 334 (Nov) — and re-checked with `plus` (Date.UTC, not the engine).
 * None of these terms is moved by the Atw: the 42e-weeksmelding's days are Mondays, no holiday.
 */
import { describe, expect, it } from 'vitest';
import type { CaseEvent, CaseTimeline } from '../../src/index.js';
import { evaluateCase } from '../../src/index.js';
import { ms, plus, run } from '../golden/helpers.js';

const D1 = '2025-01-06';
/** The codes of the findings about one milestone, in the order the engine gives them. */
const codesFor = (t: CaseTimeline, id: string): string[] => t.flags.filter((f) => f.milestoneId === id).map((f) => f.code);

// 42e-weeksmelding: window counted day 288 = D1+287 = day 293 of 2025 = Mon 20 Oct 2025;
// due counted day 295 = D1+294 = day 300 = Mon 27 Oct 2025 (its legal latest too: a working day).
const WINDOW = '2025-10-20';
const DUE = '2025-10-27';

describe('a step with a window: before it, late, or not done', () => {
  it('checks its own dates', () => {
    expect([plus(D1, 287), plus(D1, 294), plus(DUE, 7)]).toEqual([WINDOW, DUE, '2025-11-03']);
  });

  it('done the day before the window opened: done, and only the before-window finding', () => {
    // Sun 19 Oct 2025 = WINDOW − 1
    const t = run(D1, [{ type: '42e-weeksmelding', date: '2025-10-19' }], '2025-10-21');
    expect(ms(t, '42e-weeksmelding')).toMatchObject({ status: 'done', windowStart: WINDOW, due: DUE, completedOn: '2025-10-19' });
    // not also "done late": the done-late branch is for a step done after its due day
    expect(codesFor(t, '42e-weeksmelding')).toEqual(['STEP_BEFORE_WINDOW']);
  });

  it('done late (7 days after its due day): only the done-late finding, not before the window', () => {
    // Mon 3 Nov 2025 = DUE + 7 = day 307
    const t = run(D1, [{ type: '42e-weeksmelding', date: '2025-11-03' }], '2025-11-10');
    expect(ms(t, '42e-weeksmelding')).toMatchObject({ status: 'done-late', windowStart: WINDOW, completedOn: '2025-11-03' });
    expect(codesFor(t, '42e-weeksmelding')).toEqual(['MILESTONE_DONE_LATE']);
    expect(t.flags.find((f) => f.code === 'MILESTONE_DONE_LATE')?.params).toMatchObject({
      due: DUE,
      completedOn: '2025-11-03',
      legalLatest: DUE,
      withinLegal: false,
      fine: { daysLate: 7, euro: 230 },
    });
  });

  it('done on the last day of its window (its due day): no finding at all', () => {
    const t = run(D1, [{ type: '42e-weeksmelding', date: DUE }], '2025-11-10');
    expect(ms(t, '42e-weeksmelding').status).toBe('done');
    expect(codesFor(t, '42e-weeksmelding')).toEqual([]);
  });

  it('not done and overdue: only the overdue finding', () => {
    const t = run(D1, [], '2025-11-03');
    expect(ms(t, '42e-weeksmelding')).toMatchObject({ status: 'overdue', windowStart: WINDOW, completedOn: null });
    expect(codesFor(t, '42e-weeksmelding')).toEqual(['MILESTONE_OVERDUE']);
  });

  it('no overdue step of the default case has a before-window finding', () => {
    // every step up to week 52 not done: many overdue milestones, none done
    const t = run(D1, [], '2026-01-05');
    expect(t.milestones.filter((m) => m.status === 'overdue').length).toBeGreaterThan(3);
    expect(t.flags.filter((f) => f.code === 'STEP_BEFORE_WINDOW')).toEqual([]);
  });
});

describe('an agreed deviation silences only the step it names', () => {
  const motivering = 'Operatie op 2025-02-10; probleemanalyse na het herstelbezoek afgesproken';

  it('a deviation for the probleemanalyse leaves a late plan van aanpak flagged', () => {
    // probleemanalyse due counted day 42 = D1+41 = day 47 = Sun 16 Feb 2025, done Sat 1 Mar (late,
    // agreed); plan van aanpak due 14 counted days after it = Sat 15 Mar 2025 (day 60 + 14 = 74),
    // not done: overdue on 1 Apr 2025.
    expect([plus(D1, 41), plus('2025-03-01', 14)]).toEqual(['2025-02-16', '2025-03-15']);
    const events: CaseEvent[] = [
      { type: 'afwijking', date: '2025-02-10', step: 'probleemanalyse', motivering },
      { type: 'probleemanalyse', date: '2025-03-01' },
    ];
    const t = evaluateCase({ firstSickDay: D1, events }, { asOf: '2025-04-01' });
    expect(ms(t, 'probleemanalyse').status).toBe('done-late');
    expect(codesFor(t, 'probleemanalyse')).toEqual([]);
    expect(ms(t, 'plan-van-aanpak')).toMatchObject({ due: '2025-03-15', status: 'overdue' });
    expect(codesFor(t, 'plan-van-aanpak')).toEqual(['MILESTONE_OVERDUE']);
  });

  it('a deviation for evaluation 1 leaves the other steps of occurrence 1 flagged', () => {
    // plan van aanpak done Mon 24 Feb 2025, first evaluation due 42 counted days later = Mon 7 Apr
    // 2025 (day 55 + 42 = 97); probleemanalyse (due 16 Feb) never recorded: overdue on 1 Jun 2025.
    expect(plus('2025-02-24', 42)).toBe('2025-04-07');
    const t = evaluateCase(
      {
        firstSickDay: D1,
        events: [
          { type: 'plan-van-aanpak', date: '2025-02-24' },
          { type: 'afwijking', date: '2025-04-01', step: 'evaluatie', occurrence: 1, motivering: 'vakantie werknemer' },
        ],
      },
      { asOf: '2025-06-01' },
    );
    expect(ms(t, 'evaluatie', 1).due).toBe('2025-04-07');
    expect(t.flags.filter((f) => f.milestoneId === 'evaluatie').map((f) => f.occurrence)).toEqual([2]);
    expect(codesFor(t, 'probleemanalyse')).toEqual(['MILESTONE_OVERDUE']);
  });
});

describe('frequent absence counts a sick report on asOf itself', () => {
  // three periods starting Mon 6 Jan, Mon 3 Feb and Mon 3 Mar 2025 (fit gaps of 24 days each:
  // Jan 10 → Feb 3 and Feb 7 → Mar 3, one case); asOf is the day of the third report.
  const events: CaseEvent[] = [
    { type: 'hersteld', date: '2025-01-10' },
    { type: 'ziek', date: '2025-02-03' },
    { type: 'hersteld', date: '2025-02-07' },
    { type: 'ziek', date: '2025-03-03' },
  ];
  it('three reports on 3 Mar 2025, the third that day', () => {
    expect([plus('2025-01-10', 24), plus('2025-02-07', 24)]).toEqual(['2025-02-03', '2025-03-03']);
    const t = run(D1, events, '2025-03-03');
    expect(t.flags.filter((f) => f.code === 'FREQUENT_ABSENCE').map((f) => f.params)).toEqual([{ reports: 3, windowDays: 365 }]);
    // the day before, the third report lies after asOf and is not read: two reports
    expect(run(D1, events, '2025-03-02').flags.filter((f) => f.code === 'FREQUENT_ABSENCE')).toEqual([]);
  });
});
