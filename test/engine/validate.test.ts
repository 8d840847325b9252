/**
 * The two field checks every entry point shares (the schemas of src/case/schema.ts): a date and a
 * whole number in a range. Each problem gets exactly one issue, with the code, path and params.
 */
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/calendar/isoDate.js';
import { valueIssues } from '../../src/case/parse.js';
import { IsoDateSchema, intSchema } from '../../src/case/schema.js';
import type { InputIssue, InputIssueData } from '../../src/index.js';

/** The date check at `path`: its issues go to `issues`; returns the epoch day, or NaN. */
function checkDate(value: unknown, path: (string | number)[], issues: InputIssueData[]): number {
  const found = valueIssues(IsoDateSchema, value, path);
  issues.push(...found);
  return found.length === 0 ? parseIsoDate(value as string) : Number.NaN;
}

/** The whole-number check at `path`: its issues go to `issues`; returns whether there were none. */
function checkInt(value: unknown, path: (string | number)[], min: number, max: number, issues: InputIssueData[]): boolean {
  const found = valueIssues(intSchema(min, max), value, path);
  issues.push(...found);
  return found.length === 0;
}

const shown = (issues: readonly InputIssueData[]) => issues.map((i) => [i.code, i.path, i.params]);

describe('checkDate', () => {
  it('returns the epoch day of a real date and adds no issue', () => {
    // Epoch days count from 1970-01-01 = 0; 2025-01-06 = Date.UTC(2025, 0, 6) / 86 400 000.
    const cases: [string, number][] = [
      ['1970-01-01', 0],
      ['1970-01-02', 1],
      ['1969-12-31', -1],
      ['2025-01-06', Date.UTC(2025, 0, 6) / 86_400_000],
      ['1900-01-01', Date.UTC(1900, 0, 1) / 86_400_000],
      ['2199-12-31', Date.UTC(2199, 11, 31) / 86_400_000],
      ['2024-02-29', Date.UTC(2024, 1, 29) / 86_400_000],
    ];
    for (const [iso, day] of cases) {
      const issues: InputIssue[] = [];
      expect(checkDate(iso, ['x'], issues), iso).toBe(day);
      expect(issues, iso).toEqual([]);
    }
  });

  it('names a missing date as missing', () => {
    const issues: InputIssue[] = [];
    expect(checkDate(undefined, ['events', 2, 'date'], issues)).toBeNaN();
    expect(shown(issues)).toEqual([['missing', ['events', 2, 'date'], {}]]);
  });

  it('names a value that is not text with its JSON type', () => {
    const cases: [unknown, string, string | null][] = [
      [20250106, 'number', '20250106'],
      [null, 'null', null],
      [true, 'boolean', 'true'],
      [{}, 'object', null],
      [['2025-01-06'], 'array', null],
    ];
    for (const [value, received, v] of cases) {
      const issues: InputIssue[] = [];
      expect(checkDate(value, ['asOf'], issues), received).toBeNaN();
      expect(shown(issues), received).toEqual([['invalid_type', ['asOf'], { expected: 'string', received, value: v }]]);
    }
  });

  it('names text that is not a real date in 1900–2199 as invalid_date, quoting it', () => {
    for (const text of ['', 'today', '2025-02-29', '2025-13-01', '1899-12-31', '2200-01-01', '2025-1-6', '2025-01-06T00:00:00Z']) {
      const issues: InputIssue[] = [];
      expect(checkDate(text, ['firstSickDay'], issues), text).toBeNaN();
      expect(shown(issues), text).toEqual([['invalid_date', ['firstSickDay'], { value: `'${text}'` }]]);
    }
  });

  it('adds to the issues already there', () => {
    const issues: InputIssue[] = [];
    checkDate(1, ['a'], issues);
    checkDate('2025-01-06', ['b'], issues);
    checkDate(undefined, ['c'], issues);
    expect(issues.map((i) => i.path)).toEqual([['a'], ['c']]);
  });
});

describe('checkInt', () => {
  it('accepts every whole number from min through max, both ends included', () => {
    for (const [value, min, max] of [
      [13, 13, 520],
      [520, 13, 520],
      [100, 13, 520],
      [0, 0, 365],
      [-3, -3, 3],
    ] as const) {
      const issues: InputIssue[] = [];
      expect(checkInt(value, ['w'], min, max, issues), `${value} in ${min}–${max}`).toBe(true);
      expect(issues).toEqual([]);
    }
  });

  it('names a number below min as too_small and one above max as too_big, with the bound', () => {
    const below: InputIssue[] = [];
    expect(checkInt(12, ['events', 0, 'weeks'], 13, 520, below)).toBe(false);
    expect(shown(below)).toEqual([['too_small', ['events', 0, 'weeks'], { origin: 'number', minimum: 13, value: '12' }]]);
    const above: InputIssue[] = [];
    expect(checkInt(521, ['events', 0, 'weeks'], 13, 520, above)).toBe(false);
    expect(shown(above)).toEqual([['too_big', ['events', 0, 'weeks'], { origin: 'number', maximum: 520, value: '521' }]]);
    const farBelow: InputIssue[] = [];
    expect(checkInt(-1, ['p'], 0, 365, farBelow)).toBe(false);
    expect(shown(farBelow)).toEqual([['too_small', ['p'], { origin: 'number', minimum: 0, value: '-1' }]]);
  });

  it('names a fraction or a non-finite number as not an int, anything else as not a number', () => {
    const cases: [unknown, string, string, string | null][] = [
      [2.5, 'int', 'number', '2.5'],
      [Number.NaN, 'int', 'number', 'null'],
      [Number.POSITIVE_INFINITY, 'int', 'number', 'null'],
      ['13', 'number', 'string', "'13'"],
      [null, 'number', 'null', null],
      [false, 'number', 'boolean', 'false'],
      [[13], 'number', 'array', null],
    ];
    for (const [value, expected, received, v] of cases) {
      const issues: InputIssue[] = [];
      expect(checkInt(value, ['policy', 'dueSoonDays'], 0, 365, issues), String(value)).toBe(false);
      expect(shown(issues), String(value)).toEqual([['invalid_type', ['policy', 'dueSoonDays'], { expected, received, value: v }]]);
    }
  });

  it('names a missing number as missing', () => {
    const issues: InputIssue[] = [];
    expect(checkInt(undefined, ['events', 1, 'weeks'], 1, 52, issues)).toBe(false);
    expect(shown(issues)).toEqual([['missing', ['events', 1, 'weeks'], {}]]);
  });
});
