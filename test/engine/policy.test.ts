/**
 * `policy` at its edges: every whole-number setting is accepted at its minimum and maximum and refused
 * one past each (with `too_small` / `too_big` naming `policy.<key>`), the wage percentages at 0 and
 * 200, and the protocol steps' checks one by one. The ranges are those documented in docs/rules.md
 * (policy); a change of range must change this table.
 */
import { describe, expect, it } from 'vitest';
import { policyIssues, resolvePolicy } from '../../src/case/parse.js';
import { DEFAULT_POLICY } from '../../src/engine/policy.js';
import { type Policy, PoortwachterError, safeEvaluateCase } from '../../src/index.js';

const codesAt = (policy: unknown) => policyIssues(policy).map((i) => [i.code, i.path.join('.')]);

describe('whole-number settings at their bounds', () => {
  const RANGES = [
    ['evaluationIntervalDays', 1, 365],
    ['dueSoonDays', 0, 365],
    ['meldingBedrijfsartsDay', 1, 42],
    ['frequentAbsenceReports', 2, 100],
  ] as const;
  for (const [key, min, max] of RANGES) {
    it(`${key}: ${min}…${max}`, () => {
      expect(codesAt({ [key]: min })).toEqual([]);
      expect(codesAt({ [key]: max })).toEqual([]);
      expect(codesAt({ [key]: min - 1 })).toEqual([['too_small', `policy.${key}`]]);
      expect(codesAt({ [key]: max + 1 })).toEqual([['too_big', `policy.${key}`]]);
      expect(codesAt({ [key]: min + 0.5 })).toEqual([['invalid_type', `policy.${key}`]]);
      expect(codesAt({ [key]: String(min) })).toEqual([['invalid_type', `policy.${key}`]]);
      expect(policyIssues({ [key]: min - 1 })[0]?.params).toMatchObject({ minimum: min });
      expect(policyIssues({ [key]: max + 1 })[0]?.params).toMatchObject({ maximum: max });
    });
  }
});

describe('the other settings', () => {
  it('accepts the default policy and no policy', () => {
    expect(policyIssues(undefined)).toEqual([]);
    expect(policyIssues(DEFAULT_POLICY)).toEqual([]);
    expect(resolvePolicy(undefined)).toBe(DEFAULT_POLICY);
  });

  it('refuses a policy that is not an object', () => {
    for (const p of [null, 7, 'strict', []]) expect(codesAt(p)).toEqual([['invalid_type', 'policy']]);
  });

  it('names an unknown setting', () => {
    expect(codesAt({ dueSoon: 3 })).toEqual([['unknown_field', 'policy.dueSoon']]);
  });

  it('knows the two readings of the probleemanalyse term', () => {
    expect(codesAt({ probleemanalyse: 'week' })).toEqual([]);
    expect(codesAt({ probleemanalyse: 'strict' })).toEqual([]);
    expect(codesAt({ probleemanalyse: 'weeks' })).toEqual([['invalid_value', 'policy.probleemanalyse']]);
    expect(policyIssues({ probleemanalyse: 'x' })[0]?.params).toMatchObject({ allowed: ['week', 'strict'] });
  });

  it('wants includeAdvice to be a boolean', () => {
    expect(codesAt({ includeAdvice: false })).toEqual([]);
    expect(codesAt({ includeAdvice: 'no' })).toEqual([['invalid_type', 'policy.includeAdvice']]);
  });

  it('takes wage percentages from 0 through 200, per known phase', () => {
    expect(codesAt({ wagePercentages: { 'jaar-1': 0, 'jaar-2': 200 } })).toEqual([]);
    expect(codesAt({ wagePercentages: { 'jaar-1': -1 } })).toEqual([['too_small', 'policy.wagePercentages.jaar-1']]);
    expect(codesAt({ wagePercentages: { 'jaar-2': 201 } })).toEqual([['too_big', 'policy.wagePercentages.jaar-2']]);
    expect(codesAt({ wagePercentages: { 'jaar-2': Number.NaN } })).toEqual([['invalid_type', 'policy.wagePercentages.jaar-2']]);
    expect(codesAt({ wagePercentages: { jaar3: 70 } })).toEqual([['unknown_field', 'policy.wagePercentages.jaar3']]);
    expect(codesAt({ wagePercentages: [70] })).toEqual([['invalid_type', 'policy.wagePercentages']]);
  });

  it('merges wage percentages over the defaults', () => {
    const p = resolvePolicy({ wagePercentages: { 'jaar-1': 100 } as never });
    expect(p.wagePercentages).toEqual({ ...DEFAULT_POLICY.wagePercentages, 'jaar-1': 100 });
    expect(resolvePolicy({ dueSoonDays: 3 })).toEqual({ ...DEFAULT_POLICY, dueSoonDays: 3 });
  });

  it('throws a PoortwachterError for an invalid policy, and safeEvaluateCase returns it', () => {
    expect(() => resolvePolicy({ dueSoonDays: 366 })).toThrow(PoortwachterError);
    const r = safeEvaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-01-06', policy: { dueSoonDays: 366 } });
    expect(r.success).toBe(false);
  });
});

