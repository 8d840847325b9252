/**
 * Implied and assumed facts (docs/rules.md, "Implied and assumed facts"): a step a recorded event
 * makes done (ZW 38 lid 8, WIA 66 lid 1) or implies (WIA 25 lid 9), and a payroll date that never
 * moves on a step that is overdue and not recorded (BW 7:629 lid 11 sub a). Dates checked by hand on
 * a calendar (the arithmetic is beside each) and re-checked with `plus` (Date.UTC). The boundary-day
 * tests sit on the day where `<` and `<=` (or the first and the last of two records) give different
 * answers: a melding or aanvraag recorded on the day of the request that implies it.
 */
import { describe, expect, it } from 'vitest';
import { renderWagePhasesCsv } from '../../src/format/csv.js';
import { type CaseEvent, evaluateCase, flagMessage } from '../../src/index.js';
import { ms, plus, run as runExplained } from './helpers.js';

// D1 Mon 2025-01-06: 42e-weeksmelding due D1+294 = Mon 2025-10-27; WIA aanvraag due D1+650 = Sun
// 2026-10-18; last day of the wachttijd D1+727 = Sun 2027-01-03.
const D1 = '2025-01-06';
const run = (events: readonly CaseEvent[], asOf: string) => evaluateCase({ firstSickDay: D1, events }, { asOf });
const flag = (t: ReturnType<typeof run>, code: string, id?: string) =>
  t.flags.find((f) => f.code === code && (id === undefined || f.milestoneId === id));
/** With `explain: true`, for the boundary-day tests that check derivations. */
const ev = (events: readonly CaseEvent[], asOf: string) => runExplained(D1, events, asOf);

describe('a loonsanctie implies the WIA aanvraag (WIA 25 lid 9) and never yields an end it rules out', () => {
  it('loonsanctie decided 2026-11-16, no aanvraag: the end stays what the recorded facts fix (0.2: 2028-08-15)', () => {
    expect([plus(D1, 650), plus(D1, 727)]).toEqual(['2026-10-18', '2027-01-03']);
    const t = run([{ type: 'loonsanctie', date: '2026-11-16', weeks: 52 }], '2027-06-02');
    // Any aanvraag on or before 2026-11-16 is at most 29 days late (11-16 − 10-18), so no aanvraag
    // allows more than 2027-01-03 + 29 + 364 = 2028-01-31; with the delay unknown, nothing is added:
    // 2027-01-03 + 364 = 2028-01-02.
    expect(plus('2027-01-03', 29 + 364)).toBe('2028-01-31');
    expect(plus('2027-01-03', 364)).toBe('2028-01-02');
    expect(t.wageObligationEnd).toBe('2028-01-02');
    expect(t.wageObligationEnd <= '2028-01-31').toBe(true);
    expect(t.wageObligationDerivation.map((s) => s.kind)).toEqual(['loonsanctie']);
    expect(t.wagePhases.map((p) => p.kind)).toEqual(['jaar-1', 'jaar-2', 'loonsanctie']);
    const a = ms(t, 'wia-aanvraag');
    expect(a.completedOn).toBe('2026-11-16');
    expect(flag(t, 'STEP_IMPLIED', 'wia-aanvraag')).toMatchObject({
      severity: 'warning',
      params: { impliedBy: 'loonsanctie', date: '2026-11-16', basis: 'wia-25-lid-9' },
    });
    // when it was made is not known: not judged late on the decision's date
    expect(flag(t, 'MILESTONE_DONE_LATE', 'wia-aanvraag')).toBeUndefined();
    expect(flag(t, 'WAGE_END_OPEN')).toMatchObject({
      severity: 'warning',
      params: { step: 'wia-aanvraag', overdueSince: '2026-10-19', extensionSoFar: 29, impliedOn: '2026-11-16' },
    });
    const open = flag(t, 'WAGE_END_OPEN');
    expect(open && flagMessage(open, 'nl')).toContain('ten hoogste');
    expect(open && flagMessage(open, 'en')).toContain('at most');
  });

  it('adds the delay as before once the aanvraag is recorded', () => {
    // aanvraag 2026-11-05: 18 days late → 2027-01-21, + 364 = 2028-01-20
    const t = run(
      [
        { type: 'wia-aanvraag', date: '2026-11-05' },
        { type: 'loonsanctie', date: '2026-11-16', weeks: 52 },
      ],
      '2027-06-02',
    );
    expect([plus('2027-01-03', 18), plus('2027-01-21', 364)]).toEqual(['2027-01-21', '2028-01-20']);
    expect(t.wageObligationEnd).toBe('2028-01-20');
    expect(flag(t, 'WAGE_END_OPEN')).toBeUndefined();
    expect(flag(t, 'STEP_IMPLIED')).toBeUndefined();
  });

  it('implies nothing late when the decision came before the aanvraag was due', () => {
    const t = run([{ type: 'loonsanctie', date: '2026-10-01', weeks: 10 }], '2026-12-01');
    expect(ms(t, 'wia-aanvraag').status).toBe('done');
    expect(flag(t, 'WAGE_END_OPEN')).toBeUndefined();
    expect(t.wageObligationEnd).toBe(plus('2027-01-03', 70));
  });
});

