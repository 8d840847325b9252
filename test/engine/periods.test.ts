/**
 * Sick periods and samentelling at their edges (docs/rules.md §4, Samentelling; BW 7:629 lid 10: a
 * fit gap under 28 days, pregnancy leave not counted, joins two periods into one case). The unit
 * tests use plain day numbers, so each count can be checked by counting on one's fingers; the
 * timeline tests use D1 = 2025-01-06 (Monday) and `plus`/`days` (Date.UTC) for the dates.
 */
import { describe, expect, it } from 'vitest';
import { buildCases, leaveDaysIn, type PeriodProblem } from '../../src/engine/periods.js';
import type { CaseEvent } from '../../src/index.js';
import { days, ms, plus, run } from '../golden/helpers.js';

const INF = Number.POSITIVE_INFINITY;

describe('leaveDaysIn: leave days inside [from, to]', () => {
  it('counts the days of one interval that lie inside, ends included', () => {
    expect(leaveDaysIn(10, 20, [12], [14])).toBe(3); // 12, 13, 14
    expect(leaveDaysIn(10, 20, [20], [25])).toBe(1); // only 20
    expect(leaveDaysIn(10, 20, [5], [10])).toBe(1); // only 10
    expect(leaveDaysIn(10, 20, [0], [100])).toBe(11); // 10 … 20
    expect(leaveDaysIn(10, 10, [10], [10])).toBe(1);
  });

  it('counts nothing for leave outside the range or none at all', () => {
    expect(leaveDaysIn(10, 20, [21], [30])).toBe(0);
    expect(leaveDaysIn(10, 20, [1], [9])).toBe(0);
    expect(leaveDaysIn(10, 20, [], [])).toBe(0);
  });

  it('adds disjoint intervals and counts a day covered twice once', () => {
    expect(leaveDaysIn(0, 100, [10, 30], [12, 31])).toBe(5); // 10–12 and 30–31
    expect(leaveDaysIn(10, 20, [11, 13], [15, 16])).toBe(6); // 11 … 16
    expect(leaveDaysIn(10, 20, [11, 12], [18, 14])).toBe(8); // 11 … 18; 12–14 lies inside
    expect(leaveDaysIn(10, 20, [8, 15], [12, 25])).toBe(3 + 6); // 10–12 and 15–20
  });
});

describe('buildCases (samentelling limit 28)', () => {
  const build = (transitions: { type: 'hersteld' | 'ziek'; day: number }[], leave: [number[], number[]] = [[], []]) => {
    const problems: PeriodProblem[] = [];
    const cases = buildCases(0, transitions, leave[0], leave[1], 28, problems);
    return { cases, problems };
  };

  it('is one open period without transitions', () => {
    expect(build([])).toEqual({ cases: [{ firstSickDay: 0, periods: [{ start: 0, end: INF }] }], problems: [] });
  });

  it('joins a relapse after 27 fit days, starts a new case after 28', () => {
    // fit from 10: a relapse on 37 is 27 fit days (10 … 36) later, on 38 28 days
    expect(
      build([
        { type: 'hersteld', day: 10 },
        { type: 'ziek', day: 37 },
      ]),
    ).toEqual({
      cases: [
        {
          firstSickDay: 0,
          periods: [
            { start: 0, end: 9 },
            { start: 37, end: INF },
          ],
        },
      ],
      problems: [],
    });
    expect(
      build([
        { type: 'hersteld', day: 10 },
        { type: 'ziek', day: 38 },
      ]),
    ).toEqual({
      cases: [
        { firstSickDay: 0, periods: [{ start: 0, end: 9 }] },
        { firstSickDay: 38, periods: [{ start: 38, end: INF }] },
      ],
      problems: [{ code: 'NEW_CASE_STARTED', day: 38, gap: 28 }],
    });
  });

  it('joins across leave only when the interruption is under 28 days or is all leave (BW 7:629 lid 10)', () => {
    const hz = (ziek: number) => [
      { type: 'hersteld' as const, day: 10 },
      { type: 'ziek' as const, day: ziek },
    ];
    // interruption 10 … 41 = 32 days with 5 leave days 20 … 24: not under 28, not all leave → a new case
    expect(build(hz(42), [[20], [24]]).problems).toEqual([{ code: 'NEW_CASE_STARTED', day: 42, gap: 32 }]);
    // 10 … 38 = 29 days with leave 10 … 11 or 38 … 38: a new case
    expect(build(hz(39), [[10], [11]]).problems).toEqual([{ code: 'NEW_CASE_STARTED', day: 39, gap: 29 }]);
    expect(build(hz(39), [[38], [38]]).problems).toEqual([{ code: 'NEW_CASE_STARTED', day: 39, gap: 29 }]);
    // 27 days with leave inside: under 28, the same case
    expect(build(hz(37), [[20], [24]]).cases).toHaveLength(1);
    // sick periods directly before and after leave 10 … 141 (132 days): the same case
    expect(build(hz(142), [[10], [141]]).cases).toHaveLength(1);
    // one fit day after that leave: not directly, and 133 ≥ 28 → a new case
    expect(build(hz(143), [[10], [141]]).problems).toEqual([{ code: 'NEW_CASE_STARTED', day: 143, gap: 133 }]);
  });

  it('ignores a second hersteld, and a hersteld on the day sickness (re)started', () => {
    expect(
      build([
        { type: 'hersteld', day: 10 },
        { type: 'hersteld', day: 15 },
      ]),
    ).toEqual({ cases: [{ firstSickDay: 0, periods: [{ start: 0, end: 9 }] }], problems: [{ code: 'HERSTELD_TWICE', day: 15 }] });
    expect(build([{ type: 'hersteld', day: 0 }])).toEqual({
      cases: [{ firstSickDay: 0, periods: [{ start: 0, end: INF }] }],
      problems: [{ code: 'HERSTELD_TWICE', day: 0 }],
    });
    expect(
      build([
        { type: 'hersteld', day: 10 },
        { type: 'ziek', day: 20 },
        { type: 'hersteld', day: 20 },
      ]).problems,
    ).toEqual([{ code: 'HERSTELD_TWICE', day: 20 }]);
    // one day of sickness is a period: hersteld the day after the start
    expect(build([{ type: 'hersteld', day: 1 }]).cases).toEqual([{ firstSickDay: 0, periods: [{ start: 0, end: 0 }] }]);
  });

  it('ignores a ziek while sick, without a finding on the day sickness started', () => {
    expect(build([{ type: 'ziek', day: 0 }])).toEqual({ cases: [{ firstSickDay: 0, periods: [{ start: 0, end: INF }] }], problems: [] });
    expect(build([{ type: 'ziek', day: 5 }]).problems).toEqual([{ code: 'ZIEK_WITHOUT_HERSTELD', day: 5 }]);
    expect(
      build([
        { type: 'hersteld', day: 10 },
        { type: 'ziek', day: 12 },
        { type: 'ziek', day: 12 },
        { type: 'ziek', day: 13 },
      ]).problems,
    ).toEqual([{ code: 'ZIEK_WITHOUT_HERSTELD', day: 13 }]);
  });
});

