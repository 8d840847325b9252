/**
 * Edges of the rule interpreter (src/engine/interpret.ts): the boundary days of the vangnet terms,
 * of the end of employment, of the late UWV letter, of AOW age, and the derivations of the
 * verzuimprotocol. Every date was computed by hand (the arithmetic is written beside it) and is
 * re-checked with `plus` (Date.UTC), never taken from the engine.
 */
import { describe, expect, it } from 'vitest';
import { type CaseEvent, type CaseInput, evaluateCase, type Policy, type ProtocolStep } from '../../src/index.js';
import { flagCodes, ms, plus } from './helpers.js';

// D1 Monday 2025-01-06: the 4th day D1+3 = Thu 2025-01-09; the first day after 6 weeks D1+42 = Mon 2025-02-17;
// last day of the wachttijd D1+727 = Sun 2027-01-03, wiaStart D1+728 = Mon 2027-01-04.
const D1 = '2025-01-06';

const evaluate = (events: readonly CaseEvent[], asOf: string, extra: Partial<CaseInput> = {}, policy?: Partial<Policy>) =>
  evaluateCase({ firstSickDay: D1, events, ...extra }, { explain: true, asOf, ...(policy ? { policy } : {}) });

describe('the vangnet melding: which term applies on the boundary days (ZW 38a, 38b; Atw)', () => {
  // Hand-checked against a 2025 calendar: D1 = Mon 2025-01-06; D1+42 = Mon 2025-02-17 ("de eerste dag
  // na zes weken gerekend vanaf die eerste werkdag", ZW 38a lid 3); 2025-02-15/16 are Sat/Sun.
  const vangnetStep = (vangnet: CaseInput['vangnet']) => {
    const m = ms(evaluate([], '2025-01-07', { vangnet }), 'ziekmelding-uwv-vangnet');
    return { due: m.due, step: m.derivation.due[0], steps: m.derivation.due };
  };

  it('keeps the 6 weeks for a no-riskpolis known on D1+38, the 4th day after it from D1+39 (ZW 38b lid 2)', () => {
    // known D1+38 = Thu 2025-02-13: + 4 = Mon 2025-02-17 = D1+42, not later than the 6 weeks → 6 weeks.
    expect([plus(D1, 38), plus(D1, 42)]).toEqual(['2025-02-13', '2025-02-17']);
    expect(vangnetStep({ grond: 'no-riskpolis', bekendOp: '2025-02-13' }).step).toEqual({
      kind: 'vangnet',
      grond: 'no-riskpolis',
      term: 'zes-weken',
      from: '2025-01-06',
      days: 42,
      flexStart: null,
      date: '2025-02-17',
    });
    // known D1+39 = Fri 2025-02-14: "niet later dan de vierde dag na het tijdstip" = Tue 2025-02-18.
    expect(plus('2025-02-14', 4)).toBe('2025-02-18');
    expect(vangnetStep({ grond: 'no-riskpolis', bekendOp: '2025-02-14' }).step).toEqual({
      kind: 'vangnet',
      grond: 'no-riskpolis',
      term: 'vierde-dag-na',
      from: '2025-02-14',
      days: 4,
      flexStart: null,
      date: '2025-02-18',
    });
  });

  it('never applies ZW 38b to organ donation (art. 29 lid 2 e, not 29a or 29b): 6 weeks from day 1', () => {
    expect(vangnetStep({ grond: 'orgaandonatie', bekendOp: '2025-02-14' }).due).toBe('2025-02-17');
  });

  it('is due on the 4th day after the ground became clear: known 2025-03-10 → 2025-03-14 (ZW 38b lid 2)', () => {
    // D1 2025-01-06, pregnancy-related after the leave (4th day of sickness 2025-01-09, long past);
    // known Mon 2025-03-10 + 4 = Fri 2025-03-14 (0.2 said Thu 03-13: the 4th day *of*, not *after*).
    const m = ms(
      evaluate([], '2025-03-11', { vangnet: { grond: 'zwangerschap-na-verlof', bekendOp: '2025-03-10' } }),
      'ziekmelding-uwv-vangnet',
    );
    expect(m.due).toBe('2025-03-14');
    expect(m.derivation.due[0]).toMatchObject({ term: 'vierde-dag-na', from: '2025-03-10', days: 4 });
  });

  it('counts from day 1 when the ground was known before the sickness began', () => {
    // known 2024-12-20, before D1: the 4th day of sickness is still D1+3 = Thu 2025-01-09.
    expect(vangnetStep({ grond: 'zwangerschap-na-verlof', bekendOp: '2024-12-20' })).toMatchObject({
      due: '2025-01-09',
      step: {
        kind: 'vangnet',
        grond: 'zwangerschap-na-verlof',
        term: 'vierde-dag',
        from: '2025-01-06',
        days: 3,
        flexStart: null,
        date: '2025-01-09',
      },
    });
  });

  it('treats a pregnancy without an expected date as before the flexibiliseringsperiode', () => {
    // known 2025-01-20 + 4 = 01-24, earlier than the 6 weeks (02-17): the 6 weeks stand.
    expect(vangnetStep({ grond: 'zwangerschap', bekendOp: '2025-01-20' }).step).toEqual({
      kind: 'vangnet',
      grond: 'zwangerschap',
      term: 'zes-weken',
      from: '2025-01-06',
      days: 42,
      flexStart: null,
      date: '2025-02-17',
    });
  });

  it('keeps the 6 weeks when they end on the 4th day of the flexibiliseringsperiode, not a day after', () => {
    // expected 2025-03-27: period from 2025-03-28 − 42 = Fri 2025-02-14 (D1+39); + 3 = Mon 02-17 = the
    // end of the 6 weeks → the 6 weeks (from D1).
    expect([plus('2025-03-28', -42), plus(D1, 39)]).toEqual(['2025-02-14', '2025-02-14']);
    expect(vangnetStep({ grond: 'zwangerschap', uitgerekendeDatum: '2025-03-27' }).step).toEqual({
      kind: 'vangnet',
      grond: 'zwangerschap',
      term: 'zes-weken',
      from: '2025-01-06',
      days: 42,
      flexStart: '2025-02-14',
      date: '2025-02-17',
    });
    // expected a day earlier: the period from Thu 2025-02-13, + 3 = Sun 02-16, before the 6 weeks end;
    // the Atw (art. 1) extends the Sunday to Mon 02-17.
    const early = vangnetStep({ grond: 'zwangerschap', uitgerekendeDatum: '2025-03-26' });
    expect(early.step).toEqual({
      kind: 'vangnet',
      grond: 'zwangerschap',
      term: 'vierde-dag',
      from: '2025-02-13',
      days: 3,
      flexStart: '2025-02-13',
      date: '2025-02-16',
    });
    expect(early.due).toBe('2025-02-17');
    expect(early.steps[1]).toMatchObject({ kind: 'atwRoll', from: '2025-02-16', date: '2025-02-17' });
  });

  it('starts the flexibiliseringsperiode 10 weeks before the expected date for a multiple birth', () => {
    // expected 2025-03-26, meerling: 2025-03-27 − 70 = Thu 2025-01-16; + 3 = Sun 01-19 → Atw: Mon 01-20.
    expect(plus('2025-03-27', -70)).toBe('2025-01-16');
    expect(vangnetStep({ grond: 'zwangerschap', uitgerekendeDatum: '2025-03-26', meerling: true })).toMatchObject({
      due: '2025-01-20',
      step: {
        kind: 'vangnet',
        grond: 'zwangerschap',
        term: 'vierde-dag',
        from: '2025-01-16',
        days: 3,
        flexStart: '2025-01-16',
        date: '2025-01-19',
      },
    });
  });

  it("counts the 4th day after the pregnancy became known, when that is later than the period's 4th day", () => {
    // expected 2025-03-10: period from 2025-03-11 − 42 = Tue 2025-01-28, + 3 = Fri 01-31; known Mon
    // 2025-02-03 + 4 = Fri 2025-02-07 (ZW 38b lid 2).
    expect(vangnetStep({ grond: 'zwangerschap', uitgerekendeDatum: '2025-03-10', bekendOp: '2025-02-03' }).step).toMatchObject({
      term: 'vierde-dag-na',
      from: '2025-02-03',
      flexStart: '2025-01-28',
      date: '2025-02-07',
    });
    expect(vangnetStep({ grond: 'zwangerschap', uitgerekendeDatum: '2025-03-10' }).due).toBe('2025-01-31');
  });

  it('applies the 4th day from day 1 when the sickness begins inside the flexibiliseringsperiode', () => {
    // expected 2025-02-16: period from 2025-02-17 − 42 = 2025-01-06 = D1 → D1+3 = Thu 01-09.
    expect(plus('2025-02-17', -42)).toBe(D1);
    expect(vangnetStep({ grond: 'zwangerschap', uitgerekendeDatum: '2025-02-16' }).step).toEqual({
      kind: 'vangnet',
      grond: 'zwangerschap',
      term: 'vierde-dag',
      from: '2025-01-06',
      days: 3,
      flexStart: '2025-01-06',
      date: '2025-01-09',
    });
    // known Fri 2025-01-10: + 4 = Tue 01-14.
    expect(vangnetStep({ grond: 'zwangerschap', uitgerekendeDatum: '2025-02-16', bekendOp: '2025-01-10' }).due).toBe('2025-01-14');
    // known only on D1+40 = Sat 2025-02-15: the 4th day after it, Wed 2025-02-19.
    expect(plus(D1, 40)).toBe('2025-02-15');
    expect(vangnetStep({ grond: 'zwangerschap', uitgerekendeDatum: '2025-02-16', bekendOp: '2025-02-15' }).step).toMatchObject({
      term: 'vierde-dag-na',
      from: '2025-02-15',
      days: 4,
      date: '2025-02-19',
    });
  });

  it('extends a 4-day term over Easter until it holds two working days (Atw art. 2)', () => {
    // Sickness from childbirth after the leave from Goede Vrijdag 2025-04-18: the 4th day is Mon 04-21
    // (Tweede Paasdag); art. 1 → Tue 04-22; the term 04-18 … 04-22 then holds one working day (Tue),
    // so art. 2 extends it to Wed 04-23. Checked on a 2025 calendar (Easter Sunday 20 April).
    const m = ms(
      evaluateCase({ firstSickDay: '2025-04-18', vangnet: { grond: 'zwangerschap-na-verlof' } }, { explain: true, asOf: '2025-04-18' }),
      'ziekmelding-uwv-vangnet',
    );
    expect(m.due).toBe('2025-04-23');
    expect(m.derivation.due.map((x) => x.kind)).toEqual(['vangnet', 'atwRoll', 'atwTwoWorkingDays']);
    expect(m.derivation.due[2]).toEqual({ kind: 'atwTwoWorkingDays', termStart: '2025-04-18', from: '2025-04-22', date: '2025-04-23' });
  });
});

