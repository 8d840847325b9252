/**
 * The phases of wage payment (issue 11): sick year 1 and 2 by counted days, then verlenging, a late
 * application and a loonsanctie, each cut by AOW age or the end of employment. Dates by hand,
 * re-checked with `plus` (Date.UTC).
 */
import { describe, expect, it } from 'vitest';
import { type CaseEvent, evaluateCase, type Policy } from '../../src/index.js';
import { plus } from './helpers.js';

const d1 = '2025-01-06';
const phases = (events: CaseEvent[], asOf = '2025-04-01', policy?: Partial<Policy>, firstSickDay = d1) =>
  evaluateCase({ firstSickDay, events }, { asOf, policy }).wagePhases;

describe('wage phases', () => {
  it('splits an uninterrupted case at counted day 365: the "na 12 maanden" date of CAO pay steps', () => {
    // year 1 D1 … D1+363 = 2026-01-04; year 2 from 2026-01-05 to D1+727 = 2027-01-03
    expect([plus(d1, 363), plus(d1, 727)]).toEqual(['2026-01-04', '2027-01-03']);
    expect(phases([])).toEqual([
      { kind: 'jaar-1', from: d1, until: '2026-01-04', ranges: [{ from: d1, until: '2026-01-04' }], days: 364, percentage: 70 },
      {
        kind: 'jaar-2',
        from: '2026-01-05',
        until: '2027-01-03',
        ranges: [{ from: '2026-01-05', until: '2027-01-03' }],
        days: 364,
        percentage: 70,
      },
    ]);
  });

  it('leaves a fit gap out and moves year 2 by it (samentelling)', () => {
    // fit 2025-03-03 … 03-16 (14 days): year 1 = 56 days to 03-02, then 308 from 03-17 → 03-17 + 307
    // = 2026-01-18; year 2 from 2026-01-19 to D1+727+14 = 2027-01-17
    const p = phases(
      [
        { type: 'hersteld', date: '2025-03-03' },
        { type: 'ziek', date: '2025-03-17' },
      ],
      '2025-03-17',
    );
    expect([plus('2025-03-17', 307), plus(d1, 741)]).toEqual(['2026-01-18', '2027-01-17']);
    expect(p[0]).toMatchObject({
      kind: 'jaar-1',
      until: '2026-01-18',
      days: 364,
      ranges: [
        { from: d1, until: '2025-03-02' },
        { from: '2025-03-17', until: '2026-01-18' },
      ],
    });
    expect(p[1]).toMatchObject({ kind: 'jaar-2', from: '2026-01-19', until: '2027-01-17', days: 364 });
  });

  it('adds a verlenging and a loonsanctie after the wachttijd', () => {
    const p = phases(
      [
        { type: 'verlenging', date: '2026-09-01', weeks: 13 },
        { type: 'wia-aanvraag', date: '2027-01-10' },
        // decided by 2027-04-04 − 42 = 2027-02-21 (WIA 25 lid 10), so not shortened
        { type: 'loonsanctie', date: '2027-02-15', weeks: 26 },
      ],
      '2027-03-01',
    );
    // verlenging 2027-01-04 … 2027-04-04 (91 days); loonsanctie 2027-04-05 … + 181 = 2027-10-03
    expect(p.map((x) => [x.kind, x.from, x.until, x.days])).toEqual([
      ['jaar-1', d1, '2026-01-04', 364],
      ['jaar-2', '2026-01-05', '2027-01-03', 364],
      ['verlenging', '2027-01-04', '2027-04-04', 91],
      ['loonsanctie', '2027-04-05', '2027-10-03', 182],
    ]);
  });

  it('ends with AOW age: 6 weeks of sickness after it', () => {
    // D1 2025-03-03, AOW 2025-03-10: counted day 7 + 42 = 49 → 2025-04-20; no year 2
    const p = phases([{ type: 'aow-leeftijd', date: '2025-03-10' }], '2025-03-10', undefined, '2025-03-03');
    expect(p).toEqual([
      {
        kind: 'jaar-1',
        from: '2025-03-03',
        until: '2025-04-20',
        ranges: [{ from: '2025-03-03', until: '2025-04-20' }],
        days: 49,
        percentage: 70,
      },
    ]);
  });

  it('ends with the end of employment', () => {
    const p = phases([{ type: 'einde-dienstverband', date: '2025-08-31' }], '2025-08-01');
    expect(p.map((x) => [x.kind, x.until, x.days])).toEqual([['jaar-1', '2025-08-31', 238]]);
  });

  it("takes a CAO's percentages", () => {
    const p = phases([], '2025-04-01', {
      wagePercentages: { 'jaar-1': 100, 'jaar-2': 80, verlenging: 70, 'late-wia-aanvraag': 70, loonsanctie: 70 },
    });
    expect(p.map((x) => x.percentage)).toEqual([100, 80]);
  });
});
