/**
 * Every milestone status and case status, with their boundaries, and the history flags. All on E1
 * (D1 ma 06-01-2025; PA due zo 16-02-2025, legal latest ma 17-02-2025, hand-checked in
 * worked-examples.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../src/index.js';
import { flagCodes, ms, plus, run } from './helpers.js';

const D1 = '2025-01-06';
const pa = (events: readonly CaseEvent[], asOf: string) => ms(run(D1, events, asOf), 'probleemanalyse');

describe('milestone status relative to asOf', () => {
  it('is done when completed on or before the due date, done-late after it', () => {
    expect(pa([{ type: 'probleemanalyse', date: '2025-02-16' }], '2025-03-01').status).toBe('done');
    expect(pa([{ type: 'probleemanalyse', date: '2025-01-20' }], '2025-03-01').status).toBe('done');
    expect(pa([{ type: 'probleemanalyse', date: '2025-02-17' }], '2025-03-01').status).toBe('done-late');
  });

  it('grades a late probleemanalyse within the strict legal reading as info, after it as a warning', () => {
    const within = run(D1, [{ type: 'probleemanalyse', date: '2025-02-17' }], '2025-03-01');
    expect(within.flags.find((f) => f.code === 'MILESTONE_DONE_LATE')?.severity).toBe('info');
    const after = run(D1, [{ type: 'probleemanalyse', date: '2025-02-18' }], '2025-03-01');
    expect(after.flags.find((f) => f.code === 'MILESTONE_DONE_LATE')?.severity).toBe('warning');
  });

  it('is upcoming more than 14 days ahead and due-soon from 14 days to the due date itself', () => {
    expect(pa([], '2025-02-01').status).toBe('upcoming'); // 15 days ahead
    expect(pa([], '2025-02-02').status).toBe('due-soon'); // 14 days ahead
    expect(pa([], '2025-02-16').status).toBe('due-soon'); // on the day
    // the policy moves the boundary
    expect(ms(run(D1, [], '2025-02-01', { dueSoonDays: 15 }), 'probleemanalyse').status).toBe('due-soon');
  });

  it('is overdue the day after the due date: a warning within the legal latest, an error after', () => {
    const t1 = run(D1, [], '2025-02-17');
    expect(ms(t1, 'probleemanalyse').status).toBe('overdue');
    expect(t1.flags.find((f) => f.milestoneId === 'probleemanalyse')?.severity).toBe('warning');
    const t2 = run(D1, [], '2025-02-18');
    expect(t2.flags.find((f) => f.milestoneId === 'probleemanalyse')?.severity).toBe('error');
    // an advice step overdue is only ever a warning
    expect(t2.flags.find((f) => f.milestoneId === 'melding-bedrijfsarts')?.severity).toBe('warning');
  });

  it('uses D1+42 as the due date under the strict policy', () => {
    const m = ms(run(D1, [], '2025-01-06', { probleemanalyse: 'strict' }), 'probleemanalyse');
    expect(m.due).toBe('2025-02-17');
    expect(m.due).toBe(plus(D1, 42));
    expect(m.legalLatest).toBeNull();
  });

  it('lets the employee’s IVA option lapse without a flag', () => {
    const t = run(D1, [], '2026-04-27'); // the day after the window closed (D1+475 = 2026-04-26)
    expect(ms(t, 'vervroegde-iva').status).toBe('not-applicable');
    expect(t.flags.some((f) => f.milestoneId === 'vervroegde-iva')).toBe(false);
  });

  it('marks the end of the wachttijd done when it comes', () => {
    expect(ms(run(D1, [], '2027-01-02'), 'einde-wachttijd').status).toBe('due-soon');
    expect(ms(run(D1, [], '2027-01-03'), 'einde-wachttijd').status).toBe('done');
  });
});

describe('case status: sick, recovered, closed', () => {
  const recovered = [{ type: 'hersteld', date: '2025-02-01' }] as const;

  it('is sick without a recovery', () => {
    expect(run(D1, [], '2025-03-01').status).toBe('sick');
  });

  it('is recovered while fit for fewer than 28 days and suspends the steps due from then on', () => {
    // fit 2025-02-01 … 2025-02-10: 10 days; sick days counted (the calendar default: first-weeks.test.ts)
    const t = run(D1, recovered, '2025-02-10', { firstWeeks: 'counted' });
    expect(t.status).toBe('recovered');
    expect(t.countedSickDays).toBe(26); // 2025-01-06 … 2025-01-31
    // PA: 26 counted days before the recovery; assuming sickness resumes on 2025-02-11, counted
    // day 42 is 2025-02-11 + 15 = 2025-02-26.
    const m = ms(t, 'probleemanalyse');
    expect([m.due, m.status]).toEqual(['2025-02-26', 'suspended']);
    expect(m.due).toBe(plus('2025-02-11', 15));
    // steps due before the recovery keep their own status
    expect(ms(t, 'melding-bedrijfsarts').status).toBe('overdue');
    expect(ms(t, 'signalering-week-3').status).toBe('overdue');
    // a suspended step raises no flag
    expect(t.flags.some((f) => f.milestoneId === 'probleemanalyse')).toBe(false);
  });

  it('moves the suspended dates with every further fit day', () => {
    const a = ms(run(D1, recovered, '2025-02-10', { firstWeeks: 'counted' }), 'probleemanalyse').due;
    const b = ms(run(D1, recovered, '2025-02-11', { firstWeeks: 'counted' }), 'probleemanalyse').due;
    expect(b).toBe(plus(a, 1));
  });

  it('is still recovered after 27 fit days and closed after 28', () => {
    expect(run(D1, recovered, '2025-02-27').status).toBe('recovered'); // Feb 1 … Feb 27 = 27 days
    const t = run(D1, recovered, '2025-02-28'); // 28 days
    expect(t.status).toBe('closed');
    // closed: steps due on or after the recovery are not applicable, shown with the dates they
    // would have had had the sickness continued (PA D1+41)
    const m = ms(t, 'probleemanalyse');
    expect([m.due, m.status]).toEqual(['2025-02-16', 'not-applicable']);
    expect(ms(t, 'melding-bedrijfsarts').status).toBe('overdue');
    expect(ms(t, 'melding-bedrijfsarts').due).toBe('2025-01-12');
  });

  it('counts pregnancy leave inside the interruption toward the 28 days that close a case (BW 7:629 lid 10)', () => {
    // fit from 2025-02-01, leave 2025-02-10 … 2025-02-16: closed on 02-28 as without leave (a relapse on
    // 03-01 would be 28 days on), not only on 03-07
    const leave = { type: 'zwangerschapsverlof', date: '2025-02-10', until: '2025-02-16' } as const;
    expect(run(D1, [...recovered, leave], '2025-02-27').status).toBe('recovered');
    expect(run(D1, [...recovered, leave], '2025-02-28').status).toBe('closed');
  });

  it('flags a step dated while the case was closed', () => {
    // closed from the 28th fit day, 2025-02-28
    const t = run(D1, [...recovered, { type: 'probleemanalyse', date: '2025-03-05' }], '2025-03-10');
    expect(flagCodes(t)).toContain('STEP_WHILE_CLOSED');
    const before = run(D1, [...recovered, { type: 'melding-bedrijfsarts', date: '2025-01-10' }], '2025-03-10');
    expect(flagCodes(before)).not.toContain('STEP_WHILE_CLOSED');
  });
});

describe('history flags', () => {
  it('ignores and flags a step dated after asOf', () => {
    const t = run(D1, [{ type: 'probleemanalyse', date: '2025-02-20' }], '2025-02-10');
    expect(flagCodes(t)).toContain('EVENT_AFTER_AS_OF');
    expect(ms(t, 'probleemanalyse').completedOn).toBeNull();
    expect(ms(t, 'probleemanalyse').status).toBe('due-soon');
  });

  it('uses future facts: AOW age, end of employment and planned leave', () => {
    const t = run(
      D1,
      [
        { type: 'einde-dienstverband', date: '2025-06-30' },
        { type: 'zwangerschapsverlof', date: '2025-04-01', until: '2025-04-10' },
      ],
      '2025-02-01',
    );
    expect(flagCodes(t)).not.toContain('EVENT_AFTER_AS_OF');
    expect(t.wageObligationEnd).toBe('2025-06-30');
    expect(ms(t, 'ziekmelding-uwv-einde-dienstverband').due).toBe('2025-06-30');
    expect(t.wachttijd.lastDay).toBe(plus('2027-01-03', 10));
  });

  it('flags ziek without hersteld and two hersteld in a row, and ignores them', () => {
    const z = run(D1, [{ type: 'ziek', date: '2025-02-01' }], '2025-03-01');
    expect(flagCodes(z)).toContain('ZIEK_WITHOUT_HERSTELD');
    expect(z.wachttijd.lastDay).toBe('2027-01-03');
    expect(flagCodes(run(D1, [{ type: 'ziek', date: D1 }], '2025-03-01'))).not.toContain('ZIEK_WITHOUT_HERSTELD');
    const h = run(
      D1,
      [
        { type: 'hersteld', date: '2025-02-01' },
        { type: 'hersteld', date: '2025-02-05' },
      ],
      '2025-02-10',
    );
    expect(flagCodes(h)).toContain('HERSTELD_TWICE');
    expect(h.periods).toEqual([{ start: D1, end: '2025-01-31', caseFirstSickDay: D1 }]);
  });

  it('flags a step done before its window opens', () => {
    // 42e-weeksmelding window opens D1+287 = 2025-10-20
    expect(flagCodes(run(D1, [{ type: '42e-weeksmelding', date: '2025-10-19' }], '2025-10-30'))).toContain('STEP_BEFORE_WINDOW');
    expect(flagCodes(run(D1, [{ type: '42e-weeksmelding', date: '2025-10-20' }], '2025-10-30'))).not.toContain('STEP_BEFORE_WINDOW');
  });

  it('signals frequent absence at three sick reports within 12 months', () => {
    // three starts: 2025-01-06, 2025-03-01, 2025-05-01 (each after ≥ 28 fit days, so three cases)
    const events = [
      { type: 'hersteld', date: '2025-01-10' },
      { type: 'ziek', date: '2025-03-01' },
      { type: 'hersteld', date: '2025-03-05' },
      { type: 'ziek', date: '2025-05-01' },
    ] as const;
    expect(flagCodes(run(D1, events, '2025-05-02'))).toContain('FREQUENT_ABSENCE');
    // 2026-01-05 is 364 days after 2025-01-06: still inside the 12 months; 2026-01-06 (365 days) is not
    expect(flagCodes(run(D1, events, '2026-01-05'))).toContain('FREQUENT_ABSENCE');
    expect(flagCodes(run(D1, events, '2026-01-06'))).not.toContain('FREQUENT_ABSENCE');
    expect(flagCodes(run(D1, events, '2025-05-02', { frequentAbsenceReports: 4 }))).not.toContain('FREQUENT_ABSENCE');
  });

  it('flags first sick days before the verified rules (1 July 2013)', () => {
    expect(flagCodes(run('2013-06-30', [], '2013-07-01'))).toContain('RULES_BEFORE_COVERAGE');
    expect(flagCodes(run('2013-07-01', [], '2013-07-01'))).not.toContain('RULES_BEFORE_COVERAGE');
  });
});
