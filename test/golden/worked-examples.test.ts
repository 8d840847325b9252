/**
 * The worked examples of docs/law.md#worked-examples (E1, E14, E15, the verlenging and the AOW
 * example) and the example of issue 2. Every expected date is the literal from those tables (checked
 * there by week numbers) and is re-derived here with `plus` (Date.UTC, not the engine): both must agree.
 */
import { describe, expect, it } from 'vitest';
import { flagCodes, has, ms, plus, run } from './helpers.js';

describe('E1: first sick day Monday 2025-01-06, uninterrupted', () => {
  const D1 = '2025-01-06';
  // Evaluated inside each test, never at collection time (mutation testing: docs/reliability.md §7).
  const timeline = () => run(D1, [], '2025-01-06');

  it('has the first-year dates of the E1 example', () => {
    const t = timeline();
    // end of week 3 = D1+20 = zo 26-01-2025
    expect(ms(t, 'signalering-week-3').due).toBe('2025-01-26');
    expect(plus(D1, 20)).toBe('2025-01-26');
    // melding bedrijfsarts (advice) counted day 7 = D1+6 = zo 12-01-2025
    expect(ms(t, 'melding-bedrijfsarts').due).toBe(plus(D1, 6));
    expect(plus(D1, 6)).toBe('2025-01-12');
    // PA D1+41 = zo 16-02-2025 (6 weeks − 1 day after a Monday is a Sunday); legal latest D1+42 = ma 17-02
    expect(ms(t, 'probleemanalyse').due).toBe('2025-02-16');
    expect(ms(t, 'probleemanalyse').legalLatest).toBe('2025-02-17');
    expect([plus(D1, 41), plus(D1, 42)]).toEqual(['2025-02-16', '2025-02-17']);
    // PvA and casemanager D1+55 = zo 02-03-2025 (PA not yet done: 14 counted days after its due date)
    expect(ms(t, 'plan-van-aanpak').due).toBe('2025-03-02');
    expect(ms(t, 'casemanager').due).toBe('2025-03-02');
    expect(plus(D1, 55)).toBe('2025-03-02');
    // ... and its strict legal latest: PA legal latest + 14 = D1+56 = ma 03-03-2025
    expect(ms(t, 'plan-van-aanpak').legalLatest).toBe('2025-03-03');
    // 42e-weeksmelding: window start of week 42 = D1+287 = ma 20-10-2025; due D1+294 = 42 weeks
    // after a Monday = ma 27-10-2025, a working day, so not rolled.
    expect(ms(t, '42e-weeksmelding').windowStart).toBe('2025-10-20');
    expect(ms(t, '42e-weeksmelding').due).toBe('2025-10-27');
    expect([plus(D1, 287), plus(D1, 294)]).toEqual(['2025-10-20', '2025-10-27']);
    // EJE target D1+363 = zo 04-01-2026; no window (weeks 46–52 are commentary, Regeling art. 4 lid 2 sub b)
    expect(ms(t, 'eerstejaarsevaluatie').windowStart).toBeNull();
    expect(ms(t, 'eerstejaarsevaluatie').due).toBe('2026-01-04');
    expect([plus(D1, 315), plus(D1, 363)]).toEqual(['2025-11-17', '2026-01-04']);
  });

  it('has the second-year dates of the E1 example', () => {
    const t = timeline();
    // vervroegde IVA request window D1+21 … D1+475 = ma 27-01-2025 … zo 26-04-2026
    expect(ms(t, 'vervroegde-iva').windowStart).toBe('2025-01-27');
    expect(ms(t, 'vervroegde-iva').due).toBe('2026-04-26');
    expect([plus(D1, 21), plus(D1, 475)]).toEqual(['2025-01-27', '2026-04-26']);
    // UWV WIA-brief D1+616 = ma 14-09-2026 (= lastDay − 111)
    expect(ms(t, 'wia-brief-uwv').due).toBe('2026-09-14');
    // RIV and eindevaluatie D1+636 = zo 04-10-2026: a Sunday, but counted backward → not rolled
    expect(ms(t, 're-integratieverslag').due).toBe('2026-10-04');
    expect(ms(t, 'eindevaluatie').due).toBe('2026-10-04');
    // WIA-aanvraag window from the expected letter D1+616; last day D1+650 = zo 18-10-2026, not rolled
    expect(ms(t, 'wia-aanvraag').windowStart).toBe('2026-09-14');
    expect(ms(t, 'wia-aanvraag').due).toBe('2026-10-18');
    expect([plus(D1, 616), plus(D1, 636), plus(D1, 650)]).toEqual(['2026-09-14', '2026-10-04', '2026-10-18']);
    // last day of the wachttijd D1+727 = zo 03-01-2027, WIA start D1+728 = ma 04-01-2027
    expect(t.wachttijd).toEqual({ lastDay: '2027-01-03', wiaStart: '2027-01-04' });
    expect(ms(t, 'einde-wachttijd').due).toBe('2027-01-03');
    expect([plus(D1, 727), plus(D1, 728)]).toEqual(['2027-01-03', '2027-01-04']);
    expect(t.wageObligationEnd).toBe('2027-01-03');
  });

  it('ends the wage obligation at D1+1091 = zo 02-01-2028 with the maximum loonsanctie of 52 weeks', () => {
    // the WIA application made in time (due D1+650 = 2026-10-18), so no delay adds to the period
    const s = run(
      D1,
      [
        { type: 'wia-aanvraag', date: '2026-10-10' },
        { type: 'loonsanctie', date: '2026-11-20', weeks: 52 },
      ],
      '2026-11-20',
    );
    expect(s.wageObligationEnd).toBe('2028-01-02');
    expect(plus(D1, 1091)).toBe('2028-01-02');
    expect(s.wachttijd.lastDay).toBe('2027-01-03'); // a loonsanctie does not move the wachttijd
  });

  it('chains the evaluations every 42 counted days from the plan van aanpak until the last day', () => {
    const t = timeline();
    // PvA due D1+55; evaluation k due D1+55+42k; k = 16 gives D1+727 = the last day itself.
    const evals = t.milestones.filter((m) => m.id === 'evaluatie');
    expect(evals.map((m) => m.due)).toEqual(Array.from({ length: 16 }, (_, i) => plus(D1, 55 + 42 * (i + 1))));
    expect(evals[0]?.due).toBe('2025-04-13');
    expect(evals[15]?.due).toBe('2027-01-03');
  });
});

