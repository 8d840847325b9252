// The vangnet input checks give the same code, path and params from every entry point: the schema
// (parseCaseInput, safeEvaluateCase) and the typed evaluateCase on plain-JavaScript input.
import { describe, expect, it } from 'vitest';
import { evaluateCase, type InputIssue, PoortwachterError, parseCaseInput, safeEvaluateCase, withIssueMessage } from '../../src/index.js';

const asOf = { asOf: '2025-06-02' };

function fromEvaluate(input: unknown): readonly InputIssue[] {
  try {
    evaluateCase(input as never, asOf);
  } catch (e) {
    if (e instanceof PoortwachterError) return e.issues.map(withIssueMessage);
    throw e;
  }
  throw new Error('evaluateCase accepted the input');
}

function fromSchema(input: unknown): readonly InputIssue[] {
  const parsed = parseCaseInput(input);
  if (parsed.success) throw new Error('parseCaseInput accepted the input');
  return parsed.issues;
}

function fromSafe(input: unknown): readonly InputIssue[] {
  const result = safeEvaluateCase(input, asOf);
  if (result.success) throw new Error('safeEvaluateCase accepted the input');
  return result.issues;
}

const pick = (issues: readonly InputIssue[]) => issues.map((i) => ({ path: i.path, code: i.code, params: i.params }));

describe('vangnet issues from every entry point', () => {
  it('a missing grond is `missing` at vangnet.grond, never the value "undefined"', () => {
    const input = { firstSickDay: '2025-01-06', vangnet: {} };
    const expected = [{ path: ['vangnet', 'grond'], code: 'missing', params: {} }];
    expect(pick(fromEvaluate(input))).toEqual(expected);
    expect(pick(fromSchema(input))).toEqual(expected);
    expect(pick(fromSafe(input))).toEqual(expected);
  });

  it('a meerling that is not a boolean is invalid_type, not read as one child', () => {
    const input = { firstSickDay: '2025-01-06', vangnet: { grond: 'zwangerschap', meerling: 'yes' } };
    const expected = [
      { path: ['vangnet', 'meerling'], code: 'invalid_type', params: { expected: 'boolean', received: 'string', value: "'yes'" } },
    ];
    expect(pick(fromEvaluate(input))).toEqual(expected);
    expect(pick(fromSchema(input))).toEqual(expected);
    expect(pick(fromSafe(input))).toEqual(expected);
  });

  it('meerling true or false, or absent, is accepted', () => {
    for (const meerling of [true, false, undefined]) {
      const input = { firstSickDay: '2025-01-06', vangnet: { grond: 'zwangerschap', meerling } };
      expect(() => evaluateCase(input as never, asOf)).not.toThrow();
      expect(safeEvaluateCase(input, asOf).success).toBe(true);
    }
  });
});
