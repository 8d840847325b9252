/**
 * Golden cases for the branches that move the clock (docs/law.md, docs/rules.md §4): verlenging with a
 * late UWV letter, einde dienstverband at < 6, 6–10 and ≥ 10 weeks of sickness (with the
 * boundaries), loonsanctie and AOW on the end of the wage obligation. All on E1 (D1 ma 06-01-2025),
 * whose plain dates are hand-checked in worked-examples.test.ts; offsets re-derived with `plus`.
 */
import { describe, expect, it } from 'vitest';
import { flagCodes, ms, plus, run } from './helpers.js';

const D1 = '2025-01-06';

describe('verlenging together with a late UWV letter', () => {
  // 13 weeks of verlenging: last day 2027-04-04. The letter is expected on counted day 617 + 13
  // weeks = D1+616+91 = 2026-12-14 but arrives on 2027-01-10. The 42e-weeksmelding was made in time
  // (D1+294 = 2025-10-27), so the late letter's extra weeks apply (WIA 64 lid 6, last sentence).
  const events = [
    { type: '42e-weeksmelding', date: '2025-10-27' },
    { type: 'verlenging', date: '2026-09-01', weeks: 13 },
    { type: 'wia-brief-ontvangen', date: '2027-01-10' },
  ] as const;
  // Evaluated inside each test, never at collection time (mutation testing: docs/reliability.md §7).
  const timeline = () => run(D1, events, '2027-01-15');

  it('gives the employee four weeks from the late letter (WIA 64 lid 6)', () => {
    const t = timeline();
    // due = max(lastDay − 77 = 2027-01-17, letter + 28 = Sun 2027-02-07 → Mon 02-08 by the Atw, art. 1:
    // "binnen vier weken nadat deze kennisgeving is ontvangen" is a forward term of a formal law ≤ 12 weeks)
    expect(plus('2027-04-04', -77)).toBe('2027-01-17');
    expect(plus('2027-01-10', 28)).toBe('2027-02-07');
    const a = ms(t, 'wia-aanvraag');
    expect(a.windowStart).toBe('2027-01-10');
    expect(a.due).toBe('2027-02-08');
    expect(a.status).toBe('upcoming'); // 24 days ahead of asOf
  });

  it('records the letter as late and flags it', () => {
    const t = timeline();
    const b = ms(t, 'wia-brief-uwv');
    expect(b.due).toBe('2026-12-14');
    expect(b.completedOn).toBe('2027-01-10');
    expect(b.status).toBe('done-late');
    expect(flagCodes(t)).toContain('WIA_LETTER_LATE');
  });

  it('keeps the RIV 13 weeks before the extended end, and it is overdue', () => {
    const t = timeline();
    expect(ms(t, 're-integratieverslag').due).toBe('2027-01-03');
    expect(ms(t, 're-integratieverslag').status).toBe('overdue');
    expect(t.wachttijd).toEqual({ lastDay: '2027-04-04', wiaStart: '2027-04-05' });
  });

  it('keeps the 11-week deadline when the letter comes on time', () => {
    const onTime = run(D1, [events[0], events[1], { type: 'wia-brief-ontvangen', date: '2026-12-01' }], '2026-12-05');
    // max(2027-01-17, 2026-12-01 + 28 = 2026-12-29) = 2027-01-17; the window opens with the letter
    expect(ms(onTime, 'wia-aanvraag').due).toBe('2027-01-17');
    expect(ms(onTime, 'wia-aanvraag').windowStart).toBe('2026-12-01');
    expect(ms(onTime, 'wia-brief-uwv').status).toBe('done');
    expect(flagCodes(onTime)).not.toContain('WIA_LETTER_LATE');
  });

  it('flags a verlenging registered after the wachttijd ended', () => {
    const late = run(D1, [{ type: 'verlenging', date: '2027-01-04', weeks: 13 }], '2027-01-10');
    expect(flagCodes(late)).toContain('VERLENGING_AFTER_WACHTTIJD');
    expect(late.wachttijd.lastDay).toBe('2027-04-04'); // still applied
    const onLastDay = run(D1, [{ type: 'verlenging', date: '2027-01-03', weeks: 13 }], '2027-01-10');
    expect(flagCodes(onLastDay)).not.toContain('VERLENGING_AFTER_WACHTTIJD');
  });

  it('adds up several verlengingen', () => {
    const two = run(
      D1,
      [
        { type: 'verlenging', date: '2026-09-01', weeks: 13 },
        { type: 'verlenging', date: '2027-03-01', weeks: 26 },
      ],
      '2027-03-01',
    );
    expect(two.wachttijd.lastDay).toBe(plus('2027-01-03', 7 * 39));
  });
});

