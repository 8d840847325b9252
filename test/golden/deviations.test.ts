/**
 * Agreed deviations (Regeling procesgang art. 5: "gemotiveerd worden afgeweken"): a step with a
 * recorded `afwijking` is not flagged and the dossier shows it; only the Regeling's steps, with a
 * motivation. Each date was computed by hand (the calendar arithmetic is written beside it) and
 * re-checked with `plus` (Date.UTC), never taken from the engine.
 */
import { describe, expect, it } from 'vitest';
import { type CaseEvent, evaluateCase, parseCaseInput } from '../../src/index.js';
import { ms, plus } from './helpers.js';

const d1 = '2025-01-06'; // a Monday

describe('agreed deviations (Regeling procesgang art. 5: "gemotiveerd worden afgeweken")', () => {
  const motivering = 'Operatie op 2025-02-10; probleemanalyse na het herstelbezoek afgesproken';
  it('does not flag the step and shows the deviation in the dossier', () => {
    // probleemanalyse due D1+41 = 2025-02-16, done 2025-03-01: late, but agreed on 2025-02-10
    const events: CaseEvent[] = [
      { type: 'afwijking', date: '2025-02-10', step: 'probleemanalyse', motivering },
      { type: 'probleemanalyse', date: '2025-03-01' },
    ];
    const t = evaluateCase({ firstSickDay: d1, events }, { asOf: '2025-03-02', dossier: true });
    expect(ms(t, 'probleemanalyse')).toMatchObject({ due: '2025-02-16', status: 'done-late' });
    expect(t.flags.some((f) => f.milestoneId === 'probleemanalyse')).toBe(false);
    expect(t.dossier.find((d) => d.id === 'probleemanalyse')).toMatchObject({ deviation: { date: '2025-02-10', motivering } });
    // without the deviation: the usual flag
    const plain = evaluateCase({ firstSickDay: d1, events: [events[1] as CaseEvent] }, { asOf: '2025-03-02' });
    expect(plain.flags.some((f) => f.milestoneId === 'probleemanalyse' && f.code === 'MILESTONE_DONE_LATE')).toBe(true);
  });

  it('names one evaluation by occurrence, and leaves the others flagged', () => {
    // plan 2025-02-24; evaluations due 2025-04-07 (1) and 2025-05-19 (2: 04-07 + 42 = May 19); asOf 2025-06-01
    expect(plus('2025-04-07', 42)).toBe('2025-05-19');
    const t = evaluateCase(
      {
        firstSickDay: d1,
        events: [
          { type: 'plan-van-aanpak', date: '2025-02-24' },
          { type: 'afwijking', date: '2025-04-01', step: 'evaluatie', occurrence: 1, motivering: 'vakantie werknemer' },
        ],
      },
      { asOf: '2025-06-01' },
    );
    const evalFlags = t.flags.filter((f) => f.milestoneId === 'evaluatie').map((f) => f.occurrence);
    expect(evalFlags).toEqual([2]);
  });

  it('accepts only the Regeling steps, with a motivation, naming the field', () => {
    const bad = parseCaseInput({
      firstSickDay: d1,
      events: [{ type: 'afwijking', date: '2025-02-10', step: '42e-weeksmelding', motivering: 'x' }],
    });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.issues[0]?.path).toEqual(['events', 0, 'step']);
    expect(() =>
      evaluateCase(
        { firstSickDay: d1, events: [{ type: 'afwijking', date: '2025-02-10', step: 'probleemanalyse' } as unknown as CaseEvent] },
        { asOf: '2025-02-11' },
      ),
    ).toThrow(/motivering/);
  });
});
