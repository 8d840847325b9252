/**
 * The facts of the current case at their edges: which events belong to it, which of two records of
 * one fact holds (the first step, the first UWV letter, the last AOW date, end of employment and
 * bekorting), the sums of verlengingen and loonsancties with their limits, the derivation of the last
 * day of the wachttijd, and where AOW age, the end of employment and a bekorting cut the wage
 * obligation (docs/rules.md §4). Dates are day counts from Monday 6 January 2025, re-derived with
 * `plus` (Date.UTC, not the engine).
 */

import { describe, expect, it } from 'vitest';
import type { CaseEvent, CaseTimeline, ExplainedTimeline } from '../../src/index.js';
import { evaluateCase } from '../../src/index.js';
import { ms, plus } from '../golden/helpers.js';

const D1 = '2025-01-06';
/** Counted day 728 of an uninterrupted case: D1 + 727. */
const LAST_DAY = '2027-01-03';
const none = { fit: 0, leave: 0 };

const run = (events: readonly CaseEvent[], asOf: string, firstSickDay = D1): ExplainedTimeline =>
  evaluateCase({ firstSickDay, events }, { explain: true, asOf });
const codes = (t: ExplainedTimeline) => t.flags.map((f) => f.code);

describe('the events of the current case', () => {
  // Fit 2025-03-01 … 2025-03-31 (31 days ≥ 28): the sickness from 2025-04-01 is a new case with day 1
  // 2025-04-01 (docs/rules.md §4, samentelling).
  const earlier: CaseEvent[] = [
    { type: 'probleemanalyse', date: '2025-02-10' },
    { type: 'deskundigenoordeel', date: '2025-02-20' },
    { type: 'hersteld', date: '2025-03-01' },
    { type: 'ziek', date: '2025-04-01' },
  ];

  it('leaves out the steps of an earlier case and keeps those on the new day 1', () => {
    const t = run(
      [...earlier, { type: 'casemanager', date: '2025-04-01' }, { type: 'deskundigenoordeel', date: '2025-04-01' }],
      '2025-04-10',
    );
    expect(t.firstSickDay).toBe('2025-04-01');
    // The new case's probleemanalyse is not done by the earlier one: due 2025-04-01 + 41 = 2025-05-12.
    expect(plus('2025-04-01', 41)).toBe('2025-05-12');
    expect(ms(t, 'probleemanalyse')).toMatchObject({ due: '2025-05-12', completedOn: null, status: 'upcoming' });
    expect(ms(t, 'casemanager').completedOn).toBe('2025-04-01');
    expect(t.dossier.filter((d) => d.id === 'deskundigenoordeel')).toEqual([
      { id: 'deskundigenoordeel', occurrence: 1, required: false, present: true, date: '2025-04-01' },
    ]);
  });

  it('keeps an AOW date that lies before the new day 1', () => {
    // AOW 2025-03-15, between the cases: 6 weeks of sickness from the new day 1 → 2025-05-12.
    const t = run([...earlier, { type: 'aow-leeftijd', date: '2025-03-15' }], '2025-04-10');
    expect(t.wageObligationEnd).toBe('2025-05-12');
    expect(t.wageObligationDerivation).toEqual([{ kind: 'aow', aowDate: '2025-03-15', weeks: 6, uncounted: none, date: '2025-05-12' }]);
  });
});

