/**
 * Every finding at its edges, with its params: the day a step turns from within the legal term to
 * past it, the fine tiers of a late ziekmelding, a step recorded twice or before its window, steps in
 * a closed case, frequent absence and the rules' coverage date. All on D1 = Monday 6 January 2025
 * unless said otherwise; the dates are day counts from D1 (docs/rules.md §2), each re-derived with
 * `plus` (Date.UTC), and the Atw does not move them (none falls on a weekend or holiday; checked in
 * a calendar).
 */
import { describe, expect, it } from 'vitest';
import type { CaseEvent, CaseTimeline, Flag } from '../../src/index.js';
import { evaluateCase } from '../../src/index.js';
import { ms, plus, run } from './helpers.js';

const D1 = '2025-01-06';
const flagsOf = (t: CaseTimeline, code: Flag['code']) => t.flags.filter((f) => f.code === code);
const one = (t: CaseTimeline, code: Flag['code'], milestoneId?: string): Flag => {
  const fs = flagsOf(t, code).filter((f) => milestoneId === undefined || f.milestoneId === milestoneId);
  expect(fs, `${code} ${milestoneId ?? ''}`).toHaveLength(1);
  return fs[0] as Flag;
};

describe('a step past its due date: within the legal term, then past it', () => {
  // probleemanalyse: due D1+41 = Sun 16 Feb 2025, legalLatest D1+42 = Mon 17 Feb 2025.
  it('is a warning on the last legal day and an error the day after', () => {
    expect([plus(D1, 41), plus(D1, 42)]).toEqual(['2025-02-16', '2025-02-17']);
    const onLast = one(run(D1, [], '2025-02-17'), 'MILESTONE_OVERDUE', 'probleemanalyse');
    expect(onLast.occurrence).toBeUndefined();
    expect(onLast).toMatchObject({
      severity: 'warning',
      params: { due: '2025-02-16', legalLatest: '2025-02-17', withinLegal: true, consequence: 'loonsanctie', fine: null },
    });
    const after = one(run(D1, [], '2025-02-18'), 'MILESTONE_OVERDUE', 'probleemanalyse');
    expect(after).toMatchObject({ severity: 'error', params: { withinLegal: false } });
    // on the due date itself it is not overdue yet
    expect(flagsOf(run(D1, [], '2025-02-16'), 'MILESTONE_OVERDUE').filter((f) => f.milestoneId === 'probleemanalyse')).toEqual([]);
  });

  it('done late: info when still within the legal term, a warning after it', () => {
    const within = one(run(D1, [{ type: 'probleemanalyse', date: '2025-02-17' }], '2025-03-01'), 'MILESTONE_DONE_LATE');
    expect(within).toMatchObject({
      severity: 'info',
      milestoneId: 'probleemanalyse',
      params: { due: '2025-02-16', completedOn: '2025-02-17', legalLatest: '2025-02-17', withinLegal: true, fine: null },
    });
    const past = one(run(D1, [{ type: 'probleemanalyse', date: '2025-02-18' }], '2025-03-01'), 'MILESTONE_DONE_LATE');
    expect(past).toMatchObject({ severity: 'warning', params: { completedOn: '2025-02-18', withinLegal: false } });
    // done on the due date: no finding
    expect(flagsOf(run(D1, [{ type: 'probleemanalyse', date: '2025-02-16' }], '2025-03-01'), 'MILESTONE_DONE_LATE')).toEqual([]);
  });

  it('an advice step is only ever a warning when overdue, and info when done late', () => {
    // signalering-week-3: counted day 21 = D1+20 = Sun 26 Jan 2025.
    expect(plus(D1, 20)).toBe('2025-01-26');
    const late = run(D1, [], '2025-06-01');
    expect(one(late, 'MILESTONE_OVERDUE', 'signalering-week-3').severity).toBe('warning');
    const done = run(D1, [{ type: 'signalering-week-3', date: '2025-03-01' }], '2025-06-01');
    expect(one(done, 'MILESTONE_DONE_LATE', 'signalering-week-3').severity).toBe('info');
  });

  it('names the occurrence of a repeating step', () => {
    // first evaluatie: plan van aanpak due D1+55 = 2 Mar 2025, + 42 = D1+97 = Sun 13 Apr 2025.
    expect(plus(D1, 97)).toBe('2025-04-13');
    const f = one(run(D1, [], '2025-04-20'), 'MILESTONE_OVERDUE', 'evaluatie');
    expect(f).toMatchObject({ occurrence: 1, params: { due: '2025-04-13' } });
  });
});