describe('protocol steps', () => {
  const step = { id: 'bel-werknemer', title: { nl: 'Bel', en: 'Call' }, actor: 'werkgever', days: 2 };
  const at = (p: unknown) => codesAt({ protocol: p });

  it('accepts a well-formed step, with after and repeatEveryDays', () => {
    expect(at([step])).toEqual([]);
    expect(at([step, { ...step, id: 'bezoek', after: 'bel-werknemer', repeatEveryDays: 14 }])).toEqual([]);
    expect(
      at([
        { ...step, days: 0 },
        { ...step, id: 'b', days: 3650, repeatEveryDays: 1 },
        { ...step, id: 'c', repeatEveryDays: 365 },
      ]),
    ).toEqual([]);
  });

  it('names each problem of a step by its path', () => {
    expect(at('x')).toEqual([['invalid_type', 'policy.protocol']]);
    expect(at([7])).toEqual([['invalid_type', 'policy.protocol.0']]);
    expect(at([[]])).toEqual([['invalid_type', 'policy.protocol.0']]);
    expect(at([{ ...step, colour: 'red' }])).toEqual([['unknown_field', 'policy.protocol.0.colour']]);
    const { id: _id, ...noId } = step;
    expect(at([noId])).toEqual([['missing', 'policy.protocol.0.id']]);
    expect(at([{ ...step, id: 5 }])).toEqual([['invalid_type', 'policy.protocol.0.id']]);
    expect(at([{ ...step, id: 'Bel Werknemer' }])).toEqual([['invalid_id', 'policy.protocol.0.id']]);
    expect(at([step, step])).toEqual([['duplicate_id', 'policy.protocol.1.id']]);
    const { title: _t, ...noTitle } = step;
    expect(at([noTitle])).toEqual([['missing', 'policy.protocol.0.title']]);
    expect(at([{ ...step, title: 'Bel' }])).toEqual([['invalid_type', 'policy.protocol.0.title']]);
    expect(at([{ ...step, title: { nl: 'Bel' } }])).toEqual([['invalid_type', 'policy.protocol.0.title']]);
    expect(at([{ ...step, title: null }])).toEqual([['invalid_type', 'policy.protocol.0.title']]);
    const { actor: _a, ...noActor } = step;
    expect(at([noActor])).toEqual([['missing', 'policy.protocol.0.actor']]);
    expect(at([{ ...step, actor: 'hr' }])).toEqual([['invalid_value', 'policy.protocol.0.actor']]);
    expect(at([{ ...step, days: -1 }])).toEqual([['too_small', 'policy.protocol.0.days']]);
    expect(at([{ ...step, days: 3651 }])).toEqual([['too_big', 'policy.protocol.0.days']]);
    expect(at([{ ...step, after: 'bel-werknemer' }])).toEqual([['invalid_value', 'policy.protocol.0.after']]);
    expect(at([{ ...step, after: 3 }])).toEqual([['invalid_value', 'policy.protocol.0.after']]);
    expect(at([{ ...step, repeatEveryDays: 0 }])).toEqual([['too_small', 'policy.protocol.0.repeatEveryDays']]);
    expect(at([{ ...step, repeatEveryDays: 366 }])).toEqual([['too_big', 'policy.protocol.0.repeatEveryDays']]);
  });

  it('lists the other steps as the allowed values of a wrong after', () => {
    const issues = policyIssues({ protocol: [step, { ...step, id: 'b', after: 'b' }] });
    expect(issues[0]?.params).toMatchObject({ allowed: ['bel-werknemer'] });
    expect(policyIssues({ protocol: [{ ...step, actor: 'x' }] })[0]?.params).toMatchObject({
      allowed: ['werkgever', 'werknemer', 'bedrijfsarts', 'uwv', 'werkgever+werknemer'],
    });
  });
});

