/**
 * The epoch-day calendar (src/calendar/isoDate.ts), checked by examples and against two
 * independent oracles: luxon (zoned in Europe/Amsterdam, as the CLI uses it) and date-fns (local
 * time at noon). Neither oracle shares code with the engine's Hinnant day count.
 */
import { addDays as dfAddDays, format as dfFormat, differenceInCalendarDays, getISODay } from 'date-fns';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  differenceInDays,
  formatIsoDate,
  isIsoDate,
  isLeapYear,
  isoWeekday,
  parseIsoDate,
} from '../../src/calendar/isoDate.js';
import { fc, test as fcTest } from '../fc.js';
import { runs } from '../fc-runs.js';

const ZONE = { zone: 'Europe/Amsterdam' } as const;
/** Epoch days of 1900-01-01 and 2199-12-31, computed by Date.UTC (an oracle independent of the engine). */
const MIN_DAY = Date.UTC(1900, 0, 1) / 86_400_000;
const MAX_DAY = Date.UTC(2199, 11, 31) / 86_400_000;
const epochDay = fc.integer({ min: MIN_DAY, max: MAX_DAY });
const RUNS = { numRuns: runs(300) };

/** The date-fns oracle works in local time; a date at local noon exists in every zone except on a day the zone skipped entirely (Pacific/Kiritimati skipped 1994-12-31). */
function localNoon(iso: string): Date | undefined {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d, 12);
  return dfFormat(date, 'yyyy-MM-dd') === iso ? date : undefined;
}

describe('parseIsoDate / formatIsoDate', () => {
  it('maps known dates to their epoch days', () => {
    // 1970-01-01 is day 0 by definition; 2025-01-06 = Date.UTC(2025,0,6)/86400000 = 20094.
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(parseIsoDate('1970-01-02')).toBe(1);
    expect(parseIsoDate('1969-12-31')).toBe(-1);
    expect(parseIsoDate('2025-01-06')).toBe(20094);
    expect(parseIsoDate('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / 86_400_000);
    expect(parseIsoDate('1900-01-01')).toBe(MIN_DAY);
    expect(parseIsoDate('2199-12-31')).toBe(MAX_DAY);
    expect(formatIsoDate(0)).toBe('1970-01-01');
    expect(formatIsoDate(20094)).toBe('2025-01-06');
    expect(formatIsoDate(MIN_DAY)).toBe('1900-01-01');
  });

  it('rejects impossible calendar dates', () => {
    for (const bad of [
      '2025-02-29',
      '2024-02-30',
      '2023-02-29',
      '1900-02-29',
      '2100-02-29',
      '2025-04-31',
      '2025-06-31',
      '2025-09-31',
      '2025-11-31',
      '2025-13-01',
      '2025-00-10',
      '2025-01-00',
      '2025-01-32',
    ]) {
      expect(parseIsoDate(bad), bad).toBeNaN();
      expect(isIsoDate(bad), bad).toBe(false);
    }
    // 2000 is a leap year (divisible by 400), 1900 and 2100 are not.
    expect(parseIsoDate('2000-02-29')).not.toBeNaN();
  });

  it('rejects years outside 1900–2199 and malformed text', () => {
    for (const bad of [
      '1899-12-31',
      '2200-01-01',
      '0000-01-01',
      '9999-12-31',
      '25-01-06',
      '2025-1-6',
      '2025/01/06',
      '2025-01-06T00:00',
      ' 2025-01-06',
      '2025-01-0a',
      '+2025-01-06',
      '',
      '2025-01-06 ',
    ]) {
      expect(parseIsoDate(bad), bad).toBeNaN();
    }
    expect(parseIsoDate(20250106 as unknown as string)).toBeNaN();
    expect(isIsoDate(undefined)).toBe(false);
  });

  it('knows the length of every month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect([1900, 2000, 2024, 2025, 2100, 2196].map(isLeapYear)).toEqual([false, true, true, false, false, true]);
  });

  fcTest.prop([epochDay], RUNS)('round-trips every epoch day in 1900–2199 through its ISO text', (day) => {
    const iso = formatIsoDate(day);
    expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(parseIsoDate(iso)).toBe(day);
    const { year, month, day: dd } = civilFromDays(day);
    expect(daysFromCivil(year, month, dd)).toBe(day);
  });

  fcTest.prop([fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true })], RUNS)(
    'formats the same calendar date as the UTC reading of a JS Date',
    (date) => {
      const iso = date.toISOString().slice(0, 10);
      expect(formatIsoDate(Math.floor(date.getTime() / 86_400_000))).toBe(iso);
      expect(parseIsoDate(iso)).toBe(Math.floor(date.getTime() / 86_400_000));
    },
  );

  it('rejects every day-of-month past the end of its month in 1900–2199 and accepts every real one', () => {
    // Exhaustive over 300 years × 12 months: day daysInMonth+1 is rejected, the last day accepted,
    // and the last day agrees with Date.UTC's own normalisation (day 0 of the next month).
    for (let y = 1900; y <= 2199; y++) {
      for (let m = 1; m <= 12; m++) {
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        const mm = String(m).padStart(2, '0');
        expect(parseIsoDate(`${y}-${mm}-${last}`)).toBe(Date.UTC(y, m - 1, last) / 86_400_000);
        expect(parseIsoDate(`${y}-${mm}-${last + 1}`)).toBeNaN();
      }
    }
  });
});

