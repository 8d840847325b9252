/**
 * Algemene termijnenwet calendar (src/calendar/atw.ts + data in src/law/atw.ts) against the table
 * of docs/law.md#atw-calendar, typed in here by hand from that table.
 */
import { describe, expect, it } from 'vitest';
import {
  atwHolidays,
  atwNonWorkingReason,
  extendToTwoAtwWorkingDays,
  isAtwCalendarKnown,
  isAtwWorkingDay,
  lastWorkingDayOnOrBefore,
  rollForwardToAtwWorkingDay,
} from '../../src/calendar/atw.js';
import { formatIsoDate, isoWeekday, parseIsoDate } from '../../src/calendar/isoDate.js';
import { fc, test as fcTest } from '../fc.js';
import { runs } from '../fc-runs.js';
import { plus } from '../golden/helpers.js';

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

/**
 * The Atw calendar at its edges (src/calendar/atw.ts): the years before any King's or Queen's
 * birthday is modelled, the ids and names of every kind of day, the first year with known
 * gelijkgestelde dagen, and why a day is not a working day. Dates typed in by hand from
 * docs/law.md#atw-calendar and docs/rules.md §3; Easter dates from the published tables.
 */

describe('atwHolidays: ids and names', () => {
  it('names every day of 2025 with its id and its Dutch name', () => {
    // docs/law.md#atw-calendar, row 2025: Koningsdag on Saturday 26 April (27 April a Sunday),
    // 30 May gelijkgesteld (the Friday after Hemelvaart, 29 May).
    expect(atwHolidays(2025).map((h) => [formatIsoDate(h.day), h.id, h.name])).toEqual([
      ['2025-01-01', 'nieuwjaarsdag', 'Nieuwjaarsdag'],
      ['2025-04-18', 'goede-vrijdag', 'Goede Vrijdag'],
      ['2025-04-21', 'tweede-paasdag', 'Tweede Paasdag'],
      ['2025-04-26', 'koningsdag', 'Koningsdag'],
      ['2025-05-05', 'bevrijdingsdag', 'Bevrijdingsdag (vijfde mei)'],
      ['2025-05-29', 'hemelvaartsdag', 'Hemelvaartsdag'],
      ['2025-05-30', 'gelijkgestelde-dag', 'Gelijkgestelde dag (Atw art. 3 lid 3)'],
      ['2025-06-09', 'tweede-pinksterdag', 'Tweede Pinksterdag'],
      ['2025-12-25', 'eerste-kerstdag', 'Eerste Kerstdag'],
      ['2025-12-26', 'tweede-kerstdag', 'Tweede Kerstdag'],
    ]);
  });

  it('lists no King’s or Queen’s birthday before 1949, the first year the data models', () => {
    // src/law/atw.ts KONINGSDAG_RULES start in 1949. Easter 1948 was Sunday 28 March (published
    // tables; 1948-03-28 is a Sunday by Date.UTC), so Goede Vrijdag 26 March, Paasmaandag 29 March,
    // Hemelvaart Easter + 39 = 6 May, Pinkstermaandag Easter + 50 = 17 May.
    const easter = '1948-03-28';
    expect([plus(easter, -2), plus(easter, 1), plus(easter, 39), plus(easter, 50)]).toEqual([
      '1948-03-26',
      '1948-03-29',
      '1948-05-06',
      '1948-05-17',
    ]);
    const list = atwHolidays(1948);
    expect(list.map((h) => [formatIsoDate(h.day), h.id])).toEqual([
      ['1948-01-01', 'nieuwjaarsdag'],
      ['1948-03-26', 'goede-vrijdag'],
      ['1948-03-29', 'tweede-paasdag'],
      ['1948-05-05', 'bevrijdingsdag'],
      ['1948-05-06', 'hemelvaartsdag'],
      ['1948-05-17', 'tweede-pinksterdag'],
      ['1948-12-25', 'eerste-kerstdag'],
      ['1948-12-26', 'tweede-kerstdag'],
    ]);
    // 1949: Koninginnedag 30 April (a Saturday; only a Sunday moved it, to 1 May, before 1980).
    expect(
      atwHolidays(1949)
        .filter((h) => h.id === 'koningsdag')
        .map((h) => [formatIsoDate(h.day), h.name]),
    ).toEqual([['1949-04-30', 'Koningsdag']]);
  });

  it('moves Koninginnedag on a Sunday to 1 May before 1980', () => {
    // 1950-04-30 was a Sunday (Date.UTC(1950, 3, 30) falls on getUTCDay() 0): celebrated Monday 1 May.
    expect(new Date(Date.UTC(1950, 3, 30)).getUTCDay()).toBe(0);
    expect(
      atwHolidays(1950)
        .filter((h) => h.id === 'koningsdag')
        .map((h) => formatIsoDate(h.day)),
    ).toEqual(['1950-05-01']);
  });
});

