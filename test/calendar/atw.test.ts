/**
 * Algemene termijnenwet calendar (src/calendar/atw.ts + data in src/law/atw.ts) against the table
 * of docs/law.md#atw-calendar, typed in here by hand from that table.
 */

import { describe, expect, it } from 'vitest';
import { atwHolidays, isAtwCalendarKnown, isAtwWorkingDay, rollForwardToAtwWorkingDay } from '../../src/calendar/atw.js';
import { formatIsoDate, isoWeekday, parseIsoDate } from '../../src/calendar/isoDate.js';
import { fc, test as fcTest } from '../fc.js';
import { runs } from '../fc-runs.js';

/** docs/law.md#atw-calendar "The resulting Atw days, 2025–2028", copied row by row. */
const LAW_TABLE: Record<number, string[]> = {
  2025: ['01-01', '04-18', '04-21', '04-26', '05-05', '05-29', '05-30', '06-09', '12-25', '12-26'],
  2026: ['01-01', '01-02', '04-03', '04-06', '04-27', '05-05', '05-14', '05-15', '05-25', '12-25', '12-26'],
  2027: ['01-01', '03-26', '03-29', '04-27', '05-05', '05-06', '05-07', '05-17', '12-25', '12-26'],
  2028: ['01-01', '04-14', '04-17', '04-27', '04-28', '05-05', '05-25', '05-26', '06-05', '12-25', '12-26'],
};

const MIN_DAY = Date.UTC(1900, 0, 1) / 86_400_000;
const MAX_DAY = Date.UTC(2199, 11, 24) / 86_400_000; // leaves room for a roll to stay in 2199
const RUNS = { numRuns: runs(400) };
const iso = (s: string) => parseIsoDate(s);
const roll = (s: string) => formatIsoDate(rollForwardToAtwWorkingDay(parseIsoDate(s)));

describe('atwHolidays', () => {
  for (const year of [2025, 2026, 2027, 2028]) {
    it(`lists exactly the Atw days of ${year} in docs/law.md`, () => {
      expect(atwHolidays(year).map((h) => formatIsoDate(h.day))).toEqual((LAW_TABLE[year] as string[]).map((md) => `${year}-${md}`));
    });
  }

  it('puts Koningsdag on 26 April when 27 April is a Sunday (2025, 2014)', () => {
    // 2025-04-27 is a Sunday (E1 2025-01-06 is a Monday; +111 days = 15 weeks + 6 days → Sunday).
    expect(isoWeekday(iso('2025-04-27'))).toBe(7);
    const kd2025 = atwHolidays(2025)
      .filter((h) => h.name === 'Koningsdag')
      .map((h) => formatIsoDate(h.day));
    expect(kd2025).toEqual(['2025-04-26']);
    expect(isAtwWorkingDay(iso('2025-04-27'))).toBe(false); // a Sunday anyway
    // 2014, the first Koningsdag, was celebrated on Saturday 26 April (27 April a Sunday).
    expect(
      atwHolidays(2014)
        .filter((h) => h.name === 'Koningsdag')
        .map((h) => formatIsoDate(h.day)),
    ).toEqual(['2014-04-26']);
    // 2026: 27 April is a Monday, so Koningsdag stays on the 27th and is a holiday on a weekday.
    expect(isAtwWorkingDay(iso('2026-04-27'))).toBe(false);
    expect(isAtwWorkingDay(iso('2026-04-28'))).toBe(true);
  });

  it('keeps Koninginnedag on 30 April (29 April when the 30th is a Sunday) for 1980–2013', () => {
    // 2000-04-30 and 2006-04-30 were Sundays: Koninginnedag was celebrated on Saturday the 29th.
    const kd = (y: number) =>
      atwHolidays(y)
        .filter((h) => h.name === 'Koningsdag')
        .map((h) => formatIsoDate(h.day));
    expect(kd(2000)).toEqual(['2000-04-29']);
    expect(kd(2006)).toEqual(['2006-04-29']);
    expect(kd(2013)).toEqual(['2013-04-30']);
  });

  it('treats the gelijkgestelde dagen as non-working days only in their own year', () => {
    for (const d of [
      '2023-04-28',
      '2023-05-19',
      '2024-05-10',
      '2024-12-27',
      '2025-05-30',
      '2026-01-02',
      '2026-05-15',
      '2027-05-07',
      '2028-04-28',
      '2028-05-26',
    ]) {
      expect(isAtwWorkingDay(iso(d)), d).toBe(false);
    }
    // The Friday after Hemelvaart is not gelijkgesteld in 2029 (no besluit known): a working day.
    expect(isAtwWorkingDay(iso('2029-05-11'))).toBe(true);
  });

  it('agrees day by day with docs/law.md for 2025–2028', () => {
    // Every day of the four years: a working day iff Mon–Fri and not in the table.
    for (let day = iso('2025-01-01'); day <= iso('2028-12-31'); day++) {
      const text = formatIsoDate(day);
      const inTable = (LAW_TABLE[Number(text.slice(0, 4))] as string[]).includes(text.slice(5));
      expect(isAtwWorkingDay(day), text).toBe(isoWeekday(day) <= 5 && !inTable);
    }
  });

  it('reports which years have a known list of gelijkgestelde dagen', () => {
    expect(isAtwCalendarKnown(iso('2028-12-31'))).toBe(true);
    expect(isAtwCalendarKnown(iso('2029-01-01'))).toBe(false);
  });
});