describe('the fine for a late 42e-weeksmelding (Boetebesluit art. 2c: €70 / €230 / €455)', () => {
  // 42e-weeksmelding due D1+294 = Mon 27 Oct 2025 (no holiday), window from D1+287 = Mon 20 Oct.
  const due = '2025-10-27';
  const fineAt = (asOf: string) => one(run(D1, [], asOf), 'MILESTONE_OVERDUE', '42e-weeksmelding').params;
  it('grows with the days late, at 7 and at 28', () => {
    expect(plus(D1, 294)).toBe(due);
    expect(fineAt(plus(due, 1))).toMatchObject({ fine: { daysLate: 1, euro: 70, max: 455 } });
    expect(fineAt(plus(due, 6))).toMatchObject({ fine: { daysLate: 6, euro: 70, max: 455 } });
    expect(fineAt(plus(due, 7))).toMatchObject({ fine: { daysLate: 7, euro: 230, max: 455 } });
    expect(fineAt(plus(due, 27))).toMatchObject({ fine: { daysLate: 27, euro: 230, max: 455 } });
    expect(fineAt(plus(due, 28))).toMatchObject({ fine: { daysLate: 28, euro: 455, max: 455 } });
    expect(fineAt(plus(due, 28))).toMatchObject({ consequence: 'boete-42e-week' });
  });
  it('is counted to the day the melding was made when it was made late', () => {
    const t = run(D1, [{ type: '42e-weeksmelding', date: plus(due, 7) }], '2025-12-01');
    expect(one(t, 'MILESTONE_DONE_LATE', '42e-weeksmelding').params).toMatchObject({ fine: { daysLate: 7, euro: 230, max: 455 } });
    const onTime = run(D1, [{ type: '42e-weeksmelding', date: due }], '2025-12-01');
    expect(flagsOf(onTime, 'MILESTONE_DONE_LATE')).toEqual([]);
  });
});

describe('a step recorded twice, or before its window', () => {
  it('counts the first record of a one-off step and reports the others', () => {
    const t = run(
      D1,
      [
        { type: 'probleemanalyse', date: '2025-02-12' },
        { type: 'probleemanalyse', date: '2025-02-10' },
      ],
      '2025-03-01',
    );
    expect(ms(t, 'probleemanalyse').completedOn).toBe('2025-02-10');
    expect(one(t, 'DUPLICATE_STEP')).toMatchObject({
      severity: 'warning',
      milestoneId: 'probleemanalyse',
      params: { dates: ['2025-02-10', '2025-02-12'], counted: '2025-02-10' },
    });
    // a repeating step recorded many times is not a duplicate
    const evals: CaseEvent[] = [
      { type: 'evaluatie', date: '2025-04-10' },
      { type: 'evaluatie', date: '2025-05-20' },
    ];
    expect(flagsOf(run(D1, evals, '2025-06-01'), 'DUPLICATE_STEP')).toEqual([]);
  });

  it('flags a 42e-weeksmelding the day before its window opens, not on the day it opens', () => {
    expect(plus(D1, 287)).toBe('2025-10-20');
    const early = run(D1, [{ type: '42e-weeksmelding', date: '2025-10-19' }], '2025-10-21');
    expect(one(early, 'STEP_BEFORE_WINDOW')).toMatchObject({
      severity: 'warning',
      milestoneId: '42e-weeksmelding',
      params: { completedOn: '2025-10-19', windowStart: '2025-10-20' },
    });
    expect(flagsOf(run(D1, [{ type: '42e-weeksmelding', date: '2025-10-20' }], '2025-10-21'), 'STEP_BEFORE_WINDOW')).toEqual([]);
  });
});

