/**
 * What evaluateCase derives beside the milestones: the periods of every case, the earlier cases
 * (samentelling, docs/rules.md §4) with their counted days and events, and the dossier.
 */
import { describe, expect, it } from 'vitest';
import { type CaseEvent, evaluateCase, type MilestoneId } from '../../src/index.js';
import { days, ms, plus } from '../golden/helpers.js';

const D1 = '2025-01-06'; // a Monday

describe('periods and previousCases', () => {
  // Case 1: sick Mon 2025-01-06 … Sun 02-02 (fit from 02-03), sick again 02-10 (7 fit days < 28:
  // samentelling) … Sun 03-02, with pregnancy leave Mon 02-17 … Sun 02-23. Fit from 03-03.
  // Case 2: sick 2025-04-07 (35 days after 03-03 ≥ 28: a new case) … Sun 05-04. Fit from 05-05.
  // Case 3: sick 2025-06-09 (35 days after 05-05), still sick on asOf 2025-07-01.
  const events: CaseEvent[] = [
    { type: 'melding-bedrijfsarts', date: '2025-01-06' },
    { type: 'hersteld', date: '2025-02-03' },
    { type: 'ziek', date: '2025-02-10' },
    { type: 'zwangerschapsverlof', date: '2025-02-17', until: '2025-02-23' },
    { type: 'hersteld', date: '2025-03-03' },
    { type: 'aow-leeftijd', date: '2025-03-10' },
    { type: 'ziek', date: '2025-04-07' },
    { type: 'probleemanalyse', date: '2025-04-20' },
    { type: 'hersteld', date: '2025-05-05' },
    { type: 'ziek', date: '2025-06-09' },
  ];

  it('lists every period with the first sick day of its case, the open one with end null', () => {
    expect([days('2025-03-03', '2025-04-07'), days('2025-05-05', '2025-06-09')]).toEqual([35, 35]);
    const t = evaluateCase({ firstSickDay: D1, events }, { asOf: '2025-07-01' });
    expect(t.periods).toEqual([
      { start: '2025-01-06', end: '2025-02-02', caseFirstSickDay: '2025-01-06' },
      { start: '2025-02-10', end: '2025-03-02', caseFirstSickDay: '2025-01-06' },
      { start: '2025-04-07', end: '2025-05-04', caseFirstSickDay: '2025-04-07' },
      { start: '2025-06-09', end: null, caseFirstSickDay: '2025-06-09' },
    ]);
    // The current case: 2025-06-09 … 07-01 = 22 + 1 = 23 counted days, in week ⌈23/7⌉ = 4.
    expect([t.firstSickDay, t.countedSickDays, t.currentWeek]).toEqual(['2025-06-09', 23, 4]);
  });

  it('gives each earlier case its last sick day, counted days and the events from its day 1 until the next case', () => {
    const t = evaluateCase({ firstSickDay: D1, events }, { asOf: '2025-07-01' });
    // Case 1 counted: 01-06 … 02-02 = 28 days; 02-10 … 03-02 = 21 days, less 7 days of leave = 14; 42.
    // Its events from 01-06 (the melding on day 1 itself counts) until 04-07 (the ziek that starts
    // case 2 belongs to case 2): melding, hersteld, ziek, zwangerschapsverlof, hersteld = 5; the
    // aow-leeftijd of 03-10 is a fact about the employee, not an event of the case.
    // Case 2 counted: 04-07 … 05-04 = 24 + 4 = 28; events ziek, probleemanalyse, hersteld = 3.
    expect([days('2025-01-06', '2025-02-02') + 1, days('2025-02-10', '2025-03-02') + 1 - 7]).toEqual([28, 14]);
    expect(days('2025-04-07', '2025-05-04') + 1).toBe(28);
    expect(t.previousCases).toEqual([
      { firstSickDay: '2025-01-06', lastSickDay: '2025-03-02', countedSickDays: 42, eventCount: 5 },
      { firstSickDay: '2025-04-07', lastSickDay: '2025-05-04', countedSickDays: 28, eventCount: 3 },
    ]);
  });

  it('has no earlier case and one closed period for a single recovered case', () => {
    // Sick 2025-01-06 … 01-19, fit from 01-20; on 03-31 fit for 70 days ≥ 28: closed.
    const t = evaluateCase({ firstSickDay: D1, events: [{ type: 'hersteld', date: '2025-01-20' }] }, { asOf: '2025-03-31', dossier: true });
    expect(t.status).toBe('closed');
    expect(t.periods).toEqual([{ start: D1, end: '2025-01-19', caseFirstSickDay: D1 }]);
    expect(t.previousCases).toEqual([]);
    expect([t.countedSickDays, t.currentWeek]).toEqual([14, 2]);
  });
});

