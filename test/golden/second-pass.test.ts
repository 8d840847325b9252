/**
 * The law's second pass (issue 14): where the statute text corrected the first reading. Each date
 * was computed by hand (calendar arithmetic written beside it) and re-checked with `plus`
 * (Date.UTC).
 */
import { describe, expect, it } from 'vitest';
import { explain, flagMessage } from '../../src/i18n/index.js';
import { type CaseEvent, type CaseInput, evaluateCase, legalBasisOf, type ProtocolStep } from '../../src/index.js';
import { ms, plus } from './helpers.js';

describe('einde dienstverband on a weekend or holiday (Ziektewet art. 38 lid 2: "uiterlijk op de laatste werkdag")', () => {
  // D1 Mon 2025-03-03; employment ends Sun 2025-08-31: 2025-03-03 + 181 = 2025-08-31, so 182
  // counted sick days ≥ 70 (10 weeks): a full re-integratieverslag is due too.
  const d1 = '2025-03-03';
  const run = (end: string) =>
    evaluateCase({ firstSickDay: d1, events: [{ type: 'einde-dienstverband', date: end }] }, { explain: true, asOf: '2025-08-15' });

  it('moves the UWV ziekmelding and the re-integratieverslag from Sunday 31 Aug 2025 back to Friday 29 Aug', () => {
    expect(plus(d1, 181)).toBe('2025-08-31');
    const t = run('2025-08-31');
    for (const id of ['ziekmelding-uwv-einde-dienstverband', 're-integratieverslag', 'eindevaluatie'] as const) {
      const m = ms(t, id);
      expect(m.due, id).toBe('2025-08-29');
      expect(m.derivation.due[m.derivation.due.length - 1]).toEqual({
        kind: 'lastWorkingDay',
        from: '2025-08-31',
        skipped: [
          { date: '2025-08-30', reason: 'zaterdag' },
          { date: '2025-08-31', reason: 'zondag' },
        ],
        date: '2025-08-29',
      });
    }
    expect(ms(t, 're-integratieverslag').variant).toBe('volledig');
    expect(explain(ms(t, 'ziekmelding-uwv-einde-dienstverband'), 'nl').join(' ')).toContain('laatste werkdag vr 29 aug. 2025');
  });

  it('skips Christmas back to Wednesday 24 Dec 2025 when employment ends Sunday 28 Dec', () => {
    // 28 zo, 27 za, 26 Tweede Kerstdag (vr), 25 Eerste Kerstdag (do) → wo 24 Dec 2025.
    const m = ms(run('2025-12-28'), 'ziekmelding-uwv-einde-dienstverband');
    expect(m.due).toBe('2025-12-24');
    const step = m.derivation.due.find((s) => s.kind === 'lastWorkingDay');
    expect(step?.kind === 'lastWorkingDay' && step.skipped.map((s) => s.reason)).toEqual([
      'eerste-kerstdag',
      'tweede-kerstdag',
      'zaterdag',
      'zondag',
    ]);
  });

  it('keeps a last day of employment that is a working day', () => {
    const m = ms(run('2025-08-29'), 'ziekmelding-uwv-einde-dienstverband');
    expect(m.due).toBe('2025-08-29');
    expect(m.derivation.due.some((s) => s.kind === 'lastWorkingDay')).toBe(false);
  });

  it('judges a report on Friday as on time and one on the Sunday as late', () => {
    const done = (date: string) =>
      ms(
        evaluateCase(
          {
            firstSickDay: d1,
            events: [
              { type: 'einde-dienstverband', date: '2025-08-31' },
              { type: 'ziekmelding-uwv-einde-dienstverband', date },
            ],
          },
          { explain: true, asOf: '2025-09-05' },
        ),
        'ziekmelding-uwv-einde-dienstverband',
      ).status;
    expect(done('2025-08-29')).toBe('done');
    expect(done('2025-08-31')).toBe('done-late');
  });
});

