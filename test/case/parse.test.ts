/**
 * The one parse step (src/case/parse.ts): input checked once, then evaluated by the engine's
 * `evaluateChecked`, which checks nothing again; the policy checked by `PolicySchema`; any schema's
 * problems in the closed issue codes (`schemaIssues`, as the service checks its envelope).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { schemaIssues } from '../../src/case/parse.js';
import {
  type CaseInput,
  checkCaseInput,
  evaluateCase,
  evaluateChecked,
  PolicySchema,
  PoortwachterError,
  parseEvaluateOptions,
  safeEvaluateCase,
} from '../../src/index.js';

const D1 = '2025-01-06'; // a Monday
const AS_OF = '2025-06-02';
const CASE: CaseInput = {
  firstSickDay: D1,
  events: [
    { type: 'probleemanalyse', date: '2025-02-14' },
    { type: 'plan-van-aanpak', date: '2025-02-28' },
    { type: 'casemanager', date: '2025-02-28', casemanagerType: 'hr' },
  ],
};

describe('evaluateChecked: the engine on input checked once', () => {
  it('gives the timeline evaluateCase gives, for a case and options parsed once', () => {
    const input = checkCaseInput(CASE);
    const options = parseEvaluateOptions({ asOf: AS_OF, policy: { dueSoonDays: 7 } });
    expect(input.success && options.success).toBe(true);
    if (!input.success || !options.success) return;
    expect(evaluateChecked(input.data, options.data)).toEqual(evaluateCase(CASE, { asOf: AS_OF, policy: { dueSoonDays: 7 } }));
  });

  it('completes the options: the whole policy, the rule table, explain', () => {
    const r = parseEvaluateOptions({ asOf: AS_OF, policy: { wagePercentages: { 'jaar-1': 100 } }, explain: true });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.policy.wagePercentages).toEqual({
      'jaar-1': 100,
      'jaar-2': 70,
      verlenging: 70,
      'late-wia-aanvraag': 70,
      loonsanctie: 70,
    });
    expect(r.data.policy.dueSoonDays).toBe(14);
    expect(r.data.explain).toBe(true);
  });

  it('names bad options with their messages, asOf before the policy', () => {
    const r = parseEvaluateOptions({ asOf: '2025-02-30', policy: { dueSoonDays: -1 } });
    expect(r.success ? [] : r.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['asOf', 'invalid_date'],
      ['policy.dueSoonDays', 'too_small'],
    ]);
  });
});

describe('evaluateCase, typed, and safeEvaluateCase: one schema, two strictnesses', () => {
  it('lets a typed call pass a field it does not read, which the untrusted path names', () => {
    const input = { ...CASE, colour: 'red' };
    expect(evaluateCase(input as never, { asOf: AS_OF }).firstSickDay).toBe(D1);
    const r = safeEvaluateCase(input, { asOf: AS_OF });
    expect(r.success ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([[['colour'], 'unknown_field']]);
  });

  it('throws a named error with the issues as data for a field it reads', () => {
    expect(() => evaluateCase({ firstSickDay: '2025-02-30' }, { asOf: AS_OF })).toThrow(PoortwachterError);
  });
});

describe('PolicySchema and schemaIssues', () => {
  it('accepts a partial policy and rejects an unknown setting', () => {
    expect(PolicySchema.safeParse({ probleemanalyse: 'strict' }).success).toBe(true);
    expect(PolicySchema.safeParse({ colour: 'red' }).success).toBe(false);
  });

  it('gives the problems of a classic zod schema in the closed codes, with their messages', () => {
    const issues = schemaIssues(z.strictObject({ when: z.boolean() }), { when: 'yes', other: 1 });
    expect(issues.map((i) => [i.path, i.code, i.params])).toEqual([
      [['when'], 'invalid_type', { expected: 'boolean', received: 'string', value: "'yes'" }],
      [['other'], 'unknown_field', { field: 'other' }],
    ]);
    expect(issues[0]?.message.en).toMatch(/^when: /);
  });
});