describe('einde dienstverband on the edges of the wachttijd (Ziektewet art. 38 lid 2)', () => {
  it('adds the UWV ziekmelding when employment ends on day 1, with no re-integratieverslag', () => {
    // 1 counted sick day: under 6 weeks, no report (docs/rules.md §4).
    const t = evaluate([{ type: 'einde-dienstverband', date: D1 }], D1);
    const z = ms(t, 'ziekmelding-uwv-einde-dienstverband');
    expect(z.due).toBe(D1);
    expect(z.derivation.due).toEqual([{ kind: 'eindeDienstverband', lastDayOfEmployment: D1, sickDays: 1, report: 'volledig', date: D1 }]);
    const riv = ms(t, 're-integratieverslag');
    expect(riv.status).toBe('not-applicable');
    expect(riv.variant).toBeNull();
    expect(riv.derivation.reason).toEqual({ code: 'employment-ended', lastDayOfEmployment: D1, sickDays: 1, report: 'geen' });
  });

  it('adds it when employment ends on the last day of the wachttijd, not the day after', () => {
    // Sun 2027-01-03 → back past Sat 01-02 and Nieuwjaarsdag Fri 01-01 to Thu 2026-12-31.
    expect(plus(D1, 727)).toBe('2027-01-03');
    const onLast = evaluate([{ type: 'einde-dienstverband', date: '2027-01-03' }], '2026-12-01');
    const z = ms(onLast, 'ziekmelding-uwv-einde-dienstverband');
    expect(z.due).toBe('2026-12-31');
    expect(z.derivation.due).toEqual([
      { kind: 'eindeDienstverband', lastDayOfEmployment: '2027-01-03', sickDays: 728, report: 'volledig', date: '2027-01-03' },
      {
        kind: 'lastWorkingDay',
        from: '2027-01-03',
        skipped: [
          { date: '2027-01-01', reason: 'nieuwjaarsdag' },
          { date: '2027-01-02', reason: 'zaterdag' },
          { date: '2027-01-03', reason: 'zondag' },
        ],
        date: '2026-12-31',
      },
    ]);
    const after = evaluate([{ type: 'einde-dienstverband', date: '2027-01-04' }], '2026-12-01');
    expect(after.milestones.some((m) => m.id === 'ziekmelding-uwv-einde-dienstverband')).toBe(false);
  });

  it('leaves a re-integratieverslag due on the last day of employment itself where it is', () => {
    // RIV due D1+636 = Sun 2026-10-04; employment ends that day: the step does not fall due after it.
    expect(plus(D1, 636)).toBe('2026-10-04');
    const t = evaluate([{ type: 'einde-dienstverband', date: '2026-10-04' }], '2026-09-01');
    const riv = ms(t, 're-integratieverslag');
    expect(riv.due).toBe('2026-10-04');
    expect(riv.derivation.due).toEqual([{ kind: 'beforeEnd', days: 91, lastDay: '2027-01-03', date: '2026-10-04' }]);
    expect(riv.derivation.reason).toBeNull();
    expect(riv.status).toBe('upcoming'); // 33 days after asOf
    expect(riv.variant).toBeNull();
    // the ziekmelding itself moves back to Fri 2026-10-02
    expect(ms(t, 'ziekmelding-uwv-einde-dienstverband').due).toBe('2026-10-02');
  });

  it('never moves the ziekmelding before day 1 (sick from Saturday, employment ends Sunday)', () => {
    // D1 Sat 2025-01-04, last day of employment Sun 2025-01-05: the last werkdag, Fri 2025-01-03, lies
    // before the sickness began; day 1 is the earliest the duty can be met.
    const t = evaluateCase(
      { firstSickDay: '2025-01-04', events: [{ type: 'einde-dienstverband', date: '2025-01-05' }] },
      { explain: true, asOf: '2025-01-05' },
    );
    const z = ms(t, 'ziekmelding-uwv-einde-dienstverband');
    expect(z.due).toBe('2025-01-04');
    expect(z.derivation.due).toEqual([
      { kind: 'eindeDienstverband', lastDayOfEmployment: '2025-01-05', sickDays: 2, report: 'volledig', date: '2025-01-05' },
      { kind: 'lastWorkingDay', from: '2025-01-05', skipped: [{ date: '2025-01-05', reason: 'zondag' }], date: '2025-01-04' },
    ]);
    // ending on the Saturday of day 1 itself: due that day, nothing skipped
    const same = evaluateCase(
      { firstSickDay: '2025-01-04', events: [{ type: 'einde-dienstverband', date: '2025-01-04' }] },
      { explain: true, asOf: '2025-01-05' },
    );
    expect(ms(same, 'ziekmelding-uwv-einde-dienstverband').derivation.due.map((s) => s.kind)).toEqual(['eindeDienstverband']);
    expect(ms(same, 'ziekmelding-uwv-einde-dienstverband').due).toBe('2025-01-04');
  });

  it('does not move the re-integratieverslag in a recovered case', () => {
    // fit from 2025-05-20, asOf 2025-06-02: recovered (14 fit days); employment ends 2025-06-01.
    const t = evaluate(
      [
        { type: 'hersteld', date: '2025-05-20' },
        { type: 'einde-dienstverband', date: '2025-06-01' },
      ],
      '2025-06-02',
    );
    const riv = ms(t, 're-integratieverslag');
    expect(riv.derivation.due.map((s) => s.kind)).toEqual(['beforeEnd']);
    expect(riv.variant).toBeNull();
    expect(riv.status).toBe('not-applicable');
    expect(riv.derivation.reason).toMatchObject({ code: 'employment-ended', report: null });
  });

  it('needs no RIV at the end of employment when AOW age comes on the first WIA day, but does a day later', () => {
    // employment ends Sun 2025-06-01 after 147 counted days (≥ 70): a full report on the last werkdag,
    // Wed 2025-05-28 (Sat 05-31, Fri 05-30 a gelijkgestelde dag, Thu 05-29 Hemelvaartsdag),
    // unless the employee reaches AOW age on or before wiaStart 2027-01-04 (no WIA).
    expect([plus(D1, 146), plus(D1, 728)]).toEqual(['2025-06-01', '2027-01-04']);
    const run = (aow: string) =>
      ms(
        evaluate(
          [
            { type: 'einde-dienstverband', date: '2025-06-01' },
            { type: 'aow-leeftijd', date: aow },
          ],
          '2025-05-01',
        ),
        're-integratieverslag',
      );
    const onWiaStart = run('2027-01-04');
    expect(onWiaStart).toMatchObject({ due: '2026-10-04', status: 'not-applicable', variant: null });
    expect(onWiaStart.derivation.reason).toEqual({ code: 'aow-before-wia', aowDate: '2027-01-04' });
    const dayAfter = run('2027-01-05');
    expect(dayAfter).toMatchObject({ due: '2025-05-28', status: 'upcoming', variant: 'volledig' });
    expect(dayAfter.derivation.reason).toBeNull();
    expect(dayAfter.derivation.due.at(-1)).toEqual({
      kind: 'lastWorkingDay',
      from: '2025-06-01',
      skipped: [
        { date: '2025-05-29', reason: 'hemelvaartsdag' },
        { date: '2025-05-30', reason: 'gelijkgestelde-dag' },
        { date: '2025-05-31', reason: 'zaterdag' },
        { date: '2025-06-01', reason: 'zondag' },
      ],
      date: '2025-05-28',
    });
    // the eindevaluatie moves with it, but only the verslag carries a variant
    const t = evaluate(
      [
        { type: 'einde-dienstverband', date: '2025-06-01' },
        { type: 'aow-leeftijd', date: '2027-01-05' },
      ],
      '2025-05-01',
    );
    expect(ms(t, 'eindevaluatie').due).toBe('2025-05-28');
    expect(ms(t, 'eindevaluatie')).not.toHaveProperty('variant');
  });
});

