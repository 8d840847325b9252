/**
 * Issue 10: every milestone carries its week, counted day and derivation as data, and they agree
 * with each other and with an independent day-by-day count. Dates in the example were checked by
 * hand with a calendar: 6 Jan 2025 is a Monday; sick 6–31 Jan (26 counted days), fit 1–10 Feb
 * (10 days, not counted), sick again from 11 Feb (asOf 10 Feb: the engine assumes sickness resumes
 * the next day). Counted day 42 = 11 Feb + (42 − 26 − 1) = 26 Feb 2025, week ⌈42/7⌉ = 6.
 */

import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../../src/calendar/isoDate.js';
import { explain, flagMessage } from '../../src/i18n/index.js';
import type { DerivationStep, ExplainedMilestone, ExplainedTimeline } from '../../src/index.js';
import { evaluateCase } from '../../src/index.js';
import { arbCase, type GenCase, toInput } from '../arbitraries.js';
import { test as fcTest } from '../fc.js';
import { runs } from '../fc-runs.js';

const p = parseIsoDate;

describe('week and counted day per milestone (the issue-10 example)', () => {
  // Evaluated inside each test, never at collection time (mutation testing: docs/reliability.md §7).
  const timeline = () =>
    evaluateCase(
      { firstSickDay: '2025-01-06', events: [{ type: 'hersteld', date: '2025-02-01' }] },
      // sick days only; the default counts the first weeks in calendar days (docs/rules.md §8)
      { explain: true, asOf: '2025-02-10', policy: { firstWeeks: 'counted' } },
    );
  const paOf = (t: ExplainedTimeline) => t.milestones.find((m) => m.id === 'probleemanalyse') as ExplainedMilestone;

  it('puts the probleemanalyse on counted day 42, week 6, 26 Feb 2025', () => {
    const pa = paOf(timeline());
    expect(pa).toMatchObject({ due: '2025-02-26', countedDay: 42, week: 6, status: 'suspended' });
  });

  it('derives it as data: day 1 + 41 counted days + 10 fit days not counted', () => {
    const pa = paOf(timeline());
    expect(pa.derivation.rule).toBe('counted');
    expect(pa.derivation.due).toEqual([
      { kind: 'counted', countedDay: 42, from: '2025-01-06', days: 51, uncounted: { fit: 10, leave: 0 }, date: '2025-02-26' },
    ]);
    expect(pa.derivation.reason).toEqual({ code: 'suspended', fitFrom: '2025-02-01', asOf: '2025-02-10' });
  });

  it('explains it in Dutch and in English', () => {
    const pa = paOf(timeline());
    expect(explain(pa, 'nl')[0]).toBe(
      'Ziektedag 42 (week 6) = eerste ziektedag ma 6 jan. 2025 + 41 dagen + 10 niet-getelde dagen herstel = wo 26 feb. 2025',
    );
    expect(explain(pa, 'en')[0]).toBe(
      'Counted day 42 (week 6) = first sick day Mo 6 Jan 2025 + 41 days + 10 uncounted days of recovery = We 26 Feb 2025',
    );
    expect(explain(pa, 'nl', { dates: 'iso' })[0]).toContain('eerste ziektedag 2025-01-06');
  });

  it('chains the plan van aanpak on the probleemanalyse not yet done', () => {
    const pva = timeline().milestones.find((m) => m.id === 'plan-van-aanpak') as ExplainedMilestone;
    // 26 Feb + 14 counted days (no gap after 11 Feb) = 12 Mar 2025, counted day 56, week 8.
    expect(pva).toMatchObject({ due: '2025-03-12', countedDay: 56, week: 8 });
    expect(pva.derivation.due[0]).toMatchObject({
      kind: 'afterStep',
      step: 'probleemanalyse',
      basis: 'due',
      from: '2025-02-26',
      countedDays: 14,
    });
  });
});

