/**
 * The wage obligation at AOW age (BW 7:629 lid 2 sub b, lid 10): 6 weeks (13 for sickness that
 * began before 1 July 2023) that count sick days only, and the rule's effective date (1 January
 * 2016). Each date was computed by hand (the calendar arithmetic is written beside it) and
 * re-checked with `plus` (Date.UTC), never taken from the engine.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../src/index.js';
import { plus } from './helpers.js';

describe('AOW: the 6 (13) weeks of wage payment count sick days (BW 7:629 lid 2 sub b, lid 10)', () => {
  it('lengthens the 6 weeks by a fit gap inside them', () => {
    // D1 2025-03-03; AOW 2025-03-10; fit 2025-03-24 … 04-06 (14 days). Sick days from the AOW date:
    // 03-10 … 03-23 = 14, then 28 more from 04-07 → 04-07 + 27 = 2025-05-04 (Sun), not 2025-04-20.
    const t = evaluateCase(
      {
        firstSickDay: '2025-03-03',
        events: [
          { type: 'aow-leeftijd', date: '2025-03-10' },
          { type: 'hersteld', date: '2025-03-24' },
          { type: 'ziek', date: '2025-04-07' },
        ],
      },
      { explain: true, asOf: '2025-04-07' },
    );
    expect(plus('2025-04-07', 27)).toBe('2025-05-04');
    expect(t.wageObligationEnd).toBe('2025-05-04');
    expect(t.wageObligationDerivation.at(-1)).toMatchObject({
      kind: 'aow',
      aowDate: '2025-03-10',
      weeks: 6,
      uncounted: { fit: 14, leave: 0 },
    });
  });

  it('counts from day 1 for an employee past AOW age, gaps not counted', () => {
    // AOW before D1 2025-01-06: counted day 42 = D1+41 = 2025-02-16; with 14 fit days 2025-03-02
    const plain = evaluateCase(
      { firstSickDay: '2025-01-06', events: [{ type: 'aow-leeftijd', date: '2024-12-01' }] },
      { explain: true, asOf: '2025-01-10' },
    );
    expect(plain.wageObligationEnd).toBe('2025-02-16');
    const gap = evaluateCase(
      {
        firstSickDay: '2025-01-06',
        events: [
          { type: 'aow-leeftijd', date: '2024-12-01' },
          { type: 'hersteld', date: '2025-01-20' },
          { type: 'ziek', date: '2025-02-03' },
        ],
      },
      { explain: true, asOf: '2025-02-03' },
    );
    expect(gap.wageObligationEnd).toBe('2025-03-02');
  });

  it('keeps 13 weeks for sickness that began before 1 July 2023', () => {
    // D1 2023-03-01, AOW 2023-05-01: 2023-05-01 + 91 − 1 = 2023-07-30 (Sun)
    const t = evaluateCase(
      { firstSickDay: '2023-03-01', events: [{ type: 'aow-leeftijd', date: '2023-05-01' }] },
      { explain: true, asOf: '2023-05-02' },
    );
    expect(plus('2023-05-01', 90)).toBe('2023-07-30');
    expect(t.wageObligationEnd).toBe('2023-07-30');
  });
});

describe('rules by effective date: the AOW wage rule (BW 7:629 lid 2 sub b) since 1 January 2016', () => {
  it('flags a case from before 2016 that relies on it, and not one from 2016 on', () => {
    const aow = (firstSickDay: string, date: string) =>
      evaluateCase({ firstSickDay, events: [{ type: 'aow-leeftijd', date }] }, { asOf: plus(firstSickDay, 30) });
    const old = aow('2015-06-01', '2015-09-01');
    expect(old.flags.find((f) => f.code === 'RULE_NOT_IN_FORCE')).toMatchObject({
      severity: 'warning',
      params: { rule: 'aow-loondoorbetaling', inForceFrom: '2016-01-01' },
    });
    expect(aow('2016-01-01', '2016-03-01').flags.some((f) => f.code === 'RULE_NOT_IN_FORCE')).toBe(false);
    // without an AOW date the rule is not used: no flag
    expect(evaluateCase({ firstSickDay: '2015-06-01' }, { asOf: '2015-07-01' }).flags.some((f) => f.code === 'RULE_NOT_IN_FORCE')).toBe(
      false,
    );
  });
});