describe('which of two records holds', () => {
  it('takes the first record of a step', () => {
    // probleemanalyse due 2025-02-16: done on 2025-02-10, recorded again on 2025-03-01.
    const t = run(
      [
        { type: 'probleemanalyse', date: '2025-03-01' },
        { type: 'probleemanalyse', date: '2025-02-10' },
      ],
      '2025-03-10',
    );
    expect(ms(t, 'probleemanalyse')).toMatchObject({ due: '2025-02-16', completedOn: '2025-02-10', status: 'done' });
  });

  it('takes the first UWV letter', () => {
    // 42e-weeksmelding in time; letters 2026-10-08 and 2026-10-20, both later than 28 days before the
    // last day: the application is due 28 days after the first, 2026-11-05 (not 2026-11-17).
    expect([plus('2026-10-08', 28), plus('2026-10-20', 28)]).toEqual(['2026-11-05', '2026-11-17']);
    const t = run(
      [
        { type: '42e-weeksmelding', date: '2025-10-27' },
        { type: 'wia-brief-ontvangen', date: '2026-10-20' },
        { type: 'wia-brief-ontvangen', date: '2026-10-08' },
      ],
      '2026-10-25',
    );
    expect(ms(t, 'wia-aanvraag').due).toBe('2026-11-05');
  });

  it('takes the last AOW date', () => {
    // AOW 2025-09-01 and 2026-06-01: the later holds → 2026-06-01 + 41 = 2026-07-12.
    expect(plus('2026-06-01', 41)).toBe('2026-07-12');
    const t = run(
      [
        { type: 'aow-leeftijd', date: '2026-06-01' },
        { type: 'aow-leeftijd', date: '2025-09-01' },
      ],
      '2025-03-01',
    );
    expect(t.wageObligationEnd).toBe('2026-07-12');
    expect(t.wageObligationDerivation).toEqual([{ kind: 'aow', aowDate: '2026-06-01', weeks: 6, uncounted: none, date: '2026-07-12' }]);
  });

  it('takes the last end of employment', () => {
    const t = run(
      [
        { type: 'einde-dienstverband', date: '2026-03-31' },
        { type: 'einde-dienstverband', date: '2025-12-31' },
      ],
      '2025-03-01',
    );
    expect(t.wageObligationEnd).toBe('2026-03-31');
    expect(t.wageObligationDerivation).toEqual([{ kind: 'employmentEnds', date: '2026-03-31' }]);
  });
});

describe('the last day of the wachttijd and the verlengingen', () => {
  it('derives counted day 728 alone when there is no verlenging', () => {
    expect(plus(D1, 727)).toBe(LAST_DAY);
    const t = run([], '2025-03-01');
    expect(ms(t, 'einde-wachttijd').derivation.due).toEqual([
      { kind: 'counted', countedDay: 728, from: D1, days: 727, uncounted: none, date: LAST_DAY },
    ]);
    expect(t.wachttijd).toEqual({ lastDay: LAST_DAY, wiaStart: '2027-01-04' });
  });

  it('adds the verlengingen up (13 + 26 weeks = 273 days)', () => {
    // 2027-01-03 + 28 = 01-31, + 28 = 02-28, + 31 + 30 + 31 + 30 + 31 + 31 + 30 = 09-30, + 3 = 10-03
    expect(plus(LAST_DAY, 273)).toBe('2027-10-03');
    const t = run(
      [
        { type: 'verlenging', date: '2026-06-01', weeks: 13 },
        { type: 'verlenging', date: '2026-09-01', weeks: 26 },
      ],
      '2026-09-02',
    );
    expect(t.wachttijd).toEqual({ lastDay: '2027-10-03', wiaStart: '2027-10-04' });
    expect(ms(t, 'einde-wachttijd').derivation.due).toEqual([
      { kind: 'counted', countedDay: 728, from: D1, days: 727, uncounted: none, date: LAST_DAY },
      { kind: 'verlenging', weeks: 39, date: '2027-10-03' },
    ]);
  });

  it('derives the uncounted days of a fit gap and of leave inside the 104 weeks', () => {
    // fit 2025-03-03 … 03-16 (14 days), leave 2025-06-02 … 06-08 (7 days): 728 + 21 − 1 days after D1.
    expect(plus(D1, 748)).toBe('2027-01-24');
    const t = run(
      [
        { type: 'hersteld', date: '2025-03-03' },
        { type: 'ziek', date: '2025-03-17' },
        { type: 'zwangerschapsverlof', date: '2025-06-02', until: '2025-06-08' },
      ],
      '2025-03-20',
    );
    expect(ms(t, 'einde-wachttijd').derivation.due).toEqual([
      { kind: 'counted', countedDay: 728, from: D1, days: 748, uncounted: { fit: 14, leave: 7 }, date: '2027-01-24' },
    ]);
  });

  it('flags a verlenging dated after the original last day, not one dated on it', () => {
    const on = run([{ type: 'verlenging', date: LAST_DAY, weeks: 13 }], LAST_DAY);
    expect(codes(on)).not.toContain('VERLENGING_AFTER_WACHTTIJD');
    const after = run([{ type: 'verlenging', date: '2027-01-04', weeks: 13 }], '2027-01-04');
    expect(after.flags.filter((f) => f.code === 'VERLENGING_AFTER_WACHTTIJD')).toEqual([
      { code: 'VERLENGING_AFTER_WACHTTIJD', severity: 'warning', params: { date: '2027-01-04', lastDay: LAST_DAY } },
    ]);
    // It still moves the last day: 2027-01-03 + 91 = 2027-04-04.
    expect(after.wachttijd.lastDay).toBe(plus(LAST_DAY, 91));
  });
});