describe('assumptions never move a payroll date (BW 7:629 lid 11 sub a)', () => {
  it('adds nothing for an overdue aanvraag that is not recorded, and says the end is open', () => {
    // asOf 2026-11-01: 14 days past 2026-10-18. 0.2 gave 2027-01-17 and one day more each day.
    const a = run([], '2026-11-01');
    const b = run([], '2026-12-01');
    expect(a.wageObligationEnd).toBe('2027-01-03');
    expect(b.wageObligationEnd).toBe('2027-01-03');
    expect(a.wageObligationDerivation).toEqual([]);
    expect(a.wagePhases.some((p) => p.kind === 'late-wia-aanvraag')).toBe(false);
    expect(flag(a, 'WAGE_END_OPEN')).toMatchObject({
      severity: 'warning',
      milestoneId: 'wia-aanvraag',
      params: { step: 'wia-aanvraag', overdueSince: '2026-10-19', extensionSoFar: 14, impliedOn: null },
    });
    expect(flag(b, 'WAGE_END_OPEN')?.params).toMatchObject({ extensionSoFar: 44 });
    // the payroll CSV follows: no row for a delay that is not known
    expect(renderWagePhasesCsv([{ id: 'E1', timeline: a }])).not.toContain('late-wia-aanvraag');
  });

  it('adds the delay once the aanvraag is recorded', () => {
    // recorded 2026-11-05: 18 days → 2027-01-21, with its wage phase
    const t = run([{ type: 'wia-aanvraag', date: '2026-11-05' }], '2026-12-01');
    expect(t.wageObligationEnd).toBe('2027-01-21');
    expect(t.wagePhases.find((p) => p.kind === 'late-wia-aanvraag')).toMatchObject({ from: '2027-01-04', until: '2027-01-21', days: 18 });
    expect(renderWagePhasesCsv([{ id: 'E1', timeline: t }])).toContain('late-wia-aanvraag');
    expect(flag(t, 'WAGE_END_OPEN')).toBeUndefined();
  });
});

describe('ZW 38 lid 8 and WIA 66 lid 1: an aanvraag verkorte wachttijd or a verlenging request made without an aangifte', () => {
  it('counts a vervroegde-IVA aanvraag as the 42e-weeksmelding and as the WIA aanvraag, on its own date', () => {
    const t = run([{ type: 'vervroegde-iva', date: '2025-06-02' }], '2025-11-01');
    const m = ms(t, '42e-weeksmelding');
    expect(m).toMatchObject({ completedOn: '2025-06-02', status: 'done' });
    expect(ms(t, 'wia-aanvraag')).toMatchObject({ completedOn: '2025-06-02', status: 'done' });
    expect(flag(t, 'STEP_IMPLIED', '42e-weeksmelding')).toMatchObject({
      severity: 'info',
      params: { impliedBy: 'vervroegde-iva', date: '2025-06-02', basis: 'zw-38-lid-8' },
    });
    expect(flag(t, 'STEP_IMPLIED', 'wia-aanvraag')).toMatchObject({ severity: 'info', params: { basis: 'wia-66-lid-1' } });
    // before the windows of both steps, and still no finding: the law makes it the step
    expect(flag(t, 'STEP_BEFORE_WINDOW')).toBeUndefined();
    expect(flag(t, 'MILESTONE_OVERDUE', '42e-weeksmelding')).toBeUndefined();
  });

  it('counts a verlenging request as a (late) 42e-weeksmelding when none was made', () => {
    // verlenging recorded 2026-09-01: 2026-09-01 − 2025-10-27 = 309 days late by the statute → € 455
    const t = run([{ type: 'verlenging', date: '2026-09-01', weeks: 13 }], '2026-09-02');
    expect(ms(t, '42e-weeksmelding')).toMatchObject({ completedOn: '2026-09-01', status: 'done-late' });
    expect(flag(t, 'STEP_IMPLIED', '42e-weeksmelding')?.params).toMatchObject({ impliedBy: 'verlenging', basis: 'zw-38-lid-8' });
    expect(flag(t, 'MILESTONE_DONE_LATE', '42e-weeksmelding')?.params).toMatchObject({ fine: { daysLate: 309, euro: 455 } });
  });

  it('keeps a melding recorded before the request', () => {
    const t = run(
      [
        { type: '42e-weeksmelding', date: '2025-10-27' },
        { type: 'vervroegde-iva', date: '2025-12-01' },
      ],
      '2025-12-02',
    );
    expect(ms(t, '42e-weeksmelding').completedOn).toBe('2025-10-27');
    expect(flag(t, 'STEP_IMPLIED', '42e-weeksmelding')).toBeUndefined();
  });
});

