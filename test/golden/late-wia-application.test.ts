/**
 * A late WIA application lengthens the wage obligation by the delay (BW 7:629 lid 11 sub a),
 * measured from the deadline (or from the one a late UWV letter set); nothing is added while the
 * application is not made. Each date was computed by hand (the calendar arithmetic is written
 * beside it), never taken from the engine.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../src/index.js';

describe('a late WIA application lengthens the wage obligation by the delay (BW 7:629 lid 11 sub a)', () => {
  // D1 2025-01-06: lastDay 2027-01-03; application due 2026-10-18.
  const d1 = '2025-01-06';
  it('adds the days between the deadline and the application', () => {
    // applied 2026-10-28: 10 days late → 2027-01-03 + 10 = 2027-01-13
    const t = evaluateCase(
      { firstSickDay: d1, events: [{ type: 'wia-aanvraag', date: '2026-10-28' }] },
      { explain: true, asOf: '2026-10-28' },
    );
    expect(t.wageObligationEnd).toBe('2027-01-13');
    expect(t.wageObligationDerivation[0]).toEqual({
      kind: 'lateApplication',
      due: '2026-10-18',
      completedOn: '2026-10-28',
      days: 10,
      date: '2027-01-13',
    });
    expect(t.wachttijd.lastDay).toBe('2027-01-03'); // the wachttijd itself does not move
  });

  it('measures the delay from the deadline a late letter set', () => {
    // melding in time, letter 2026-10-08 → due 2026-11-05; applied 2026-11-12: 7 days → 2027-01-10
    const t = evaluateCase(
      {
        firstSickDay: d1,
        events: [
          { type: '42e-weeksmelding', date: '2025-10-27' },
          { type: 'wia-brief-ontvangen', date: '2026-10-08' },
          { type: 'wia-aanvraag', date: '2026-11-12' },
        ],
      },
      { explain: true, asOf: '2026-11-12' },
    );
    expect(t.wageObligationEnd).toBe('2027-01-10');
  });

  it('adds nothing while the application is not made, and says the end is open (0.2 added the 14 days so far)', () => {
    // asOf 2026-11-01: 14 days past the deadline; the delay is known only once the aanvraag is made.
    const t = evaluateCase({ firstSickDay: d1 }, { explain: true, asOf: '2026-11-01' });
    expect(t.wageObligationEnd).toBe('2027-01-03');
    expect(t.wageObligationDerivation).toEqual([]);
    expect(t.flags.find((f) => f.code === 'WAGE_END_OPEN')?.params).toMatchObject({ extensionSoFar: 14 });
  });

  it('adds nothing for an application in time', () => {
    const t = evaluateCase(
      { firstSickDay: d1, events: [{ type: 'wia-aanvraag', date: '2026-10-18' }] },
      { explain: true, asOf: '2026-10-20' },
    );
    expect(t.wageObligationEnd).toBe('2027-01-03');
    expect(t.wageObligationDerivation).toEqual([]);
  });
});