describe('the late UWV letter on its last timely day (WIA 64 lid 6)', () => {
  it('moves nothing and excludes nothing for a letter on D1+622, 28 days before the application is due', () => {
    // letter Sun 2026-09-20 = D1+622; + 28 = 2026-10-18 = D1+650, the application's own deadline.
    expect([plus(D1, 622), plus('2026-09-20', 28), plus(D1, 650)]).toEqual(['2026-09-20', '2026-10-18', '2026-10-18']);
    const t = evaluate([{ type: 'wia-brief-ontvangen', date: '2026-09-20' }], '2026-09-21');
    const a = ms(t, 'wia-aanvraag');
    expect(a.windowStart).toBe('2026-09-20');
    expect(a.due).toBe('2026-10-18');
    expect(a.derivation.windowStart).toEqual([{ kind: 'letterReceived', date: '2026-09-20' }]);
    expect(a.derivation.due).toEqual([{ kind: 'beforeEnd', days: 77, lastDay: '2027-01-03', date: '2026-10-18' }]);
    expect(flagCodes(t)).not.toContain('WIA_LETTER_EXTENSION_EXCLUDED');
    // the letter opens the application's window only
    expect(ms(t, 're-integratieverslag')).toMatchObject({ windowStart: null, due: '2026-10-04', derivation: { windowStart: null } });
    expect(ms(t, 'vervroegde-iva').windowStart).toBe(plus(D1, 21));
  });

  it('names no melding in the exclusion when none was made', () => {
    // letter Mon 2026-09-21 (late), no 42e-weeksmelding: the normal deadline stands. The melding was
    // due "voor de dag waarop de wachttijd 81 weken heeft geduurd" (counted day 567 = D1+566 =
    // 2026-07-26): by counted day 566 = D1+565 = Sat 2026-07-25.
    expect([plus(D1, 566), plus(D1, 565)]).toEqual(['2026-07-26', '2026-07-25']);
    const t = evaluate([{ type: 'wia-brief-ontvangen', date: '2026-09-21' }], '2026-09-22');
    expect(ms(t, 'wia-aanvraag').derivation.due.at(-1)).toEqual({
      kind: 'lateLetterExcluded',
      letter: '2026-09-21',
      meldingBy: '2026-07-25',
      melding: null,
      date: '2026-10-18',
    });
    expect(t.flags.find((f) => f.code === 'WIA_LETTER_EXTENSION_EXCLUDED')).toMatchObject({
      severity: 'warning',
      milestoneId: 'wia-aanvraag',
      params: { letter: '2026-09-21', meldingBy: '2026-07-25', melding: null },
    });
  });

  it('records the four weeks from a late letter in the derivation when the melding was in time', () => {
    // melding Mon 2025-10-27 (D1+294); letter 2026-09-21 + 28 = 2026-10-19.
    const t = evaluate(
      [
        { type: '42e-weeksmelding', date: '2025-10-27' },
        { type: 'wia-brief-ontvangen', date: '2026-09-21' },
      ],
      '2026-09-22',
    );
    const a = ms(t, 'wia-aanvraag');
    expect(a.due).toBe(plus('2026-09-21', 28));
    expect(a.derivation.due).toEqual([
      { kind: 'beforeEnd', days: 77, lastDay: '2027-01-03', date: '2026-10-18' },
      { kind: 'lateLetter', letter: '2026-09-21', days: 28, date: '2026-10-19' },
    ]);
  });
});

