/**
 * A missing re-integratieverslag: UWV sets a term (WIA 25 lid 8, 65), it does not suspend the
 * application (64 lid 7–8); the flag says so in nl and en. Each date was computed by hand (the
 * calendar arithmetic is written beside it) and re-checked with `plus` (Date.UTC), never taken from
 * the engine.
 */
import { describe, expect, it } from 'vitest';
import { flagMessage } from '../../src/i18n/index.js';
import { evaluateCase } from '../../src/index.js';
import { plus } from './helpers.js';

const d1 = '2025-01-06'; // a Monday

describe('a missing re-integratieverslag: UWV sets a term (WIA 25 lid 8, 65), not the suspension of 64 lid 7–8', () => {
  it('names that consequence, nl and en', () => {
    // last day D1+727 = 2027-01-03; − 91 = 2026-10-04 (due); asOf a day later
    expect([plus(d1, 727), plus('2027-01-03', -91)]).toEqual(['2027-01-03', '2026-10-04']);
    const t = evaluateCase({ firstSickDay: d1 }, { asOf: '2026-10-05' });
    const f = t.flags.find((x) => x.milestoneId === 're-integratieverslag');
    expect(f).toMatchObject({ code: 'MILESTONE_OVERDUE', params: { due: '2026-10-04', consequence: 'riv-missing' } });
    const nl = flagMessage(f as NonNullable<typeof f>, 'nl');
    expect(nl).toContain('art. 25 lid 8');
    expect(nl).not.toContain('64 lid 7');
    expect(flagMessage(f as NonNullable<typeof f>, 'en')).toContain('sets a term');
  });
});
