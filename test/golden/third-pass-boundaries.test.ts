/**
 * Boundary days of the third pass of the law (implied steps, the loonsanctie's term, the late UWV
 * letter, the vangnet terms and the Atw): each test sits on the day where `<` and `<=` (or the first
 * and the last of two records) give different answers. Every date was computed by hand on a calendar
 * (the arithmetic is beside it) and is re-checked with `plus` (Date.UTC), never taken from the engine.
 */
import { describe, expect, it } from 'vitest';
import { extendToTwoAtwWorkingDays } from '../../src/calendar/atw.js';
import { formatIsoDate, parseIsoDate } from '../../src/calendar/isoDate.js';
import { type CaseEvent, type CaseInput, evaluateCase } from '../../src/index.js';
import { ms, plus, run } from './helpers.js';

// D1 Mon 2025-01-06: 42e-weeksmelding due D1+294 = Mon 2025-10-27; WIA aanvraag due D1+650 = Sun
// 2026-10-18; last day of the wachttijd D1+727 = Sun 2027-01-03.
const D1 = '2025-01-06';
const ev = (events: readonly CaseEvent[], asOf: string) => run(D1, events, asOf);
const flag = (t: ReturnType<typeof ev>, code: string, id?: string) =>
  t.flags.find((f) => f.code === code && (id === undefined || f.milestoneId === id));

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

describe('the loonsanctie decision on the boundary days (WIA 25 lid 10, 14)', () => {
  // aanvraag in time; the decision is due 2027-01-03 − 42 = Sun 2026-11-22 (backward: not rolled).
  const aanvraag: CaseEvent = { type: 'wia-aanvraag', date: '2026-10-10' };

  it('records no late decision for one on the term itself', () => {
    expect(plus('2027-01-03', -42)).toBe('2026-11-22');
    const t = ev([aanvraag, { type: 'loonsanctie', date: '2026-11-22', weeks: 4 }], '2027-01-10');
    // 2027-01-03 + 28 = 2027-01-31
    expect(t.wageObligationEnd).toBe(plus('2027-01-03', 28));
    expect(t.wageObligationDerivation.map((s) => s.kind)).toEqual(['loonsanctie']);
  });

  it('measures the delay from the first decision, not from a later one', () => {
    // 4 weeks on 2026-11-01 (in time) and 4 more on 2026-12-13 (21 days after 11-22): 8 weeks from the
    // first, timely decision → 2027-01-03 + 56 = 2027-02-28, nothing taken off.
    expect(plus('2027-01-03', 56)).toBe('2027-02-28');
    const t = ev(
      [aanvraag, { type: 'loonsanctie', date: '2026-11-01', weeks: 4 }, { type: 'loonsanctie', date: '2026-12-13', weeks: 4 }],
      '2027-01-10',
    );
    expect(t.wageObligationEnd).toBe('2027-02-28');
  });

  it('takes off no more than the sanction added (lid 14: at most back to the end of the wachttijd)', () => {
    // 1 week decided Sat 2026-12-12, 20 days after 2026-11-22: min(20, 7) = 7 → back to 2027-01-03.
    expect(plus('2026-11-22', 20)).toBe('2026-12-12');
    const t = ev([aanvraag, { type: 'loonsanctie', date: '2026-12-12', weeks: 1 }], '2027-01-10');
    expect(t.wageObligationEnd).toBe('2027-01-03');
    expect(t.wageObligationDerivation.at(-1)).toMatchObject({ kind: 'loonsanctieDecisionLate', days: 7, date: '2027-01-03' });
  });
});

describe('the UWV letter and the verlenging on the boundary days (WIA 64 lid 6; 25 lid 4)', () => {
  it('moves the letter’s last timely day by the verlenging: a letter on it gives no extra weeks', () => {
    // verlenging 13 weeks: letter latest D1+622+91 = Sun 2026-12-20; aanvraag due D1+650+91 = Sun
    // 2027-01-17 = the letter + 28 (which the Atw would have rolled to Mon 01-18 had the letter been late).
    expect([plus(D1, 622 + 91), plus(D1, 650 + 91), plus('2026-12-20', 28)]).toEqual(['2026-12-20', '2027-01-17', '2027-01-17']);
    const t = ev(
      [
        { type: '42e-weeksmelding', date: '2025-10-27' },
        { type: 'verlenging', date: '2026-09-01', weeks: 13 },
        { type: 'wia-brief-ontvangen', date: '2026-12-20' },
      ],
      '2026-12-21',
    );
    const a = ms(t, 'wia-aanvraag');
    expect(a.due).toBe('2027-01-17');
    expect(a.derivation.due.some((s) => s.kind === 'lateLetter')).toBe(false);
  });

  it('gives the four weeks when the melding in time was made by the IVA aanvraag (ZW 38 lid 8)', () => {
    // IVA aanvraag 2025-12-01 is the melding, before Sat 2026-07-25 (D1+565); letter Mon 2026-09-21
    // (late) + 28 = Mon 2026-10-19.
    expect([plus(D1, 565), plus('2026-09-21', 28)]).toEqual(['2026-07-25', '2026-10-19']);
    const t = ev(
      [
        { type: 'vervroegde-iva', date: '2025-12-01' },
        { type: 'wia-brief-ontvangen', date: '2026-09-21' },
      ],
      '2026-09-22',
    );
    expect(ms(t, 'wia-aanvraag').due).toBe('2026-10-19');
    expect(flag(t, 'WIA_LETTER_EXTENSION_EXCLUDED')).toBeUndefined();
  });

  it('opens the window on a letter received on the aanvraag’s own deadline (extension excluded)', () => {
    // letter 2026-10-18 = D1+650, late (after D1+622); no melding → no four weeks, due stays 2026-10-18.
    const t = ev([{ type: 'wia-brief-ontvangen', date: '2026-10-18' }], '2026-10-19');
    const a = ms(t, 'wia-aanvraag');
    expect(a.due).toBe('2026-10-18');
    expect(a.windowStart).toBe('2026-10-18');
    expect(a.derivation.windowStart).toEqual([{ kind: 'letterReceived', date: '2026-10-18' }]);
  });

  it('counts a report made on the day of the verlenging as made for the extended period', () => {
    const t = ev(
      [
        { type: 'verlenging', date: '2026-09-01', weeks: 13 },
        { type: 'eindevaluatie', date: '2026-09-01' },
      ],
      '2026-09-02',
    );
    expect(ms(t, 'eindevaluatie').completedOn).toBe('2026-09-01');
    expect(flag(t, 'REPORT_BEFORE_VERLENGING')).toBeUndefined();
  });
});