describe('einde dienstverband (ziek uit dienst; docs/rules.md)', () => {
  // Every E below is a Sunday: the UWV ziekmelding and the RIV fall due on the last werkdag before
  // it, Friday E − 2 (Ziektewet art. 38 lid 2); the wage obligation still ends on E itself.
  const asOf = '2025-02-01';
  const withEnd = (e: string) => run(D1, [{ type: 'einde-dienstverband', date: e }], asOf);

  it('at < 6 weeks: only the ziekmelding at UWV, no re-integratieverslag', () => {
    // E = 2025-02-09 = D1+34: 35 counted sick days
    const t = withEnd('2025-02-09');
    const z = ms(t, 'ziekmelding-uwv-einde-dienstverband');
    expect([z.due, z.kind, z.actor]).toEqual(['2025-02-07', 'legal', 'werkgever']); // Fri before Sun E
    expect(ms(t, 're-integratieverslag').status).toBe('not-applicable');
    expect(ms(t, 'eindevaluatie').status).toBe('not-applicable');
    // employer steps due after E end; those due before stay
    for (const id of ['probleemanalyse', 'plan-van-aanpak', 'casemanager', '42e-weeksmelding', 'eerstejaarsevaluatie'] as const) {
      expect(ms(t, id).status, id).toBe('not-applicable');
    }
    // the evaluations stay listed, every one not-applicable (a calendar cancels them instead of keeping them)
    const evals = t.milestones.filter((m) => m.id === 'evaluatie');
    expect(evals.length).toBeGreaterThan(0);
    expect(evals.every((m) => m.status === 'not-applicable')).toBe(true);
    expect(ms(t, 'melding-bedrijfsarts').status).toBe('overdue'); // due 2025-01-12, before E
    // the employee's and UWV's steps continue
    expect(ms(t, 'wia-aanvraag').status).toBe('upcoming');
    expect(ms(t, 'wia-aanvraag').due).toBe('2026-10-18');
    expect(ms(t, 'vervroegde-iva').status).toBe('upcoming');
    expect(ms(t, 'wia-brief-uwv').status).toBe('upcoming');
    // the employer pays wages until the last day of employment
    expect(t.wageObligationEnd).toBe('2025-02-09');
  });

  it('at 6–10 weeks: a shortened RIV due on the last day, no eindevaluatie', () => {
    // E = 2025-03-02 = D1+55: 56 counted sick days (42 ≤ 56 < 70)
    const t = withEnd('2025-03-02');
    const riv = ms(t, 're-integratieverslag');
    expect([riv.due, riv.variant]).toEqual(['2025-02-28', 'verkort']); // Fri before Sun E
    expect(riv.status).not.toBe('not-applicable');
    expect(ms(t, 'eindevaluatie').status).toBe('not-applicable');
    // PA (2025-02-16) and PvA (2025-03-02 = E, not after it) are still required
    expect(ms(t, 'probleemanalyse').status).not.toBe('not-applicable');
    expect(ms(t, 'plan-van-aanpak').status).not.toBe('not-applicable');
    expect(ms(t, 'ziekmelding-uwv-einde-dienstverband').due).toBe('2025-02-28');
  });

  it('at ≥ 10 weeks: a full RIV and the eindevaluatie due on the last day', () => {
    // E = 2025-03-16 = D1+69: exactly 70 counted sick days
    const t = withEnd('2025-03-16');
    const riv = ms(t, 're-integratieverslag');
    expect([riv.due, riv.variant]).toEqual(['2025-03-14', 'volledig']); // Fri before Sun E
    expect(ms(t, 'eindevaluatie').due).toBe('2025-03-14');
    expect(ms(t, 'eindevaluatie').status).toBe('upcoming'); // 41 days after asOf
    expect(plus(D1, 69)).toBe('2025-03-16');
  });

  it('switches variant exactly at 42 and 70 counted days', () => {
    // 69 days (2025-03-15) → verkort; 42 days (2025-02-16) → verkort; 41 days (2025-02-15) → none
    expect(ms(withEnd('2025-03-15'), 're-integratieverslag').variant).toBe('verkort');
    expect(ms(withEnd('2025-03-15'), 'eindevaluatie').status).toBe('not-applicable');
    expect(ms(withEnd('2025-02-16'), 're-integratieverslag').variant).toBe('verkort');
    expect(ms(withEnd('2025-02-15'), 're-integratieverslag').status).toBe('not-applicable');
  });

  it('keeps the last day of employment as the due date once the RIV is recorded, and judges it against it', () => {
    // E = Sun 2025-03-16 (70 counted days → full RIV due on the last werkdag, Fri 2025-03-14). RIV
    // recorded 2025-03-20, after it → done-late, due stays 03-14.
    const late = run(
      D1,
      [
        { type: 'einde-dienstverband', date: '2025-03-16' },
        { type: 're-integratieverslag', date: '2025-03-20' },
        { type: 'eindevaluatie', date: '2025-03-14' },
      ],
      '2025-03-25',
    );
    const riv = ms(late, 're-integratieverslag');
    expect([riv.due, riv.status, riv.variant]).toEqual(['2025-03-14', 'done-late', 'volledig']);
    const eind = ms(late, 'eindevaluatie');
    expect([eind.due, eind.status]).toEqual(['2025-03-14', 'done']);
    // recorded on the last werkdag: done, and the due date does not change by recording it
    const onTime = run(
      D1,
      [
        { type: 'einde-dienstverband', date: '2025-03-16' },
        { type: 're-integratieverslag', date: '2025-03-14' },
      ],
      '2025-03-25',
    );
    expect([ms(onTime, 're-integratieverslag').due, ms(onTime, 're-integratieverslag').status]).toEqual(['2025-03-14', 'done']);
  });

  it('needs no RIV at the end of employment of an employee past AOW age (no WIA)', () => {
    // AOW on day 1 (≤ WIA start): RIV and eindevaluatie are not applicable, also when employment ends after 70 days
    const t = run(
      D1,
      [
        { type: 'aow-leeftijd', date: D1 },
        { type: 'einde-dienstverband', date: '2025-03-16' },
      ],
      '2025-02-01',
    );
    expect(ms(t, 're-integratieverslag').status).toBe('not-applicable');
    expect(ms(t, 'eindevaluatie').status).toBe('not-applicable');
  });

  it('counts weeks of sickness, not calendar days, at the end of employment', () => {
    // 14 fit days (2025-01-20 … 2025-02-02) before E = 2025-03-16: 70 − 14 = 56 counted days → verkort
    const t = run(
      D1,
      [
        { type: 'hersteld', date: '2025-01-20' },
        { type: 'ziek', date: '2025-02-03' },
        { type: 'einde-dienstverband', date: '2025-03-16' },
      ],
      '2025-02-03',
    );
    expect(ms(t, 're-integratieverslag').variant).toBe('verkort');
  });
});

