/**
 * Golden cases for how recorded steps move later deadlines (PvA after the PA, the evaluation
 * chain), the policy settings, and the start of a case. E1: D1 ma 06-01-2025; counted day n =
 * D1 + n − 1 while uninterrupted. Expected dates re-derived with `plus` (Date.UTC).
 */
import { describe, expect, it } from 'vitest';
import { has, ms, plus, run } from './helpers.js';

const D1 = '2025-01-06';

describe('the plan van aanpak follows the probleemanalyse', () => {
  it('falls due 14 days after an early probleemanalyse', () => {
    // PA done 2025-02-01 (counted day 27) → PvA and casemanager due counted day 41 = 2025-02-15
    const t = run(D1, [{ type: 'probleemanalyse', date: '2025-02-01' }], '2025-02-01');
    expect(ms(t, 'probleemanalyse').status).toBe('done');
    expect(ms(t, 'plan-van-aanpak').due).toBe('2025-02-15');
    expect(ms(t, 'casemanager').due).toBe('2025-02-15');
    expect(plus('2025-02-01', 14)).toBe('2025-02-15');
    // the strict legal latest only applies while the PA is missing
    expect(ms(t, 'plan-van-aanpak').legalLatest).toBeNull();
  });

  it('skips fit days when counting the 14 days', () => {
    // PA 2025-02-01; fit 2025-02-05 … 2025-02-11 (7 days); sick from 2025-02-12 → PvA 2025-02-15 + 7 = 2025-02-22
    const t = run(
      D1,
      [
        { type: 'probleemanalyse', date: '2025-02-01' },
        { type: 'hersteld', date: '2025-02-05' },
        { type: 'ziek', date: '2025-02-12' },
      ],
      '2025-02-12',
      { firstWeeks: 'counted' }, // sick days; in calendar days (the default) 2025-02-15, a sick day
    );
    expect(ms(t, 'plan-van-aanpak').due).toBe('2025-02-22');
  });

  it('uses D1+56 for the PvA under the strict PA reading', () => {
    // strict: PA due counted day 43 = D1+42; PvA = counted day 57 = D1+56 = 2025-03-03 (docs/law.md#plan-van-aanpak)
    const t = run(D1, [], D1, { probleemanalyse: 'strict' });
    expect(ms(t, 'plan-van-aanpak').due).toBe(plus(D1, 56));
    expect(ms(t, 'plan-van-aanpak').due).toBe('2025-03-03');
  });

  it('reports the kind of casemanager', () => {
    const t = run(D1, [{ type: 'casemanager', date: '2025-02-20', casemanagerType: 'extern' }], '2025-03-01');
    expect(ms(t, 'casemanager').casemanagerType).toBe('extern');
    expect(ms(t, 'casemanager').status).toBe('done');
    expect(ms(run(D1, [], '2025-03-01'), 'casemanager').casemanagerType).toBeNull();
  });
});

