/**
 * Evaluations (WIA 25 lid 2 "periodiek"; Regeling procesgang art. 4 lid 2 sub b): the interval the
 * plan fixes or UWV's practice of six weeks, the eerstejaarsevaluatie as a target with no window,
 * and a chain that never runs backward. Each date was computed by hand (the calendar arithmetic is
 * written beside it) and re-checked with `plus` (Date.UTC), never taken from the engine.
 */
import { describe, expect, it } from 'vitest';
import { flagMessage } from '../../src/i18n/index.js';
import { type CaseEvent, evaluateCase, parseCaseInput } from '../../src/index.js';
import { ms, plus } from './helpers.js';

const d1 = '2025-01-06'; // a Monday
const due = (t: ReturnType<typeof evaluateCase>, id: string, occurrence = 1) =>
  t.milestones.find((m) => m.id === id && m.occurrence === occurrence);

describe('evaluations: "periodiek" (WIA 25 lid 2), the plan fixes the moments (Regeling procesgang art. 4 lid 2 sub b)', () => {
  // plan van aanpak done Mon 2025-02-24 (D1+49)
  const pva = (extra: object = {}): CaseEvent => ({ type: 'plan-van-aanpak', date: '2025-02-24', ...extra }) as CaseEvent;

  it('without an agreed interval: UWV practice of six weeks, a missed evaluation is a warning', () => {
    // 2025-02-24 + 42: Feb 24 → Feb 28 is 4, → Mar 31 is 35, → Apr 7 is 42
    expect(plus('2025-02-24', 42)).toBe('2025-04-07');
    const t = evaluateCase({ firstSickDay: d1, events: [pva()] }, { asOf: '2025-04-20' });
    expect(ms(t, 'evaluatie').due).toBe('2025-04-07');
    const f = t.flags.find((x) => x.milestoneId === 'evaluatie');
    expect(f).toMatchObject({ code: 'MILESTONE_OVERDUE', severity: 'warning', params: { consequence: 'evaluatie-praktijk' } });
    expect(flagMessage(f as NonNullable<typeof f>, 'nl')).toContain('periodiek');
    expect(flagMessage(f as NonNullable<typeof f>, 'nl')).not.toContain('loonsanctie');
    // done late: info, not a warning
    const late = evaluateCase({ firstSickDay: d1, events: [pva(), { type: 'evaluatie', date: '2025-04-10' }] }, { asOf: '2025-04-20' });
    expect(late.flags.find((x) => x.milestoneId === 'evaluatie')).toMatchObject({ code: 'MILESTONE_DONE_LATE', severity: 'info' });
  });

  it('with the interval agreed in the plan recorded: it governs, and a missed evaluation is a legal error', () => {
    // 2025-02-24 + 28 = 2025-03-24 (Feb 24 → Feb 28 is 4, + 24 = Mar 24); + 28 = 2025-04-21
    expect([plus('2025-02-24', 28), plus('2025-03-24', 28)]).toEqual(['2025-03-24', '2025-04-21']);
    const t = evaluateCase({ firstSickDay: d1, events: [pva({ evaluatieIntervalDays: 28 })] }, { asOf: '2025-04-20' });
    expect([ms(t, 'evaluatie', 1).due, ms(t, 'evaluatie', 2).due]).toEqual(['2025-03-24', '2025-04-21']);
    const f = t.flags.find((x) => x.milestoneId === 'evaluatie');
    expect(f).toMatchObject({ code: 'MILESTONE_OVERDUE', severity: 'error', params: { consequence: 'loonsanctie' } });
  });

  it('rejects an agreed interval outside 1–365 days, naming the field', () => {
    const r = parseCaseInput({ firstSickDay: d1, events: [pva({ evaluatieIntervalDays: 0 })] });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]).toMatchObject({ path: ['events', 0, 'evaluatieIntervalDays'], code: 'too_small' });
    expect(() => evaluateCase({ firstSickDay: d1, events: [pva({ evaluatieIntervalDays: 1.5 })] }, { asOf: '2025-03-01' })).toThrow(
      /evaluatieIntervalDays/,
    );
  });
});

describe('eerstejaarsevaluatie: a target at the end of the first year, no window (Regeling procesgang art. 4 lid 2 sub b)', () => {
  it('is due on counted day 364 with no window; done in week 44 is simply done', () => {
    // D1+363 = 2026-01-04 (2025-01-06 + 365 = 2026-01-06, minus 2); D1+301 = 2025-11-03, counted day 302, week 44
    expect([plus(d1, 363), plus(d1, 301)]).toEqual(['2026-01-04', '2025-11-03']);
    const t = evaluateCase({ firstSickDay: d1, events: [{ type: 'eerstejaarsevaluatie', date: '2025-11-03' }] }, { asOf: '2025-11-04' });
    expect(ms(t, 'eerstejaarsevaluatie')).toMatchObject({ windowStart: null, due: '2026-01-04', status: 'done' });
    expect(t.flags.some((f) => f.code === 'STEP_BEFORE_WINDOW')).toBe(false);
  });

  it('is no legal error on counted day 365: overdue is a warning, done late is info', () => {
    // counted day 365 = D1+364 = 2026-01-05
    const t = evaluateCase({ firstSickDay: d1 }, { asOf: plus(d1, 364) });
    expect(t.flags.find((f) => f.milestoneId === 'eerstejaarsevaluatie')).toMatchObject({ code: 'MILESTONE_OVERDUE', severity: 'warning' });
    const late = evaluateCase({ firstSickDay: d1, events: [{ type: 'eerstejaarsevaluatie', date: '2026-01-10' }] }, { asOf: '2026-01-11' });
    expect(late.flags.find((f) => f.milestoneId === 'eerstejaarsevaluatie')).toMatchObject({
      code: 'MILESTONE_DONE_LATE',
      severity: 'info',
    });
  });
});

describe('evaluation chain', () => {
  it('never runs backward when an evaluation is recorded before the plan van aanpak (docs/rules.md §2, evaluatie)', () => {
    // D1 Mon 2025-01-06; PA on its due date 2025-02-16 (D1+41); PvA on its due date 2025-03-02 (PA + 14).
    // An evaluation recorded on 2025-01-20, before the plan existed.
    // Evaluation 1: PvA 2025-03-02 + 42 = 2025-04-13 (March 31 days: 03-02 + 29 = 03-31, + 13 = 04-13); done early.
    // Evaluation 2: max(PvA 03-02, evaluation 01-20) + 42 = 2025-04-13 again — not 01-20 + 42 = 2025-03-03.
    const t = evaluateCase(
      {
        firstSickDay: '2025-01-06',
        events: [
          { type: 'probleemanalyse', date: '2025-02-16' },
          { type: 'plan-van-aanpak', date: '2025-03-02' },
          { type: 'evaluatie', date: '2025-01-20' },
        ],
      },
      { asOf: '2025-03-10' },
    );
    expect(due(t, 'evaluatie', 1)?.due).toBe('2025-04-13');
    expect(due(t, 'evaluatie', 1)?.status).toBe('done');
    expect(due(t, 'evaluatie', 2)?.due).toBe('2025-04-13');
    // Evaluation 3 follows evaluation 2's due date: 2025-04-13 + 42 = 2025-05-25 (April 30: 04-13 + 17 = 04-30, + 25 = 05-25).
    expect(due(t, 'evaluatie', 3)?.due).toBe('2025-05-25');
  });
});
