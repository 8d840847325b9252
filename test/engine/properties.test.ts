/**
 * Laws of the domain, as fast-check properties over generated cases. Expectations are relations between two runs of the engine or with the Atw
 * roll — never copies of engine output.
 */

import { describe, expect } from 'vitest';
import { rollForwardToAtwWorkingDay } from '../../src/calendar/atw.js';
import { formatIsoDate, parseIsoDate } from '../../src/calendar/isoDate.js';
import type { CaseEvent, ExplainedMilestone, ExplainedTimeline, MilestoneId } from '../../src/index.js';
import { evaluateCase } from '../../src/index.js';
import { arbCase, byKey, D1_MAX, D1_MIN, type GenCase, STEP_TYPES, shiftIso, toInput } from '../arbitraries.js';
import { fc, test as fcTest } from '../fc.js';
import { runs } from '../fc-runs.js';

const RUNS = { numRuns: runs(250) };
const evaluate = (c: GenCase, shift = 0): ExplainedTimeline => {
  const { input, asOf } = toInput(c, shift);
  return evaluateCase(input, { explain: true, asOf });
};
const p = parseIsoDate;
const f = formatIsoDate;

/** Milestones whose dates are counted backward from the end of the wachttijd (calendar days). */
const BACKWARD: ReadonlySet<MilestoneId> = new Set(['eindevaluatie', 're-integratieverslag', 'wia-aanvraag', 'einde-wachttijd']);

/** Whether a due date was moved to a working day (Atw art. 1 or 2, or back to the last werkdag of employment). */
const isMove = (s: ExplainedMilestone['derivation']['due'][number]): boolean =>
  s.kind === 'atwRoll' || s.kind === 'atwTwoWorkingDays' || s.kind === 'lastWorkingDay';
const moved = (m: ExplainedMilestone): boolean => m.derivation.due.some(isMove);
/** The due date before such a move. */
const unmoved = (m: ExplainedMilestone): string => {
  const s = m.derivation.due.find(isMove);
  return s !== undefined && 'from' in s ? s.from : m.due;
};

describe('shifting day 1 and every event by k days', () => {
  fcTest.prop([arbCase(), fc.integer({ min: -2000, max: 2000 })], RUNS)(
    'shifts every date not rolled by the Atw by exactly k and keeps every status',
    (c, k) => {
      fc.pre(c.d1 + k >= D1_MIN && c.d1 + k <= D1_MAX);
      const a = evaluate(c);
      const b = evaluate(c, k);
      expect(b.firstSickDay).toBe(shiftIso(a.firstSickDay, k));
      expect(b.wachttijd).toEqual({ lastDay: shiftIso(a.wachttijd.lastDay, k), wiaStart: shiftIso(a.wachttijd.wiaStart, k) });
      expect(b.wageObligationEnd).toBe(shiftIso(a.wageObligationEnd, k));
      expect([b.status, b.countedSickDays, b.currentWeek]).toEqual([a.status, a.countedSickDays, a.currentWeek]);
      expect(b.periods).toEqual(
        a.periods.map((x) => ({ start: shiftIso(x.start, k), end: shiftIso(x.end, k), caseFirstSickDay: shiftIso(x.caseFirstSickDay, k) })),
      );
      const ma = byKey(a);
      const mb = byKey(b);
      expect([...mb.keys()].sort()).toEqual([...ma.keys()].sort());
      for (const [key, x] of ma) {
        const y = mb.get(key);
        expect(y?.windowStart, key).toBe(shiftIso(x.windowStart, k));
        expect(y?.completedOn, key).toBe(shiftIso(x.completedOn, k));
        // the 42e-weeksmelding's legalLatest is the first werkdag on or after its due date: see below
        if (x.id !== '42e-weeksmelding') expect(y?.legalLatest, key).toBe(shiftIso(x.legalLatest, k));
        if (y !== undefined && (moved(x) || moved(y))) {
          // moved to a working day (end of employment): the date before the move shifts by k
          expect(unmoved(y), key).toBe(shiftIso(unmoved(x), k));
          continue;
        }
        expect(y?.due, key).toBe(shiftIso(x.due, k));
        expect(y?.status, key).toBe(x.status);
      }
    },
  );

  fcTest.prop([arbCase({ branches: false }), fc.integer({ min: -2000, max: 2000 })], RUNS)(
    'keeps the shifted 42e-weeksmelding on its statutory day and its legalLatest on the first werkdag from then on',
    (c, k) => {
      fc.pre(c.d1 + k >= D1_MIN && c.d1 + k <= D1_MAX);
      const x = byKey(evaluate(c)).get('42e-weeksmelding#1');
      const y = byKey(evaluate(c, k)).get('42e-weeksmelding#1');
      // ZW 38 lid 1, not rolled (Atw art. 4 a): the due date shifts by exactly k.
      expect(y?.due).toBe(shiftIso(x?.due as string, k));
      // In both runs the due date is no earlier than the window start + 7 (counted day 295 ≥ counted day 288 + 7),
      // and legalLatest (UWV: "de eerste werkdag na de 42e ziekteweek") is the working day on or after it.
      for (const m of [x, y]) {
        expect(m).toBeDefined();
        const due = p(m?.due as string);
        expect(p(m?.legalLatest as string)).toBe(rollForwardToAtwWorkingDay(due));
        expect(due).toBeGreaterThanOrEqual(p(m?.windowStart as string) + 7);
      }
    },
  );
});

