/**
 * The branches of src/engine/facts.ts that the StrykerJS run of 2026-12-06 found unread
 * (docs/reliability.md §7, "fourth pass"): which of two requests implies the 42e-weeksmelding (the
 * earlier, ZW 38 lid 8); a step recorded after the event that implies it (deemed made on that
 * event's day) against one only inferred (WIA 25 lid 9: a recorded aanvraag keeps its own day); the
 * flag for a verlenging after the wachttijd, raised by no other event; and the wage phases after the
 * wachttijd: a late aanvraag followed by the loonsanctie, a phase of one day, a phase all leave.
 *
 * D1 = Monday 6 January 2025. Dates counted by hand on the calendar (the arithmetic is beside each)
 * and re-checked with `plus` (Date.UTC, not the engine): the 42e-weeksmelding is due D1+294 = Mon
 * 27 Oct 2025; the 104 weeks end on counted day 728 = D1+727 = Sun 3 Jan 2027 (day 6 of 2025 + 727
 * = 733 = 365 + 365 + 3); the WIA aanvraag is due 77 days before that = Sun 18 Oct 2026 (3 days to
 * 31 Dec, 31 of December, 30 of November, 13 of October). None of these terms is moved by the Atw
 * (the rule table gives them no roll).
 */
import { describe, expect, it } from 'vitest';
import type { CaseEvent, CaseTimeline } from '../../src/index.js';
import { evaluateCase } from '../../src/index.js';
import { ms, plus } from '../golden/helpers.js';

const D1 = '2025-01-06';
const LAST = '2027-01-03';
const AANVRAAG_DUE = '2026-10-18';
const run = (events: readonly CaseEvent[], asOf: string) => evaluateCase({ firstSickDay: D1, events }, { asOf });
const flag = (t: CaseTimeline, code: string, id?: string) =>
  t.flags.find((f) => f.code === code && (id === undefined || f.milestoneId === id));

describe('the step a recorded event stands for (impliedSteps)', () => {
  it('checks its own dates', () => {
    expect([plus(D1, 294), plus(D1, 727), plus(LAST, -77)]).toEqual(['2025-10-27', LAST, AANVRAAG_DUE]);
  });

  it('takes the verlenging request as the aangifte when it came before the IVA aanvraag (the earlier of the two)', () => {
    // verlenging requested Tue 1 Sep 2026, IVA aanvraag Tue 15 Sep 2026, no 42e-weeksmelding recorded
    const t = run(
      [
        { type: 'verlenging', date: '2026-09-01', weeks: 13 },
        { type: 'vervroegde-iva', date: '2026-09-15' },
      ],
      '2026-09-16',
    );
    expect(ms(t, '42e-weeksmelding')).toMatchObject({ completedOn: '2026-09-01', status: 'done-late' });
    expect(flag(t, 'STEP_IMPLIED', '42e-weeksmelding')?.params).toEqual({
      impliedBy: 'verlenging',
      date: '2026-09-01',
      basis: 'zw-38-lid-8',
    });
  });

  it('deems the melding made on the day of an earlier IVA aanvraag, not on the later day it was recorded', () => {
    // IVA aanvraag Mon 2 Jun 2025; the melding recorded Mon 20 Oct 2025 (in its window, D1+287):
    // ZW 38 lid 8 makes the aanvraag the aangifte, so the step was done on 2 Jun.
    expect(plus(D1, 287)).toBe('2025-10-20');
    const t = run(
      [
        { type: 'vervroegde-iva', date: '2025-06-02' },
        { type: '42e-weeksmelding', date: '2025-10-20' },
      ],
      '2025-11-01',
    );
    expect(ms(t, '42e-weeksmelding')).toMatchObject({ completedOn: '2025-06-02', status: 'done' });
    expect(flag(t, 'STEP_IMPLIED', '42e-weeksmelding')?.params).toEqual({
      impliedBy: 'vervroegde-iva',
      date: '2025-06-02',
      basis: 'zw-38-lid-8',
    });
  });

  it('keeps a WIA aanvraag recorded after the loonsanctie: WIA 25 lid 9 only infers one that is not recorded', () => {
    // aanvraag Fri 20 Nov 2026: 33 days after its due day (13 to 31 Oct + 20) → the wachttijd's end
    // 3 Jan 2027 + 33 = Fri 5 Feb 2027; loonsanctie decided Mon 16 Nov 2026 (before its term,
    // 5 Feb 2027 − 42 = Fri 25 Dec 2026), 52 weeks → 5 Feb 2027 + 364 = Fri 4 Feb 2028.
    expect([plus(AANVRAAG_DUE, 33), plus(LAST, 33), plus('2027-02-05', -42), plus('2027-02-05', 364)]).toEqual([
      '2026-11-20',
      '2027-02-05',
      '2026-12-25',
      '2028-02-04',
    ]);
    const t = run(
      [
        { type: 'loonsanctie', date: '2026-11-16', weeks: 52 },
        { type: 'wia-aanvraag', date: '2026-11-20' },
      ],
      '2027-06-02',
    );
    expect(ms(t, 'wia-aanvraag')).toMatchObject({ completedOn: '2026-11-20', status: 'done-late' });
    expect(flag(t, 'STEP_IMPLIED')).toBeUndefined();
    expect(flag(t, 'WAGE_END_OPEN')).toBeUndefined();
    expect(t.wageObligationEnd).toBe('2028-02-04');
  });
});