describe('derivations of the plan van aanpak, the UWV letter and the end of the wachttijd', () => {
  it('counts the strict latest of the plan and the casemanager from the strict latest of a probleemanalyse not done', () => {
    // probleemanalyse legal latest D1+42 = Mon 2025-02-17; + 14 = Mon 2025-03-03.
    const t = evaluate([], '2025-01-07');
    // only these two: the other steps after the probleemanalyse have no strict latest of their own
    // (the 42e-weeksmelding's is UWV's first werkdag: D1+294 = Mon 2025-10-27 is one, so the same day)
    expect(ms(t, '42e-weeksmelding').legalLatest).toBe('2025-10-27');
    for (const id of ['evaluatie', 'eerstejaarsevaluatie', 'eindevaluatie'] as const) {
      expect(ms(t, id).legalLatest, id).toBeNull();
      expect(ms(t, id).derivation.legalLatest, id).toBeNull();
    }
    for (const id of ['plan-van-aanpak', 'casemanager'] as const) {
      const m = ms(t, id);
      expect(m.legalLatest, id).toBe('2025-03-03');
      expect(m.derivation.legalLatest, id).toEqual([
        {
          kind: 'afterStep',
          step: 'probleemanalyse',
          occurrence: 1,
          basis: 'legalLatest',
          from: '2025-02-17',
          countedDays: 14,
          uncounted: { fit: 0, leave: 0 },
          date: '2025-03-03',
        },
      ]);
    }
  });

  it('gives the plan no strict latest once the probleemanalyse is done, nor under the strict reading', () => {
    // done Mon 2025-02-10 → plan due 2025-02-24
    const done = evaluate([{ type: 'probleemanalyse', date: '2025-02-10' }], '2025-02-11');
    expect(ms(done, 'plan-van-aanpak')).toMatchObject({ due: '2025-02-24', legalLatest: null, derivation: { legalLatest: null } });
    const strict = evaluate([], '2025-01-07', {}, { probleemanalyse: 'strict' });
    expect(ms(strict, 'probleemanalyse')).toMatchObject({ due: '2025-02-17', legalLatest: null, derivation: { legalLatest: null } });
    expect(ms(strict, 'plan-van-aanpak')).toMatchObject({ due: '2025-03-03', legalLatest: null });
  });

  it('moves the UWV letter by the verlenging, both its expected and its latest day', () => {
    // expected counted day 617 = D1+616 = 2026-09-14, latest 623 = D1+622 = 2026-09-20; + 13 weeks.
    const t = evaluate([{ type: 'verlenging', date: '2026-09-01', weeks: 13 }], '2026-09-02');
    const b = ms(t, 'wia-brief-uwv');
    expect([plus('2026-09-14', 91), plus('2026-09-20', 91)]).toEqual(['2026-12-14', '2026-12-20']);
    expect(b.derivation.due).toEqual([
      { kind: 'counted', countedDay: 617, from: D1, days: 616, uncounted: { fit: 0, leave: 0 }, date: '2026-09-14' },
      { kind: 'verlenging', weeks: 13, date: '2026-12-14' },
    ]);
    expect(b.derivation.legalLatest).toEqual([
      { kind: 'counted', countedDay: 623, from: D1, days: 622, uncounted: { fit: 0, leave: 0 }, date: '2026-09-20' },
      { kind: 'verlenging', weeks: 13, date: '2026-12-20' },
    ]);
    // a step without plusVerlenging keeps its counted day alone
    expect(ms(t, 'probleemanalyse').derivation.due).toEqual([
      { kind: 'counted', countedDay: 42, from: D1, days: 41, uncounted: { fit: 0, leave: 0 }, date: '2025-02-16' },
    ]);
    // without a verlenging: only the counted day
    expect(ms(evaluate([], '2026-09-02'), 'wia-brief-uwv').derivation.due).toHaveLength(1);
  });

  it('counts the fit days a counted step passed over', () => {
    // fit 2025-01-20 … 02-02 (14 days): counted day 42 = D1+41+14 = D1+55 = Sun 2025-03-02.
    const t = evaluate(
      [
        { type: 'hersteld', date: '2025-01-20' },
        { type: 'ziek', date: '2025-02-03' },
      ],
      '2025-02-03',
      {},
      { firstWeeks: 'counted' }, // sick days; the calendar default: test/golden/first-weeks.test.ts
    );
    expect(plus(D1, 55)).toBe('2025-03-02');
    expect(ms(t, 'probleemanalyse').derivation.due).toEqual([
      { kind: 'counted', countedDay: 42, from: D1, days: 55, uncounted: { fit: 14, leave: 0 }, date: '2025-03-02' },
    ]);
  });

  it('counts the fit days an after-step count passed over', () => {
    // probleemanalyse done Mon 2025-02-10; fit 02-12 … 02-18 (7 days): 14 counted days after 02-10 =
    // 02-10 + 14 + 7 = Mon 2025-03-03.
    const t = evaluate(
      [
        { type: 'probleemanalyse', date: '2025-02-10' },
        { type: 'hersteld', date: '2025-02-12' },
        { type: 'ziek', date: '2025-02-19' },
      ],
      '2025-02-19',
      {},
      { firstWeeks: 'counted' },
    );
    expect(plus('2025-02-10', 21)).toBe('2025-03-03');
    expect(ms(t, 'plan-van-aanpak').derivation.due).toEqual([
      {
        kind: 'afterStep',
        step: 'probleemanalyse',
        occurrence: 1,
        basis: 'completed',
        from: '2025-02-10',
        countedDays: 14,
        uncounted: { fit: 7, leave: 0 },
        date: '2025-03-03',
      },
    ]);
  });

  it('marks the end of the wachttijd completed on its last day, not the day before', () => {
    const on = ms(evaluate([], '2027-01-03'), 'einde-wachttijd');
    expect(on).toMatchObject({ due: '2027-01-03', completedOn: '2027-01-03', status: 'done' });
    expect(on.derivation.due).toEqual([
      { kind: 'counted', countedDay: 728, from: D1, days: 727, uncounted: { fit: 0, leave: 0 }, date: '2027-01-03' },
    ]);
    expect(ms(evaluate([], '2027-01-02'), 'einde-wachttijd')).toMatchObject({ completedOn: null, status: 'due-soon' });
  });
});