describe('E14: first sick day Monday 2022-01-03 (source-matched end date)', () => {
  const D1 = '2022-01-03';
  // Evaluated inside each test, never at collection time (mutation testing: docs/reliability.md §7).
  const timeline = () => run(D1, [], '2022-03-01');

  it('reproduces the E14 example', () => {
    const t = timeline();
    expect(ms(t, 'signalering-week-3').due).toBe('2022-01-23');
    expect(ms(t, 'probleemanalyse').due).toBe('2022-02-13');
    expect(ms(t, 'probleemanalyse').legalLatest).toBe('2022-02-14');
    expect(ms(t, 'plan-van-aanpak').due).toBe('2022-02-27');
    expect(ms(t, '42e-weeksmelding').due).toBe('2022-10-24');
    expect(ms(t, 'eerstejaarsevaluatie').windowStart).toBeNull();
    expect(ms(t, 'eerstejaarsevaluatie').due).toBe('2023-01-01');
    expect(ms(t, 'vervroegde-iva').due).toBe('2023-04-23');
    expect(ms(t, 'wia-brief-uwv').due).toBe('2023-09-11');
    expect(ms(t, 're-integratieverslag').due).toBe('2023-10-01');
    expect(ms(t, 'eindevaluatie').due).toBe('2023-10-01');
    expect(ms(t, 'wia-aanvraag').due).toBe('2023-10-15');
    // rviregister.nl: "eindigde de periode van 104 weken op 1 januari 2024" = D1+728 (https://rviregister.nl/samenstellen-van-ziekteperiodes-hoe-zit-dat-nu-precies/)
    expect(t.wachttijd).toEqual({ lastDay: '2023-12-31', wiaStart: '2024-01-01' });
    const offsets = [20, 41, 42, 55, 294, 315, 363, 475, 616, 636, 650, 727, 728].map((n) => plus(D1, n));
    expect(offsets).toEqual([
      '2022-01-23',
      '2022-02-13',
      '2022-02-14',
      '2022-02-27',
      '2022-10-24',
      '2022-11-14',
      '2023-01-01',
      '2023-04-23',
      '2023-09-11',
      '2023-10-01',
      '2023-10-15',
      '2023-12-31',
      '2024-01-01',
    ]);
  });

  it('ends the wage obligation on zo 29-12-2024 (D1+1091) with a 52-week loonsanctie', () => {
    // the WIA application made in time (due D1+650 = 2023-10-15), so no delay adds to the period
    const s = run(
      D1,
      [
        { type: 'wia-aanvraag', date: '2023-10-10' },
        { type: 'loonsanctie', date: '2023-11-01', weeks: 52 },
      ],
      '2023-11-01',
    );
    expect(s.wageObligationEnd).toBe('2024-12-29');
    expect(plus(D1, 1091)).toBe('2024-12-29');
  });
});

