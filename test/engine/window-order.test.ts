/**
 * A window never opens after its deadline, and a deadline never lies after its legal latest: for
 * every milestone of every generated case, windowStart ≤ due ≤ legalLatest (issue 20 item 5). The
 * cases come from the fuzz generator (test/arbitraries.ts: every event type, any order, any
 * as-of date) and from the engine's generator with vangnet grounds added.
 */
import { describe, expect, it } from 'vitest';
import { isAtwWorkingDay } from '../../src/calendar/atw.js';
import { parseIsoDate } from '../../src/calendar/isoDate.js';
import { type CaseTimeline, evaluateCase, type VangnetGrond } from '../../src/index.js';
import { validCaseArb } from '../arbitraries.js';
import { fc, test as fcTest } from '../fc.js';
import { runs } from '../fc-runs.js';
import { plus } from '../golden/helpers.js';

/**
 * `spoor-2-besluit` keeps its window start (counted day 316) while its due date follows an early
 * eerstejaarsevaluatie; another engineer removes that step's window (issue 25 item 9), so it is left
 * out here until then.
 */
const EXCLUDED = new Set(['spoor-2-besluit']);

function checkOrder(t: CaseTimeline): void {
  for (const m of t.milestones) {
    if (EXCLUDED.has(m.id)) continue;
    const key = `${m.id}#${m.occurrence}`;
    if (m.windowStart !== null) expect(m.windowStart <= m.due, `${key}: window ${m.windowStart} after due ${m.due}`).toBe(true);
    if (m.legalLatest !== null) expect(m.due <= m.legalLatest, `${key}: due ${m.due} after legalLatest ${m.legalLatest}`).toBe(true);
  }
}

const GRONDEN: readonly VangnetGrond[] = ['zwangerschap', 'zwangerschap-na-verlof', 'no-riskpolis', 'orgaandonatie'];

describe('windowStart ≤ due ≤ legalLatest', () => {
  fcTest.prop([validCaseArb()], { numRuns: runs(400) })('for every milestone of a generated case', (c) => {
    checkOrder(evaluateCase(c.input as Parameters<typeof evaluateCase>[0], { asOf: c.asOf }));
  });

  fcTest.prop(
    [validCaseArb(10), fc.constantFrom(...GRONDEN), fc.integer({ min: -30, max: 120 }), fc.integer({ min: -200, max: 200 }), fc.boolean()],
    { numRuns: runs(300) },
  )('for every milestone of a generated vangnet case', (c, grond, known, expected, meerling) => {
    const d1 = c.input.firstSickDay as string;
    const vangnet = { grond, bekendOp: plus(d1, known), uitgerekendeDatum: plus(d1, expected), meerling };
    checkOrder(evaluateCase({ ...(c.input as Parameters<typeof evaluateCase>[0]), vangnet }, { asOf: c.asOf }));
  });

  fcTest.prop([validCaseArb(10), fc.constantFrom(...GRONDEN), fc.integer({ min: -30, max: 120 })], { numRuns: runs(300) })(
    'the Atw leaves every vangnet term on a working day, with two working days in it (art. 1 and 2)',
    (c, grond, known) => {
      const d1 = c.input.firstSickDay as string;
      const t = evaluateCase(
        { ...(c.input as Parameters<typeof evaluateCase>[0]), vangnet: { grond, bekendOp: plus(d1, known) } },
        { explain: true, asOf: c.asOf },
      );
      const m = t.milestones.find((x) => x.id === 'ziekmelding-uwv-vangnet');
      expect(m).toBeDefined();
      const due = parseIsoDate(m?.due as string);
      expect(isAtwWorkingDay(due)).toBe(true);
      const step = m?.derivation.due[0];
      if (step?.kind !== 'vangnet') throw new Error('no vangnet step');
      const first = parseIsoDate(step.from) + (step.term === 'vierde-dag-na' ? 1 : 0);
      let working = 0;
      for (let d = first; d <= due; d++) if (isAtwWorkingDay(d)) working++;
      expect(working).toBeGreaterThanOrEqual(2);
      // never earlier than the statute's own day
      expect(due).toBeGreaterThanOrEqual(parseIsoDate(step.date));
    },
  );

  it('opens the WIA aanvraag window where the letter should have come when a late letter gives no extension', () => {
    // D1 2025-01-06, no 42e-weeksmelding, letter 2026-12-01 (late; WIA 64 lid 6 last sentence: no four
    // weeks): due stays D1+650 = 2026-10-18. 0.2 opened the window on the letter, after the due date;
    // the law sets no first day for the aanvraag, so the window is the expected letter's, D1+616 = 2026-09-14.
    expect([plus('2025-01-06', 650), plus('2025-01-06', 616)]).toEqual(['2026-10-18', '2026-09-14']);
    const t = evaluateCase(
      { firstSickDay: '2025-01-06', events: [{ type: 'wia-brief-ontvangen', date: '2026-12-01' }] },
      { explain: true, asOf: '2026-12-02' },
    );
    const a = t.milestones.find((m) => m.id === 'wia-aanvraag');
    expect(a).toMatchObject({ windowStart: '2026-09-14', due: '2026-10-18' });
    expect(a?.derivation.windowStart?.[0]).toMatchObject({ kind: 'counted', countedDay: 617 });
  });
});