describe('dossier', () => {
  const DOSSIER_IDS: readonly MilestoneId[] = [
    'evaluatie',
    'probleemanalyse',
    'plan-van-aanpak',
    'eerstejaarsevaluatie',
    'eindevaluatie',
    're-integratieverslag',
  ];

  // Probleemanalyse due D1+41 = Sun 2025-02-16, done 02-10: done. Plan van aanpak due 02-10 + 14 =
  // 02-24, done 03-03: done-late. Evaluatie 1 due 03-03 + 42 = 04-14: overdue on 04-28; evaluatie 2
  // due 04-14 + 42 = 05-26, 28 days after asOf (more than the 14 of dueSoonDays): upcoming.
  const events: CaseEvent[] = [
    { type: 'probleemanalyse', date: '2025-02-10' },
    { type: 'plan-van-aanpak', date: '2025-03-03' },
    { type: 'deskundigenoordeel', date: '2025-04-01' },
    { type: 'deskundigenoordeel', date: '2025-03-20' },
  ];

  it('is on request: absent by default, listed with dossier: true or explain: true, the same list both ways', () => {
    // 0.3: the timeline is facts; the checklist repeats what the milestones already say, so it is
    // built only when asked for (a mutant that always built it survived before this test).
    const input = { firstSickDay: D1, events };
    const lean = evaluateCase(input, { asOf: '2025-04-28' });
    expect('dossier' in lean).toBe(false);
    expect(JSON.stringify(lean)).not.toContain('"dossier"');
    const asked = evaluateCase(input, { asOf: '2025-04-28', dossier: true });
    const explained = evaluateCase(input, { asOf: '2025-04-28', explain: true });
    expect(asked.dossier.length).toBeGreaterThan(0);
    expect(explained.dossier).toEqual(asked.dossier);
    // Nothing else differs: the lean timeline is the one with the dossier, without it.
    const { dossier: _dossier, ...rest } = asked;
    expect(rest).toEqual(lean);
  });

  it('lists the documents UWV checks: required once done or overdue, present with the date they were made', () => {
    expect([plus(D1, 41), plus('2025-02-10', 14), plus('2025-03-03', 42), plus('2025-04-14', 42)]).toEqual([
      '2025-02-16',
      '2025-02-24',
      '2025-04-14',
      '2025-05-26',
    ]);
    const t = evaluateCase({ firstSickDay: D1, events }, { asOf: '2025-04-28', dossier: true });
    expect([
      ms(t, 'probleemanalyse').status,
      ms(t, 'plan-van-aanpak').status,
      ms(t, 'evaluatie').status,
      ms(t, 'evaluatie', 2).status,
    ]).toEqual(['done', 'done-late', 'overdue', 'upcoming']);
    expect(t.dossier.slice(0, 4)).toEqual([
      { id: 'probleemanalyse', occurrence: 1, required: true, present: true, date: '2025-02-10' },
      { id: 'plan-van-aanpak', occurrence: 1, required: true, present: true, date: '2025-03-03' },
      { id: 'evaluatie', occurrence: 1, required: true, present: false, date: null },
      { id: 'evaluatie', occurrence: 2, required: false, present: false, date: null },
    ]);
    // The deskundigenoordelen come last, numbered in date order.
    expect(t.dossier.slice(-2)).toEqual([
      { id: 'deskundigenoordeel', occurrence: 1, required: false, present: true, date: '2025-03-20' },
      { id: 'deskundigenoordeel', occurrence: 2, required: false, present: true, date: '2025-04-01' },
    ]);
    // Only the six kinds of document (no melding, casemanager, 42e-weeksmelding, WIA steps, …).
    expect(new Set(t.dossier.map((d) => d.id))).toEqual(new Set([...DOSSIER_IDS, 'deskundigenoordeel']));
    // Everything between is a step not yet due: not required, not present.
    for (const d of t.dossier.slice(4, -2)) expect([d.id, d.required, d.present, d.date]).toEqual([d.id, false, false, null]);
  });

  it('holds one item per applicable document milestone, in milestone order', () => {
    const t = evaluateCase({ firstSickDay: D1, events }, { asOf: '2025-04-28', dossier: true });
    const docs = t.milestones.filter((m) => (DOSSIER_IDS as readonly string[]).includes(m.id));
    expect(t.dossier.slice(0, -2).map((d) => [d.id, d.occurrence, d.date])).toEqual(docs.map((m) => [m.id, m.occurrence, m.completedOn]));
    expect(docs.filter((m) => m.id === 'evaluatie').length).toBeGreaterThan(2);
    for (const id of DOSSIER_IDS)
      expect(
        docs.some((m) => m.id === id),
        id,
      ).toBe(true);
  });

  it('leaves out the documents of a closed case that no longer apply', () => {
    // Sick 14 days (2025-01-06 … 01-19), fit for 70 days on 03-31: every later step is not-applicable.
    const t = evaluateCase({ firstSickDay: D1, events: [{ type: 'hersteld', date: '2025-01-20' }] }, { asOf: '2025-03-31', dossier: true });
    expect(ms(t, 'probleemanalyse').status).toBe('not-applicable');
    expect(t.dossier).toEqual([]);
  });
});