describe('event order', () => {
  fcTest.prop(
    [
      arbCase().chain((c) =>
        fc.tuple(fc.constant(c), fc.shuffledSubarray([...c.events], { minLength: c.events.length, maxLength: c.events.length })),
      ),
    ],
    RUNS,
  )('does not change the result', (pair) => {
    const [c, shuffled] = pair;
    expect(evaluate({ ...c, events: shuffled })).toEqual(evaluate(c));
  });
});

describe('adding a step', () => {
  /** Steps whose completion date anchors the due date of a later step (PvA, evaluations, the spoor-2 decision). */
  const ANCHORS: ReadonlySet<string> = new Set(['probleemanalyse', 'plan-van-aanpak', 'evaluatie', 'eerstejaarsevaluatie']); // + spoor 2 counts from the EJE
  const key = (t: ExplainedTimeline) => new Set(t.flags.map((x) => `${x.code}|${x.milestoneId ?? ''}|${x.occurrence ?? ''}`));

  fcTest.prop([arbCase(), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true })], RUNS)(
    'never adds a flag when it is done on time (anchors exactly on their due date)',
    (c, pick, where) => {
      const before = evaluate(c);
      const open = before.milestones.filter(
        (m) =>
          m.kind !== 'info' &&
          m.completedOn === null &&
          ['overdue', 'due-soon', 'upcoming'].includes(m.status) &&
          m.id !== 'ziekmelding-uwv-einde-dienstverband',
      );
      fc.pre(open.length > 0);
      const m = open[pick % open.length];
      if (m === undefined) return;
      // evaluations: only the first open occurrence can be completed by one more event (k-th event = occurrence k)
      if (m.id === 'evaluatie' && open.find((x) => x.id === 'evaluatie') !== m) return;
      const due = p(m.due);
      const asOf = p(before.asOf);
      let lo = Math.max(p(m.windowStart ?? before.firstSickDay), p(before.firstSickDay));
      if (m.id === 'eindevaluatie' || m.id === 're-integratieverslag') {
        // WIA 25 lid 4: after a verlenging the report is made for the extended period, so "on time"
        // starts at the (last) verlenging
        for (const e of toInput(c).input.events ?? []) if (e.type === 'verlenging' && p(e.date) <= asOf) lo = Math.max(lo, p(e.date));
      }
      const hi = Math.min(due, asOf);
      fc.pre(lo <= hi);
      const day = ANCHORS.has(m.id) ? due : lo + Math.floor(where * (hi - lo));
      fc.pre(day <= asOf);
      const step = { type: m.id, date: f(day) } as CaseEvent;
      const { input } = toInput(c);
      const after = evaluateCase({ ...input, events: [...(input.events ?? []), step] }, { explain: true, asOf: before.asOf });
      const had = key(before);
      for (const k of key(after)) expect(had.has(k), `${m.id} on ${f(day)} added ${k}`).toBe(true);
    },
  );
});

describe('day 1', () => {
  fcTest.prop([arbCase()], RUNS)('no deadline, window or latest date precedes day 1', (c) => {
    const t = evaluate(c);
    for (const m of t.milestones) {
      for (const d of [m.windowStart, m.due, m.legalLatest])
        if (d !== null) expect(d >= t.firstSickDay, `${m.id}#${m.occurrence} ${d}`).toBe(true);
    }
    expect(t.wachttijd.lastDay >= f(p(t.firstSickDay) + 727)).toBe(true);
  });
});

