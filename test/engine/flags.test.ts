/**
 * makeFlag (src/engine/flags.ts): a flag carries a milestoneId and an occurrence only when it has
 * them — no key with the value undefined (the JSON output and the schema list the keys).
 */

import { describe, expect, it } from 'vitest';
import { makeFlag } from '../../src/engine/flags.js';

describe('makeFlag', () => {
  it('has only code, severity and params without a milestone', () => {
    const f = makeFlag('NEW_CASE_STARTED', 'info', { date: '2025-03-01', gapDays: 30 });
    expect(Object.keys(f)).toEqual(['code', 'severity', 'params']);
    expect(f).toStrictEqual({ code: 'NEW_CASE_STARTED', severity: 'info', params: { date: '2025-03-01', gapDays: 30 } });
  });

  it('adds the milestone, and the occurrence only when given', () => {
    const params = { year: 2029, knownFrom: 2023, knownUntil: 2028 };
    const f = makeFlag('ATW_CALENDAR_INCOMPLETE', 'info', params, '42e-weeksmelding');
    expect(Object.keys(f)).toEqual(['code', 'severity', 'milestoneId', 'params']);
    const g = makeFlag('ATW_CALENDAR_INCOMPLETE', 'info', params, 'evaluatie', 3);
    expect(g).toStrictEqual({ code: 'ATW_CALENDAR_INCOMPLETE', severity: 'info', milestoneId: 'evaluatie', occurrence: 3, params });
  });
});