describe('the evaluation chain on its edges', () => {
  it('lists the 16th evaluation on the last day of the wachttijd and no 17th', () => {
    // plan due D1+55; evaluation k due D1+55+42k; k = 16 → D1+727 = 2027-01-03, the last day.
    const t = evaluate([], '2025-01-07');
    expect(ms(t, 'evaluatie', 16).due).toBe(plus(D1, 55 + 42 * 16));
    expect(plus(D1, 55 + 42 * 16)).toBe('2027-01-03');
    expect(t.milestones.filter((m) => m.id === 'evaluatie')).toHaveLength(16);
  });

  it('counts from an evaluation recorded on the day of its basis', () => {
    // plan done Sat 2025-03-01, evaluation 1 recorded the same day: evaluation 2 = 03-01 + 42 = 2025-04-12,
    // counted from evaluation 1 as done.
    const t = evaluate(
      [
        { type: 'plan-van-aanpak', date: '2025-03-01' },
        { type: 'evaluatie', date: '2025-03-01' },
      ],
      '2025-03-02',
    );
    expect(ms(t, 'evaluatie', 1)).toMatchObject({ due: '2025-04-12', completedOn: '2025-03-01', status: 'done' });
    expect(ms(t, 'evaluatie', 2).derivation.due).toEqual([
      {
        kind: 'afterStep',
        step: 'evaluatie',
        occurrence: 1,
        basis: 'completed',
        from: '2025-03-01',
        countedDays: 42,
        uncounted: { fit: 0, leave: 0 },
        date: '2025-04-12',
      },
    ]);
  });
});

