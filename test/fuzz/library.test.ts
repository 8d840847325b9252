/**
 * Fuzzing the input boundary in-process: arbitrary JSON and values, and structured mutations of
 * valid cases, into `parseCaseInput` and `safeEvaluateCase`. They never throw, never take long,
 * reject every invalid input with issues naming the field in Dutch and English, never pollute a
 * prototype, and still produce a sound timeline for every valid mutation.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { daysFromCivil, formatIsoDate, parseIsoDate } from '../../src/calendar/isoDate.js';
import {
  type CaseTimeline,
  evaluateCase,
  type InputIssue,
  parseCaseInput,
  type Result,
  ruleOf,
  safeEvaluateCase,
} from '../../src/index.js';
import {
  invalidMutationArb,
  isWellFormedIssue,
  lateCaseArb,
  PROTO_JSON_SAMPLES,
  pollutionCheck,
  runs,
  STATUSES,
  startsWith,
  validCaseArb,
  validMutationArb,
} from '../arbitraries.js';

/** Slowest a single call may be before it counts as a hang (10 000 events take ~50 ms; generous for a loaded CI machine). */
const CALL_BUDGET_MS = 5_000;

let inputs = 0;
const counts: Record<string, number> = {};
const count = (name: string) => {
  inputs++;
  counts[name] = (counts[name] ?? 0) + 1;
};

afterAll(() => {
  // Read by docs/reliability.md and the closing note of issue 7; one line, easy to grep.
  console.log(`fuzz(library): ${inputs} inputs under TZ=${process.env.TZ ?? '(unset)'} ${JSON.stringify(counts)}`);
  expect(pollutionCheck()).toEqual([]);
});

/** Calls `f`, failing on a throw (with the input) or on a call slower than the budget. */
function guarded<T>(label: string, input: unknown, f: () => T): T {
  const t0 = performance.now();
  let out: T;
  try {
    out = f();
  } catch (e) {
    throw new Error(`${label} threw for input ${safeShow(input)}: ${(e as Error)?.stack ?? String(e)}`);
  }
  const ms = performance.now() - t0;
  if (ms > CALL_BUDGET_MS) throw new Error(`${label} took ${ms.toFixed(0)} ms for input ${safeShow(input)}`);
  return out;
}

function safeShow(v: unknown): string {
  try {
    return (JSON.stringify(v) ?? String(v)).slice(0, 500);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

function expectRejected(r: Result<unknown>): readonly InputIssue[] {
  expect(r.success).toBe(false);
  if (r.success) return [];
  expect(r.issues.length).toBeGreaterThan(0);
  for (const i of r.issues) expect(isWellFormedIssue(i), JSON.stringify(i)).toBe(true);
  return r.issues;
}

function checkResultShape(r: Result<unknown>): void {
  expect(typeof r).toBe('object');
  expect(typeof r.success).toBe('boolean');
  if (!r.success) expectRejected(r);
}

/**
 * A real `YYYY-MM-DD` day. Not `parseIsoDate`: that accepts only the input years 1900–2199, and
 * derived dates of a late first sick day lie after 2199.
 */
function isRealDate(d: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return false;
  return formatIsoDate(daysFromCivil(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10)))) === d;
}

/** The domain properties every timeline satisfies. */
function checkTimeline(t: CaseTimeline, inputFirstSickDay: string, asOf: string): void {
  expect(Number.isNaN(parseIsoDate(t.firstSickDay))).toBe(false);
  for (const d of [t.wachttijd.lastDay, t.wachttijd.wiaStart, t.wageObligationEnd]) expect(isRealDate(d), d).toBe(true);
  expect(t.asOf).toBe(asOf);
  expect(t.firstSickDay >= inputFirstSickDay).toBe(true);
  expect(['sick', 'recovered', 'closed']).toContain(t.status);
  expect(Number.isInteger(t.countedSickDays) && t.countedSickDays >= 0).toBe(true);
  expect(Number.isInteger(t.currentWeek) && t.currentWeek >= 0).toBe(true);
  expect(t.wachttijd.wiaStart > t.wachttijd.lastDay).toBe(true);
  expect(t.wageObligationEnd >= t.firstSickDay).toBe(true);
  for (const m of t.milestones) {
    expect(STATUSES).toContain(m.status);
    for (const d of [m.due, m.windowStart, m.legalLatest, m.completedOn]) {
      if (d !== null) expect(isRealDate(d), `${m.id} date ${d}`).toBe(true);
    }
    expect(m.due >= t.firstSickDay, `${m.id}#${m.occurrence} due ${m.due} before day 1 ${t.firstSickDay}`).toBe(true);
    if (m.windowStart !== null) expect(m.windowStart >= t.firstSickDay, `${m.id} windowStart`).toBe(true);
    const title = m.title ?? ruleOf(m.id)?.title;
    expect(title !== undefined && title.nl.length > 0 && title.en.length > 0).toBe(true);
    expect(Number.isInteger(m.occurrence) && m.occurrence >= 1).toBe(true);
  }
  for (const f of t.flags) expect(['error', 'warning', 'info']).toContain(f.severity);
}