describe('the UWV WIA letter is counted forward (WIA 64 lid 2: "89 weken heeft geduurd")', () => {
  it('does not move the letter for a fit gap after week 89, while the end of the wachttijd moves', () => {
    // D1 2025-01-06; fit 2026-09-28 (D1+630) … 2026-10-07, sick again 2026-10-08 (D1+640): 10 fit
    // days after week 89. lastDay = D1+727+10 = D1+737 = 2027-01-13; the letter's latest stays
    // counted day 623 = D1+622 = 2026-09-20 (a backward count from lastDay would say 2026-10-01).
    const t = evaluateCase(
      {
        firstSickDay: '2025-01-06',
        events: [
          { type: 'hersteld', date: '2026-09-28' },
          { type: 'ziek', date: '2026-10-08' },
        ],
      },
      { explain: true, asOf: '2026-10-08' },
    );
    expect([plus('2025-01-06', 737), plus('2025-01-06', 622)]).toEqual(['2027-01-13', '2026-09-20']);
    expect(t.wachttijd.lastDay).toBe('2027-01-13');
    expect(ms(t, 'wia-brief-uwv')).toMatchObject({ due: '2026-09-14', legalLatest: '2026-09-20' });
  });

  it('moves the letter with a fit gap before week 89', () => {
    // 14 fit days (2025-03-03 … 03-16): latest = D1+622+14 = 2026-10-04 (Sun)
    const t = evaluateCase(
      {
        firstSickDay: '2025-01-06',
        events: [
          { type: 'hersteld', date: '2025-03-03' },
          { type: 'ziek', date: '2025-03-17' },
        ],
      },
      { explain: true, asOf: '2025-03-17' },
    );
    expect(ms(t, 'wia-brief-uwv').legalLatest).toBe(plus('2025-01-06', 636));
    expect(plus('2025-01-06', 636)).toBe('2026-10-04');
  });
});

describe('WIA 64 lid 6, last sentence: no extra weeks when the 42e-weeksmelding came after week 81', () => {
  // D1 2025-01-06: application due D1+650 = 2026-10-18 (Sun); "de dag waarop de wachttijd 81 weken
  // heeft geduurd" = counted day 567 = D1+566 = 2026-07-26 (Sun), so the melding had to be made by
  // D1+565 = Sat 2026-07-25; a late letter on 2026-10-08 gives until 2026-11-05 (Thu, a working day).
  const d1 = '2025-01-06';
  const run = (melding: string | null, aanvraag?: string) =>
    evaluateCase(
      {
        firstSickDay: d1,
        events: [
          ...(melding === null ? [] : [{ type: '42e-weeksmelding' as const, date: melding }]),
          { type: 'wia-brief-ontvangen', date: '2026-10-08' },
          ...(aanvraag === undefined ? [] : [{ type: 'wia-aanvraag' as const, date: aanvraag }]),
        ],
      },
      { explain: true, asOf: '2026-10-08' },
    );

  it('gives four weeks from the late letter when the melding was made in time', () => {
    expect([plus(d1, 650), plus(d1, 566), plus('2026-10-08', 28)]).toEqual(['2026-10-18', '2026-07-26', '2026-11-05']);
    const t = run('2025-10-27');
    expect(ms(t, 'wia-aanvraag').due).toBe('2026-11-05');
    expect(t.flags.some((f) => f.code === 'WIA_LETTER_EXTENSION_EXCLUDED')).toBe(false);
  });

  it('keeps the 11-week deadline when the melding came after week 81, and says why', () => {
    const t = run('2026-08-29');
    const a = ms(t, 'wia-aanvraag');
    expect(a.due).toBe('2026-10-18');
    expect(a.derivation.due.at(-1)).toEqual({
      kind: 'lateLetterExcluded',
      letter: '2026-10-08',
      meldingBy: '2026-07-25',
      melding: '2026-08-29',
      date: '2026-10-18',
    });
    expect(t.flags.find((f) => f.code === 'WIA_LETTER_EXTENSION_EXCLUDED')?.params).toEqual({
      letter: '2026-10-08',
      meldingBy: '2026-07-25',
      melding: '2026-08-29',
    });
  });

  it('keeps it too when no melding was made at all', () => {
    expect(ms(run(null), 'wia-aanvraag').due).toBe('2026-10-18');
  });

  it('counts a melding on counted day 566 as in time, one on counted day 567 (81 weeks complete) as not', () => {
    // 0.2 accepted 2026-07-26 (counted day 567): "voor de dag waarop de wachttijd 81 weken heeft geduurd" excludes it.
    expect(ms(run('2026-07-25'), 'wia-aanvraag').due).toBe('2026-11-05');
    expect(ms(run('2026-07-26'), 'wia-aanvraag').due).toBe('2026-10-18');
  });
});

