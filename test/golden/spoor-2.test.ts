/**
 * The spoor-2-besluit (an advice step: BW 7:658a lid 1 has no day; UWV practice: at the latest
 * after one year): due at the end of week 52 with no window, and (a property over generated cases)
 * no window start for it or the eerstejaarsevaluatie, so none can follow the due date. Each date
 * was computed by hand (the calendar arithmetic is written beside it) and re-checked with `plus`
 * (Date.UTC), never taken from the engine.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../src/index.js';
import { validCaseArb } from '../arbitraries.js';
import { test as fcTest } from '../fc.js';
import { runs } from '../fc-runs.js';
import { ms, plus } from './helpers.js';

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

describe('no window after its due date for the steps this pass touched (issue 20 item 5, the spoor-2-besluit half)', () => {
  fcTest.prop([validCaseArb()], { numRuns: runs(300) })(
    'spoor-2-besluit and eerstejaarsevaluatie never have a window start, so none can follow the due date',
    ({ input, asOf }) => {
      // valid generated cases (the fuzz corpus generator); `asOf` before day 1 is a flagged edge, kept
      const t = evaluateCase(input, { asOf });
      for (const m of t.milestones) {
        if (m.id === 'spoor-2-besluit' || m.id === 'eerstejaarsevaluatie') expect(m.windowStart, m.id).toBeNull();
      }
    },
  );
});
