/**
 * The edges of the epoch-day calendar (src/calendar/isoDate.ts): malformed text one character off
 * a valid date, values that are not strings, every day of 1900–2199 against the UTC calendar of a
 * JS Date, and years before 1000. The oracle is Date.UTC, which shares no code with the engine's
 * day count.
 */

import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, formatIsoDate, isIsoDate, parseIsoDate } from '../../src/calendar/isoDate.js';

const utcDay = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

describe('parseIsoDate: text one character off a valid date', () => {
  it('accepts the valid date the variants are built from', () => {
    expect(parseIsoDate('2025-01-06')).toBe(utcDay(2025, 1, 6));
    expect(parseIsoDate('2025-01-10')).toBe(utcDay(2025, 1, 10));
  });

  it('needs a hyphen at both separator places, each on its own', () => {
    for (const bad of ['2025x01-06', '2025-01x06', '2025-01+06', '2025 01-06', '2025-01.06']) {
      expect(parseIsoDate(bad), bad).toBeNaN();
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it('rejects the characters just outside 0–9 in every digit place', () => {
    // '/' is the character before '0' and ':' the one after '9': read as digits they would give
    // -1 and 10, which can add up to a real date (e.g. '1/' → 1 × 10 − 1 = 9, '0:' → 10).
    for (const bad of ['2025-01-1/', '2025-01-0:', '2025-0:-01', '2025-1/-01', '202/-01-01', '20:5-01-01', '1:00-01-01']) {
      expect(parseIsoDate(bad), bad).toBeNaN();
    }
  });

  it('returns NaN for values that are not strings, even with a length of 10', () => {
    // JSON input can hold an array where a date belongs.
    const chars = ['2', '0', '2', '5', '-', '0', '1', '-', '0', '6'];
    expect(chars).toHaveLength(10);
    expect(parseIsoDate(chars as unknown as string)).toBeNaN();
    expect(parseIsoDate({ length: 10 } as unknown as string)).toBeNaN();
    expect(isIsoDate(chars)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('civilFromDays', () => {
  it('gives the UTC calendar date of every day of 1900–2199', () => {
    for (let day = utcDay(1900, 1, 1); day <= utcDay(2199, 12, 31); day++) {
      const d = new Date(day * 86_400_000);
      const got = civilFromDays(day);
      if (got.year !== d.getUTCFullYear() || got.month !== d.getUTCMonth() + 1 || got.day !== d.getUTCDate()) {
        expect(got, d.toISOString()).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      }
    }
  });

  it('gets the days around 1 March of the century years right', () => {
    // 1900 and 2100 are no leap years (28 February is followed by 1 March), 2000 is one.
    expect(civilFromDays(utcDay(1900, 2, 28))).toEqual({ year: 1900, month: 2, day: 28 });
    expect(civilFromDays(utcDay(1900, 3, 1))).toEqual({ year: 1900, month: 3, day: 1 });
    expect(civilFromDays(utcDay(1950, 3, 3))).toEqual({ year: 1950, month: 3, day: 3 });
    expect(civilFromDays(utcDay(2000, 2, 29))).toEqual({ year: 2000, month: 2, day: 29 });
    expect(civilFromDays(utcDay(2000, 3, 1))).toEqual({ year: 2000, month: 3, day: 1 });
    expect(civilFromDays(utcDay(2100, 3, 1))).toEqual({ year: 2100, month: 3, day: 1 });
    expect(civilFromDays(utcDay(2199, 3, 6))).toEqual({ year: 2199, month: 3, day: 6 });
    expect(daysFromCivil(2000, 2, 29) + 1).toBe(daysFromCivil(2000, 3, 1));
    expect(daysFromCivil(2100, 2, 28) + 1).toBe(daysFromCivil(2100, 3, 1));
  });
});

describe('formatIsoDate outside the supported years', () => {
  it('pads years before 1000 to four digits', () => {
    // Date.UTC maps only the years 0–99 to 19xx, so 999 and 1000 are read as given.
    const oracle = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
    expect(oracle(999, 12, 31)).toBe('0999-12-31');
    expect(formatIsoDate(utcDay(999, 12, 31))).toBe('0999-12-31');
    expect(formatIsoDate(utcDay(1000, 1, 1))).toBe('1000-01-01');
    expect(formatIsoDate(utcDay(1899, 12, 31))).toBe('1899-12-31');
    expect(formatIsoDate(utcDay(2200, 1, 1))).toBe('2200-01-01');
    expect(formatIsoDate(daysFromCivil(100, 3, 5))).toBe('0100-03-05');
  });
});
