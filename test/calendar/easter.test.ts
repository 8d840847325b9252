/**
 * Easter Sunday (src/calendar/easter.ts, Meeus/Jones/Butcher) against a published list and against
 * a second, independent algorithm (Oudin 1940, as given by C. Tøndering's calendar FAQ).
 */

import { describe, expect, it } from 'vitest';
import { easterSunday } from '../../src/calendar/easter.js';
import { formatIsoDate, isoWeekday } from '../../src/calendar/isoDate.js';
import { fc, test as fcTest } from '../fc.js';
import { runs } from '../fc-runs.js';

/**
 * Western Easter Sundays 2000–2030 (the well-known table, e.g. in Tøndering's FAQ and on the
 * Wikipedia "List of dates for Easter"). Checked by hand: 2025-04-20, 2026-04-05, 2027-03-28 and
 * 2028-04-16 are the Sundays after the Goede Vrijdag dates in docs/law.md#atw-calendar (vr 18-04-2025,
 * vr 03-04-2026, vr 26-03-2027, vr 14-04-2028); 2024-03-31 and 2019-04-21 are remembered Easters;
 * every entry is a Sunday between 22 March and 25 April (asserted below), and all agree with the
 * Oudin algorithm, which shares no code with the engine.
 */
const EASTER: Record<number, string> = {
  2000: '04-23',
  2001: '04-15',
  2002: '03-31',
  2003: '04-20',
  2004: '04-11',
  2005: '03-27',
  2006: '04-16',
  2007: '04-08',
  2008: '03-23',
  2009: '04-12',
  2010: '04-04',
  2011: '04-24',
  2012: '04-08',
  2013: '03-31',
  2014: '04-20',
  2015: '04-05',
  2016: '03-27',
  2017: '04-16',
  2018: '04-01',
  2019: '04-21',
  2020: '04-12',
  2021: '04-04',
  2022: '04-17',
  2023: '04-09',
  2024: '03-31',
  2025: '04-20',
  2026: '04-05',
  2027: '03-28',
  2028: '04-16',
  2029: '04-01',
  2030: '04-21',
};

/** Oudin's algorithm (Tøndering, "The Calendar FAQ", §2.13.7): an oracle independent of Meeus. */
function oudinEaster(y: number): string {
  const g = y % 19;
  const c = Math.floor(y / 100);
  const h = (c - Math.floor(c / 4) - Math.floor((8 * c + 13) / 25) + 19 * g + 15) % 30;
  const i = h - Math.floor(h / 28) * (1 - Math.floor(29 / (h + 1)) * Math.floor((21 - g) / 11));
  const j = (y + Math.floor(y / 4) + i + 2 - c + Math.floor(c / 4)) % 7;
  const l = i - j;
  const month = 3 + Math.floor((l + 40) / 44);
  const day = l + 28 - 31 * Math.floor(month / 4);
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('easterSunday', () => {
  it('matches the published Easter dates 2000–2030', () => {
    for (const [year, md] of Object.entries(EASTER)) {
      expect(formatIsoDate(easterSunday(Number(year))), year).toBe(`${year}-${md}`);
      expect(oudinEaster(Number(year)), `oracle ${year}`).toBe(`${year}-${md}`);
    }
  });

  it('handles the extreme dates of the Gregorian Easter cycle', () => {
    // 2008-03-23 is the earliest Easter in this century's table; 2038-04-25 is the latest possible
    // date (25 April), 2285 is outside our range. 1913-03-23 and 2160-03-23 are early ones.
    expect(formatIsoDate(easterSunday(2038))).toBe('2038-04-25');
    expect(formatIsoDate(easterSunday(1943))).toBe('1943-04-25');
    expect(formatIsoDate(easterSunday(1913))).toBe('1913-03-23');
  });

  it('takes the week off in the years where the Meeus correction applies (1954, 1981, 2049, 2076)', () => {
    // The published tables: Easter 1954 on 18 April, 1981 on 19 April, 2049 on 18 April, 2076 on
    // 19 April — a week before the 25/26 April the uncorrected full moon would give.
    for (const expected of ['1954-04-18', '1981-04-19', '2049-04-18', '2076-04-19']) {
      const year = Number(expected.slice(0, 4));
      expect(formatIsoDate(easterSunday(year)), expected).toBe(expected);
      expect(oudinEaster(year), `oracle ${year}`).toBe(expected);
    }
  });

  it('agrees with the Oudin algorithm in every year 1900–2199', () => {
    for (let year = 1900; year <= 2199; year++) expect(formatIsoDate(easterSunday(year)), `${year}`).toBe(oudinEaster(year));
  });

  fcTest.prop([fc.integer({ min: 1900, max: 2199 })], { numRuns: runs(300) })(
    'is a Sunday between 22 March and 25 April and agrees with the Oudin algorithm',
    (year) => {
      const e = easterSunday(year);
      const iso = formatIsoDate(e);
      expect(isoWeekday(e)).toBe(7);
      expect(iso >= `${year}-03-22` && iso <= `${year}-04-25`).toBe(true);
      expect(iso).toBe(oudinEaster(year));
    },
  );
});
