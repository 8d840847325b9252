/**
 * Whole derivations, step by step, for the rules and branches of docs/rules.md §1–4: what each
 * date was computed from, with every count. The dates are day counts from D1 = Monday 6 January 2025,
 * each re-derived here with `plus` (Date.UTC, not the engine); the counts follow from the rule table
 * (docs/rules.md §2). A renderer only shows these steps (`explain`), so a wrong count here is a wrong
 * sentence in every report.
 */
import { describe, expect, it } from 'vitest';
import type { ExplainedMilestone } from '../../src/index.js';
import { evaluateCase } from '../../src/index.js';
import { ms, plus, run } from './helpers.js';

const D1 = '2025-01-06';
const none = { fit: 0, leave: 0 };
const counted = (countedDay: number, uncounted = none, from = D1) => ({
  kind: 'counted',
  countedDay,
  from,
  days: countedDay - 1 + uncounted.fit + uncounted.leave,
  uncounted,
  date: plus(from, countedDay - 1 + uncounted.fit + uncounted.leave),
});
const derivation = (m: ExplainedMilestone) => m.derivation;

describe('a fresh case (D1 6 Jan 2025, nothing recorded)', () => {
  const t = () => run(D1, [], D1);

  it('counts the probleemanalyse to day 42, its legal latest to day 43', () => {
    expect(plus(D1, 41)).toBe('2025-02-16');
    expect(derivation(ms(t(), 'probleemanalyse'))).toEqual({
      rule: 'counted',
      windowStart: null,
      due: [counted(42)],
      legalLatest: [counted(43)],
      reason: null,
    });
  });

  it('chains the plan van aanpak on the due date (and legal latest) of the probleemanalyse not yet done', () => {
    const afterPa = (basis: string, from: string) => ({
      kind: 'afterStep',
      step: 'probleemanalyse',
      occurrence: 1,
      basis,
      from,
      countedDays: 14,
      uncounted: none,
      date: plus(from, 14),
    });
    expect(derivation(ms(t(), 'plan-van-aanpak'))).toEqual({
      rule: 'afterStep',
      windowStart: null,
      due: [afterPa('due', '2025-02-16')],
      legalLatest: [afterPa('legalLatest', '2025-02-17')],
      reason: null,
    });
  });

  it('chains each evaluatie 42 days on the one before', () => {
    const evals = t().milestones.filter((m) => m.id === 'evaluatie');
    expect(evals).toHaveLength(16); // every 42 days from 13 Apr 2025 to the last day, 3 Jan 2027
    expect(evals[0]?.derivation.due).toEqual([
      {
        kind: 'afterStep',
        step: 'plan-van-aanpak',
        occurrence: 1,
        basis: 'due',
        from: '2025-03-02',
        countedDays: 42,
        uncounted: none,
        date: '2025-04-13',
      },
    ]);
    for (let k = 1; k < evals.length; k++) {
      const prev = evals[k - 1] as ExplainedMilestone;
      expect(evals[k]?.derivation.due).toEqual([
        {
          kind: 'afterStep',
          step: 'evaluatie',
          occurrence: k,
          basis: 'due',
          from: prev.due,
          countedDays: 42,
          uncounted: none,
          date: plus(prev.due, 42),
        },
      ]);
    }
    expect(evals.at(-1)?.due).toBe('2027-01-03');
    expect(evals.every((m) => m.derivation.rule === 'chain' && m.derivation.legalLatest === null)).toBe(true);
  });

  it('gives the eerstejaarsevaluatie a target day and no window, the vervroegde IVA a window and a due day', () => {
    // Regeling procesgang art. 4 lid 2 sub b: "in ieder geval aan het einde van het eerste ziektejaar";
    // weeks 46–52 are commentary, so no window.
    expect(derivation(ms(t(), 'eerstejaarsevaluatie'))).toMatchObject({ windowStart: null, due: [counted(364)] });
    expect(counted(364).date).toBe('2026-01-04');
    expect(derivation(ms(t(), 'vervroegde-iva'))).toMatchObject({ windowStart: [counted(22)], due: [counted(476)] });
  });

  it('expects the UWV letter on day 617, by law by day 623', () => {
    expect(derivation(ms(t(), 'wia-brief-uwv'))).toMatchObject({ due: [counted(617)], legalLatest: [counted(623)] });
    expect([counted(617).date, counted(623).date]).toEqual(['2026-09-14', '2026-09-20']);
  });

  it('counts the re-integratieverslag and the WIA-aanvraag back from the last day', () => {
    // last day = counted day 728 = 3 Jan 2027; − 91 = 4 Oct 2026; − 77 = 18 Oct 2026
    expect(plus('2027-01-03', -91)).toBe('2026-10-04');
    expect(plus('2027-01-03', -77)).toBe('2026-10-18');
    expect(derivation(ms(t(), 're-integratieverslag'))).toMatchObject({
      rule: 'beforeEnd',
      due: [{ kind: 'beforeEnd', days: 91, lastDay: '2027-01-03', date: '2026-10-04' }],
    });
    expect(derivation(ms(t(), 'wia-aanvraag'))).toMatchObject({
      windowStart: [counted(617)],
      due: [{ kind: 'beforeEnd', days: 77, lastDay: '2027-01-03', date: '2026-10-18' }],
    });
    expect(derivation(ms(t(), 'einde-wachttijd'))).toMatchObject({ rule: 'end', due: [counted(728)] });
  });
});