describe('E15: E14 with a fit gap of 21 days (samentelling, source-matched)', () => {
  const D1 = '2022-01-03';
  // ziek t/m 03-07-2022; fit 04-07 t/m 24-07-2022 (21 days); ziek vanaf 25-07-2022
  const events = [
    { type: 'hersteld', date: '2022-07-04' },
    { type: 'ziek', date: '2022-07-25' },
  ] as const;
  // Evaluated inside each test, never at collection time (mutation testing: docs/reliability.md §7).
  const timeline = () => run(D1, events, '2022-08-01');

  it('reproduces the E15 samentelling example', () => {
    const t = timeline();
    expect(t.status).toBe('sick');
    expect(t.firstSickDay).toBe(D1);
    // every date after the gap moves by 21 days
    expect(ms(t, '42e-weeksmelding').due).toBe('2022-11-14'); // ma, D1+294+21
    expect(ms(t, 're-integratieverslag').due).toBe('2023-10-22'); // zo, D1+636+21
    expect(ms(t, 'eindevaluatie').due).toBe('2023-10-22');
    expect(ms(t, 'wia-aanvraag').due).toBe('2023-11-05'); // zo, D1+650+21
    // rviregister.nl: "Vanwege de onderbreking en de samentelling eindigt die periode nu op 22 januari 2024"
    expect(t.wachttijd).toEqual({ lastDay: '2024-01-21', wiaStart: '2024-01-22' });
    expect([294, 636, 650, 727, 728].map((n) => plus(D1, n + 21))).toEqual([
      '2022-11-14',
      '2023-10-22',
      '2023-11-05',
      '2024-01-21',
      '2024-01-22',
    ]);
  });

  it('moves the other later dates by the gap and leaves the earlier ones alone', () => {
    const t = timeline();
    // Before the gap (first period is 182 days): PA and PvA unchanged.
    expect(ms(t, 'probleemanalyse').due).toBe(plus(D1, 41));
    expect(ms(t, 'plan-van-aanpak').due).toBe(plus(D1, 55));
    // After it: EJE, IVA window end, WIA letter.
    expect(ms(t, 'eerstejaarsevaluatie').windowStart).toBeNull(); // a target, no window
    expect(ms(t, 'eerstejaarsevaluatie').due).toBe('2023-01-22');
    expect(ms(t, 'vervroegde-iva').due).toBe('2023-05-14');
    expect(ms(t, 'wia-brief-uwv').due).toBe('2023-10-02');
    // Evaluation 3 falls on counted day 56+126 = 182 = 2022-07-03, the last day before the gap;
    // evaluation 4 on counted day 224 = D1+223+21.
    expect(ms(t, 'evaluatie', 3).due).toBe('2022-07-03');
    expect(ms(t, 'evaluatie', 4).due).toBe(plus(D1, 223 + 21));
    // fit days are not counted: 2022-01-03 … 2022-08-01 is 211 days inclusive (D1+210), minus 21 fit days → 190
    expect(t.countedSickDays).toBe(190);
    expect(t.currentWeek).toBe(28); // ⌈190 / 7⌉
    expect(t.periods).toEqual([
      { start: '2022-01-03', end: '2022-07-03', caseFirstSickDay: D1 },
      { start: '2022-07-25', end: null, caseFirstSickDay: D1 },
    ]);
    expect(t.previousCases).toEqual([]);
  });
});

describe('the vrijwillige verlenging example of docs/law.md', () => {
  it('moves the end of the wachttijd by 13 weeks and the backward deadlines with it', () => {
    // E1 with a 13-week extension: last day zo 03-01-2027 + 91 = zo 04-04-2027, WIA start ma 05-04-2027,
    // RIV 13 weeks before = zo 03-01-2027, WIA-aanvraag 11 weeks before = zo 17-01-2027.
    const t = run('2025-01-06', [{ type: 'verlenging', date: '2026-09-01', weeks: 13 }], '2026-09-01');
    expect(t.wachttijd).toEqual({ lastDay: '2027-04-04', wiaStart: '2027-04-05' });
    expect(plus('2027-01-03', 91)).toBe('2027-04-04');
    expect(ms(t, 're-integratieverslag').due).toBe('2027-01-03');
    expect(ms(t, 'eindevaluatie').due).toBe('2027-01-03');
    expect(ms(t, 'wia-aanvraag').due).toBe('2027-01-17');
    expect(ms(t, 'wia-brief-uwv').due).toBe(plus('2027-04-04', -111)); // 2026-12-14
    expect(ms(t, 'einde-wachttijd').due).toBe('2027-04-04');
    expect(t.wageObligationEnd).toBe('2027-04-04');
    // forward dates of the first year do not move
    expect(ms(t, '42e-weeksmelding').due).toBe('2025-10-27');
    expect(flagCodes(t)).not.toContain('VERLENGING_AFTER_WACHTTIJD');
  });
});