describe('the loonsanctie weeks and their cap of 52', () => {
  // Application in time (due 2026-10-18), so the sanction runs from the last day of the wachttijd.
  const sanction = (...weeks: number[]) =>
    run(
      [
        { type: 'wia-aanvraag', date: '2026-10-10' },
        ...weeks.map((w, i): CaseEvent => ({ type: 'loonsanctie', date: plus('2026-11-16', i), weeks: w })),
      ],
      '2027-01-10',
    );

  it('adds the sanctions up to exactly 52 weeks without a flag', () => {
    // 30 + 22 = 52 weeks = 364 days after 2027-01-03 → 2028-01-02
    expect(plus(LAST_DAY, 364)).toBe('2028-01-02');
    const t = sanction(30, 22);
    expect(codes(t)).not.toContain('LOONSANCTIE_OVER_MAX');
    expect(t.wageObligationEnd).toBe('2028-01-02');
    expect(t.wageObligationDerivation).toEqual([{ kind: 'loonsanctie', weeks: 52, imposed: 52, leaveDays: 0, date: '2028-01-02' }]);
  });

  it('caps 53 weeks at 52 with an error that names both', () => {
    const t = sanction(30, 23);
    expect(t.flags.filter((f) => f.code === 'LOONSANCTIE_OVER_MAX')).toEqual([
      { code: 'LOONSANCTIE_OVER_MAX', severity: 'error', params: { weeks: 53, max: 52 } },
    ]);
    expect(t.wageObligationEnd).toBe('2028-01-02');
    expect(t.wageObligationDerivation).toEqual([{ kind: 'loonsanctie', weeks: 52, imposed: 53, leaveDays: 0, date: '2028-01-02' }]);
  });
});

