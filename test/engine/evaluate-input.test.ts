/**
 * evaluateCase on input that no schema has checked (a JavaScript caller, a cast): it checks every
 * field it reads and throws a PoortwachterError that lists each problem with its exact code, path
 * and params, in the order asOf, the case, the policy. safeEvaluateCase returns the same issues.
 */
import { describe, expect, it } from 'vitest';
import { type EvaluateCaseOptions, evaluateCase, PoortwachterError, safeEvaluateCase } from '../../src/index.js';

const D1 = '2025-01-06';
const AS_OF = '2025-06-02';
const GRONDEN = ['zwangerschap', 'zwangerschap-na-verlof', 'no-riskpolis', 'orgaandonatie'];

type Shown = [string, readonly (string | number)[], unknown];

/** The issues evaluateCase throws for `input`, as [code, path, params]; fails when it does not throw one. */
function thrown(input: unknown, options: unknown = { asOf: AS_OF }): Shown[] {
  let error: unknown;
  try {
    evaluateCase(input as never, options as EvaluateCaseOptions);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(PoortwachterError);
  return (error as PoortwachterError).issues.map((i) => [i.code, i.path, i.params]);
}

/** The same from safeEvaluateCase, which runs the schema first. */
function returned(input: unknown, options: unknown = { asOf: AS_OF }): Shown[] {
  const r = safeEvaluateCase(input, options as EvaluateCaseOptions);
  expect(r.success).toBe(false);
  return r.success ? [] : r.issues.map((i) => [i.code, i.path, i.params]);
}

describe('evaluateCase: the case itself', () => {
  it('names a case that is not an object at the root, and nothing inside it', () => {
    const cases: [unknown, string, string | null][] = [
      [null, 'null', null],
      [5, 'number', '5'],
      ['case', 'string', "'case'"],
      [true, 'boolean', 'true'],
      [[{ firstSickDay: D1 }], 'array', null],
    ];
    for (const [input, received, value] of cases) {
      const expected: Shown[] = [['invalid_type', [], { expected: 'object', received, value }]];
      expect(thrown(input), received).toEqual(expected);
      expect(returned(input), received).toEqual(expected);
    }
  });

  it('names events that are not a list, with the JSON type and the value', () => {
    const cases: [unknown, string, string | null][] = [
      [{}, 'object', null],
      ['probleemanalyse', 'string', "'probleemanalyse'"],
      [null, 'null', null],
      [3, 'number', '3'],
    ];
    for (const [events, received, value] of cases) {
      const input = { firstSickDay: D1, events };
      const expected: Shown[] = [['invalid_type', ['events'], { expected: 'array', received, value }]];
      expect(thrown(input), received).toEqual(expected);
      expect(returned(input), received).toEqual(expected);
    }
  });

  it('checks the events it is given as a list, and accepts a case without events', () => {
    // 2025-01-05 is the day before D1 (a Sunday before Monday 2025-01-06)
    const input = { firstSickDay: D1, events: [{ type: 'probleemanalyse', date: '2025-01-05' }] };
    expect(thrown(input)).toEqual([['before_first_sick_day', ['events', 0, 'date'], { date: '2025-01-05', firstSickDay: D1 }]]);
    expect(evaluateCase({ firstSickDay: D1 }, { asOf: AS_OF }).firstSickDay).toBe(D1);
    expect(evaluateCase({ firstSickDay: D1, events: undefined }, { asOf: AS_OF }).firstSickDay).toBe(D1);
  });

  it('checks events against a first sick day that is itself bad only for their own dates', () => {
    // No before_first_sick_day when day 1 is unknown: only the first sick day is named.
    const input = { firstSickDay: '2025-02-30', events: [{ type: 'probleemanalyse', date: '2025-01-05' }] };
    expect(thrown(input)).toEqual([['invalid_date', ['firstSickDay'], { value: "'2025-02-30'" }]]);
  });
});

describe('evaluateCase: the vangnet', () => {
  it('names a vangnet that is not an object', () => {
    const cases: [unknown, string, string | null][] = [
      [null, 'null', null],
      [[], 'array', null],
      ['zwangerschap', 'string', "'zwangerschap'"],
      [1, 'number', '1'],
      [false, 'boolean', 'false'],
    ];
    for (const [vangnet, received, value] of cases) {
      const input = { firstSickDay: D1, vangnet };
      const expected: Shown[] = [['invalid_type', ['vangnet'], { expected: 'object', received, value }]];
      expect(thrown(input), received).toEqual(expected);
      expect(returned(input), received).toEqual(expected);
    }
  });

  it('names a missing grond as missing', () => {
    expect(thrown({ firstSickDay: D1, vangnet: {} })).toEqual([['missing', ['vangnet', 'grond'], {}]]);
    // The other fields are not checked until the grond is known.
    expect(thrown({ firstSickDay: D1, vangnet: { bekendOp: 'gisteren' } })).toEqual([['missing', ['vangnet', 'grond'], {}]]);
  });

  it('names an unknown grond with the four that are allowed (Ziektewet art. 29a, 29b)', () => {
    for (const [grond, value] of [
      ['ziek', "'ziek'"],
      ['Zwangerschap', "'Zwangerschap'"],
      [5, '5'],
      [null, 'null'],
    ] as const) {
      const input = { firstSickDay: D1, vangnet: { grond } };
      const expected: Shown[] = [['invalid_value', ['vangnet', 'grond'], { value, allowed: GRONDEN }]];
      expect(thrown(input), String(grond)).toEqual(expected);
      expect(returned(input), String(grond)).toEqual(expected);
    }
  });

  it('accepts each of the four gronden without further fields', () => {
    for (const grond of GRONDEN) {
      const t = evaluateCase({ firstSickDay: D1, vangnet: { grond } } as never, { asOf: AS_OF });
      expect(
        t.milestones.some((m) => m.id === 'ziekmelding-uwv-vangnet'),
        grond,
      ).toBe(true);
    }
  });

  it('names a bad bekendOp and a bad uitgerekendeDatum at their own paths', () => {
    const input = { firstSickDay: D1, vangnet: { grond: 'zwangerschap', bekendOp: '2025-02-30', uitgerekendeDatum: 20250601 } };
    const expected: Shown[] = [
      ['invalid_date', ['vangnet', 'bekendOp'], { value: "'2025-02-30'" }],
      ['invalid_type', ['vangnet', 'uitgerekendeDatum'], { expected: 'string', received: 'number', value: '20250601' }],
    ];
    expect(thrown(input)).toEqual(expected);
    expect(returned(input)).toEqual(expected);
    expect(thrown({ firstSickDay: D1, vangnet: { grond: 'zwangerschap', uitgerekendeDatum: '2025-13-01' } })).toEqual([
      ['invalid_date', ['vangnet', 'uitgerekendeDatum'], { value: "'2025-13-01'" }],
    ]);
    expect(thrown({ firstSickDay: D1, vangnet: { grond: 'no-riskpolis', bekendOp: null } })).toEqual([
      ['invalid_type', ['vangnet', 'bekendOp'], { expected: 'string', received: 'null', value: null }],
    ]);
  });
});

describe('evaluateCase: the options', () => {
  it('names a missing or bad asOf', () => {
    expect(thrown({ firstSickDay: D1 }, {})).toEqual([['missing', ['asOf'], {}]]);
    expect(thrown({ firstSickDay: D1 }, { asOf: 20250602 })).toEqual([
      ['invalid_type', ['asOf'], { expected: 'string', received: 'number', value: '20250602' }],
    ]);
    expect(thrown({ firstSickDay: D1 }, { asOf: '2025-06-31' })).toEqual([['invalid_date', ['asOf'], { value: "'2025-06-31'" }]]);
  });

  it('names the missing asOf when there are no options at all', () => {
    let error: unknown;
    try {
      evaluateCase({ firstSickDay: D1 }, undefined as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PoortwachterError);
    expect((error as PoortwachterError).issues.map((i) => [i.code, i.path])).toEqual([['missing', ['asOf']]]);
    expect(thrown({ firstSickDay: D1 }, null)).toEqual([['missing', ['asOf'], {}]]);
  });

  it('names a policy that is not an object, and each bad setting', () => {
    expect(thrown({ firstSickDay: D1 }, { asOf: AS_OF, policy: null })).toEqual([
      ['invalid_type', ['policy'], { expected: 'object', received: 'null', value: null }],
    ]);
    expect(thrown({ firstSickDay: D1 }, { asOf: AS_OF, policy: { dueSoonDays: -1, includeAdvice: 'ja' } })).toEqual([
      ['too_small', ['policy', 'dueSoonDays'], { origin: 'number', minimum: 0, value: '-1' }],
      ['invalid_type', ['policy', 'includeAdvice'], { expected: 'boolean', received: 'string', value: "'ja'" }],
    ]);
  });

  it('lists the problems in the order asOf, the case, the policy', () => {
    const input = { firstSickDay: '2025-02-29', events: 'none', vangnet: { grond: 'ziekte' } };
    const options = { asOf: 'today', policy: { probleemanalyse: 'later' } };
    const expected: Shown[] = [
      ['invalid_date', ['asOf'], { value: "'today'" }],
      ['invalid_date', ['firstSickDay'], { value: "'2025-02-29'" }],
      ['invalid_type', ['events'], { expected: 'array', received: 'string', value: "'none'" }],
      ['invalid_value', ['vangnet', 'grond'], { value: "'ziekte'", allowed: GRONDEN }],
      ['invalid_value', ['policy', 'probleemanalyse'], { value: "'later'", allowed: ['week', 'strict'] }],
    ];
    expect(thrown(input, options)).toEqual(expected);
  });

  it('reports the policy even when the case is not an object', () => {
    expect(thrown(null, { asOf: AS_OF, policy: { evaluationIntervalDays: 0 } })).toEqual([
      ['invalid_type', [], { expected: 'object', received: 'null', value: null }],
      ['too_small', ['policy', 'evaluationIntervalDays'], { origin: 'number', minimum: 1, value: '0' }],
    ]);
  });
});