describe('parseIsoDate against an oracle on any ten characters', () => {
  /** Date.UTC's reading of text that matches YYYY-MM-DD, when it is a real date of 1900–2199; else NaN. */
  const oracle = (s: string): number => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return Number.NaN;
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(0);
    t.setUTCFullYear(y, m - 1, d); // (Date.UTC maps years 0–99 to 1900–1999)
    const ok = y >= 1900 && y <= 2199 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
    return ok ? Math.floor(t.getTime() / 86_400_000) : Number.NaN;
  };
  // Valid dates, and valid dates with one character replaced by a digit, a dash, a letter, a
  // character just outside 0–9 ('/', ':'), a non-ASCII digit or a lone surrogate.
  const oddChar = fc.constantFrom('0', '9', '-', '/', ':', 'a', ' ', '\u0660', '\uD800', '\u0000');
  const text = fc.oneof(
    epochDay.map((d) => formatIsoDate(d)),
    fc.tuple(fc.integer({ min: MIN_DAY - 400, max: MAX_DAY + 400 }), fc.integer({ min: 0, max: 9 }), oddChar).map(([d, i, c]) => {
      const s = new Date(d * 86_400_000).toISOString().slice(0, 10);
      return s.slice(0, i) + c + s.slice(i + 1);
    }),
    fc.string({ minLength: 10, maxLength: 10, unit: fc.constantFrom('0', '1', '2', '9', '-', '3') }),
  );
  fcTest.prop([text], { numRuns: runs(2000) })('gives the day of every real date in range and NaN for anything else', (s) => {
    expect(parseIsoDate(s)).toBe(oracle(s));
  });
});

describe('addDays, differenceInDays, isoWeekday against luxon (Europe/Amsterdam)', () => {
  fcTest.prop([epochDay, fc.integer({ min: -3000, max: 3000 })], RUNS)('addDays agrees with luxon plus({ days })', (day, n) => {
    fc.pre(day + n >= MIN_DAY && day + n <= MAX_DAY);
    const expected = DateTime.fromISO(formatIsoDate(day), ZONE).plus({ days: n }).toISODate();
    expect(formatIsoDate(addDays(day, n))).toBe(expected);
  });

  fcTest.prop([epochDay, epochDay], RUNS)('differenceInDays agrees with luxon diff in calendar days', (a, b) => {
    const la = DateTime.fromISO(formatIsoDate(a), ZONE);
    const lb = DateTime.fromISO(formatIsoDate(b), ZONE);
    expect(differenceInDays(b, a)).toBe(lb.diff(la, 'days').days);
  });

  fcTest.prop([epochDay], RUNS)('isoWeekday agrees with luxon weekday (1 = Monday … 7 = Sunday)', (day) => {
    expect(isoWeekday(day)).toBe(DateTime.fromISO(formatIsoDate(day), ZONE).weekday);
  });

  it('gets the weekday of known dates', () => {
    // docs/law.md#worked-examples: E1 ma 06-01-2025, E14 ma 03-01-2022; 1970-01-01 was a Thursday; 2024-02-29 a Thursday.
    expect(isoWeekday(parseIsoDate('2025-01-06'))).toBe(1);
    expect(isoWeekday(parseIsoDate('2022-01-03'))).toBe(1);
    expect(isoWeekday(0)).toBe(4);
    expect(isoWeekday(-1)).toBe(3);
    expect(isoWeekday(parseIsoDate('2024-02-29'))).toBe(4);
    expect(isoWeekday(parseIsoDate('1900-01-01'))).toBe(1);
  });

  it('does not lose or gain a day across the DST changes in Amsterdam', () => {
    // 2025-03-30 (clocks forward) and 2025-10-26 (clocks back): calendar arithmetic ignores them.
    const spring = parseIsoDate('2025-03-29');
    expect(formatIsoDate(addDays(spring, 1))).toBe('2025-03-30');
    expect(formatIsoDate(addDays(spring, 2))).toBe('2025-03-31');
    expect(differenceInDays(parseIsoDate('2025-10-27'), parseIsoDate('2025-10-25'))).toBe(2);
  });
});

describe('addDays, differenceInDays, isoWeekday against date-fns (local noon)', () => {
  fcTest.prop([epochDay, fc.integer({ min: -3000, max: 3000 })], RUNS)('addDays agrees with date-fns addDays', (day, n) => {
    fc.pre(day + n >= MIN_DAY && day + n <= MAX_DAY);
    const from = localNoon(formatIsoDate(day));
    const to = localNoon(formatIsoDate(day + n));
    fc.pre(from !== undefined && to !== undefined);
    expect(formatIsoDate(addDays(day, n))).toBe(dfFormat(dfAddDays(from as Date, n), 'yyyy-MM-dd'));
  });

  fcTest.prop([epochDay, epochDay], RUNS)('differenceInDays agrees with date-fns differenceInCalendarDays', (a, b) => {
    const da = localNoon(formatIsoDate(a));
    const db = localNoon(formatIsoDate(b));
    fc.pre(da !== undefined && db !== undefined);
    expect(differenceInDays(b, a)).toBe(differenceInCalendarDays(db as Date, da as Date));
  });

  fcTest.prop([epochDay], RUNS)('isoWeekday agrees with date-fns getISODay', (day) => {
    const d = localNoon(formatIsoDate(day));
    fc.pre(d !== undefined);
    expect(isoWeekday(day)).toBe(getISODay(d as Date));
  });
});

/**
 * The edges of the epoch-day calendar (src/calendar/isoDate.ts): malformed text one character off
 * a valid date, values that are not strings, every day of 1900–2199 against the UTC calendar of a
 * JS Date, and years before 1000. The oracle is Date.UTC, which shares no code with the engine's
 * day count.
 */
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
