/**
 * The small helpers the engine's stages share (src/engine/context.ts): the days a count passed
 * over, split into fit days and pregnancy leave, and the epoch day of a date the engine formatted,
 * also after 2199. Counted by hand on small epoch-day numbers; the dates checked with Date.UTC.
 */

import { describe, expect, it } from 'vitest';
import { dayOf, NONE_UNCOUNTED, uncountedBetween } from '../../src/engine/context.js';

const NO_LEAVE = { starts: [], ends: [] };

describe('uncountedBetween', () => {
  it('returns the shared zero when no day was passed over', () => {
    // (0, 10] holds 10 days, all 10 counted
    expect(uncountedBetween(0, 10, 10, NO_LEAVE)).toBe(NONE_UNCOUNTED);
    expect(uncountedBetween(0, 10, 10, { starts: [3], ends: [4] })).toBe(NONE_UNCOUNTED);
    expect(NONE_UNCOUNTED).toEqual({ fit: 0, leave: 0 });
  });

  it('counts every passed-over day as fit when there is no leave', () => {
    // (0, 20] holds 20 days, 14 counted: 6 fit days
    expect(uncountedBetween(0, 20, 14, NO_LEAVE)).toEqual({ fit: 6, leave: 0 });
  });

  it('splits the passed-over days into leave and fit days', () => {
    // sick days 1–4, leave 5–9, fit 10–14, sick again from 15: counted day 10 is day 20
    // (4 + 6). Of (0, 20] 10 days were passed over: 5 of leave, 5 fit.
    expect(uncountedBetween(0, 20, 10, { starts: [5], ends: [9] })).toEqual({ fit: 5, leave: 5 });
  });

  it('counts only the leave days after `from`', () => {
    // leave 3–7, from = 4: the leave days in (4, 20] are 5, 6 and 7; 6 days passed over, 3 fit
    expect(uncountedBetween(4, 20, 10, { starts: [3], ends: [7] })).toEqual({ fit: 3, leave: 3 });
    // leave 0–1 lies wholly before (1, …]: none of it counts
    expect(uncountedBetween(1, 20, 15, { starts: [0], ends: [1] })).toEqual({ fit: 4, leave: 0 });
  });

  it('never counts more leave days than days passed over', () => {
    // 2 days passed over in (0, 12], the leave covers all 12
    expect(uncountedBetween(0, 12, 10, { starts: [1], ends: [30] })).toEqual({ fit: 0, leave: 2 });
  });
});

describe('dayOf', () => {
  it('reads every digit of the year, the month and the day', () => {
    const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
    expect(dayOf('2150-11-15')).toBe(utc(2150, 11, 15));
    expect(dayOf('1999-12-31')).toBe(utc(1999, 12, 31));
    expect(dayOf('2025-01-06')).toBe(20094);
    // after MAX_YEAR, where parseIsoDate gives NaN: a derived date of a case that starts in late 2199
    expect(dayOf('2201-10-29')).toBe(utc(2201, 10, 29));
  });
});