describe('the loonsanctie decision and its term (WIA 25 lid 10, 11, 14)', () => {
  // D1 2025-01-06, aanvraag in time (2026-10-10): the decision is due "uiterlijk zes weken voor de
  // afloop van de wachttijd" = 2027-01-03 − 42 = Sun 2026-11-22 (backward: not rolled).
  const aanvraag: CaseEvent = { type: 'wia-aanvraag', date: '2026-10-10' };
  it('gives the full term for a decision on its last day', () => {
    expect(plus('2027-01-03', -42)).toBe('2026-11-22');
    const t = run([aanvraag, { type: 'loonsanctie', date: '2026-11-22', weeks: 52 }], '2027-01-10');
    expect(t.wageObligationEnd).toBe('2028-01-02'); // 2027-01-03 + 364
  });

  it('shortens the period by the delay of a later decision (lid 14)', () => {
    // decided 2026-12-15: 23 days late → 2028-01-02 − 23 = 2027-12-10 (0.2: 2028-01-02)
    expect(plus('2028-01-02', -23)).toBe('2027-12-10');
    const t = run([aanvraag, { type: 'loonsanctie', date: '2026-12-15', weeks: 52 }], '2027-01-10');
    expect(t.wageObligationEnd).toBe('2027-12-10');
    expect(t.wageObligationDerivation.at(-1)).toEqual({
      kind: 'loonsanctieDecisionLate',
      decision: '2026-12-15',
      term: '2026-11-22',
      days: 23,
      date: '2027-12-10',
    });
    expect(t.wagePhases.at(-1)).toMatchObject({ kind: 'loonsanctie', from: '2027-01-04', until: '2027-12-10' });
  });

  it('gives no verlenging for a decision after the wachttijd has ended (lid 11)', () => {
    // decided Mon 2027-01-04, the first day after the last day 2027-01-03 (0.2: + 52 weeks)
    const t = run([aanvraag, { type: 'loonsanctie', date: '2027-01-04', weeks: 52 }], '2027-01-10');
    expect(t.wageObligationEnd).toBe('2027-01-03');
    expect(t.wageObligationDerivation).toEqual([
      { kind: 'loonsanctieAfterEnd', decision: '2027-01-04', weeks: 52, lastDay: '2027-01-03', date: '2027-01-03' },
    ]);
    expect(t.wagePhases.some((p) => p.kind === 'loonsanctie')).toBe(false);
    // a decision on the last day itself is before the wachttijd's afloop: 23 + 19 = 42 days late → 2028-01-02 − 42 = 2027-11-21
    const onLastDay = run([aanvraag, { type: 'loonsanctie', date: '2027-01-03', weeks: 52 }], '2027-01-10');
    expect(plus('2028-01-02', -42)).toBe('2027-11-21');
    expect(onLastDay.wageObligationEnd).toBe('2027-11-21');
  });

  it('measures both from the end lengthened by a recorded late aanvraag (lid 10, second sentence)', () => {
    // aanvraag 2026-11-05: 18 days late → period to 2027-01-21; decision due 2027-01-21 − 42 = 2026-12-10;
    // decided 2026-12-15: 5 days late → 2027-01-21 + 364 − 5 = 2028-01-15
    expect([plus('2027-01-21', -42), plus('2027-01-21', 364 - 5)]).toEqual(['2026-12-10', '2028-01-15']);
    const t = run(
      [
        { type: 'wia-aanvraag', date: '2026-11-05' },
        { type: 'loonsanctie', date: '2026-12-15', weeks: 52 },
      ],
      '2027-01-10',
    );
    expect(t.wageObligationEnd).toBe('2028-01-15');
  });
});