describe('DUPLICATE_STEP', () => {
  it('flags a one-off step recorded twice; the first record counts', () => {
    // D1 Mon 3 Jun 2024; PA due D1+41 = Sun 14 Jul 2024; recorded on 20 and 22 Jul.
    const t = evaluateCase(
      {
        firstSickDay: '2024-06-03',
        events: [
          { type: 'probleemanalyse', date: '2024-07-22' },
          { type: 'probleemanalyse', date: '2024-07-20' },
        ],
      },
      { explain: true, asOf: '2024-08-01' },
    );
    const dup = t.flags.filter((f) => f.code === 'DUPLICATE_STEP');
    expect(dup).toEqual([
      {
        code: 'DUPLICATE_STEP',
        severity: 'warning',
        milestoneId: 'probleemanalyse',
        params: { dates: ['2024-07-20', '2024-07-22'], counted: '2024-07-20' },
      },
    ]);
    expect(t.milestones.find((m) => m.id === 'probleemanalyse')?.completedOn).toBe('2024-07-20');
    // the plan van aanpak counts from the first record: 20 Jul + 14 = 3 Aug 2024
    expect(t.milestones.find((m) => m.id === 'plan-van-aanpak')?.due).toBe('2024-08-03');
    expect(flagMessage(dup[0] as (typeof dup)[number], 'nl')).toBe(
      'Probleemanalyse: 2 keer vastgelegd (za 20 jul. 2024, ma 22 jul. 2024); de eerste, van za 20 jul. 2024, telt.',
    );
  });

  it('never flags the repeating evaluations', () => {
    const t = evaluateCase(
      {
        firstSickDay: '2024-06-03',
        events: [
          { type: 'evaluatie', date: '2024-09-01' },
          { type: 'evaluatie', date: '2024-10-01' },
        ],
      },
      { explain: true, asOf: '2024-10-02' },
    );
    expect(t.flags.some((f) => f.code === 'DUPLICATE_STEP')).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const evaluate = (c: GenCase): { t: ExplainedTimeline; leave: [number, number][] } => {
  const { input, asOf } = toInput(c);
  const leave = (input.events ?? []).flatMap((e) =>
    e.type === 'zwangerschapsverlof' ? [[p(e.date), p(e.until)] as [number, number]] : [],
  );
  return { t: evaluateCase(input, { explain: true, asOf }), leave };
};

/** The steps' own arithmetic: each counting step spans its counted days plus the days it passed over. */
function checkStep(s: DerivationStep): void {
  if (s.kind === 'counted') expect(p(s.date) - p(s.from)).toBe(s.countedDay - 1 + s.uncounted.fit + s.uncounted.leave);
  if (s.kind === 'afterStep') expect(p(s.date) - p(s.from)).toBe(s.countedDays + s.uncounted.fit + s.uncounted.leave);
  if (s.kind === 'beforeEnd') expect(p(s.lastDay) - p(s.date)).toBe(s.days);
  if (s.kind === 'atwRoll') expect(s.skipped.length).toBe(p(s.date) - p(s.from));
  if (s.kind === 'lastWorkingDay') expect(s.skipped.length).toBe(p(s.from) - p(s.date));
}

const last = (steps: readonly DerivationStep[]): string => (steps[steps.length - 1] as DerivationStep).date;

describe('derivation properties', () => {
  fcTest.prop([arbCase()], { numRuns: runs(300) })(
    'explain adds each milestone’s derivation and changes nothing else (0.3: the lean timeline is the same facts)',
    (c) => {
      const { input, asOf } = toInput(c);
      // (explain: true implies the dossier checklist, which the lean timeline has on request)
      const lean = evaluateCase(input, { asOf, dossier: true });
      const explained = evaluateCase(input, { asOf, explain: true });
      for (const m of lean.milestones) expect(m).not.toHaveProperty('derivation');
      for (const m of explained.milestones) expect(m.derivation, m.id).toBeDefined();
      expect({ ...explained, milestones: explained.milestones.map(({ derivation: _, ...m }) => m) }).toEqual(lean);
    },
  );

  fcTest.prop([arbCase()], { numRuns: runs(300) })(
    'the last step of each derivation gives the milestone’s date, and every step adds up',
    (c) => {
      const { t } = evaluate(c);
      for (const m of t.milestones) {
        expect(last(m.derivation.due), m.id).toBe(m.due);
        if (m.windowStart !== null) expect(m.derivation.windowStart && last(m.derivation.windowStart)).toBe(m.windowStart);
        if (m.derivation.legalLatest !== null) expect(last(m.derivation.legalLatest)).toBe(m.legalLatest);
        for (const s of [...(m.derivation.windowStart ?? []), ...m.derivation.due, ...(m.derivation.legalLatest ?? [])]) checkStep(s);
        expect(
          m.derivation.reason !== null || (m.status !== 'not-applicable' && m.status !== 'suspended') || m.id === 'vervroegde-iva',
        ).toBe(true);
      }
    },
  );

  fcTest.prop([arbCase()], { numRuns: runs(300) })(
    'week and counted day equal a day-by-day count of the sick days up to the due date',
    (c) => {
      const { t, leave } = evaluate(c);
      const asOf = p(t.asOf);
      const periods = t.periods
        .filter((x) => x.caseFirstSickDay === t.firstSickDay)
        .map((x) => ({ start: p(x.start), end: x.end === null ? Number.POSITIVE_INFINITY : p(x.end) }));
      const lastEnd = periods[periods.length - 1]?.end ?? Number.POSITIVE_INFINITY;
      // After the last known period the engine assumes sickness goes on: from the day after asOf
      // while recovered, right away once the case is closed.
      const resumes = t.status === 'recovered' ? asOf + 1 : t.status === 'closed' ? lastEnd + 1 : Number.POSITIVE_INFINITY;
      const counted = (d: number): boolean =>
        (periods.some((x) => d >= x.start && d <= x.end) || d >= resumes) && !leave.some(([s, e]) => d >= s && d <= e);
      const d1 = p(t.firstSickDay);
      for (const m of t.milestones) {
        const due = p(m.due);
        if (due - d1 > 4000) continue; // bounded work per case; long verlengingen are covered by smaller ones
        let n = 0;
        for (let d = d1; d <= due; d++) if (counted(d)) n++;
        expect(m.countedDay, `${m.id}#${m.occurrence} ${m.due}`).toBe(n);
        expect(m.week).toBe(Math.ceil(n / 7));
      }
    },
  );

  it('formats no date of its own: the derivation holds ISO dates only', () => {
    const t = evaluateCase(
      { firstSickDay: '2025-01-06', events: [{ type: 'verlenging', date: '2026-06-01', weeks: 13 }] },
      { explain: true, asOf: '2025-02-10' },
    );
    const json = JSON.stringify(t.milestones.map((m) => m.derivation));
    for (const d of json.match(/"\d{4}-\d{2}-\d{2}"/g) ?? []) expect(formatIsoDate(p(d.slice(1, -1)))).toBe(d.slice(1, -1));
    expect(json).not.toMatch(/[a-z]{3,} \d{4}/); // no "jan 2025"-like prose
  });
});