describe('pregnancy leave is not counted', () => {
  // leave 20 Jan – 11 May 2025: 12 + 28 + 31 + 30 + 11 = 112 days
  it('moves the probleemanalyse by the 112 days of leave, and chains the plan on the day it was done', () => {
    const t = run(
      D1,
      [
        { type: 'zwangerschapsverlof', date: '2025-01-20', until: '2025-05-11' },
        { type: 'probleemanalyse', date: '2025-06-01' },
      ],
      '2025-06-02',
      { firstWeeks: 'counted' }, // sick days; the calendar default is in test/golden/first-weeks.test.ts
    );
    const leave = { fit: 0, leave: 112 };
    expect(counted(42, leave).date).toBe('2025-06-08');
    expect(derivation(ms(t, 'probleemanalyse'))).toMatchObject({ due: [counted(42, leave)], legalLatest: [counted(43, leave)] });
    expect(derivation(ms(t, 'plan-van-aanpak')).due).toEqual([
      {
        kind: 'afterStep',
        step: 'probleemanalyse',
        occurrence: 1,
        basis: 'completed',
        from: '2025-06-01',
        countedDays: 14,
        uncounted: none,
        date: '2025-06-15',
      },
    ]);
    expect(derivation(ms(t, 'plan-van-aanpak')).legalLatest).toBeNull();
  });
});

describe('branches', () => {
  it('a verlenging moves the last day; a late letter gives 28 days from the letter', () => {
    const t = run(
      D1,
      [
        { type: '42e-weeksmelding', date: '2025-10-27' },
        { type: 'verlenging', date: '2026-09-01', weeks: 13 },
        { type: 'wia-brief-ontvangen', date: '2027-01-10' },
      ],
      '2027-01-15',
    );
    expect(plus('2027-01-03', 91)).toBe('2027-04-04');
    expect(derivation(ms(t, 'einde-wachttijd')).due).toEqual([counted(728), { kind: 'verlenging', weeks: 13, date: '2027-04-04' }]);
    expect(derivation(ms(t, 'wia-aanvraag'))).toMatchObject({
      windowStart: [{ kind: 'letterReceived', date: '2027-01-10' }],
      due: [
        { kind: 'beforeEnd', days: 77, lastDay: '2027-04-04', date: '2027-01-17' },
        { kind: 'lateLetter', letter: '2027-01-10', days: 28, date: '2027-02-07' },
        // Sun 2027-02-07 → Mon 02-08 (Atw art. 1: a forward term of four weeks in a formal law)
        { kind: 'atwRoll', from: '2027-02-07', skipped: [{ date: '2027-02-07', reason: 'zondag' }], date: '2027-02-08' },
      ],
    });
    expect(derivation(ms(t, 're-integratieverslag')).due).toEqual([
      { kind: 'beforeEnd', days: 91, lastDay: '2027-04-04', date: '2027-01-03' },
    ]);
  });

  it('employment ending on Sunday 16 Mar 2025 after 70 sick days: the full report, due on Friday 14 Mar', () => {
    expect(plus(D1, 69)).toBe('2025-03-16'); // the 70th sick day
    const t = run(D1, [{ type: 'einde-dienstverband', date: '2025-03-16' }], '2025-02-01');
    const end = [
      { kind: 'eindeDienstverband', lastDayOfEmployment: '2025-03-16', sickDays: 70, report: 'volledig', date: '2025-03-16' },
      {
        kind: 'lastWorkingDay',
        from: '2025-03-16',
        skipped: [
          { date: '2025-03-15', reason: 'zaterdag' },
          { date: '2025-03-16', reason: 'zondag' },
        ],
        date: '2025-03-14',
      },
    ];
    expect(derivation(ms(t, 'ziekmelding-uwv-einde-dienstverband'))).toMatchObject({ rule: 'eindeDienstverband', due: end });
    const before = { kind: 'beforeEnd', days: 91, lastDay: '2027-01-03', date: '2026-10-04' };
    expect(derivation(ms(t, 're-integratieverslag')).due).toEqual([before, ...end]);
    expect(derivation(ms(t, 'eindevaluatie')).due).toEqual([before, ...end]);
  });

  it('AOW age on 1 Sep 2025 ends the wage obligation 6 weeks later and makes the WIA steps not applicable', () => {
    const t = evaluateCase(
      { firstSickDay: D1, events: [{ type: 'aow-leeftijd', date: '2025-09-01' }] },
      { explain: true, asOf: '2025-03-01' },
    );
    expect(plus('2025-09-01', 41)).toBe('2025-10-12');
    expect(t.wageObligationDerivation).toEqual([{ kind: 'aow', aowDate: '2025-09-01', weeks: 6, uncounted: none, date: '2025-10-12' }]);
    for (const id of ['42e-weeksmelding', 'wia-aanvraag'] as const) {
      expect(derivation(ms(t, id)).reason).toEqual({ code: 'aow-before-wia', aowDate: '2025-09-01' });
    }
  });

  it('a loonsanctie of 26 weeks after the wachttijd', () => {
    const t = run(
      D1,
      [
        { type: 'wia-aanvraag', date: '2026-10-10' },
        { type: 'loonsanctie', date: '2026-11-20', weeks: 26 },
      ],
      '2026-12-01',
    );
    expect(plus('2027-01-03', 26 * 7)).toBe('2027-07-04');
    expect(t.wageObligationEnd).toBe('2027-07-04');
    expect(t.wageObligationDerivation).toEqual([{ kind: 'loonsanctie', weeks: 26, imposed: 26, leaveDays: 0, date: '2027-07-04' }]);
  });
});