/**
 * The timeline as JSON with its flags sorted: identical same-day events keep their input order (the
 * last tie-break of the engine's event sort), so the order of the flags about them may follow the
 * input; nothing else may.
 */
function canonical(t: CaseTimeline): string {
  const flags = t.flags.map((f) => JSON.stringify(f)).sort();
  return JSON.stringify({ ...t, flags });
}

describe('arbitrary values into the input boundary', () => {
  it('parseCaseInput never throws on arbitrary JSON and rejects with well-formed issues', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        count('parseCaseInput(jsonValue)');
        checkResultShape(guarded('parseCaseInput', v, () => parseCaseInput(v)));
      }),
      { numRuns: runs(1500) },
    );
  });

  it('parseCaseInput never throws on arbitrary JS values (functions, symbols, getters, cycles)', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withMap: true,
          withSet: true,
          withDate: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
          withBoxedValues: true,
          withObjectString: true,
        }),
        (v) => {
          count('parseCaseInput(anything)');
          checkResultShape(guarded('parseCaseInput', v, () => parseCaseInput(v)));
        },
      ),
      { numRuns: runs(1500) },
    );
  });

  it('safeEvaluateCase never throws on arbitrary input and arbitrary options', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.oneof(fc.anything(), fc.record({ asOf: fc.oneof(fc.string(), fc.constant('2025-03-10')), policy: fc.anything() })),
        (v, o) => {
          count('safeEvaluateCase(jsonValue, anything)');
          checkResultShape(guarded('safeEvaluateCase', v, () => safeEvaluateCase(v, o as never)));
        },
      ),
      { numRuns: runs(1500) },
    );
  });

  it('safeEvaluateCase rejects malformed policies and rule tables as issues, never as a throw', () => {
    const policyArb = fc.dictionary(
      fc.constantFrom(
        'probleemanalyse',
        'evaluationIntervalDays',
        'dueSoonDays',
        'includeAdvice',
        'meldingBedrijfsartsDay',
        'frequentAbsenceReports',
        'constructor',
        '__proto__',
        'toString',
        'x',
      ),
      fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 1e308, 'week', 'strict')),
    );
    const rulesArb = fc.oneof(
      fc.anything({ maxDepth: 2 }),
      fc.record({ starts: fc.anything({ maxDepth: 1 }), segments: fc.anything({ maxDepth: 1 }) }),
    );
    fc.assert(
      fc.property(
        validCaseArb(5),
        fc.option(policyArb, { nil: undefined }),
        fc.option(rulesArb, { nil: undefined }),
        ({ input, asOf }, policy, rules) => {
          count('safeEvaluateCase(valid, policy, rules)');
          const r = guarded('safeEvaluateCase', { input, policy, rules }, () =>
            safeEvaluateCase(input, { asOf, policy: policy as never, rules: rules as never }),
          );
          checkResultShape(r);
        },
      ),
      { numRuns: runs(800) },
    );
  });

  it('policy keys that only exist on Object.prototype are unknown settings', () => {
    for (const key of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      count('policy poison key');
      const policy = JSON.parse(`{"${key}": 5}`);
      const r = safeEvaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10', policy });
      const issues = expectRejected(r);
      expect(issues.some((i) => startsWith(i.path, ['policy', key]))).toBe(true);
    }
  });

  it('JSON with __proto__ and constructor keys is rejected without polluting any prototype', () => {
    for (const text of PROTO_JSON_SAMPLES) {
      count('__proto__ JSON');
      const v = JSON.parse(text);
      const r1 = guarded('parseCaseInput', v, () => parseCaseInput(v));
      const r2 = guarded('safeEvaluateCase', v, () => safeEvaluateCase(v, { asOf: '2025-03-10' }));
      if (text.includes('"type":"hersteld","date":"2025-02-01"}]}')) continue;
      expectRejected(r1);
      expectRejected(r2);
    }
    expect(pollutionCheck()).toEqual([]);
  });
});