describe('samentelling', () => {
  /** A baseline case with steps dated before the recovery, and the same with a fit gap inserted. */
  const gapCase = (maxGap: number, minGap: number) =>
    fc.record({
      d1: fc.integer({ min: D1_MIN, max: D1_MAX }),
      // the recovery falls within the wachttijd (on or before counted day 728 = D1+727)
      sick: fc.integer({ min: 1, max: 727 }),
      gap: fc.integer({ min: minGap, max: maxGap }),
      tail: fc.integer({ min: 0, max: 400 }),
      steps: fc.array(
        fc.record({ type: fc.constantFrom(...STEP_TYPES), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }) }),
        { maxLength: 5 },
      ),
    });

  fcTest.prop([gapCase(27, 1)], RUNS)(
    'a fit gap of g < 28 days moves every later forward deadline by g and every backward one by g',
    (r) => {
      const h = r.d1 + r.sick;
      const s = h + r.gap;
      const asOf = f(s + r.tail);
      const steps = r.steps.map((x) => ({ type: x.type, date: f(r.d1 + Math.floor(x.at * r.sick)) }) as CaseEvent);
      // Sick days only (policy firstWeeks 'counted'): the default counts the probleemanalyse and the
      // plan van aanpak in calendar days (docs/rules.md §8), which a gap does not move.
      const policy = { firstWeeks: 'counted' } as const;
      const base = evaluateCase({ firstSickDay: f(r.d1), events: steps }, { asOf, policy });
      const gapped = evaluateCase(
        { firstSickDay: f(r.d1), events: [...steps, { type: 'hersteld', date: f(h) }, { type: 'ziek', date: f(s) }] },
        { asOf, policy },
      );
      expect(gapped.firstSickDay).toBe(base.firstSickDay);
      expect(gapped.wachttijd.lastDay).toBe(shiftIso(base.wachttijd.lastDay, r.gap));
      const mb = byKey(base);
      const mg = byKey(gapped);
      expect([...mg.keys()].sort()).toEqual([...mb.keys()].sort());
      const moved = (iso: string | null, backward: boolean) => (iso === null ? null : backward || p(iso) >= h ? shiftIso(iso, r.gap) : iso);
      for (const [key, x] of mb) {
        const y = mg.get(key);
        const backward = BACKWARD.has(x.id);
        expect(y?.windowStart, key).toBe(moved(x.windowStart, false));
        // einde-wachttijd completes itself on its (moved) date; every recorded step keeps its date
        if (x.id !== 'einde-wachttijd') expect(y?.completedOn, key).toBe(x.completedOn);
        expect(y?.due, key).toBe(moved(x.due, backward));
        if (x.id === '42e-weeksmelding') {
          // the statutory day (counted day 295) moves like every forward date; UWV's first werkdag follows it
          expect(y?.legalLatest, key).toBe(f(rollForwardToAtwWorkingDay(p(y?.due as string))));
        } else {
          expect(y?.legalLatest, key).toBe(moved(x.legalLatest, backward));
        }
      }
    },
  );

  fcTest.prop(
    [
      gapCase(400, 28),
      fc.array(fc.record({ type: fc.constantFrom(...STEP_TYPES), offset: fc.integer({ min: 0, max: 500 }) }), { maxLength: 5 }),
    ],
    RUNS,
  )('a fit gap of 28 days or more gives the same milestones as a fresh case from the new day 1', (r, later) => {
    const h = r.d1 + r.sick;
    const s = h + r.gap;
    const asOf = f(s + r.tail);
    const early = r.steps.map((x) => ({ type: x.type, date: f(r.d1 + Math.floor(x.at * r.sick)) }) as CaseEvent);
    const late = later.map((x) => ({ type: x.type, date: f(s + x.offset) }) as CaseEvent);
    const joined = evaluateCase(
      { firstSickDay: f(r.d1), events: [...early, { type: 'hersteld', date: f(h) }, { type: 'ziek', date: f(s) }, ...late] },
      { asOf, dossier: true },
    );
    const fresh = evaluateCase({ firstSickDay: f(s), events: late }, { asOf, dossier: true });
    expect(joined.firstSickDay).toBe(f(s));
    expect(joined.milestones).toEqual(fresh.milestones);
    expect(joined.wachttijd).toEqual(fresh.wachttijd);
    expect(joined.wageObligationEnd).toBe(fresh.wageObligationEnd);
    expect([joined.status, joined.countedSickDays, joined.currentWeek]).toEqual([fresh.status, fresh.countedSickDays, fresh.currentWeek]);
    expect(joined.dossier).toEqual(fresh.dossier);
    expect(joined.flags.map((x) => x.code)).toContain('NEW_CASE_STARTED');
  });
});