describe('recorded evaluations beyond where the chain would stop', () => {
  it('lists an evaluation recorded for an occurrence due after the wachttijd', () => {
    // interval 365: evaluation 1 due D1+55+365 = D1+420 = 2026-03-02, recorded late on D1+500 =
    // 2026-05-21; evaluation 2 due D1+500+365 = D1+865 = 2027-05-21, after the last day 2027-01-03.
    expect([plus(D1, 420), plus(D1, 500), plus(D1, 865)]).toEqual(['2026-03-02', '2026-05-21', '2027-05-21']);
    const evaluations = (events: CaseEvent[]) =>
      evaluate(events, '2026-06-01', {}, { evaluationIntervalDays: 365 })
        .milestones.filter((m) => m.id === 'evaluatie')
        .map((m) => [m.due, m.completedOn, m.status]);
    const first = { type: 'evaluatie', date: '2026-05-21' } as const;
    expect(evaluations([first])).toEqual([['2026-03-02', '2026-05-21', 'done-late']]);
    expect(evaluations([first, { type: 'evaluatie', date: '2026-05-31' }])).toEqual([
      ['2026-03-02', '2026-05-21', 'done-late'],
      ['2027-05-21', '2026-05-31', 'done'],
    ]);
  });

  it('lists an evaluation recorded before the end of employment although it falls due after it', () => {
    // employment ends 2025-03-20 (D1+73); evaluation 1 due D1+97 = 2025-04-13, after it: not-applicable,
    // unless it was recorded (2025-03-15); the next (2025-03-15 + 42 = 2025-04-26) is not-applicable.
    expect([plus(D1, 73), plus(D1, 97), plus('2025-03-15', 42)]).toEqual(['2025-03-20', '2025-04-13', '2025-04-26']);
    const einde = { type: 'einde-dienstverband', date: '2025-03-20' } as const;
    const before = evaluate([einde], '2025-03-16').milestones.filter((m) => m.id === 'evaluatie');
    expect(before[0]?.due).toBe('2025-04-13');
    expect(before.every((m) => m.status === 'not-applicable')).toBe(true);
    const t = evaluate([einde, { type: 'evaluatie', date: '2025-03-15' }], '2025-03-16');
    const evals = t.milestones.filter((m) => m.id === 'evaluatie').map((m) => [m.due, m.status]);
    expect(evals.slice(0, 2)).toEqual([
      ['2025-04-13', 'done'],
      ['2025-04-26', 'not-applicable'],
    ]);
    expect(evals.slice(1).every(([, status]) => status === 'not-applicable')).toBe(true);
  });
});