describe('rollForwardToAtwWorkingDay', () => {
  it('rolls past each kind of non-working day', () => {
    expect(roll('2025-10-25')).toBe('2025-10-27'); // Saturday → Monday
    expect(roll('2025-10-26')).toBe('2025-10-27'); // Sunday → Monday
    expect(roll('2026-04-27')).toBe('2026-04-28'); // Koningsdag (Monday) → Tuesday
    expect(roll('2025-04-26')).toBe('2025-04-28'); // Koningsdag on Saturday 26th → Monday
    expect(roll('2025-05-29')).toBe('2025-06-02'); // Hemelvaart Thu + gelijkgestelde Fri + weekend
    expect(roll('2025-12-25')).toBe('2025-12-29'); // Kerst Thu + Fri + weekend
    expect(roll('2026-01-01')).toBe('2026-01-05'); // Nieuwjaar Thu + gelijkgestelde Fri 2 Jan + weekend
    expect(roll('2025-01-01')).toBe('2025-01-02'); // Nieuwjaar Wednesday
    expect(roll('2026-04-03')).toBe('2026-04-07'); // Goede Vrijdag + weekend + Paasmaandag
    expect(roll('2025-06-09')).toBe('2025-06-10'); // Pinkstermaandag
    expect(roll('2025-05-05')).toBe('2025-05-06'); // 5 mei (every year for the Atw)
    expect(roll('2027-05-05')).toBe('2027-05-10'); // 5 mei Wed + Hemelvaart Thu + gelijkgestelde Fri + weekend: 5 days
    expect(roll('2028-04-27')).toBe('2028-05-01'); // Koningsdag Thu + gelijkgestelde Fri 28 Apr + weekend
    expect(roll('2028-12-25')).toBe('2028-12-27'); // Kerst Mon + Tue
    expect(roll('2025-10-27')).toBe('2025-10-27'); // a working Monday stays
  });

  fcTest.prop([fc.integer({ min: MIN_DAY, max: MAX_DAY })], RUNS)(
    'never moves backward, lands on a working day and skips no working day',
    (day) => {
      const rolled = rollForwardToAtwWorkingDay(day);
      expect(rolled).toBeGreaterThanOrEqual(day);
      expect(isAtwWorkingDay(rolled)).toBe(true);
      for (let d = day; d < rolled; d++) expect(isAtwWorkingDay(d)).toBe(false);
      // The longest run of Atw days is five (e.g. 5–9 May 2027).
      expect(rolled - day).toBeLessThanOrEqual(5);
    },
  );

  fcTest.prop([fc.integer({ min: MIN_DAY, max: MAX_DAY })], RUNS)('is the identity on working days and idempotent', (day) => {
    if (isAtwWorkingDay(day)) expect(rollForwardToAtwWorkingDay(day)).toBe(day);
    const once = rollForwardToAtwWorkingDay(day);
    expect(rollForwardToAtwWorkingDay(once)).toBe(once);
  });

  fcTest.prop([fc.integer({ min: MIN_DAY, max: MAX_DAY })], RUNS)('never treats a Saturday or Sunday as a working day', (day) => {
    if (isoWeekday(day) >= 6) expect(isAtwWorkingDay(day)).toBe(false);
  });
});
