/**
 * Rule tables built inside each test (src/law/rules.ts): the base segment from the beginning of
 * time, one segment per version from its validFrom on, the error for an impossible validFrom, and
 * the lookup for a case before the first segment of a hand-built table.
 */

import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/calendar/isoDate.js';
import { BASE_PARAMETERS } from '../../src/law/parameters.js';
import { createRuleTable, parametersFor, type RuleTable } from '../../src/law/rules.js';

describe('createRuleTable', () => {
  it('starts with the base parameters and adds one segment per version', () => {
    const t = createRuleTable(BASE_PARAMETERS, [{ validFrom: '2030-01-01', values: { planVanAanpakAfterDays: 21 }, source: 'fictitious' }]);
    expect(t.starts).toEqual([Number.NEGATIVE_INFINITY, parseIsoDate('2030-01-01')]);
    expect(t.segments).toHaveLength(2);
    expect(t.segments[0]).toEqual(BASE_PARAMETERS);
    expect(t.segments[1]).toEqual({ ...BASE_PARAMETERS, planVanAanpakAfterDays: 21 });
  });

  it('gives a case the segment of its first sick day', () => {
    const t = createRuleTable(BASE_PARAMETERS, [
      { validFrom: '2030-01-01', values: { planVanAanpakAfterDays: 21 }, source: 'fictitious' },
      { validFrom: '2035-01-01', values: { melding42Day: 302 }, source: 'fictitious' },
    ]);
    const at = (d: string) => parametersFor(t, parseIsoDate(d));
    expect(at('1990-05-01')).toEqual(BASE_PARAMETERS);
    expect(at('2029-12-31').planVanAanpakAfterDays).toBe(14);
    expect(at('2030-01-01').planVanAanpakAfterDays).toBe(21);
    expect(at('2034-12-31')).toEqual({ ...BASE_PARAMETERS, planVanAanpakAfterDays: 21 });
    expect(at('2035-01-01')).toEqual({ ...BASE_PARAMETERS, planVanAanpakAfterDays: 21, melding42Day: 302 });
  });

  it('names the impossible validFrom in its error', () => {
    expect(() => createRuleTable(BASE_PARAMETERS, [{ validFrom: '2030-02-30', values: {}, source: 'x' }])).toThrow(
      new RangeError('Invalid validFrom date in rule version: 2030-02-30'),
    );
  });
});

describe('parametersFor on a hand-built table', () => {
  it('gives a case before the first segment that first segment', () => {
    // RuleTable is a public type: a table need not start at -Infinity.
    const later = { ...BASE_PARAMETERS, planVanAanpakAfterDays: 21 };
    const t: RuleTable = { starts: [parseIsoDate('2000-01-01'), parseIsoDate('2030-01-01')], segments: [BASE_PARAMETERS, later] };
    expect(parametersFor(t, parseIsoDate('1990-01-01'))).toBe(BASE_PARAMETERS);
    expect(parametersFor(t, parseIsoDate('2000-01-01'))).toBe(BASE_PARAMETERS);
    expect(parametersFor(t, parseIsoDate('2031-01-01'))).toBe(later);
  });
});