describe('the vangnet melding on the boundary days (ZW 38a, 38b; Atw art. 1, 2)', () => {
  const vangnet = (firstSickDay: string, v: CaseInput['vangnet'], asOf: string) =>
    ms(evaluateCase({ firstSickDay, events: [], vangnet: v }, { asOf, explain: true }), 'ziekmelding-uwv-vangnet');

  it('counts the Atw’s two working days from the day after the ground became clear (38b lid 2)', () => {
    // D1 Wed 2025-10-01 (6 weeks: 2025-11-12); known Wed 2025-12-24: 4th day after = Sun 12-28, art. 1
    // → Mon 12-29; the term 12-25 … 12-29 holds one working day (25, 26 Kerst; 27, 28 weekend), art. 2
    // → Tue 12-30. Counting from 12-24 itself would have given two and stopped at 12-29.
    expect([plus('2025-10-01', 42), plus('2025-12-24', 4)]).toEqual(['2025-11-12', '2025-12-28']);
    const m = vangnet('2025-10-01', { grond: 'no-riskpolis', bekendOp: '2025-12-24' }, '2025-12-25');
    expect(m.derivation.due[0]).toMatchObject({ term: 'vierde-dag-na', from: '2025-12-24', days: 4, date: '2025-12-28' });
    expect(m.due).toBe('2025-12-30');
  });

  it('ignores a ground known on day 1 itself: the 4th day of the sickness stands', () => {
    // D1 Mon 2025-01-06: 4th day = Thu 2025-01-09 (known D1 + 4 would be Fri 01-10)
    const m = vangnet(D1, { grond: 'zwangerschap-na-verlof', bekendOp: D1 }, '2025-01-07');
    expect(m.derivation.due[0]).toMatchObject({ term: 'vierde-dag', from: D1, days: 3, date: '2025-01-09' });
    expect(m.due).toBe('2025-01-09');
  });

  it('counts from day 1 for pregnancy when the sickness starts inside the flexibiliseringsperiode', () => {
    // expected birth Sat 2025-02-01: 6 weeks before = 2025-02-01 + 1 − 42 = Sun 2024-12-22; D1 2025-01-06
    // is later → the 4th day of the sickness, Thu 2025-01-09 (not 12-25, the 4th day of the period).
    expect(plus('2025-02-01', 1 - 42)).toBe('2024-12-22');
    const m = vangnet(D1, { grond: 'zwangerschap', uitgerekendeDatum: '2025-02-01' }, '2025-01-07');
    expect(m.derivation.due[0]).toMatchObject({ term: 'vierde-dag', from: D1, flexStart: '2024-12-22', date: '2025-01-09' });
  });

  it('reads the expected date of birth only for the pregnancy ground', () => {
    const m = vangnet(D1, { grond: 'no-riskpolis', uitgerekendeDatum: '2025-02-01' }, '2025-01-07');
    // 6 weeks: D1 + 42 = Mon 2025-02-17
    expect(m.derivation.due[0]).toMatchObject({ term: 'zes-weken', flexStart: null, date: plus(D1, 42) });
  });
});

describe('UWV’s first werkdag after the 42nd week', () => {
  it('names the weekend days it skips, and adds no step when the day is a werkdag', () => {
    // D1 Sat 2025-01-04: D1+294 = Sat 2025-10-25 → Mon 10-27. D1 Mon 2025-01-06: D1+294 = Mon 2025-10-27.
    expect([plus('2025-01-04', 294), plus(D1, 294)]).toEqual(['2025-10-25', '2025-10-27']);
    const sat = ms(run('2025-01-04', [], '2025-01-05'), '42e-weeksmelding');
    expect(sat.derivation.legalLatest?.find((s) => s.kind === 'firstWerkdag')).toEqual({
      kind: 'firstWerkdag',
      from: '2025-10-25',
      skipped: [
        { date: '2025-10-25', reason: 'zaterdag' },
        { date: '2025-10-26', reason: 'zondag' },
      ],
      date: '2025-10-27',
    });
    const mon = ms(run(D1, [], '2025-01-07'), '42e-weeksmelding');
    expect(mon.derivation.legalLatest?.some((s) => s.kind === 'firstWerkdag')).toBe(false);
  });
});

describe('Atw art. 2 over a weekend', () => {
  it('does not count the Saturday and Sunday after a one-working-day term', () => {
    // Fri 2025-01-03 … Fri 2025-01-03 holds one working day; Sat 01-04 and Sun 01-05 are not → Mon 01-06.
    const d = parseIsoDate('2025-01-03');
    expect(formatIsoDate(extendToTwoAtwWorkingDays(d, d))).toBe('2025-01-06');
  });
});
