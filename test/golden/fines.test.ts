/**
 * The fine for a late 42e-weeksmelding (Ziektewet art. 38 lid 3 "ten hoogste"; Boetebesluit
 * socialezekerheidswetten art. 2c): the tier by how many days late, and the words that say it is a
 * maximum. Each date was computed by hand (the calendar arithmetic is written beside it) and
 * re-checked with `plus` (Date.UTC), never taken from the engine.
 */
import { describe, expect, it } from 'vitest';
import { flagMessage } from '../../src/i18n/index.js';
import { evaluateCase } from '../../src/index.js';
import { plus } from './helpers.js';

const d1 = '2025-01-06'; // a Monday

describe('the fine for a late 42e-weeksmelding, by how late (Boetebesluit socialezekerheidswetten art. 2c)', () => {
  // D1 2025-01-06: due D1+294 = Mon 2025-10-27 (a working day, not rolled).
  const fine = (melding: string | null, asOf = '2025-12-31') => {
    const t = evaluateCase(
      { firstSickDay: '2025-01-06', events: melding === null ? [] : [{ type: '42e-weeksmelding', date: melding }] },
      { explain: true, asOf },
    );
    const f = t.flags.find(
      (x) => x.milestoneId === '42e-weeksmelding' && (x.code === 'MILESTONE_DONE_LATE' || x.code === 'MILESTONE_OVERDUE'),
    );
    return f === undefined ? null : (f.params as { fine: { daysLate: number; euro: number } | null }).fine;
  };
  it('is € 70 under 7 days late, € 230 from 7 days, € 455 from 28 days', () => {
    expect(plus('2025-01-06', 294)).toBe('2025-10-27');
    expect(fine('2025-11-02')).toEqual({ daysLate: 6, euro: 70, max: 455 });
    expect(fine('2025-11-03')).toEqual({ daysLate: 7, euro: 230, max: 455 });
    expect(fine('2025-11-23')).toEqual({ daysLate: 27, euro: 230, max: 455 });
    expect(fine('2025-11-24')).toEqual({ daysLate: 28, euro: 455, max: 455 });
  });
  it('is nothing for a melding in time, and grows while it is not made', () => {
    expect(fine('2025-10-27')).toBeNull();
    expect(fine(null, '2025-11-10')).toEqual({ daysLate: 14, euro: 230, max: 455 });
  });
});

describe('fines as the statute has them (ZW 38 lid 3 "ten hoogste"; Boetebesluit socialezekerheidswetten art. 2c)', () => {
  it('says "ten hoogste" and cites art. 2c and ZW 45a lid 8', () => {
    // 42e-weeksmelding due D1+294 = Mon 2025-10-27; asOf 2025-11-05 = 9 days late → at most €230
    const t = evaluateCase({ firstSickDay: d1 }, { asOf: '2025-11-05' });
    const f = t.flags.find((x) => x.milestoneId === '42e-weeksmelding');
    expect(f).toMatchObject({ params: { fine: { daysLate: 9, euro: 230, max: 455 } } });
    const nl = flagMessage(f as NonNullable<typeof f>, 'nl');
    expect(nl).toContain('ten hoogste € 230');
    expect(nl).toContain('art. 2c');
    expect(nl).toContain('45a lid 8');
    expect(nl).not.toContain('2b');
    expect(flagMessage(f as NonNullable<typeof f>, 'en')).toContain('at most € 230');
  });
});
