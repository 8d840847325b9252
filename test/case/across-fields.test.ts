/**
 * The checks across the fields of a case (`acrossFields` of src/case/schema.ts) compare an event's
 * date with day 1 as text (two dates YYYY-MM-DD of 1900–2199 are in the order of their texts) and
 * parse it only when it is earlier: the same issues as comparing the parsed days, which the
 * reference below does (the check as it was before 0.3's input pass), on dates, near-dates and
 * non-dates alike.
 */
import { describe, expect } from 'vitest';
import { daysFromCivil, formatIsoDate, parseIsoDate } from '../../src/calendar/isoDate.js';
import { acrossFields, isObject } from '../../src/case/schema.js';
import { KNOWN_TYPES, MAY_PRECEDE_DAY_1 } from '../../src/engine/events.js';
import { fc, test as fcTest } from '../fc.js';
import { runs } from '../fc-runs.js';

type Issue = { path: (string | number)[]; code: string; params: object };

function issuesOf(value: unknown): Issue[] {
  const out: Issue[] = [];
  acrossFields(value, {
    addIssue: (i) => {
      const issue = i as unknown as { path: Issue['path']; params: { code: string; params: object } };
      out.push({ path: issue.path, ...issue.params });
    },
  });
  return out;
}

/** The reference: every date parsed to its day (NaN when it is none). */
function reference(value: unknown): Issue[] {
  const out: Issue[] = [];
  if (!isObject(value) || !Array.isArray(value.events)) return out;
  const day1 = typeof value.firstSickDay === 'string' ? parseIsoDate(value.firstSickDay) : Number.NaN;
  let total = 0;
  value.events.forEach((e: unknown, i) => {
    if (!isObject(e) || !KNOWN_TYPES.has(e.type as string)) return;
    const type = e.type as string;
    const day = typeof e.date === 'string' ? parseIsoDate(e.date) : Number.NaN;
    if (day < day1 && !MAY_PRECEDE_DAY_1.has(type))
      out.push({ path: ['events', i, 'date'], code: 'before_first_sick_day', params: { date: e.date, firstSickDay: formatIsoDate(day1) } });
    if (type === 'zwangerschapsverlof' && typeof e.until === 'string' && parseIsoDate(e.until) < day)
      out.push({ path: ['events', i, 'until'], code: 'until_before_date', params: { date: e.date, until: e.until } });
    const w = e.weeks;
    if (type === 'verlenging' && Number.isInteger(w) && (w as number) >= 13 && (w as number) <= 520) {
      if (total <= 520 && (total += w as number) > 520)
        out.push({ path: ['events', i, 'weeks'], code: 'total_too_big', params: { total, maximum: 520 } });
    }
  });
  return out;
}

// Real dates around the edges (years 1900 and 2199, leap days), texts that look like dates and are not, other values.
const date = fc.oneof(
  fc
    .integer({ min: daysFromCivil(1899, 12, 25), max: daysFromCivil(2200, 1, 5) })
    .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10)),
  fc.constantFrom(
    '2025-01-06',
    '2025-01-05',
    '2025-01-07',
    '2024-02-29',
    '2025-02-29',
    '2025-13-01',
    '2025-1-6',
    '06-01-2025',
    '2025-01-06 ',
    '',
  ),
  fc.string({ maxLength: 11 }),
  fc.constantFrom(undefined, null, 20250106),
);
const event = fc.record(
  {
    type: fc.constantFrom('probleemanalyse', 'zwangerschapsverlof', 'verlenging', 'aow-leeftijd', 'hersteld', 'verjaardag', 7),
    date,
    until: date,
    weeks: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.constantFrom(13.5, '26', Number.NaN)),
  },
  { requiredKeys: ['type'] },
);

describe('acrossFields', () => {
  fcTest.prop([fc.record({ firstSickDay: date, events: fc.array(fc.oneof(event, fc.constantFrom(null, 'x', [])), { maxLength: 8 }) })], {
    numRuns: runs(3000),
  })('gives the issues of comparing the parsed days', (value) => {
    expect(issuesOf(value)).toEqual(reference(value));
  });
});