describe('VERLENGING_AFTER_WACHTTIJD is about a verlenging only', () => {
  it('is not raised by another event after the 104 weeks', () => {
    // WIA aanvraag Sun 10 Jan 2027, a week after the wachttijd's last day (3 Jan 2027)
    const t = run([{ type: 'wia-aanvraag', date: '2027-01-10' }], '2027-02-01');
    expect(ms(t, 'wia-aanvraag').completedOn).toBe('2027-01-10');
    expect(flag(t, 'VERLENGING_AFTER_WACHTTIJD')).toBeUndefined();
  });
});

describe('the wage phases after the wachttijd', () => {
  it('a late aanvraag, then the loonsanctie from the next day', () => {
    // aanvraag Thu 5 Nov 2026: 18 days late (13 + 5) → 4 … 21 Jan 2027 (18 days); loonsanctie decided
    // 16 Nov 2026 (term 21 Jan 2027 − 42 = 10 Dec 2026: in time), 52 weeks: 22 Jan 2027 … 21 Jan 2027
    // + 364 = Thu 20 Jan 2028 (364 days).
    expect([plus(LAST, 18), plus('2027-01-21', -42), plus('2027-01-21', 364)]).toEqual(['2027-01-21', '2026-12-10', '2028-01-20']);
    const t = run(
      [
        { type: 'wia-aanvraag', date: '2026-11-05' },
        { type: 'loonsanctie', date: '2026-11-16', weeks: 52 },
      ],
      '2027-06-02',
    );
    expect(t.wagePhases.slice(2)).toEqual([
      {
        kind: 'late-wia-aanvraag',
        from: '2027-01-04',
        until: '2027-01-21',
        ranges: [{ from: '2027-01-04', until: '2027-01-21' }],
        days: 18,
        percentage: 70,
      },
      {
        kind: 'loonsanctie',
        from: '2027-01-22',
        until: '2028-01-20',
        ranges: [{ from: '2027-01-22', until: '2028-01-20' }],
        days: 364,
        percentage: 70,
      },
    ]);
  });

  it('a phase of one day: an aanvraag one day late', () => {
    // aanvraag Mon 19 Oct 2026, one day after Sun 18 Oct → the obligation ends 4 Jan 2027, one day late
    const t = run([{ type: 'wia-aanvraag', date: '2026-10-19' }], '2026-12-01');
    expect(t.wageObligationEnd).toBe('2027-01-04');
    expect(t.wagePhases.map((p) => p.kind)).toEqual(['jaar-1', 'jaar-2', 'late-wia-aanvraag']);
    expect(t.wagePhases[2]).toEqual({
      kind: 'late-wia-aanvraag',
      from: '2027-01-04',
      until: '2027-01-04',
      ranges: [{ from: '2027-01-04', until: '2027-01-04' }],
      days: 1,
      percentage: 70,
    });
  });

  it('no phase for a verlenging that lies wholly in pregnancy leave', () => {
    // 16 weeks of leave, Mon 4 Jan … Sun 25 Apr 2027 (28 + 28 + 31 + 25 = 112 days), start the day
    // after counted day 728 (3 Jan 2027, so not moved by it); the verlenging of 13 weeks (the least
    // WIA 24 allows) runs 4 Jan … 4 Apr 2027 (3 Jan + 91: 28 + 28 + 31 + 4), every day of it leave.
    expect([plus(LAST, 91), plus('2027-01-04', 111)]).toEqual(['2027-04-04', '2027-04-25']);
    const t = run(
      [
        { type: 'verlenging', date: '2026-09-01', weeks: 13 },
        { type: 'zwangerschapsverlof', date: '2027-01-04', until: '2027-04-25' },
      ],
      '2026-12-01',
    );
    expect(ms(t, 'einde-wachttijd').due).toBe('2027-04-04');
    expect(t.wagePhases.map((p) => [p.kind, p.until])).toEqual([
      ['jaar-1', '2026-01-04'],
      ['jaar-2', LAST],
    ]);
  });
});