describe('end of the wage obligation', () => {
  // UWV imposes a loonsanctie on the WIA application: each case below records the application in
  // time (2026-10-10, before its deadline 2026-10-18), so no delay lengthens the wage period.
  const aanvraag = { type: 'wia-aanvraag', date: '2026-10-10' } as const;
  it('adds a loonsanctie after the (extended) wachttijd', () => {
    // 26 weeks: 2027-01-03 + 182 = 2027-07-04
    const t = run(D1, [aanvraag, { type: 'loonsanctie', date: '2026-11-20', weeks: 26 }], '2026-12-01');
    expect(t.wageObligationEnd).toBe('2027-07-04');
    expect(plus('2027-01-03', 182)).toBe('2027-07-04');
    // with a verlenging of 13 weeks first: 2027-04-04 + 182 = 2027-10-03
    const v = run(
      D1,
      [
        { type: 'verlenging', date: '2026-09-01', weeks: 13 },
        { type: 'wia-aanvraag', date: '2027-01-10' },
        { type: 'loonsanctie', date: '2026-11-20', weeks: 26 },
      ],
      '2026-12-01',
    );
    expect(v.wageObligationEnd).toBe(plus('2027-04-04', 182));
  });

  it('caps loonsancties at 52 weeks in total and flags the excess', () => {
    const t = run(
      D1,
      [aanvraag, { type: 'loonsanctie', date: '2026-11-01', weeks: 30 }, { type: 'loonsanctie', date: '2026-11-20', weeks: 30 }],
      '2026-12-01',
    );
    expect(t.wageObligationEnd).toBe('2028-01-02'); // D1+1091
    expect(flagCodes(t)).toContain('LOONSANCTIE_OVER_MAX');
    const ok = run(
      D1,
      [aanvraag, { type: 'loonsanctie', date: '2026-11-01', weeks: 26 }, { type: 'loonsanctie', date: '2026-11-20', weeks: 26 }],
      '2026-12-01',
    );
    expect(ok.wageObligationEnd).toBe('2028-01-02');
    expect(flagCodes(ok)).not.toContain('LOONSANCTIE_OVER_MAX');
  });

  it('takes the earlier of loonsanctie and AOW, and keeps the WIA steps when AOW comes after the wachttijd', () => {
    // loonsanctie → 2027-07-04; AOW 2027-03-01 + 41 = 2027-04-11 is earlier
    const t = run(
      D1,
      [
        { type: 'loonsanctie', date: '2026-11-20', weeks: 26 },
        { type: 'aow-leeftijd', date: '2027-03-01' },
      ],
      '2026-12-01',
    );
    expect(t.wageObligationEnd).toBe('2027-04-11');
    expect(plus('2027-03-01', 41)).toBe('2027-04-11');
    // AOW (2027-03-01) is after WIA start (2027-01-04): WIA steps remain
    expect(ms(t, 'wia-aanvraag').status).not.toBe('not-applicable');
    expect(ms(t, 're-integratieverslag').status).not.toBe('not-applicable');
  });

  it('counts the AOW weeks from day 1 when the AOW age was reached before the sickness', () => {
    // AOW 2020-01-01, D1 2025-01-06 (≥ 2023-07-01 → 6 weeks): D1 + 41 = 2025-02-16
    const t = run(D1, [{ type: 'aow-leeftijd', date: '2020-01-01' }], '2025-01-10');
    expect(t.wageObligationEnd).toBe('2025-02-16');
    expect(ms(t, '42e-weeksmelding').status).toBe('not-applicable');
  });

  it('caps the AOW period by the 104 weeks', () => {
    // AOW on 2027-01-01, two days before the last day: min(2027-01-01 + 41, 2027-01-03) = 2027-01-03.
    // AOW ≤ WIA start (2027-01-04): the WIA steps are not applicable.
    const t = run(D1, [{ type: 'aow-leeftijd', date: '2027-01-01' }], '2025-01-10');
    expect(t.wageObligationEnd).toBe('2027-01-03');
    expect(ms(t, 'wia-aanvraag').status).toBe('not-applicable');
    // AOW exactly on WIA start is still "≤ wiaStart"; the day after is not
    expect(ms(run(D1, [{ type: 'aow-leeftijd', date: '2027-01-04' }], '2025-01-10'), 'wia-aanvraag').status).toBe('not-applicable');
    expect(ms(run(D1, [{ type: 'aow-leeftijd', date: '2027-01-05' }], '2025-01-10'), 'wia-aanvraag').status).toBe('upcoming');
  });

  it('ends the wage obligation at the end of employment when that is earlier', () => {
    const t = run(
      D1,
      [
        { type: 'loonsanctie', date: '2025-06-01', weeks: 10 },
        { type: 'einde-dienstverband', date: '2025-08-31' },
      ],
      '2025-06-01',
    );
    expect(t.wageObligationEnd).toBe('2025-08-31');
  });
});