describe('samentelling with pregnancy leave in the gap', () => {
  fcTest.prop(
    [
      fc.integer({ min: D1_MIN, max: D1_MAX }),
      fc.integer({ min: 1, max: 700 }),
      fc.integer({ min: 28, max: 120 }),
      fc.integer({ min: 0, max: 200 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    ],
    RUNS,
  )(
    'merges when the interruption is under 28 days or all leave (BW 7:629 lid 10), moving the wachttijd by every calendar day of the gap',
    (d1, sick, gap, leaveLen, where) => {
      const h = d1 + sick;
      const s = h + gap;
      const len = Math.min(leaveLen, gap);
      const leaveStart = h + Math.floor(where * (gap - len));
      const events: CaseEvent[] = [
        { type: 'hersteld', date: f(h) },
        { type: 'ziek', date: f(s) },
      ];
      if (len > 0) events.push({ type: 'zwangerschapsverlof', date: f(leaveStart), until: f(leaveStart + len - 1) });
      const t = evaluateCase({ firstSickDay: f(d1), events }, { asOf: f(s) });
      const merged = gap < 28 || len === gap;
      expect(t.firstSickDay).toBe(merged ? f(d1) : f(s));
      expect(t.wachttijd.lastDay).toBe(merged ? f(d1 + 727 + gap) : f(s + 727));
    },
  );
});

describe('the evaluation chain', () => {
  fcTest.prop(
    [
      // gaps under 28 days only: a new case would leave the plan van aanpak in the previous one
      arbCase({ branches: false, maxFit: 27 }),
      fc.integer({ min: 0, max: 120 }),
      fc.array(fc.integer({ min: 1, max: 90 }), { maxLength: 12 }),
    ],
    RUNS,
  )(
    'is strictly increasing when evaluations are recorded on distinct sick days after the plan van aanpak (non-decreasing with fit days)',
    (c, pvaOffset, gaps) => {
      const events = c.events.filter((e) => e.type !== 'evaluatie' && e.type !== 'plan-van-aanpak');
      const pva = c.d1 + pvaOffset;
      let d = pva;
      const evals = gaps.map((g) => {
        d += g;
        return { type: 'evaluatie' as const, day: d };
      });
      // asOf after the last recorded step, so none of them is ignored
      const t = evaluate({ ...c, asOf: Math.max(c.asOf, d), events: [...events, { type: 'plan-van-aanpak', day: pva }, ...evals] });
      const dues = t.milestones.filter((m) => m.id === 'evaluatie').sort((a, b) => a.occurrence - b.occurrence);
      expect(dues.map((m) => m.occurrence)).toEqual(dues.map((_, i) => i + 1));
      // Two records on different calendar days but with no sick day between them (the later one on a
      // fit day) have the same counted index, so their next evaluations fall on the same date.
      const strict = c.events.every((e) => e.type !== 'hersteld');
      for (let i = 1; i < dues.length; i++) {
        const [prev, cur] = [dues[i - 1]?.due as string, dues[i]?.due as string];
        expect(strict ? cur > prev : cur >= prev, `evaluatie ${i + 1}: ${prev} → ${cur}`).toBe(true);
      }
    },
  );

  fcTest.prop([arbCase()], RUNS)('stops at the last day of the wachttijd unless an evaluation was recorded', (c) => {
    const t = evaluate(c);
    const recorded = c.events.filter((e) => e.type === 'evaluatie' && e.day <= c.asOf).length;
    for (const m of t.milestones) {
      if (m.id === 'evaluatie' && m.occurrence > recorded) expect(m.due <= t.wachttijd.lastDay, `evaluatie ${m.occurrence}`).toBe(true);
    }
  });
});