/**
 * `policy` issues in full: each problem's code, path and every param (the facts the messages are made
 * from), for the kinds of wrong value a caller can send. The tests above check the ranges and which
 * code lands where; these pin what each issue says.
 */

/** The issues without their messages (those are rendered from code and params). */
const issues = (policy: unknown) => policyIssues(policy).map(({ path, code, params }) => ({ path, code, params }));

const step = { id: 'bel-werknemer', title: { nl: 'Bel', en: 'Call' }, actor: 'werkgever', days: 2 };
const protocol = (steps: unknown) => issues({ protocol: steps });

describe('the policy as a whole', () => {
  it('says what it got instead of an object', () => {
    expect(issues('strict')).toEqual([
      { path: ['policy'], code: 'invalid_type', params: { expected: 'object', received: 'string', value: "'strict'" } },
    ]);
    expect(issues([])).toEqual([
      { path: ['policy'], code: 'invalid_type', params: { expected: 'object', received: 'array', value: null } },
    ]);
    expect(issues(null)).toEqual([
      { path: ['policy'], code: 'invalid_type', params: { expected: 'object', received: 'null', value: null } },
    ]);
  });

  it('names an unknown setting by its field and goes on checking the rest', () => {
    expect(issues({ colour: 'red', dueSoonDays: -1 })).toEqual([
      { path: ['policy', 'colour'], code: 'unknown_field', params: { field: 'colour' } },
      { path: ['policy', 'dueSoonDays'], code: 'too_small', params: { origin: 'number', minimum: 0, value: '-1' } },
    ]);
  });

  it('quotes a wrong probleemanalyse reading and lists the two there are', () => {
    expect(issues({ probleemanalyse: 'weeks' })).toEqual([
      { path: ['policy', 'probleemanalyse'], code: 'invalid_value', params: { value: "'weeks'", allowed: ['week', 'strict'] } },
    ]);
  });

  it('says what it got instead of a boolean for includeAdvice', () => {
    expect(issues({ includeAdvice: 'no' })).toEqual([
      { path: ['policy', 'includeAdvice'], code: 'invalid_type', params: { expected: 'boolean', received: 'string', value: "'no'" } },
    ]);
    expect(issues({ includeAdvice: { yes: true } })).toEqual([
      { path: ['policy', 'includeAdvice'], code: 'invalid_type', params: { expected: 'boolean', received: 'object', value: null } },
    ]);
  });

  it('reports every setting that is wrong, in the order of the checks', () => {
    expect(
      issues({ wagePercentages: 5, protocol: 5, includeAdvice: 1, dueSoonDays: 400, probleemanalyse: 1 }).map((i) => i.path.join('.')),
    ).toEqual(['policy.probleemanalyse', 'policy.dueSoonDays', 'policy.includeAdvice', 'policy.protocol', 'policy.wagePercentages']);
  });
});