describe('a verlenging asks for the re-integratieverslag to be brought up to date (WIA 25 lid 4)', () => {
  // D1 2025-01-06; verlenging of 13 weeks granted 2026-09-01: last day 2027-01-03 + 91 = 2027-04-04;
  // eindevaluatie and re-integratieverslag due 2027-04-04 − 91 = 2027-01-03.
  const verlenging: CaseEvent = { type: 'verlenging', date: '2026-09-01', weeks: 13 };
  it('does not count a report made before the verlenging for the extended period', () => {
    expect([plus('2027-01-03', 91), plus('2027-04-04', -91)]).toEqual(['2027-04-04', '2027-01-03']);
    const t = run(
      [{ type: 're-integratieverslag', date: '2026-08-20' }, { type: 'eindevaluatie', date: '2026-08-20' }, verlenging],
      '2027-01-10',
    );
    for (const id of ['re-integratieverslag', 'eindevaluatie'] as const) {
      expect(ms(t, id), id).toMatchObject({ due: '2027-01-03', status: 'overdue', completedOn: null });
      expect(flag(t, 'REPORT_BEFORE_VERLENGING', id), id).toMatchObject({
        severity: 'warning',
        params: { completedOn: '2026-08-20', verlenging: '2026-09-01', due: '2027-01-03' },
      });
    }
    const f = flag(t, 'REPORT_BEFORE_VERLENGING', 're-integratieverslag');
    expect(f && flagMessage(f, 'nl')).toContain('WIA art. 25 lid 4');
  });

  it('counts the aanvulling made after the verlenging, and reports no duplicate', () => {
    const t = run(
      [{ type: 're-integratieverslag', date: '2026-08-20' }, verlenging, { type: 're-integratieverslag', date: '2026-12-15' }],
      '2027-01-10',
    );
    expect(ms(t, 're-integratieverslag')).toMatchObject({ completedOn: '2026-12-15', status: 'done' });
    expect(flag(t, 'REPORT_BEFORE_VERLENGING')).toBeUndefined();
    expect(flag(t, 'DUPLICATE_STEP', 're-integratieverslag')).toBeUndefined();
  });
});

describe('ZW 38 lid 8 and WIA 66 lid 1 on the boundary days', () => {
  it('takes the IVA aanvraag as the aangifte when it came before the verlenging request', () => {
    const t = ev(
      [
        { type: 'vervroegde-iva', date: '2025-12-01' },
        { type: 'verlenging', date: '2026-09-01', weeks: 13 },
      ],
      '2026-09-02',
    );
    expect(ms(t, '42e-weeksmelding').completedOn).toBe('2025-12-01');
    expect(flag(t, 'STEP_IMPLIED', '42e-weeksmelding')?.params).toMatchObject({ impliedBy: 'vervroegde-iva', date: '2025-12-01' });
  });

  it('names the IVA aanvraag when both requests are made on the same day', () => {
    const t = ev(
      [
        { type: 'vervroegde-iva', date: '2025-12-01' },
        { type: 'verlenging', date: '2025-12-01', weeks: 13 },
      ],
      '2025-12-02',
    );
    expect(flag(t, 'STEP_IMPLIED', '42e-weeksmelding')?.params).toMatchObject({ impliedBy: 'vervroegde-iva', date: '2025-12-01' });
  });

  it('keeps a melding recorded on the day of the request itself', () => {
    const t = ev(
      [
        { type: '42e-weeksmelding', date: '2025-12-01' },
        { type: 'vervroegde-iva', date: '2025-12-01' },
      ],
      '2025-12-02',
    );
    expect(ms(t, '42e-weeksmelding').completedOn).toBe('2025-12-01');
    expect(flag(t, 'STEP_IMPLIED', '42e-weeksmelding')).toBeUndefined();
  });

  it('deems the WIA aanvraag made by the IVA aanvraag when none is recorded (WIA 66 lid 1)', () => {
    const t = ev([{ type: 'vervroegde-iva', date: '2025-12-01' }], '2025-12-02');
    expect(ms(t, 'wia-aanvraag').completedOn).toBe('2025-12-01');
    expect(flag(t, 'STEP_IMPLIED', 'wia-aanvraag')?.params).toEqual({
      impliedBy: 'vervroegde-iva',
      date: '2025-12-01',
      basis: 'wia-66-lid-1',
    });
  });

  it('keeps a WIA aanvraag recorded on or before the IVA aanvraag', () => {
    for (const date of ['2025-11-20', '2025-12-01']) {
      const t = ev(
        [
          { type: 'wia-aanvraag', date },
          { type: 'vervroegde-iva', date: '2025-12-01' },
        ],
        '2025-12-02',
      );
      expect(ms(t, 'wia-aanvraag').completedOn).toBe(date);
      expect(flag(t, 'STEP_IMPLIED', 'wia-aanvraag')).toBeUndefined();
    }
  });

  it('adds the delay of a late IVA aanvraag to the wage period: it is the aanvraag, on a known day', () => {
    // IVA aanvraag 2026-11-05, 18 days after 2026-10-18 → 2027-01-03 + 18 = 2027-01-21 (BW 7:629 lid 11 a)
    expect(plus('2027-01-03', 18)).toBe('2027-01-21');
    const t = ev([{ type: 'vervroegde-iva', date: '2026-11-05' }], '2026-11-06');
    expect(t.wageObligationEnd).toBe('2027-01-21');
    expect(t.wageObligationDerivation.map((s) => s.kind)).toEqual(['lateApplication']);
    expect(flag(t, 'WAGE_END_OPEN')).toBeUndefined();
  });
});