describe('structured mutations of valid cases', () => {
  it('every invalid mutation is rejected, with an issue that names the broken field (nl + en)', () => {
    fc.assert(
      fc.property(invalidMutationArb(), (m) => {
        count(`invalid: ${m.kind.replace(/extra key .*/, 'extra key')}`);
        for (const [label, r] of [
          ['parseCaseInput', guarded('parseCaseInput', m.input, () => parseCaseInput(m.input))],
          ['safeEvaluateCase', guarded('safeEvaluateCase', m.input, () => safeEvaluateCase(m.input, { asOf: '2025-03-10' }))],
        ] as const) {
          const issues = expectRejected(r);
          const names = issues.some((i) => startsWith(i.path, m.path));
          expect(
            names,
            `${label} [${m.kind}] expected an issue at ${JSON.stringify(m.path)}, got ${JSON.stringify(issues).slice(0, 600)}`,
          ).toBe(true);
        }
      }),
      { numRuns: runs(2500) },
    );
  });

  it('messages name the field in both languages (pathName of the issue path)', () => {
    fc.assert(
      fc.property(invalidMutationArb(), (m) => {
        count('invalid: message names field');
        const r = parseCaseInput(m.input);
        if (r.success) return;
        for (const i of r.issues) {
          const last = i.path.length === 0 ? '(root)' : String(i.path[i.path.length - 1]);
          expect(i.message.nl.includes(last) && i.message.en.includes(last), JSON.stringify(i)).toBe(true);
          expect(i.message.en).not.toMatch(/too long \(at most 9007199254740991\)|too short \(at least -9007199254740991\)/);
        }
      }),
      { numRuns: runs(500) },
    );
  });

  it('valid mutations (shuffled, duplicated, thousands of events, unicode notes) give a sound timeline', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          validMutationArb(),
          lateCaseArb().map((c) => ({ ...c, kind: 'late first sick day' })),
        ),
        ({ kind, input, asOf }) => {
          count(`valid: ${kind}`);
          const parsed = guarded('parseCaseInput', input, () => parseCaseInput(input));
          expect(parsed.success, `${kind}: ${JSON.stringify(parsed).slice(0, 500)}`).toBe(true);
          const r = guarded('safeEvaluateCase', input, () => safeEvaluateCase(input, { asOf }));
          expect(r.success).toBe(true);
          if (r.success) checkTimeline(r.data, input.firstSickDay, asOf);
        },
      ),
      { numRuns: runs(150) },
    );
  });

  it('the order of events does not matter', () => {
    fc.assert(
      fc.property(
        validCaseArb(15).chain((c) =>
          fc.shuffledSubarray([...(c.input.events ?? [])], { minLength: c.input.events?.length ?? 0 }).map((e) => [c, e] as const),
        ),
        ([{ input, asOf }, shuffled]) => {
          count('valid: order independence');
          const a = canonical(evaluateCase(input, { asOf }));
          const b = canonical(evaluateCase({ ...input, events: shuffled }, { asOf }));
          expect(b).toBe(a);
        },
      ),
      { numRuns: runs(400) },
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(validCaseArb(10), ({ input, asOf }) => {
        count('valid: input not mutated');
        const before = JSON.stringify(input);
        safeEvaluateCase(input, { asOf });
        expect(JSON.stringify(input)).toBe(before);
      }),
      { numRuns: runs(200) },
    );
  });

  it('handles 10 000 events (MAX_EVENTS) within the call budget and rejects 10 001', () => {
    count('valid: MAX_EVENTS');
    count('invalid: MAX_EVENTS + 1');
    const ev = Array.from({ length: 10_000 }, (_, i) => ({ type: i % 2 ? 'evaluatie' : 'deskundigenoordeel', date: '2025-03-01' }));
    const ok = guarded('safeEvaluateCase', '10 000 events', () =>
      safeEvaluateCase({ firstSickDay: '2025-01-06', events: ev }, { asOf: '2026-01-01' }),
    );
    expect(ok.success).toBe(true);
    const bad = safeEvaluateCase({ firstSickDay: '2025-01-06', events: [...ev, ev[0]] }, { asOf: '2026-01-01' });
    expect(expectRejected(bad).some((i) => startsWith(i.path, ['events']))).toBe(true);
  });
});

describe('regressions found by this fuzzing (issue 7)', () => {
  it('a first sick day of 2199-12-31 gives real dates in 2200–2201, not NaN', () => {
    count('regression: 2199-12-31');
    const t = evaluateCase({ firstSickDay: '2199-12-31' }, { asOf: '2199-12-31' });
    checkTimeline(t, '2199-12-31', '2199-12-31');
    expect(t.milestones.find((m) => m.id === 'plan-van-aanpak')?.due).toBe('2200-02-24');
  });

  it('a rules option that is not a rule table is an issue at rules', () => {
    for (const rules of [[], {}, { starts: {}, segments: {} }, { starts: [0], segments: [null] }, 5, 'x']) {
      count('regression: rules');
      const r = safeEvaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10', rules: rules as never });
      expect(expectRejected(r).some((i) => startsWith(i.path, ['rules']))).toBe(true);
    }
  });

  it('verlengingen adding up past 520 weeks are rejected once, at the event that crosses', () => {
    count('regression: verlenging total');
    const events = Array.from({ length: 10_000 }, () => ({ type: 'verlenging' as const, date: '2025-01-06', weeks: 520 }));
    const r = guarded('safeEvaluateCase', 'verlenging x 10 000', () =>
      safeEvaluateCase({ firstSickDay: '2025-01-06', events }, { asOf: '2025-06-01' }),
    );
    expect(expectRejected(r).map((i) => i.path)).toEqual([['events', 1, 'weeks']]);
  });
});