describe('a late WIA application lengthens the wage obligation by the delay (BW 7:629 lid 11 sub a)', () => {
  // D1 2025-01-06: lastDay 2027-01-03; application due 2026-10-18.
  const d1 = '2025-01-06';
  it('adds the days between the deadline and the application', () => {
    // applied 2026-10-28: 10 days late → 2027-01-03 + 10 = 2027-01-13
    const t = evaluateCase(
      { firstSickDay: d1, events: [{ type: 'wia-aanvraag', date: '2026-10-28' }] },
      { explain: true, asOf: '2026-10-28' },
    );
    expect(t.wageObligationEnd).toBe('2027-01-13');
    expect(t.wageObligationDerivation[0]).toEqual({
      kind: 'lateApplication',
      due: '2026-10-18',
      completedOn: '2026-10-28',
      days: 10,
      date: '2027-01-13',
    });
    expect(t.wachttijd.lastDay).toBe('2027-01-03'); // the wachttijd itself does not move
  });

  it('measures the delay from the deadline a late letter set', () => {
    // melding in time, letter 2026-10-08 → due 2026-11-05; applied 2026-11-12: 7 days → 2027-01-10
    const t = evaluateCase(
      {
        firstSickDay: d1,
        events: [
          { type: '42e-weeksmelding', date: '2025-10-27' },
          { type: 'wia-brief-ontvangen', date: '2026-10-08' },
          { type: 'wia-aanvraag', date: '2026-11-12' },
        ],
      },
      { explain: true, asOf: '2026-11-12' },
    );
    expect(t.wageObligationEnd).toBe('2027-01-10');
  });

  it('adds nothing while the application is not made, and says the end is open (0.2 added the 14 days so far)', () => {
    // asOf 2026-11-01: 14 days past the deadline; the delay is known only once the aanvraag is made.
    const t = evaluateCase({ firstSickDay: d1 }, { explain: true, asOf: '2026-11-01' });
    expect(t.wageObligationEnd).toBe('2027-01-03');
    expect(t.wageObligationDerivation).toEqual([]);
    expect(t.flags.find((f) => f.code === 'WAGE_END_OPEN')?.params).toMatchObject({ extensionSoFar: 14 });
  });

  it('adds nothing for an application in time', () => {
    const t = evaluateCase(
      { firstSickDay: d1, events: [{ type: 'wia-aanvraag', date: '2026-10-18' }] },
      { explain: true, asOf: '2026-10-20' },
    );
    expect(t.wageObligationEnd).toBe('2027-01-03');
    expect(t.wageObligationDerivation).toEqual([]);
  });
});

describe('AOW: the 6 (13) weeks of wage payment count sick days (BW 7:629 lid 2 sub b, lid 10)', () => {
  it('lengthens the 6 weeks by a fit gap inside them', () => {
    // D1 2025-03-03; AOW 2025-03-10; fit 2025-03-24 … 04-06 (14 days). Sick days from the AOW date:
    // 03-10 … 03-23 = 14, then 28 more from 04-07 → 04-07 + 27 = 2025-05-04 (Sun), not 2025-04-20.
    const t = evaluateCase(
      {
        firstSickDay: '2025-03-03',
        events: [
          { type: 'aow-leeftijd', date: '2025-03-10' },
          { type: 'hersteld', date: '2025-03-24' },
          { type: 'ziek', date: '2025-04-07' },
        ],
      },
      { explain: true, asOf: '2025-04-07' },
    );
    expect(plus('2025-04-07', 27)).toBe('2025-05-04');
    expect(t.wageObligationEnd).toBe('2025-05-04');
    expect(t.wageObligationDerivation.at(-1)).toMatchObject({
      kind: 'aow',
      aowDate: '2025-03-10',
      weeks: 6,
      uncounted: { fit: 14, leave: 0 },
    });
  });

  it('counts from day 1 for an employee past AOW age, gaps not counted', () => {
    // AOW before D1 2025-01-06: counted day 42 = D1+41 = 2025-02-16; with 14 fit days 2025-03-02
    const plain = evaluateCase(
      { firstSickDay: '2025-01-06', events: [{ type: 'aow-leeftijd', date: '2024-12-01' }] },
      { explain: true, asOf: '2025-01-10' },
    );
    expect(plain.wageObligationEnd).toBe('2025-02-16');
    const gap = evaluateCase(
      {
        firstSickDay: '2025-01-06',
        events: [
          { type: 'aow-leeftijd', date: '2024-12-01' },
          { type: 'hersteld', date: '2025-01-20' },
          { type: 'ziek', date: '2025-02-03' },
        ],
      },
      { explain: true, asOf: '2025-02-03' },
    );
    expect(gap.wageObligationEnd).toBe('2025-03-02');
  });

  it('keeps 13 weeks for sickness that began before 1 July 2023', () => {
    // D1 2023-03-01, AOW 2023-05-01: 2023-05-01 + 91 − 1 = 2023-07-30 (Sun)
    const t = evaluateCase(
      { firstSickDay: '2023-03-01', events: [{ type: 'aow-leeftijd', date: '2023-05-01' }] },
      { explain: true, asOf: '2023-05-02' },
    );
    expect(plus('2023-05-01', 90)).toBe('2023-07-30');
    expect(t.wageObligationEnd).toBe('2023-07-30');
  });
});

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