describe('isAtwCalendarKnown', () => {
  it('knows the gelijkgestelde dagen from 1 January 2023 and not before', () => {
    // docs/rules.md §3: the data holds the besluiten for 2023–2028.
    expect(isAtwCalendarKnown(iso('2023-01-01'))).toBe(true);
    expect(isAtwCalendarKnown(iso('2022-12-31'))).toBe(false);
    expect(isAtwCalendarKnown(iso('2025-06-15'))).toBe(true);
  });
});

describe('atwNonWorkingReason', () => {
  it('names a plain weekend day by its weekday and a working day not at all', () => {
    // 2025-10-25 is a Saturday, 2025-10-26 a Sunday, 2025-10-27 a Monday (docs/law.md worked
    // examples: E1 2025-01-06 is a Monday; + 294 days = 42 weeks → 2025-10-27, a Monday).
    expect(plus('2025-01-06', 294)).toBe('2025-10-27');
    expect(atwNonWorkingReason(iso('2025-10-25'))).toBe('zaterdag');
    expect(atwNonWorkingReason(iso('2025-10-26'))).toBe('zondag');
    expect(atwNonWorkingReason(iso('2025-10-27'))).toBeNull();
    expect(atwNonWorkingReason(iso('2025-10-24'))).toBeNull(); // a Friday
  });

  it('names a holiday by its id, also on a weekend day, and a gelijkgestelde dag as such', () => {
    expect(atwNonWorkingReason(iso('2025-04-26'))).toBe('koningsdag'); // a Saturday
    expect(atwNonWorkingReason(iso('2025-05-30'))).toBe('gelijkgestelde-dag'); // Friday after Hemelvaart
    expect(atwNonWorkingReason(iso('2026-01-02'))).toBe('gelijkgestelde-dag'); // Friday after Nieuwjaar
    expect(atwNonWorkingReason(iso('2025-12-25'))).toBe('eerste-kerstdag');
    expect(atwNonWorkingReason(iso('2025-06-09'))).toBe('tweede-pinksterdag');
    expect(atwNonWorkingReason(iso('2027-03-26'))).toBe('goede-vrijdag');
  });
});

describe('lastWorkingDayOnOrBefore', () => {
  it('goes back past a weekend, a gelijkgestelde dag and a holiday, never forward', () => {
    expect(formatIsoDate(lastWorkingDayOnOrBefore(iso('2025-08-31')))).toBe('2025-08-29'); // Sunday → Friday
    // Sunday 1 June 2025 → Sat 31 May → Fri 30 May (gelijkgesteld) → Thu 29 May (Hemelvaart) → Wed 28 May
    expect(formatIsoDate(lastWorkingDayOnOrBefore(iso('2025-06-01')))).toBe('2025-05-28');
    expect(formatIsoDate(lastWorkingDayOnOrBefore(iso('2025-10-27')))).toBe('2025-10-27');
  });
});

describe('extendToTwoAtwWorkingDays (Atw art. 2: a term of three days or more holds two working days)', () => {
  const ext = (first: string, end: string) => formatIsoDate(extendToTwoAtwWorkingDays(iso(first), iso(end)));
  it('leaves a term that holds two working days alone', () => {
    // Thu 2025-01-16 … Sun 01-19 holds Thu and Fri
    expect(ext('2025-01-16', '2025-01-19')).toBe('2025-01-19');
    // Fri 2025-01-17 … Mon 01-20 holds Fri and Mon
    expect(ext('2025-01-17', '2025-01-20')).toBe('2025-01-20');
  });
  it('extends a term with one working day to the next working day', () => {
    // Easter 2025 (20 April): Goede Vrijdag 04-18, Sat, Sun, Tweede Paasdag 04-21, Tue 04-22 → Wed 04-23
    expect(ext('2025-04-18', '2025-04-22')).toBe('2025-04-23');
    // Sat 2025-01-18 … Mon 01-20 holds Mon only → Tue 01-21
    expect(ext('2025-01-18', '2025-01-20')).toBe('2025-01-21');
  });
  it('extends a term with no working day past the next two', () => {
    // Kerst 2025: Thu 12-25, Fri 12-26, Sat, Sun → Mon 12-29 and Tue 12-30
    expect(ext('2025-12-25', '2025-12-28')).toBe('2025-12-30');
  });
});