describe('the case on asOf', () => {
  const D1 = '2025-01-06';
  const fit: CaseEvent = { type: 'hersteld', date: '2025-01-20' };

  it('is recovered from the first fit day through the 27th, closed from the 28th', () => {
    expect(days('2025-01-20', '2025-02-16')).toBe(27); // 02-16 is the 28th fit day
    expect(run(D1, [fit], '2025-01-20').status).toBe('recovered');
    expect(run(D1, [fit], '2025-02-15').status).toBe('recovered');
    expect(run(D1, [fit], '2025-02-16').status).toBe('closed');
    expect(run(D1, [], '2025-02-16').status).toBe('sick');
  });

  it('counts leave inside the interruption toward the 28 days, unless the interruption is all leave so far', () => {
    // fit from 2025-01-20: a relapse on 02-16 is 27 days on; on 02-16 a relapse the next day would be 28
    const leave: CaseEvent = { type: 'zwangerschapsverlof', date: '2025-01-25', until: '2025-01-26' };
    expect(run(D1, [fit, leave], '2025-02-15').status).toBe('recovered'); // 02-16 − 01-20 = 27
    expect(run(D1, [fit, leave], '2025-02-16').status).toBe('closed'); // 02-17 − 01-20 = 28
    // leave from the first fit day through asOf: sickness right after it would still join
    const fromFit: CaseEvent = { type: 'zwangerschapsverlof', date: '2025-01-20', until: '2025-05-11' };
    expect(run(D1, [fit, fromFit], '2025-03-01').status).toBe('recovered');
  });

  it('flags each history problem with its date', () => {
    const t = run(
      D1,
      [
        { type: 'ziek', date: '2025-01-08' },
        { type: 'hersteld', date: '2025-01-20' },
        { type: 'hersteld', date: '2025-01-22' },
        { type: 'ziek', date: '2025-02-17' },
      ],
      '2025-03-01',
    );
    expect(t.flags.filter((f) => ['ZIEK_WITHOUT_HERSTELD', 'HERSTELD_TWICE', 'NEW_CASE_STARTED'].includes(f.code))).toEqual([
      { code: 'ZIEK_WITHOUT_HERSTELD', severity: 'warning', params: { date: '2025-01-08' } },
      { code: 'HERSTELD_TWICE', severity: 'warning', params: { date: '2025-01-22' } },
      // fit 2025-01-20 … 02-16: 28 days
      { code: 'NEW_CASE_STARTED', severity: 'info', params: { date: '2025-02-17', gapDays: 28 } },
    ]);
    expect(t.firstSickDay).toBe('2025-02-17');
  });

  it('counts sick days up to asOf, none before day 1', () => {
    expect(run(D1, [], D1).countedSickDays).toBe(1);
    expect(run(D1, [], '2025-01-05').countedSickDays).toBe(0);
    expect(run(D1, [fit], '2025-01-25').countedSickDays).toBe(14); // 01-06 … 01-19
  });

  it('dates the steps of a closed case with several periods as if the last sickness had gone on', () => {
    // sick 01-06 … 01-12 (7 days), fit 01-13 … 01-19, sick from 01-20, fit from 02-03; on 03-10 the
    // case is closed. Counted day 42 = 01-20 + (42 − 7 − 1) = 2025-02-23.
    const t = run(
      D1,
      [
        { type: 'hersteld', date: '2025-01-13' },
        { type: 'ziek', date: '2025-01-20' },
        { type: 'hersteld', date: '2025-02-03' },
      ],
      '2025-03-10',
      { firstWeeks: 'counted' }, // sick days; in calendar days the PA is due D1+41 = 2025-02-16
    );
    expect(t.status).toBe('closed');
    expect(ms(t, 'probleemanalyse').due).toBe(plus('2025-01-20', 34));
    expect(ms(t, 'probleemanalyse').due).toBe('2025-02-23');
    expect(t.countedSickDays).toBe(7 + 14); // 01-06 … 01-12 and 01-20 … 02-02
  });
});