describe('the fine for a late 42e-weeksmelding, by how late (Boetebesluit socialezekerheidswetten art. 2c)', () => {
  // D1 2025-01-06: due D1+294 = Mon 2025-10-27 (a working day, not rolled).
  const fine = (melding: string | null, asOf = '2025-12-31') => {
    const t = evaluateCase(
      { firstSickDay: '2025-01-06', events: melding === null ? [] : [{ type: '42e-weeksmelding', date: melding }] },
      { explain: true, asOf },
    );
    const f = t.flags.find(
      (x) => x.milestoneId === '42e-weeksmelding' && (x.code === 'MILESTONE_DONE_LATE' || x.code === 'MILESTONE_OVERDUE'),
    );
    return f === undefined ? null : (f.params as { fine: { daysLate: number; euro: number } | null }).fine;
  };
  it('is € 70 under 7 days late, € 230 from 7 days, € 455 from 28 days', () => {
    expect(plus('2025-01-06', 294)).toBe('2025-10-27');
    expect(fine('2025-11-02')).toEqual({ daysLate: 6, euro: 70, max: 455 });
    expect(fine('2025-11-03')).toEqual({ daysLate: 7, euro: 230, max: 455 });
    expect(fine('2025-11-23')).toEqual({ daysLate: 27, euro: 230, max: 455 });
    expect(fine('2025-11-24')).toEqual({ daysLate: 28, euro: 455, max: 455 });
  });
  it('is nothing for a melding in time, and grows while it is not made', () => {
    expect(fine('2025-10-27')).toBeNull();
    expect(fine(null, '2025-11-10')).toEqual({ daysLate: 14, euro: 230, max: 455 });
  });
});