describe('the evaluation chain', () => {
  it('counts from the plan van aanpak as done, then from each evaluation as done', () => {
    // PvA done 2025-03-01 → evaluation 1 due 2025-04-12; done late on 2025-04-20 → evaluation 2 due 2025-06-01;
    // evaluation 2 not done → evaluation 3 due 2025-06-01 + 42 = 2025-07-13.
    const t = run(
      D1,
      [
        { type: 'plan-van-aanpak', date: '2025-03-01' },
        { type: 'evaluatie', date: '2025-04-20' },
      ],
      '2025-06-10',
    );
    const e1 = ms(t, 'evaluatie', 1);
    expect([e1.due, e1.status, e1.completedOn]).toEqual(['2025-04-12', 'done-late', '2025-04-20']);
    expect(ms(t, 'evaluatie', 2).due).toBe('2025-06-01');
    expect(ms(t, 'evaluatie', 2).status).toBe('overdue');
    expect(ms(t, 'evaluatie', 3).due).toBe('2025-07-13');
    expect([plus('2025-03-01', 42), plus('2025-04-20', 42), plus('2025-06-01', 42)]).toEqual(['2025-04-12', '2025-06-01', '2025-07-13']);
    const flag = t.flags.find((f) => f.code === 'MILESTONE_OVERDUE' && f.milestoneId === 'evaluatie');
    expect(flag?.occurrence).toBe(2);
  });

  it('lets the k-th evaluation recorded (in date order) complete occurrence k', () => {
    const t = run(
      D1,
      [
        { type: 'evaluatie', date: '2025-05-20' },
        { type: 'evaluatie', date: '2025-04-10' },
      ],
      '2025-06-10',
    );
    expect(ms(t, 'evaluatie', 1).completedOn).toBe('2025-04-10');
    expect(ms(t, 'evaluatie', 2).completedOn).toBe('2025-05-20');
    expect(ms(t, 'evaluatie', 3).due).toBe(plus('2025-05-20', 42));
  });

  it('follows the policy interval', () => {
    // every 28 days from the PvA due D1+55: D1+83, D1+111, …
    const t = run(D1, [], D1, { evaluationIntervalDays: 28 });
    expect(ms(t, 'evaluatie', 1).due).toBe(plus(D1, 83));
    expect(ms(t, 'evaluatie', 2).due).toBe(plus(D1, 111));
    // 55 + 28k ≤ 727 → k ≤ 24
    expect(t.milestones.filter((m) => m.id === 'evaluatie')).toHaveLength(24);
  });

  it('shows the evaluations suspended while the employee is recovered', () => {
    // fit from 2025-04-01; asOf 2025-04-10 (10 fit days). Evaluation 1: counted day 98; 85 counted days
    // (2025-01-06 … 2025-03-31) before the recovery, so 13 more from 2025-04-11 = 2025-04-23.
    const t = run(D1, [{ type: 'hersteld', date: '2025-04-01' }], '2025-04-10');
    const evals = t.milestones.filter((m) => m.id === 'evaluatie');
    expect(evals.map((m) => [m.due, m.status])[0]).toEqual(['2025-04-23', 'suspended']);
    // the later ones stay listed, suspended too (42 days apart: 2025-04-23 + 42 = 2025-06-04)
    expect(evals[1]?.due).toBe(plus('2025-04-23', 42));
    expect(evals.every((m) => m.status === 'suspended')).toBe(true);
    expect(plus('2025-04-11', 12)).toBe('2025-04-23');
  });
});

describe('policy', () => {
  it('leaves out the advice milestones on request', () => {
    const t = run(D1, [], '2025-03-01', { includeAdvice: false });
    expect(has(t, 'melding-bedrijfsarts')).toBe(false);
    expect(has(t, 'signalering-week-3')).toBe(false);
    expect(t.flags.some((f) => f.severity === 'warning' && f.milestoneId === 'melding-bedrijfsarts')).toBe(false);
  });

  it('moves the melding aan de bedrijfsarts to the policy day', () => {
    expect(ms(run(D1, [], D1, { meldingBedrijfsartsDay: 4 }), 'melding-bedrijfsarts').due).toBe(plus(D1, 3));
  });
});

describe('before and on day 1', () => {
  it('counts nothing before day 1 and one day on it', () => {
    const before = run(D1, [], '2025-01-01');
    expect([before.countedSickDays, before.currentWeek]).toEqual([0, 0]);
    expect(before.milestones.every((m) => m.status === 'upcoming' || m.status === 'due-soon')).toBe(true);
    const on = run(D1, [], D1);
    expect([on.countedSickDays, on.currentWeek]).toEqual([1, 1]);
    // Week 0 is said to be no week of sickness: an error flag, first, that the CLI turns into exit 2.
    expect(before.flags[0]).toEqual({
      code: 'AS_OF_BEFORE_FIRST_SICK_DAY',
      severity: 'error',
      params: { asOf: '2025-01-01', firstSickDay: D1 },
    });
    expect(on.flags.some((f) => f.code === 'AS_OF_BEFORE_FIRST_SICK_DAY')).toBe(false);
    // week n = counted days 7(n−1)+1 … 7n: counted day 7 is week 1, day 8 week 2
    expect(run(D1, [], plus(D1, 6)).currentWeek).toBe(1);
    expect(run(D1, [], plus(D1, 7)).currentWeek).toBe(2);
  });
});
