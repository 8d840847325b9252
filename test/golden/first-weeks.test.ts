/**
 * The probleemanalyse and the plan van aanpak in calendar days (Regeling procesgang art. 2 lid 2,
 * art. 4 lid 1; policy `firstWeeks`, default `calendar`), around a fit gap, and due "onverwijld" on
 * the next sick day when the calendar day is a fit day (art. 2 lid 3). Each date was computed by
 * hand (the calendar arithmetic is written beside it) and re-checked with `plus` (Date.UTC), never
 * taken from the engine.
 */
import { describe, expect, it } from 'vitest';
import { flagMessage } from '../../src/i18n/index.js';
import { type CaseEvent, evaluateCase } from '../../src/index.js';
import { ms, plus } from './helpers.js';

const d1 = '2025-01-06'; // a Monday

describe('probleemanalyse and plan van aanpak around a fit gap: calendar days (Regeling art. 2 lid 2, art. 4 lid 1)', () => {
  const gap: CaseEvent[] = [
    { type: 'hersteld', date: '2025-01-20' },
    { type: 'ziek', date: '2025-02-03' },
  ];

  it('counts six weeks from day 1 and two weeks from the oordeel in calendar days by default', () => {
    // fit 2025-01-20 … 02-02; D1+41 = 2025-02-16 (Jan 6 → Jan 31 is 25, + 16 = Feb 16), a sick day;
    // strict D1+42 = 02-17; plan: 02-16 + 14 = 03-02. Counting sick days would give 03-02 and 03-16.
    expect([plus(d1, 41), plus(d1, 42), plus('2025-02-16', 14)]).toEqual(['2025-02-16', '2025-02-17', '2025-03-02']);
    const t = evaluateCase({ firstSickDay: d1, events: gap }, { explain: true, asOf: '2025-02-03' });
    expect(ms(t, 'probleemanalyse')).toMatchObject({ due: '2025-02-16', legalLatest: '2025-02-17' });
    expect(ms(t, 'probleemanalyse').derivation.due).toEqual([
      { kind: 'calendarDays', step: null, basis: 'day1', from: d1, days: 41, fitOn: null, date: '2025-02-16' },
    ]);
    expect(ms(t, 'plan-van-aanpak')).toMatchObject({ due: '2025-03-02', legalLatest: '2025-03-03' });
    const counted = evaluateCase({ firstSickDay: d1, events: gap }, { asOf: '2025-02-03', policy: { firstWeeks: 'counted' } });
    expect([ms(counted, 'probleemanalyse').due, ms(counted, 'plan-van-aanpak').due]).toEqual(['2025-03-02', '2025-03-16']);
  });

  it('makes the step due "onverwijld" on the next sick day when the calendar day is a fit day (art. 2 lid 3)', () => {
    // fit 2025-02-10 … 02-20, sick again 02-21: D1+41 = 02-16 is fit → due 02-21
    const t = evaluateCase(
      {
        firstSickDay: d1,
        events: [
          { type: 'hersteld', date: '2025-02-10' },
          { type: 'ziek', date: '2025-02-21' },
        ],
      },
      { explain: true, asOf: '2025-02-21' },
    );
    const pa = ms(t, 'probleemanalyse');
    expect(pa.due).toBe('2025-02-21');
    expect(pa.derivation.due[0]).toMatchObject({ kind: 'calendarDays', fitOn: '2025-02-16', date: '2025-02-21' });
    expect(
      flagMessage(
        {
          code: 'MILESTONE_OVERDUE',
          severity: 'error',
          params: { due: pa.due, legalLatest: null, withinLegal: false, consequence: 'loonsanctie', fine: null },
          milestoneId: 'probleemanalyse',
        },
        'nl',
      ),
    ).toContain('21 feb.');
  });

  it('rejects an unknown setting, naming the field', () => {
    expect(() =>
      evaluateCase({ firstSickDay: d1 }, { asOf: d1, policy: { firstWeeks: 'weeks' } as unknown as { firstWeeks: 'calendar' } }),
    ).toThrow(/firstWeeks/);
  });
});