describe('wage percentages', () => {
  const at = (w: unknown) => issues({ wagePercentages: w });

  it('wants an object of percentages', () => {
    expect(at(70)).toEqual([
      { path: ['policy', 'wagePercentages'], code: 'invalid_type', params: { expected: 'object', received: 'number', value: '70' } },
    ]);
    expect(at(null)).toEqual([
      { path: ['policy', 'wagePercentages'], code: 'invalid_type', params: { expected: 'object', received: 'null', value: null } },
    ]);
    expect(at([70])).toEqual([
      { path: ['policy', 'wagePercentages'], code: 'invalid_type', params: { expected: 'object', received: 'array', value: null } },
    ]);
  });

  it('wants each percentage a finite number', () => {
    expect(at({ 'jaar-1': '70' })).toEqual([
      {
        path: ['policy', 'wagePercentages', 'jaar-1'],
        code: 'invalid_type',
        params: { expected: 'number', received: 'string', value: "'70'" },
      },
    ]);
    expect(at({ loonsanctie: Number.POSITIVE_INFINITY })).toEqual([
      {
        path: ['policy', 'wagePercentages', 'loonsanctie'],
        code: 'invalid_type',
        params: { expected: 'number', received: 'number', value: 'null' },
      },
    ]);
  });

  it('quotes a percentage out of range with the bound it crosses', () => {
    expect(at({ verlenging: -0.5, 'late-wia-aanvraag': 200.5 })).toEqual([
      { path: ['policy', 'wagePercentages', 'verlenging'], code: 'too_small', params: { origin: 'number', minimum: 0, value: '-0.5' } },
      {
        path: ['policy', 'wagePercentages', 'late-wia-aanvraag'],
        code: 'too_big',
        params: { origin: 'number', maximum: 200, value: '200.5' },
      },
    ]);
    // 0 and 200 themselves, and fractions between, are allowed
    expect(at({ 'jaar-1': 0, 'jaar-2': 200, verlenging: 0.5 })).toEqual([]);
  });

  it('knows only the five phases: an inherited name is not one', () => {
    expect(at({ toString: 70 })).toEqual([
      { path: ['policy', 'wagePercentages', 'toString'], code: 'unknown_field', params: { field: 'toString' } },
    ]);
  });

  it('shares the default table when none is given, and merges a partial one over it', () => {
    expect(resolvePolicy({ dueSoonDays: 3 }).wagePercentages).toBe(DEFAULT_POLICY.wagePercentages);
    const merged = resolvePolicy({ wagePercentages: { loonsanctie: 0 } } as Partial<Policy>);
    expect(merged.wagePercentages).toEqual({ 'jaar-1': 70, 'jaar-2': 70, verlenging: 70, 'late-wia-aanvraag': 70, loonsanctie: 0 });
    expect(merged.dueSoonDays).toBe(14);
  });
});