describe('vangnet: the early ziekmelding to UWV (Ziektewet art. 38a; UWV terms per ground)', () => {
  // D1 Mon 2025-01-06: the 4th day = D1+3 = Thu 2025-01-09; "de eerste dag na zes weken" = D1+42 =
  // Mon 2025-02-17 (0.2 said D1+41, a Sunday).
  const d1 = '2025-01-06';
  const run = (vangnet: CaseInput['vangnet'], events: CaseEvent[] = [], asOf = '2025-01-07') =>
    evaluateCase({ firstSickDay: d1, vangnet, events }, { explain: true, asOf });
  const due = (t: ReturnType<typeof run>) => ms(t, 'ziekmelding-uwv-vangnet').due;

  it('is due within 6 weeks for a pregnancy before the flexibiliseringsperiode', () => {
    // expected 2025-06-30: the period starts 2025-07-01 − 42 = 2025-05-20, after D1 → D1+42
    expect(plus('2025-07-01', -42)).toBe('2025-05-20');
    expect(due(run({ grond: 'zwangerschap', uitgerekendeDatum: '2025-06-30' }))).toBe('2025-02-17');
  });

  it('falls due 4 days into the flexibiliseringsperiode when that comes first', () => {
    // expected 2025-03-10: the period starts 2025-03-11 − 42 = 2025-01-28 → + 3 = 2025-01-31 (Fri)
    const t = run({ grond: 'zwangerschap', uitgerekendeDatum: '2025-03-10' });
    expect(due(t)).toBe('2025-01-31');
    expect(ms(t, 'ziekmelding-uwv-vangnet').derivation.due[0]).toEqual({
      kind: 'vangnet',
      grond: 'zwangerschap',
      term: 'vierde-dag',
      from: '2025-01-28',
      days: 3,
      flexStart: '2025-01-28',
      date: '2025-01-31',
    });
  });

  it('is due on the 4th day after the pregnancy leave, or the 4th day after the ground became known (ZW 38b lid 2)', () => {
    expect(due(run({ grond: 'zwangerschap-na-verlof' }))).toBe('2025-01-09');
    // known Mon 2025-01-20: "niet later dan de vierde dag na het tijdstip" = Fri 2025-01-24
    expect(due(run({ grond: 'zwangerschap-na-verlof', bekendOp: '2025-01-20' }))).toBe('2025-01-24');
  });

  it('is due within 6 weeks for a no-riskpolis and organ donation', () => {
    expect(due(run({ grond: 'no-riskpolis' }))).toBe('2025-02-17');
    expect(due(run({ grond: 'orgaandonatie' }))).toBe('2025-02-17');
  });

  it('is only there for a vangnet case, where the 42e-weeksmelding never applies (Ziektewet art. 38 lid 4)', () => {
    expect(evaluateCase({ firstSickDay: d1 }, { asOf: '2025-01-07' }).milestones.some((m) => m.id === 'ziekmelding-uwv-vangnet')).toBe(
      false,
    );
    const t = run({ grond: 'no-riskpolis' }, [{ type: 'ziekmelding-uwv-vangnet', date: '2025-01-20' }], '2025-11-01');
    expect(ms(t, 'ziekmelding-uwv-vangnet').status).toBe('done');
    expect(ms(t, '42e-weeksmelding')).toMatchObject({
      status: 'not-applicable',
      derivation: { reason: { code: 'vangnet-grond', grond: 'no-riskpolis' } },
    });
    // not made at all, asOf 2025-11-01 past D1 + 294 = 2025-10-27: still no 42e-weeksmelding, no €455
    const never = run({ grond: 'zwangerschap' }, [], '2025-11-01');
    expect(ms(never, '42e-weeksmelding').status).toBe('not-applicable');
    expect(never.flags.some((f) => f.milestoneId === '42e-weeksmelding')).toBe(false);
  });

  it('flags a late vangnet melding with its consequence', () => {
    const t = run({ grond: 'zwangerschap-na-verlof' }, [], '2025-01-15');
    const f = t.flags.find((x) => x.milestoneId === 'ziekmelding-uwv-vangnet');
    expect(f).toMatchObject({ code: 'MILESTONE_OVERDUE', severity: 'error', params: { consequence: 'vangnet-late' } });
  });

  it('rejects an unknown ground, naming the field', () => {
    expect(() => run({ grond: 'griep' } as unknown as CaseInput['vangnet'])).toThrow(/vangnet\.grond/);
  });
});

describe('spoor 2: the decision (advice; BW 7:658a lid 1 has no day; UWV practice: at the latest after one year)', () => {
  const d1 = '2025-01-06';
  it('is due at the end of week 52 with no window, whenever the eerstejaarsevaluatie was done', () => {
    // counted day 364 = D1+363 = Sun 2026-01-04 (2025-01-06 + 363: Jan 6 → Jan 5 2026 is 364 days, so
    // one day earlier); no window start, so no window can open after the due date (issue 20 item 5).
    const t = evaluateCase({ firstSickDay: d1 }, { asOf: '2025-12-01' });
    expect(plus(d1, 363)).toBe('2026-01-04');
    expect(ms(t, 'spoor-2-besluit')).toMatchObject({ kind: 'advice', due: '2026-01-04', windowStart: null });
    // an early eerstejaarsevaluatie (2025-04-01) no longer moves it, and no window follows the due date
    const early = evaluateCase(
      { firstSickDay: d1, events: [{ type: 'eerstejaarsevaluatie', date: '2025-04-01' }] },
      { asOf: '2025-04-02' },
    );
    expect(ms(early, 'spoor-2-besluit')).toMatchObject({ due: '2026-01-04', windowStart: null });
    // a decision in week 44 is simply done: no STEP_BEFORE_WINDOW
    const inWeek44 = evaluateCase({ firstSickDay: d1, events: [{ type: 'spoor-2-besluit', date: '2025-11-05' }] }, { asOf: '2025-11-06' });
    expect(ms(inWeek44, 'spoor-2-besluit').status).toBe('done');
    expect(inWeek44.flags.some((f) => f.code === 'STEP_BEFORE_WINDOW')).toBe(false);
  });

  it('is left out with the other advice steps', () => {
    const t = evaluateCase({ firstSickDay: d1 }, { explain: true, asOf: '2025-12-01', policy: { includeAdvice: false } });
    expect(t.milestones.some((m) => m.id === 'spoor-2-besluit')).toBe(false);
  });
});