describe('the vangnet facts reach the rule', () => {
  it('uses 10 weeks before the expected birth for a multiple birth, 6 otherwise (meerling)', () => {
    // Expected 2025-03-31: the flexibiliseringsperiode starts 2025-04-01 − 70 = 2025-01-21 for a
    // multiple birth (after D1: the 4th day from then, 01-24), else 04-01 − 42 = 2025-02-18 (the
    // first day after 6 weeks from D1, D1+42 = Mon 02-17, comes before 02-18 + 3).
    expect([plus('2025-04-01', -70), plus('2025-01-21', 3), plus('2025-04-01', -42), plus(D1, 42)]).toEqual([
      '2025-01-21',
      '2025-01-24',
      '2025-02-18',
      '2025-02-17',
    ]);
    const step = (meerling: boolean | undefined) => {
      const vangnet = { grond: 'zwangerschap' as const, uitgerekendeDatum: '2025-03-31', ...(meerling === undefined ? {} : { meerling }) };
      const m = ms(evaluateCase({ firstSickDay: D1, vangnet }, { explain: true, asOf: '2025-01-07' }), 'ziekmelding-uwv-vangnet');
      return [m.due, m.derivation.due[0]];
    };
    expect(step(true)).toEqual([
      '2025-01-24',
      {
        kind: 'vangnet',
        grond: 'zwangerschap',
        term: 'vierde-dag',
        from: '2025-01-21',
        days: 3,
        flexStart: '2025-01-21',
        date: '2025-01-24',
      },
    ]);
    for (const m of [false, undefined]) {
      expect(step(m), String(m)).toEqual([
        '2025-02-17',
        { kind: 'vangnet', grond: 'zwangerschap', term: 'zes-weken', from: D1, days: 42, flexStart: '2025-02-18', date: '2025-02-17' },
      ]);
    }
  });

  it('counts from the day the ground became known (bekendOp) when it is after day 1', () => {
    // zwangerschap-na-verlof known on Wed 2025-01-15: "de vierde dag na het tijdstip" (ZW 38b lid 2)
    // is Sun 01-19, extended by the Atw (art. 1) to Mon 01-20.
    const t = evaluateCase(
      { firstSickDay: D1, vangnet: { grond: 'zwangerschap-na-verlof', bekendOp: '2025-01-15' } },
      { asOf: '2025-01-07' },
    );
    expect(plus('2025-01-15', 4)).toBe('2025-01-19');
    expect(ms(t, 'ziekmelding-uwv-vangnet').due).toBe('2025-01-20');
  });
});
