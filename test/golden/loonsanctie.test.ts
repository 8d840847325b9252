/**
 * The loonsanctie (WIA 25 lid 9–14): paused by pregnancy leave (lid 9), ended by a bekorting (lid
 * 12–14), and a late decision on the boundary days of its term (lid 10, 14). The boundary-day tests
 * sit on the day where `<` and `<=` (or the first and the last of two records) give different
 * answers. Each date was computed by hand (the calendar arithmetic is written beside it) and
 * re-checked with `plus` (Date.UTC), never taken from the engine.
 */
import { describe, expect, it } from 'vitest';
import { type CaseEvent, evaluateCase } from '../../src/index.js';
import { plus, run } from './helpers.js';

// D1 Mon 2025-01-06: 42e-weeksmelding due D1+294 = Mon 2025-10-27; WIA aanvraag due D1+650 = Sun
// 2026-10-18; last day of the wachttijd D1+727 = Sun 2027-01-03.
const D1 = '2025-01-06';
const ev = (events: readonly CaseEvent[], asOf: string) => run(D1, events, asOf);

describe('loonsanctie and pregnancy leave (WIA 25 lid 9), and bekorting (lid 12–14)', () => {
  // D1 2025-01-06; lastDay 2027-01-03 (Sun); the application made in time; 52 weeks of loonsanctie.
  const base = [
    { type: 'wia-aanvraag', date: '2026-10-10' },
    { type: 'loonsanctie', date: '2026-11-20', weeks: 52 },
  ] as const;
  const run = (extra: readonly CaseEvent[], asOf = '2027-04-01') =>
    evaluateCase({ firstSickDay: '2025-01-06', events: [...base, ...extra] }, { explain: true, asOf });

  it('runs 52 weeks after the wachttijd without leave', () => {
    expect(run([]).wageObligationEnd).toBe('2028-01-02'); // 2027-01-03 + 364
  });

  it('pauses for pregnancy leave that starts during the sanction', () => {
    // leave 2027-03-01 … 2027-06-20 (112 days): 2027-01-03 + 364 + 112 = 2028-04-23
    const t = run([{ type: 'zwangerschapsverlof', date: '2027-03-01', until: '2027-06-20' }]);
    expect(plus('2028-01-02', 112)).toBe('2028-04-23');
    expect(t.wageObligationEnd).toBe('2028-04-23');
    expect(t.wageObligationDerivation.find((s) => s.kind === 'loonsanctie')).toMatchObject({ weeks: 52, leaveDays: 112 });
  });

  it('starts after leave that runs at the end of the wachttijd', () => {
    // leave 2026-12-01 … 2027-03-22 (112 days) inside the sickness: 694 counted days before it, the
    // other 34 from 2027-03-23 → lastDay 2027-04-25; + 364 = 2028-04-23
    const t = run([{ type: 'zwangerschapsverlof', date: '2026-12-01', until: '2027-03-22' }]);
    expect(t.wachttijd.lastDay).toBe('2027-04-25');
    expect(t.wageObligationEnd).toBe('2028-04-23');
  });

  it('ends six weeks after UWV decides the shortfall is repaired', () => {
    // decision 2027-04-01 → + 42 = 2027-05-13 (Thu)
    const t = run([{ type: 'loonsanctie-bekort', date: '2027-04-01' }]);
    expect(t.wageObligationEnd).toBe('2027-05-13');
    expect(t.wageObligationDerivation.at(-1)).toEqual({ kind: 'bekorting', decision: '2027-04-01', days: 42, date: '2027-05-13' });
    // the day the decision names wins
    expect(run([{ type: 'loonsanctie-bekort', date: '2027-04-01', until: '2027-04-30' }]).wageObligationEnd).toBe('2027-04-30');
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
