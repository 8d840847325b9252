/**
 * The rule interpreter at its branches (src/engine/interpret.ts; found unread by the StrykerJS run of
 * 2026-12-06, docs/reliability.md §7): `includeAdvice: false` leaves the legal steps; the strict
 * probleemanalyse has no later legal day; the plan van aanpak and the casemanager count their legal
 * latest from the probleemanalyse's while it is not done; no evaluation after the wachttijd; keys
 * present only where they apply; and the employer's protocol steps (an early record, a step after
 * another protocol step, a step counted from day 1).
 *
 * D1 = Monday 6 January 2025 (day 6 of 2025). Dates counted by hand on the calendar (the
 * arithmetic beside each) and re-checked with `plus` (Date.UTC, not the engine); an uninterrupted
 * case, so counted day n is D1 + n − 1. None of these steps is rolled by the Atw (roll `none`).
 */
import { describe, expect, it } from 'vitest';
import type { CaseEvent, ProtocolStep } from '../../src/index.js';
import { evaluateCase } from '../../src/index.js';
import { ms, plus, run } from '../golden/helpers.js';

const D1 = '2025-01-06';

describe('the policy settings that leave out or move a legal day', () => {
  it('includeAdvice: false leaves out the advice steps only', () => {
    const t = run(D1, [], '2025-03-01', { includeAdvice: false });
    const ids = new Set(t.milestones.map((m) => m.id));
    expect(ids.has('signalering-week-3')).toBe(false);
    expect(ids.has('spoor-2-besluit')).toBe(false);
    expect(ids.has('melding-bedrijfsarts')).toBe(false); // kind 'advice' in the rule table too
    for (const id of ['probleemanalyse', 'plan-van-aanpak', '42e-weeksmelding', 'einde-wachttijd'] as const) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  // Both readings of the first weeks (calendar days, the default, or counted days) give the same
  // dates in an uninterrupted case; each is its own path in the interpreter.
  for (const firstWeeks of ['calendar', 'counted'] as const) {
    it(`the strict probleemanalyse is due on counted day 43 and has no later legal day (firstWeeks ${firstWeeks})`, () => {
      // counted day 43 = D1 + 42 = Mon 17 Feb 2025 (day 48: 31 of January + 17)
      expect(plus(D1, 42)).toBe('2025-02-17');
      const t = run(D1, [], '2025-01-10', { probleemanalyse: 'strict', firstWeeks });
      expect(ms(t, 'probleemanalyse')).toMatchObject({ due: '2025-02-17', legalLatest: null });
      // so the plan van aanpak, counted from it, has none either: 17 Feb + 14 = Mon 3 Mar 2025
      expect(ms(t, 'plan-van-aanpak')).toMatchObject({ due: '2025-03-03', legalLatest: null });
    });
  }

  for (const firstWeeks of ['calendar', 'counted'] as const) {
    it(`the plan van aanpak and the casemanager: a legal latest from the probleemanalyse’s while it is not done (firstWeeks ${firstWeeks})`, () => {
      // probleemanalyse due counted day 42 = Sun 16 Feb, legal latest day 43 = Mon 17 Feb 2025;
      // + 14 counted days: due Sun 2 Mar, legal latest Mon 3 Mar 2025 (16 + 14 = 30 = 28 Feb + 2)
      expect([plus(D1, 41), plus('2025-02-16', 14), plus('2025-02-17', 14)]).toEqual(['2025-02-16', '2025-03-02', '2025-03-03']);
      const t = run(D1, [], '2025-01-10', { firstWeeks });
      for (const id of ['plan-van-aanpak', 'casemanager'] as const) {
        const m = ms(t, id);
        expect(m, id).toMatchObject({ due: '2025-03-02', legalLatest: '2025-03-03' });
        expect(m.derivation?.legalLatest, id).toMatchObject([
          {
            kind: 'afterStep',
            step: 'probleemanalyse',
            occurrence: 1,
            basis: 'legalLatest',
            from: '2025-02-17',
            countedDays: 14,
            date: '2025-03-03',
          },
        ]);
      }
      // once the probleemanalyse is done (Mon 10 Feb), the term runs from that day only: 10 + 14 = 24 Feb
      const done = run(D1, [{ type: 'probleemanalyse', date: '2025-02-10' }], '2025-02-11', { firstWeeks });
      expect(ms(done, 'plan-van-aanpak')).toMatchObject({ due: '2025-02-24', legalLatest: null });
    });
  }
});

describe('the evaluations and the keys of a milestone', () => {
  it('lists no evaluation due after the wachttijd', () => {
    // plan van aanpak Tue 1 Dec 2026; first evaluation 42 days later = Tue 12 Jan 2027 (30 to 31 Dec
    // + 12), after the wachttijd's last day, Sun 3 Jan 2027 (D1 + 727)
    expect([plus('2026-12-01', 42), plus(D1, 727)]).toEqual(['2027-01-12', '2027-01-03']);
    const t = run(D1, [{ type: 'plan-van-aanpak', date: '2026-12-01' }], '2026-12-02');
    expect(t.milestones.filter((m) => m.id === 'evaluatie')).toEqual([]);
  });

  it('derives the evaluations from the recorded plan van aanpak, also after an evaluation recorded before it', () => {
    // plan van aanpak Mon 24 Feb 2025, first evaluation 42 days later = Mon 7 Apr 2025 (4 to 28 Feb
    // + 31 + 7); an evaluation recorded Thu 20 Feb, before the plan, completes the first but does not
    // move the chain back: the second is counted from the plan too, so also due 7 Apr.
    expect(plus('2025-02-24', 42)).toBe('2025-04-07');
    const t = run(
      D1,
      [
        { type: 'plan-van-aanpak', date: '2025-02-24' },
        { type: 'evaluatie', date: '2025-02-20' },
      ],
      '2025-03-01',
    );
    const fromPlan = { kind: 'afterStep', step: 'plan-van-aanpak', occurrence: 1, basis: 'completed', from: '2025-02-24', countedDays: 42 };
    expect(ms(t, 'evaluatie', 1)).toMatchObject({ due: '2025-04-07', completedOn: '2025-02-20' });
    expect(ms(t, 'evaluatie', 1).derivation?.due).toMatchObject([fromPlan]);
    expect(ms(t, 'evaluatie', 2).due).toBe('2025-04-07');
    expect(ms(t, 'evaluatie', 2).derivation?.due).toMatchObject([fromPlan]);
  });

  it('says "verkort" on the eindevaluatie when employment ends after 6 but before 10 weeks of sickness', () => {
    // last day of employment Mon 24 Feb 2025 = D1 + 49 (25 to 31 Jan + 24): counted day 50, at least
    // the 42 of a shortened report, under the 70 of a full one; the eindevaluatie is due only with a
    // full report, so it lapses and says which report the re-integratieverslag becomes.
    expect(plus(D1, 49)).toBe('2025-02-24');
    const t = run(D1, [{ type: 'einde-dienstverband', date: '2025-02-24' }], '2025-03-01');
    expect(ms(t, 'eindevaluatie').status).toBe('not-applicable');
    expect(ms(t, 'eindevaluatie').derivation?.reason).toEqual({
      code: 'employment-ended',
      lastDayOfEmployment: '2025-02-24',
      sickDays: 50,
      report: 'verkort',
    });
    expect(ms(t, 're-integratieverslag')).toMatchObject({ variant: 'verkort', due: '2025-02-24' });
  });

  it('puts no protocolStep on the findings of an evaluation, and a casemanagerType only on the casemanager', () => {
    // first evaluation due D1 + 55 + 42 = Sun 13 Apr 2025 (plan van aanpak due 2 Mar + 42): overdue on 20 Apr
    expect(plus('2025-03-02', 42)).toBe('2025-04-13');
    const t = evaluateCase({ firstSickDay: D1 }, { asOf: '2025-04-20' });
    const f = t.flags.find((x) => x.milestoneId === 'evaluatie');
    expect(f).toMatchObject({ code: 'MILESTONE_OVERDUE', occurrence: 1, params: { due: '2025-04-13' } });
    expect(Object.keys(f ?? {})).not.toContain('protocolStep');
    expect(Object.keys(ms(t, 'probleemanalyse'))).not.toContain('casemanagerType');
    expect(Object.keys(ms(t, 'casemanager'))).toContain('casemanagerType');
  });
});

describe("the employer's protocol steps", () => {
  const protocol = [
    { id: 'contact', title: { nl: 'Contact', en: 'Contact' }, actor: 'werkgever', days: 2, repeatEveryDays: 7 },
    { id: 'terugkoppeling', title: { nl: 'Terugkoppeling', en: 'Feedback' }, actor: 'werkgever', days: 5, after: 'contact' },
  ] as const satisfies readonly ProtocolStep[];
  const runP = (events: CaseEvent[], asOf: string) =>
    evaluateCase({ firstSickDay: D1, events }, { explain: true, asOf, policy: { protocol } });
  const steps = (t: ReturnType<typeof runP>, id: string) => t.milestones.filter((m) => m.id === 'protocol' && m.protocolStep === id);

  it('counts a repeating step recorded early from its due day, not from the record', () => {
    // contact: counted day 3 = Wed 8 Jan 2025, then every 7 days: 15, 22, 29 Jan. Recorded 8 Jan (on
    // its day) and Mon 13 Jan (the second, two days early): the third stays on 15 + 7 = 22 Jan.
    expect([plus(D1, 2), plus('2025-01-15', 7)]).toEqual(['2025-01-08', '2025-01-22']);
    const t = runP(
      [
        { type: 'protocol', date: '2025-01-08', step: 'contact' },
        { type: 'protocol', date: '2025-01-13', step: 'contact' },
      ],
      '2025-01-14',
    );
    expect(
      steps(t, 'contact')
        .slice(0, 4)
        .map((m) => [m.due, m.status, m.completedOn]),
    ).toEqual([
      ['2025-01-08', 'done', '2025-01-08'],
      ['2025-01-15', 'done', '2025-01-13'],
      ['2025-01-22', 'due-soon', null], // 8 days after asOf: within the 14 of due-soon

      ['2025-01-29', 'upcoming', null], // 15 days after asOf
    ]);
  });

  it('derives a step counted from day 1 by its counted day, and one after another protocol step from that step', () => {
    const t = runP([], '2025-01-07');
    const [contact] = steps(t, 'contact');
    expect(contact?.derivation?.due).toMatchObject([{ kind: 'counted', countedDay: 3, from: D1, date: '2025-01-08' }]);
    // terugkoppeling: 5 counted days after contact's due day (not done) = Mon 13 Jan 2025
    expect(plus('2025-01-08', 5)).toBe('2025-01-13');
    const [after] = steps(t, 'terugkoppeling');
    expect(after?.due).toBe('2025-01-13');
    expect(after?.derivation?.due).toMatchObject([
      { kind: 'afterStep', step: 'protocol', protocolStep: 'contact', occurrence: 1, basis: 'due', from: '2025-01-08', countedDays: 5 },
    ]);
  });
});

describe('the derivation step of a date counted after another step (lines 131–423)', () => {
  // The step a date is counted from carries a `protocolStep` key only when that step is one of the
  // employer's protocol steps (the test above); a legal step's has no such key, not even undefined.
  const keys = ['kind', 'step', 'occurrence', 'basis', 'from', 'countedDays', 'uncounted', 'date'];

  it('has no protocolStep key after a legal step: the plan van aanpak (firstWeeks counted) and the first evaluation', () => {
    // probleemanalyse due counted day 42 = D1 + 41 = Sun 16 Feb 2025 (25 to 31 Jan + 16); the plan
    // van aanpak 14 counted days later = Sun 2 Mar 2025 (16 + 14 = 30 = 28 Feb + 2); the first
    // evaluation 42 days after that = Sun 13 Apr 2025 (29 to 31 Mar + 13). Uninterrupted: nothing uncounted.
    expect([plus(D1, 41), plus('2025-02-16', 14), plus('2025-03-02', 42)]).toEqual(['2025-02-16', '2025-03-02', '2025-04-13']);
    const none = { fit: 0, leave: 0 };
    const pva = ms(run(D1, [], '2025-01-10', { firstWeeks: 'counted' }), 'plan-van-aanpak').derivation?.due ?? [];
    expect(pva).toStrictEqual([
      {
        kind: 'afterStep',
        step: 'probleemanalyse',
        occurrence: 1,
        basis: 'due',
        from: '2025-02-16',
        countedDays: 14,
        uncounted: none,
        date: '2025-03-02',
      },
    ]);
    expect(Object.keys(pva[0] ?? {})).toEqual(keys);
    const evaluatie = ms(run(D1, [], '2025-01-10'), 'evaluatie').derivation?.due ?? [];
    expect(evaluatie).toStrictEqual([
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
    expect(Object.keys(evaluatie[0] ?? {})).toEqual(keys);
  });
});