describe('the UWV letter: late only after the last day of week 89', () => {
  // legalLatest = counted day 623 = D1+622 = Sun 20 Sep 2026 (docs/rules.md, wia-brief-uwv).
  const latest = plus(D1, 622);
  it('is no finding on that day, and a warning the day after', () => {
    expect(latest).toBe('2026-09-20');
    expect(flagsOf(run(D1, [], latest), 'WIA_LETTER_LATE')).toEqual([]);
    expect(one(run(D1, [], plus(latest, 1)), 'WIA_LETTER_LATE')).toMatchObject({
      severity: 'warning',
      milestoneId: 'wia-brief-uwv',
      params: { latest, received: null, afterLetterDays: 28 },
    });
  });
  it('judges a letter received by its date', () => {
    const asOf = '2026-10-30';
    expect(flagsOf(run(D1, [{ type: 'wia-brief-ontvangen', date: latest }], asOf), 'WIA_LETTER_LATE')).toEqual([]);
    expect(one(run(D1, [{ type: 'wia-brief-ontvangen', date: plus(latest, 1) }], asOf), 'WIA_LETTER_LATE').params).toMatchObject({
      latest,
      received: plus(latest, 1),
    });
  });
});

describe('findings about the case as a whole', () => {
  it('flags a step recorded from the day the case closed (28 fit days: fit from + 27)', () => {
    // hersteld Sat 1 Mar 2025; the 28th fit day is 28 Mar 2025.
    expect(plus('2025-03-01', 27)).toBe('2025-03-28');
    const events = (date: string): CaseEvent[] => [
      { type: 'hersteld', date: '2025-03-01' },
      { type: 'plan-van-aanpak', date },
    ];
    const t = run(D1, events('2025-03-28'), '2025-04-15');
    expect(one(t, 'STEP_WHILE_CLOSED')).toMatchObject({
      severity: 'warning',
      params: { eventType: 'plan-van-aanpak', date: '2025-03-28', fitFrom: '2025-03-01' },
    });
    expect(flagsOf(run(D1, events('2025-03-27'), '2025-04-15'), 'STEP_WHILE_CLOSED')).toEqual([]);
    // a fact (not a step) in a closed case is no finding
    expect(
      flagsOf(
        run(
          D1,
          [
            { type: 'hersteld', date: '2025-03-01' },
            { type: 'wia-brief-ontvangen', date: '2025-04-01' },
          ],
          '2025-04-15',
        ),
        'STEP_WHILE_CLOSED',
      ),
    ).toEqual([]);
  });

  it('counts sick reports within the last 365 days for frequent absence (3 by default)', () => {
    // three periods starting 6 Jan, 3 Feb and 3 Mar 2025 (fit gaps of 24 days: one case)
    const events: CaseEvent[] = [
      { type: 'hersteld', date: '2025-01-10' },
      { type: 'ziek', date: '2025-02-03' },
      { type: 'hersteld', date: '2025-02-07' },
      { type: 'ziek', date: '2025-03-03' },
    ];
    expect(one(run(D1, events, '2025-03-10'), 'FREQUENT_ABSENCE')).toMatchObject({
      severity: 'info',
      params: { reports: 3, windowDays: 365 },
    });
    // 6 Jan 2025 is still inside the window on 5 Jan 2026 (asOf − 365 = 5 Jan 2025), not on 6 Jan 2026
    expect(plus('2026-01-05', -365)).toBe('2025-01-05');
    expect(one(run(D1, events, '2026-01-05'), 'FREQUENT_ABSENCE').params).toMatchObject({ reports: 3 });
    expect(flagsOf(run(D1, events, '2026-01-06'), 'FREQUENT_ABSENCE')).toEqual([]);
    // a policy of 4 reports: no finding at 3
    expect(flagsOf(run(D1, events, '2025-03-10', { frequentAbsenceReports: 4 }), 'FREQUENT_ABSENCE')).toEqual([]);
    // two reports are not frequent
    expect(flagsOf(run(D1, events.slice(0, 2), '2025-03-10'), 'FREQUENT_ABSENCE')).toEqual([]);
  });

  it('notes a day 1 before 1 July 2013, the date the rules of this version start', () => {
    expect(one(evaluateCase({ firstSickDay: '2013-06-30' }, { asOf: '2013-07-10' }), 'RULES_BEFORE_COVERAGE')).toMatchObject({
      severity: 'info',
      params: { coverageFrom: '2013-07-01' },
    });
    expect(flagsOf(evaluateCase({ firstSickDay: '2013-07-01' }, { asOf: '2013-07-10' }), 'RULES_BEFORE_COVERAGE')).toEqual([]);
  });
});