describe('protocol steps', () => {
  it('says what it got instead of a list or a step', () => {
    expect(protocol({ id: 'x' })).toEqual([
      { path: ['policy', 'protocol'], code: 'invalid_type', params: { expected: 'array', received: 'object', value: null } },
    ]);
    expect(protocol(['bel'])).toEqual([
      { path: ['policy', 'protocol', 0], code: 'invalid_type', params: { expected: 'object', received: 'string', value: "'bel'" } },
    ]);
    expect(protocol([null])).toEqual([
      { path: ['policy', 'protocol', 0], code: 'invalid_type', params: { expected: 'object', received: 'null', value: null } },
    ]);
  });

  it('names an unknown key, a wrong id, a repeated id', () => {
    expect(protocol([{ ...step, every: 7 }])).toEqual([
      { path: ['policy', 'protocol', 0, 'every'], code: 'unknown_field', params: { field: 'every' } },
    ]);
    expect(protocol([{ ...step, id: 12 }])).toEqual([
      { path: ['policy', 'protocol', 0, 'id'], code: 'invalid_type', params: { expected: 'string', received: 'number', value: '12' } },
    ]);
    for (const id of ['Bel', 'bel_werknemer', '-bel', 'bel-', 'bel--werknemer', '']) {
      expect(protocol([{ ...step, id }])).toEqual([
        { path: ['policy', 'protocol', 0, 'id'], code: 'invalid_id', params: { value: `'${id}'` } },
      ]);
    }
    for (const id of ['b', 'bel2', '2-bel', 'a-b-c']) expect(protocol([{ ...step, id }])).toEqual([]);
    expect(protocol([step, { ...step, id: 'b' }, step])).toEqual([
      { path: ['policy', 'protocol', 2, 'id'], code: 'duplicate_id', params: { value: "'bel-werknemer'" } },
    ]);
  });

  it('wants a title in both languages', () => {
    expect(protocol([{ ...step, title: { en: 'Call' } }])).toEqual([
      {
        path: ['policy', 'protocol', 0, 'title'],
        code: 'invalid_type',
        params: { expected: 'localized-text', received: 'object', value: null },
      },
    ]);
    expect(protocol([{ ...step, title: { nl: 'Bel', en: 3 } }])).toEqual([
      {
        path: ['policy', 'protocol', 0, 'title'],
        code: 'invalid_type',
        params: { expected: 'localized-text', received: 'object', value: null },
      },
    ]);
    expect(protocol([{ ...step, title: 'Bel' }])).toEqual([
      {
        path: ['policy', 'protocol', 0, 'title'],
        code: 'invalid_type',
        params: { expected: 'localized-text', received: 'string', value: "'Bel'" },
      },
    ]);
    const { title: _t, ...noTitle } = step;
    expect(protocol([noTitle])).toEqual([{ path: ['policy', 'protocol', 0, 'title'], code: 'missing', params: {} }]);
  });

  it('wants a known actor', () => {
    const { actor: _a, ...noActor } = step;
    expect(protocol([noActor])).toEqual([{ path: ['policy', 'protocol', 0, 'actor'], code: 'missing', params: {} }]);
    expect(protocol([{ ...step, actor: 'hr' }])).toEqual([
      {
        path: ['policy', 'protocol', 0, 'actor'],
        code: 'invalid_value',
        params: { value: "'hr'", allowed: ['werkgever', 'werknemer', 'bedrijfsarts', 'uwv', 'werkgever+werknemer'] },
      },
    ]);
    for (const actor of ['werknemer', 'bedrijfsarts', 'uwv', 'werkgever+werknemer']) expect(protocol([{ ...step, actor }])).toEqual([]);
  });

  it('wants whole days', () => {
    const { days: _d, ...noDays } = step;
    expect(protocol([noDays])).toEqual([{ path: ['policy', 'protocol', 0, 'days'], code: 'missing', params: {} }]);
    expect(protocol([{ ...step, days: 3651 }])).toEqual([
      { path: ['policy', 'protocol', 0, 'days'], code: 'too_big', params: { origin: 'number', maximum: 3650, value: '3651' } },
    ]);
    expect(protocol([{ ...step, repeatEveryDays: 0 }])).toEqual([
      { path: ['policy', 'protocol', 0, 'repeatEveryDays'], code: 'too_small', params: { origin: 'number', minimum: 1, value: '0' } },
    ]);
  });

  it('lists the other steps’ ids when after names none, skipping steps without a string id', () => {
    const issuesOf = protocol([null, { ...step, id: 'bezoek' }, 7, { ...step, id: 9 }, { ...step, after: 'bel-werknemer' }]);
    expect(issuesOf).toEqual([
      { path: ['policy', 'protocol', 0], code: 'invalid_type', params: { expected: 'object', received: 'null', value: null } },
      { path: ['policy', 'protocol', 2], code: 'invalid_type', params: { expected: 'object', received: 'number', value: '7' } },
      { path: ['policy', 'protocol', 3, 'id'], code: 'invalid_type', params: { expected: 'string', received: 'number', value: '9' } },
      { path: ['policy', 'protocol', 4, 'after'], code: 'invalid_value', params: { value: "'bel-werknemer'", allowed: ['bezoek'] } },
    ]);
    expect(protocol([{ ...step, after: 3 }])).toEqual([
      { path: ['policy', 'protocol', 0, 'after'], code: 'invalid_value', params: { value: '3', allowed: [] } },
    ]);
  });
});
