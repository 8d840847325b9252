/**
 * `policy` at its edges: every whole-number setting is accepted at its minimum and maximum and refused
 * one past each (with `too_small` / `too_big` naming `policy.<key>`), the wage percentages at 0 and
 * 200, and the protocol steps' checks one by one. The ranges are those documented in docs/rules.md
 * (policy); a change of range must change this table.
 */
import { describe, expect, it } from 'vitest';
import { policyIssues, resolvePolicy } from '../../src/case/parse.js';
import { DEFAULT_POLICY } from '../../src/engine/policy.js';
import { PoortwachterError, safeEvaluateCase } from '../../src/index.js';

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