describe('bekorting of a loonsanctie', () => {
  // As above, 52 weeks from 2027-01-03 to 2028-01-02.
  const base: CaseEvent[] = [
    { type: 'wia-aanvraag', date: '2026-10-10' },
    { type: 'loonsanctie', date: '2026-11-20', weeks: 52 },
  ];
  const run2 = (extra: CaseEvent[], asOf = '2027-06-01') => run([...base, ...extra], asOf);

  it('takes the last decision, and its six weeks when it names no day', () => {
    // decisions 2027-03-01 (until 2027-03-20) and 2027-04-01 (no until): 2027-04-01 + 42 = 2027-05-13.
    expect(plus('2027-04-01', 42)).toBe('2027-05-13');
    const t = run2([
      { type: 'loonsanctie-bekort', date: '2027-04-01' },
      { type: 'loonsanctie-bekort', date: '2027-03-01', until: '2027-03-20' },
    ]);
    expect(t.wageObligationEnd).toBe('2027-05-13');
    expect(t.wageObligationDerivation.at(-1)).toEqual({ kind: 'bekorting', decision: '2027-04-01', days: 42, date: '2027-05-13' });
  });

  it('takes the day the last decision names', () => {
    const t = run2([
      { type: 'loonsanctie-bekort', date: '2027-03-01' },
      { type: 'loonsanctie-bekort', date: '2027-04-01', until: '2027-04-20' },
    ]);
    expect(t.wageObligationEnd).toBe('2027-04-20');
    expect(t.wageObligationDerivation.at(-1)).toEqual({ kind: 'bekorting', decision: '2027-04-01', days: null, date: '2027-04-20' });
  });

  it('never ends the obligation before the sanction began', () => {
    // Decision 2026-12-20 naming 2026-12-31, before the last day 2027-01-03: the obligation ends there.
    const t = run2([{ type: 'loonsanctie-bekort', date: '2026-12-20', until: '2026-12-31' }]);
    expect(t.wageObligationEnd).toBe(LAST_DAY);
    expect(t.wageObligationDerivation.at(-1)).toEqual({ kind: 'bekorting', decision: '2026-12-20', days: null, date: LAST_DAY });
  });

  it('cuts nothing when the day it names is the sanction’s own end or later', () => {
    for (const until of ['2028-01-02', '2028-01-03']) {
      const t = run2([{ type: 'loonsanctie-bekort', date: '2027-04-01', until }]);
      expect(t.wageObligationEnd, until).toBe('2028-01-02');
      expect(
        t.wageObligationDerivation.map((s) => s.kind),
        until,
      ).toEqual(['loonsanctie']);
    }
  });

  it('means nothing without a loonsanctie', () => {
    const t = run(
      [
        { type: 'wia-aanvraag', date: '2026-10-10' },
        { type: 'loonsanctie-bekort', date: '2026-12-01' },
      ],
      '2027-01-10',
    );
    expect(t.wageObligationEnd).toBe(LAST_DAY);
    expect(t.wageObligationDerivation).toEqual([]);
  });
});

describe('AOW age and the end of employment cut the wage obligation only when earlier', () => {
  it('cuts at the AOW date + 6 weeks of sickness, not when that is the last day itself', () => {
    // AOW 2026-11-23: + 41 = 2027-01-03 = the last day → nothing cut; AOW a day earlier → 2027-01-02.
    expect(plus('2026-11-23', 41)).toBe(LAST_DAY);
    const same = run([{ type: 'aow-leeftijd', date: '2026-11-23' }], '2025-03-01');
    expect(same.wageObligationEnd).toBe(LAST_DAY);
    expect(same.wageObligationDerivation).toEqual([]);
    const earlier = run([{ type: 'aow-leeftijd', date: '2026-11-22' }], '2025-03-01');
    expect(earlier.wageObligationEnd).toBe('2027-01-02');
    expect(earlier.wageObligationDerivation).toEqual([
      { kind: 'aow', aowDate: '2026-11-22', weeks: 6, uncounted: none, date: '2027-01-02' },
    ]);
  });

  it('counts the 6 weeks from day 1 for an AOW date on day 1', () => {
    expect(plus(D1, 41)).toBe('2025-02-16');
    const t = run([{ type: 'aow-leeftijd', date: D1 }], '2025-01-10');
    expect(t.wageObligationDerivation).toEqual([{ kind: 'aow', aowDate: D1, weeks: 6, uncounted: none, date: '2025-02-16' }]);
  });

  it('cuts at the last day of employment, not when that is the end already', () => {
    const same = run([{ type: 'einde-dienstverband', date: LAST_DAY }], '2025-03-01');
    expect(same.wageObligationDerivation).toEqual([]);
    const earlier = run([{ type: 'einde-dienstverband', date: '2027-01-02' }], '2025-03-01');
    expect(earlier.wageObligationEnd).toBe('2027-01-02');
    expect(earlier.wageObligationDerivation).toEqual([{ kind: 'employmentEnds', date: '2027-01-02' }]);
  });
});

/**
 * The branches of the facts that the StrykerJS run of 2026-12-06 found unread (docs/reliability.md
 * §7, "fourth pass"): which of two requests implies the 42e-weeksmelding (the
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
describe('the facts at their branches', () => {
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
});