describe('the Atw calendar flag', () => {
  it('names the year of the rolled date and the years the data covers', () => {
    // D1 Mon 2022-01-03 + 294 = Mon 2022-10-24: outside the gelijkgestelde dagen of 2023–2028.
    const t = evaluateCase({ firstSickDay: '2022-01-03' }, { explain: true, asOf: '2022-02-01' });
    expect(t.flags.filter((f) => f.code === 'ATW_CALENDAR_INCOMPLETE')).toEqual([
      expect.objectContaining({
        severity: 'info',
        milestoneId: '42e-weeksmelding',
        params: { year: 2022, knownFrom: 2023, knownUntil: 2028 },
      }),
    ]);
  });
});

describe('verzuimprotocol steps on their edges', () => {
  const step = (s: Partial<ProtocolStep> & { id: string; days: number }): ProtocolStep => ({
    title: { nl: s.id, en: s.id },
    actor: 'werkgever',
    ...s,
  });
  const protocolOf = (t: ReturnType<typeof evaluate>, id: string) =>
    t.milestones.filter((m) => m.id === 'protocol' && m.protocolStep === id);

  it('puts a step on day 1 as counted day 1 in week 1, first in the timeline', () => {
    const t = evaluate([], '2025-01-06', {}, { protocol: [step({ id: 'melden', days: 0 })] });
    const [m] = protocolOf(t, 'melden');
    expect(m).toMatchObject({ due: D1, countedDay: 1, week: 1 });
    expect(m?.derivation.due).toEqual([{ kind: 'counted', countedDay: 1, from: D1, days: 0, uncounted: { fit: 0, leave: 0 }, date: D1 }]);
    expect(t.milestones[0]).toEqual(m);
  });

  it('lists a step due after the wachttijd once, even when it repeats', () => {
    // D1+800 = 2027-03-17, after the last day 2027-01-03
    expect(plus(D1, 800)).toBe('2027-03-17');
    const t = evaluate([], '2025-01-06', {}, { protocol: [step({ id: 'laat', days: 800, repeatEveryDays: 7 })] });
    expect(protocolOf(t, 'laat').map((m) => m.due)).toEqual(['2027-03-17']);
  });

  it('lists the occurrences after the end of employment as not applicable', () => {
    // employment ends Fri 2025-01-10; a weekly step from D1+7 = 2025-01-13
    const t = evaluate(
      [{ type: 'einde-dienstverband', date: '2025-01-10' }],
      '2025-01-07',
      {},
      {
        protocol: [step({ id: 'wekelijks', days: 7, repeatEveryDays: 7 })],
      },
    );
    const list = protocolOf(t, 'wekelijks');
    expect(list.map((m) => [m.due, m.status]).slice(0, 2)).toEqual([
      ['2025-01-13', 'not-applicable'],
      ['2025-01-20', 'not-applicable'],
    ]);
    expect(list.every((m) => m.status === 'not-applicable')).toBe(true);
  });

  it('counts from day 1 when the step it names is not in the timeline', () => {
    // the advice steps left out: 7 counted days after D1 = 2025-01-13
    const t = evaluate(
      [],
      '2025-01-06',
      {},
      {
        includeAdvice: false,
        protocol: [step({ id: 'spreekuur', days: 7, after: 'melding-bedrijfsarts' })],
      },
    );
    expect(protocolOf(t, 'spreekuur')[0]?.derivation.due).toEqual([
      {
        kind: 'afterStep',
        step: 'protocol',
        occurrence: 1,
        basis: 'day1',
        from: D1,
        countedDays: 7,
        uncounted: { fit: 0, leave: 0 },
        date: '2025-01-13',
      },
    ]);
  });

  it('counts from the day a named step of the law was done', () => {
    // melding aan de bedrijfsarts done Wed 2025-01-08: + 7 = Wed 2025-01-15
    const t = evaluate(
      [{ type: 'melding-bedrijfsarts', date: '2025-01-08' }],
      '2025-01-08',
      {},
      {
        protocol: [step({ id: 'spreekuur', days: 7, after: 'melding-bedrijfsarts' })],
      },
    );
    expect(protocolOf(t, 'spreekuur')[0]?.derivation.due[0]).toMatchObject({
      step: 'melding-bedrijfsarts',
      occurrence: 1,
      basis: 'completed',
      from: '2025-01-08',
      date: '2025-01-15',
    });
  });

  it('lists the repeats suspended while the employee is recovered', () => {
    // weekly from D1+2: 01-08, 01-15; fit from 2025-01-20, asOf 2025-01-25 (recovered): the next 7
    // counted days are 01-16 … 01-19 and, sickness assumed to resume the day after asOf, 01-26 … 01-28.
    const t = evaluate(
      [{ type: 'hersteld', date: '2025-01-20' }],
      '2025-01-25',
      {},
      {
        protocol: [step({ id: 'contact', days: 2, repeatEveryDays: 7 })],
      },
    );
    const list = protocolOf(t, 'contact');
    expect(list.map((m) => [m.due, m.status]).slice(0, 3)).toEqual([
      ['2025-01-08', 'overdue'],
      ['2025-01-15', 'overdue'],
      ['2025-01-28', 'suspended'],
    ]);
    expect(list.slice(2).every((m) => m.status === 'suspended')).toBe(true);
  });

  it('counts from an earlier protocol step, done or due, and names it', () => {
    // 'eerste' due D1+2 = 2025-01-08; 'tweede' 3 days after it: 2025-01-11, or after its record 2025-01-09 → 2025-01-12
    const protocol = [step({ id: 'eerste', days: 2 }), step({ id: 'tweede', days: 3, after: 'eerste' })];
    const due = evaluate([], '2025-01-06', {}, { protocol });
    expect(protocolOf(due, 'tweede')[0]?.derivation.due).toEqual([
      {
        kind: 'afterStep',
        step: 'protocol',
        protocolStep: 'eerste',
        occurrence: 1,
        basis: 'due',
        from: '2025-01-08',
        countedDays: 3,
        uncounted: { fit: 0, leave: 0 },
        date: '2025-01-11',
      },
    ]);
    const done = evaluate([{ type: 'protocol', step: 'eerste', date: '2025-01-09' }], '2025-01-09', {}, { protocol });
    expect(protocolOf(done, 'tweede')[0]?.derivation.due[0]).toMatchObject({ basis: 'completed', from: '2025-01-09', date: '2025-01-12' });
  });

  it('counts from the first occurrence of a repeating protocol step', () => {
    // 'contact' weekly from D1+2 = 2025-01-08; 'verslag' 1 day after it: 2025-01-09
    const t = evaluate(
      [],
      '2025-01-06',
      {},
      {
        protocol: [step({ id: 'contact', days: 2, repeatEveryDays: 7 }), step({ id: 'verslag', days: 1, after: 'contact' })],
      },
    );
    expect(protocolOf(t, 'verslag').map((m) => m.due)).toEqual(['2025-01-09']);
    expect(protocolOf(t, 'verslag')[0]?.derivation.due[0]).toMatchObject({ protocolStep: 'contact', occurrence: 1, from: '2025-01-08' });
  });

  it('counts from the first evaluation of the plan van aanpak', () => {
    // evaluation 1 due D1+55+42 = D1+97 = 2025-04-13; + 7 = 2025-04-20
    expect(plus(D1, 97)).toBe('2025-04-13');
    const t = evaluate([], '2025-01-06', {}, { protocol: [step({ id: 'na-evaluatie', days: 7, after: 'evaluatie' })] });
    expect(protocolOf(t, 'na-evaluatie')[0]?.derivation.due[0]).toMatchObject({
      step: 'evaluatie',
      occurrence: 1,
      basis: 'due',
      from: '2025-04-13',
      date: '2025-04-20',
    });
  });

  it('repeats from the record when it is on or after the due date, else from the due date', () => {
    // weekly from D1+2 = 2025-01-08
    const protocol = [step({ id: 'contact', days: 2, repeatEveryDays: 7 })];
    const second = (date: string) =>
      protocolOf(evaluate([{ type: 'protocol', step: 'contact', date }], '2025-01-12', {}, { protocol }), 'contact')[1]?.derivation.due[0];
    // on the due date itself: counted from the record
    expect(second('2025-01-08')).toEqual({
      kind: 'afterStep',
      step: 'protocol',
      protocolStep: 'contact',
      occurrence: 1,
      basis: 'completed',
      from: '2025-01-08',
      countedDays: 7,
      uncounted: { fit: 0, leave: 0 },
      date: '2025-01-15',
    });
    // two days late: 2025-01-10 + 7 = 2025-01-17
    expect(second('2025-01-10')).toMatchObject({ basis: 'completed', from: '2025-01-10', date: '2025-01-17' });
    // a day early: from the due date
    expect(second('2025-01-07')).toMatchObject({ basis: 'due', from: '2025-01-08', date: '2025-01-15' });
  });

  it('reports a one-off step recorded twice, and not a repeating one', () => {
    const protocol = [step({ id: 'eenmalig', days: 2 }), step({ id: 'herhaald', days: 2, repeatEveryDays: 7 })];
    const t = evaluate(
      [
        { type: 'protocol', step: 'eenmalig', date: '2025-01-07' },
        { type: 'protocol', step: 'eenmalig', date: '2025-01-08' },
        { type: 'protocol', step: 'herhaald', date: '2025-01-07' },
        { type: 'protocol', step: 'herhaald', date: '2025-01-08' },
      ],
      '2025-01-09',
      {},
      { protocol },
    );
    const dups = t.flags.filter((f) => f.code === 'DUPLICATE_STEP');
    expect(dups).toHaveLength(1);
    expect(dups[0]).toMatchObject({
      milestoneId: 'protocol',
      protocolStep: 'eenmalig',
      params: { dates: ['2025-01-07', '2025-01-08'], counted: '2025-01-07' },
    });
  });
});
