/**
 * The facts of the current case at their edges: which events belong to it, which of two records of
 * one fact holds (the first step, the first UWV letter, the last AOW date, end of employment and
 * bekorting), the sums of verlengingen and loonsancties with their limits, the derivation of the last
 * day of the wachttijd, and where AOW age, the end of employment and a bekorting cut the wage
 * obligation (docs/rules.md §4). Dates are day counts from Monday 6 January 2025, re-derived with
 * `plus` (Date.UTC, not the engine).
 */

import { describe, expect, it } from 'vitest';
import type { CaseEvent, ExplainedTimeline } from '../../src/index.js';
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