describe("the employer's verzuimprotocol as data (kind protocol)", () => {
  const d1 = '2025-01-06';
  const protocol = [
    {
      id: 'ziekmelding-leidinggevende',
      title: { nl: 'Ziekmelding bij de leidinggevende', en: 'Sick report to the manager' },
      actor: 'werknemer',
      days: 0,
    },
    {
      id: 'contact-leidinggevende',
      title: { nl: 'Contact met de leidinggevende', en: 'Contact with the manager' },
      actor: 'werkgever',
      days: 2,
      repeatEveryDays: 7,
    },
    {
      id: 'spreekuur-bedrijfsarts',
      title: { nl: 'Spreekuur bij de bedrijfsarts', en: 'Consultation with the occupational physician' },
      actor: 'werknemer',
      days: 7,
      after: 'melding-bedrijfsarts',
    },
  ] as const satisfies readonly ProtocolStep[];
  const run = (events: CaseEvent[], asOf: string) =>
    evaluateCase({ firstSickDay: d1, events }, { explain: true, asOf, policy: { protocol } });
  const steps = (t: ReturnType<typeof run>, id: string) => t.milestones.filter((m) => m.id === 'protocol' && m.protocolStep === id);

  it('puts each step on its counted day, after day 1 or after the step it names', () => {
    const t = run([], '2025-01-07');
    expect(steps(t, 'ziekmelding-leidinggevende').map((m) => m.due)).toEqual(['2025-01-06']);
    // melding-bedrijfsarts due D1+6 = 2025-01-12; + 7 = 2025-01-19 (Sun)
    expect(steps(t, 'spreekuur-bedrijfsarts').map((m) => m.due)).toEqual(['2025-01-19']);
    expect(
      steps(t, 'contact-leidinggevende')
        .slice(0, 3)
        .map((m) => m.due),
    ).toEqual(['2025-01-08', '2025-01-15', '2025-01-22']);
    const m = steps(t, 'contact-leidinggevende')[0];
    // The employer's own step: its name is inline (not in the rule table), and it has no legal basis.
    expect(m).toMatchObject({ kind: 'protocol', actor: 'werkgever', consequence: 'protocol', title: protocol[1].title });
    expect(m && legalBasisOf(m)).toEqual([]);
  });

  it('pauses a repeating step while the employee is fit (counted days)', () => {
    // fit 2025-01-10 … 01-16 (7 days): counted day 10 = 2025-01-22 — the second contact
    const t = run(
      [
        { type: 'hersteld', date: '2025-01-10' },
        { type: 'ziek', date: '2025-01-17' },
      ],
      '2025-01-17',
    );
    expect(
      steps(t, 'contact-leidinggevende')
        .slice(0, 2)
        .map((m) => m.due),
    ).toEqual(['2025-01-08', '2025-01-22']);
  });

  it('is recorded with protocol events and flagged like an advice step, never as a legal error', () => {
    const t = run([{ type: 'protocol', step: 'contact-leidinggevende', date: '2025-01-08' }], '2025-01-25');
    const contacts = steps(t, 'contact-leidinggevende');
    expect(contacts[0]?.status).toBe('done');
    expect(contacts[1]).toMatchObject({ due: '2025-01-15', status: 'overdue' });
    const flags = t.flags.filter((f) => f.milestoneId === 'protocol');
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((f) => f.severity !== 'error')).toBe(true);
    const second = flags.find((f) => f.code === 'MILESTONE_OVERDUE' && f.occurrence === 2);
    expect(second?.protocolStep).toBe('contact-leidinggevende');
    expect(second && flagMessage(second, 'nl')).toMatch(
      /^Stap uit het verzuimprotocol ‘contact-leidinggevende’ 2: uiterlijk wo 15 jan\. 2025 nodig/,
    );
  });

  it('rejects a protocol step without a unique kebab-case id', () => {
    expect(() =>
      evaluateCase(
        { firstSickDay: d1 },
        { explain: true, asOf: '2025-01-07', policy: { protocol: [{ ...protocol[0], id: 'Niet Kebab' }] } },
      ),
    ).toThrow(/policy\.protocol\[0\]\.id/);
  });
});