describe('the AOW example of docs/law.md', () => {
  // D1 ma 06-01-2025 (under AOW age), AOW date ma 01-09-2025 → wage obligation ends
  // min(01-09-2025 + 41, 03-01-2027) = zo 12-10-2025 (6 weeks: D1 is after 1 July 2023).
  // Evaluated inside each test, never at collection time (mutation testing: docs/reliability.md §7).
  const timeline = () => run('2025-01-06', [{ type: 'aow-leeftijd', date: '2025-09-01' }], '2025-03-01');

  it('ends the wage obligation six weeks after the AOW date', () => {
    const t = timeline();
    expect(t.wageObligationEnd).toBe('2025-10-12');
    expect(plus('2025-09-01', 41)).toBe('2025-10-12');
  });

  it('makes the 42e-weeksmelding and every WIA step not applicable', () => {
    const t = timeline();
    for (const id of [
      '42e-weeksmelding',
      'eerstejaarsevaluatie',
      'vervroegde-iva',
      'wia-brief-uwv',
      'eindevaluatie',
      're-integratieverslag',
      'wia-aanvraag',
      'einde-wachttijd',
    ] as const) {
      expect(ms(t, id).status, id).toBe('not-applicable');
    }
  });

  it('keeps the employer steps before the AOW date and drops those on or after it', () => {
    const t = timeline();
    // asOf 2025-03-01: PA (due 2025-02-16) overdue, PvA (due 2025-03-02) due soon — both before the AOW date.
    expect(ms(t, 'probleemanalyse').status).toBe('overdue');
    expect(ms(t, 'plan-van-aanpak').status).toBe('due-soon');
    // Evaluations at D1+55+42k: 2025-04-13, 05-25, 07-06, 08-17 precede 2025-09-01; the 5th (2025-09-28) does not.
    const evals = t.milestones.filter((m) => m.id === 'evaluatie');
    expect(evals.filter((m) => m.status !== 'not-applicable').map((m) => m.due)).toEqual([
      '2025-04-13',
      '2025-05-25',
      '2025-07-06',
      '2025-08-17',
    ]);
    expect(evals[4]?.due).toBe('2025-09-28'); // listed, not-applicable (a calendar cancels it)
    expect(plus('2025-01-06', 55 + 42 * 5)).toBe('2025-09-28');
    for (const m of t.milestones) {
      if (m.status !== 'not-applicable' && ['werkgever', 'werkgever+werknemer', 'bedrijfsarts'].includes(m.actor)) {
        expect(m.due < '2025-09-01', `${m.id} ${m.due}`).toBe(true);
      }
    }
  });
});

describe('issue 2 example', () => {
  it('reports a late probleemanalyse and an overdue plan van aanpak', () => {
    // D1 2025-01-06; PA due D1+41 = 2025-02-16, done 2025-02-20 (counted day 46) → done-late;
    // PvA due 14 counted days after the PA was done = counted day 60 = 2025-03-06; asOf 2025-03-10 → overdue.
    const t = run('2025-01-06', [{ type: 'probleemanalyse', date: '2025-02-20' }], '2025-03-10');
    const pa = ms(t, 'probleemanalyse');
    expect([pa.due, pa.status, pa.completedOn]).toEqual(['2025-02-16', 'done-late', '2025-02-20']);
    const pva = ms(t, 'plan-van-aanpak');
    expect([pva.due, pva.status]).toEqual(['2025-03-06', 'overdue']);
    expect(plus('2025-02-20', 14)).toBe('2025-03-06');
    expect(ms(t, 'casemanager').due).toBe('2025-03-06');
    // PA done after its legal latest (2025-02-17) as well: a warning, not just info
    const late = t.flags.find((f) => f.code === 'MILESTONE_DONE_LATE' && f.milestoneId === 'probleemanalyse');
    expect(late?.severity).toBe('warning');
    const overdue = t.flags.find((f) => f.code === 'MILESTONE_OVERDUE' && f.milestoneId === 'plan-van-aanpak');
    expect(overdue?.severity).toBe('error');
    expect(t.countedSickDays).toBe(64); // 2025-01-06 … 2025-03-10 inclusive
    expect(t.currentWeek).toBe(10);
    expect(has(t, 'ziekmelding-uwv-einde-dienstverband')).toBe(false);
  });
});
