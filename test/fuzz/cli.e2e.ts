/**
 * Fuzzing the built `poortwachter` bin (dist/cli.js) as a payroll system runs it: `batch` over
 * thousands of NDJSON lines (arbitrary JSON, mutated cases, garbage text), `validate -` and
 * `timeline --case -` per input. Never a hang, never a stack trace, exit code 2 for invalid input,
 * and the CLI agrees exactly with the library (its oracle) on every line.
 *
 * Runs once (the `e2e` project of vitest.config.ts), not once per time zone: it spawns processes.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { compactTimelineJson } from '../../src/cli/batch.js';
import { withWords } from '../../src/cli/timeline.js';
import { evaluateCase, parseCaseInput, safeEvaluateCase } from '../../src/index.js';
import { invalidMutationArb, isWellFormedIssue, pollutionCheck, runs, startsWith, validCaseArb, validMutationArb } from '../arbitraries.js';
import { hasStackTrace, pool, run, snapshotBuild } from './spawn.js';

const build = snapshotBuild();
const CLI = build.cli;
const AS_OF = '2025-06-02';
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const HANG_MS = 30_000;

let inputs = 0;
const counts: Record<string, number> = {};
const count = (name: string, n = 1) => {
  inputs += n;
  counts[name] = (counts[name] ?? 0) + n;
};

afterAll(() => {
  build.remove();
  console.log(`fuzz(cli): ${inputs} inputs (seed ${SEED}) ${JSON.stringify(counts)}`);
  expect(pollutionCheck()).toEqual([]);
});

const cli = (args: readonly string[], stdin: string, env: NodeJS.ProcessEnv = {}) =>
  run(process.execPath, [CLI, ...args], { stdin, timeoutMs: HANG_MS, env: { ...process.env, NO_COLOR: '1', ...env } });

/** Text a payroll export might put on a line: not JSON, half JSON, binary, BOMs, huge numbers. */
const garbageLineArb = fc.oneof(
  fc.constantFrom(
    '',
    '   ',
    '\t',
    '{',
    '}',
    '[',
    '{"firstSickDay":',
    '{"firstSickDay":"2025-01-06"',
    "{'firstSickDay':'2025-01-06'}",
    '{"firstSickDay":"2025-01-06",}',
    'firstSickDay=2025-01-06',
    'null',
    'true',
    '0',
    '-0',
    '1e999',
    '"2025-01-06"',
    '[]',
    '[{"firstSickDay":"2025-01-06"}]',
    '\uFEFF{"firstSickDay":"2025-01-06"}',
    '{"firstSickDay":"2025-01-06"}\uFEFF',
    '{"firstSickDay":"2025-01-06"} {"firstSickDay":"2025-01-07"}',
    '{"firstSickDay":"2025-01-06","firstSickDay":"2025-02-30"}',
    '{"__proto__":{"polluted":"yes"},"firstSickDay":"2025-01-06"}',
    '{"constructor":{"prototype":{"polluted":"yes"}},"firstSickDay":"2025-01-06"}',
    `{"firstSickDay":"2025-01-06","events":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    `{"firstSickDay":"2025-01-06","id":"${'x'.repeat(100_000)}"}`,
    '\u0000\u0001\u0002',
    '\uD800',
    '😀😀😀',
  ),
  fc.string({ unit: 'binary', maxLength: 60 }).map((s) => s.replace(/[\r\n]/g, ' ')),
  fc.jsonValue().map((v) => JSON.stringify(v).slice(0, Math.max(1, JSON.stringify(v).length - 1))),
);

/** One NDJSON line and the JSON value it holds (undefined for text that is not JSON). */
const lineArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 4, arbitrary: invalidMutationArb().map((m) => JSON.stringify(m.input) ?? 'undefined') },
  { weight: 4, arbitrary: validCaseArb(12).map((c) => JSON.stringify(c.input)) },
  { weight: 1, arbitrary: validMutationArb().map((c) => JSON.stringify(c.input)) },
  { weight: 2, arbitrary: garbageLineArb },
);

function parseOrUndefined(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch {
    return { ok: false };
  }
}

describe('poortwachter batch (NDJSON)', () => {
  it('gives exactly one line per input line, in order, agreeing with safeEvaluateCase on every line', { timeout: 240_000 }, async () => {
    const lines = fc.sample(lineArb, { numRuns: runs(3000), seed: SEED });
    count('batch lines', lines.length);
    const r = await cli(['batch', '-', '--as-of', AS_OF], `${lines.join('\n')}\n`);
    expect(r.timedOut, 'batch hung').toBe(false);
    expect(hasStackTrace(r.stderr), r.stderr.slice(0, 2000)).toBe(false);
    const out = r.stdout.split('\n');
    expect(out.pop()).toBe('');
    expect(out.length).toBe(lines.length);
    let invalid = 0;
    out.forEach((text, i) => {
      const res = JSON.parse(text) as { ok: boolean; line: number; issues?: unknown[]; timeline?: unknown };
      expect(res.line).toBe(i + 1);
      const input = lines[i] as string;
      const parsed = i === 0 || input.charCodeAt(0) !== 0xfeff ? parseOrUndefined(input) : { ok: false as const };
      if (!parsed.ok || /^\s*$/.test(input)) {
        expect(res.ok, `line ${i + 1} is not JSON: ${input.slice(0, 200)}`).toBe(false);
      } else {
        const lib = safeEvaluateCase(parsed.value, { asOf: AS_OF });
        expect(res.ok, `line ${i + 1}: ${input.slice(0, 300)}`).toBe(lib.success);
        // Compact: the timeline without the rule table's title and legalBasis per milestone.
        if (lib.success) expect(JSON.stringify(res.timeline)).toBe(compactTimelineJson(lib.data));
        else expect(res.issues).toEqual(lib.issues);
      }
      if (!res.ok) {
        invalid++;
        expect(res.issues?.length).toBeGreaterThan(0);
        for (const issue of res.issues ?? []) expect(isWellFormedIssue(issue as never), JSON.stringify(issue)).toBe(true);
      }
    });
    expect(r.code).toBe(invalid > 0 ? 2 : 0);
  });

  it('CRLF line endings (Windows exports) and a last line without a newline', { timeout: 60_000 }, async () => {
    count('batch lines', 4);
    const r = await cli(
      ['batch', '-', '--as-of', AS_OF],
      '{"firstSickDay":"2025-01-06"}\r\n{"firstSickDay":"2025-02-30"}\r\n\r\n{"firstSickDay":"2025-01-08"}',
    );
    expect(hasStackTrace(r.stderr)).toBe(false);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { ok: boolean; line: number });
    expect(out.map((o) => [o.line, o.ok])).toEqual([
      [1, true],
      [2, false],
      [3, false],
      [4, true],
    ]);
    expect(r.code).toBe(2);
  });

  it('csv output: a header and one row per input line, no stack trace', { timeout: 120_000 }, async () => {
    const lines = fc.sample(
      lineArb.filter((l) => !l.includes('\u2028') && !l.includes('\u2029')),
      { numRuns: runs(800), seed: SEED + 1 },
    );
    count('batch csv lines', lines.length);
    const r = await cli(['batch', '-', '--as-of', AS_OF, '--format', 'csv'], `${lines.join('\n')}\n`);
    expect(r.timedOut).toBe(false);
    expect(hasStackTrace(r.stderr), r.stderr.slice(0, 2000)).toBe(false);
    expect([0, 2]).toContain(r.code);
    // Rows start with their 1-based line number; quoted fields may hold newlines, so count those starts.
    const starts = r.stdout.split('\n').filter((row, i, all) => /^\d+,/.test(row) && (i === 0 || all[i - 1] !== undefined));
    expect(starts.length).toBeGreaterThanOrEqual(lines.length);
  });
});

describe('poortwachter validate - and timeline --case -', () => {
  interface Sample {
    readonly kind: string;
    readonly text: string;
    /** The field an issue must name, for structured mutations. */
    readonly path?: readonly (string | number)[];
  }
  const sampleArb: fc.Arbitrary<Sample> = fc.oneof(
    fc.jsonValue().map((v) => ({ kind: 'json', text: JSON.stringify(v) })),
    invalidMutationArb()
      .filter((m) => JSON.stringify(m.input) !== undefined && m.kind !== 'events: more than MAX_EVENTS')
      .map((m) => ({ kind: `invalid: ${m.kind}`, text: JSON.stringify(m.input), path: m.path })),
    validCaseArb(10).map((c) => ({ kind: 'valid', text: JSON.stringify(c.input, null, 2) })),
    garbageLineArb.map((text) => ({ kind: 'garbage', text })),
  );

  function expectCleanFailure(r: Awaited<ReturnType<typeof cli>>, what: string) {
    expect(r.timedOut, `${what} hung`).toBe(false);
    expect(r.signal).toBe(null);
    expect(hasStackTrace(r.stderr), `${what}: ${r.stderr.slice(0, 1500)}`).toBe(false);
  }

  it('validate: exit 0 for valid, 2 for invalid, issues equal to parseCaseInput (path, nl, en)', { timeout: 240_000 }, async () => {
    const samples = fc.sample(sampleArb, { numRuns: runs(30), seed: SEED + 2 });
    await pool(samples, 2, async (s) => {
      count('validate');
      const r = await cli(['validate', '-', '--format', 'json'], s.text);
      expectCleanFailure(r, `validate ${s.kind} ${s.text.slice(0, 200)}`);
      const parsed = s.text.trim() === '' ? { ok: false as const } : parseOrUndefined(s.text);
      const lib = parsed.ok ? parseCaseInput(parsed.value) : undefined;
      const expected = lib?.success === true ? 0 : 2;
      expect(r.code, `${s.kind}: ${s.text.slice(0, 200)} → ${r.stdout.slice(0, 300)} ${r.stderr.slice(0, 300)}`).toBe(expected);
      const body = JSON.parse(r.stdout) as { valid: boolean; issues: { path: (string | number)[] }[] };
      expect(body.valid).toBe(expected === 0);
      for (const i of body.issues) expect(isWellFormedIssue(i as never), JSON.stringify(i)).toBe(true);
      if (lib !== undefined && !lib.success) expect(body.issues).toEqual(lib.issues);
      if (s.path !== undefined) expect(body.issues.some((i) => startsWith(i.path, s.path as never))).toBe(true);
      // The text form: one line per problem on stderr, in the language asked for.
      if (expected === 2 && s.kind.startsWith('invalid')) {
        const t = await cli(['validate', '-', '--lang', 'en'], s.text);
        count('validate');
        expectCleanFailure(t, 'validate text');
        expect(t.code).toBe(2);
        expect(t.stderr.trim().length).toBeGreaterThan(0);
        expect(t.stdout).toBe('');
      }
    });
  });

  it('timeline --case - --format json: exit 2 with a message for invalid input, the library timeline for valid', {
    timeout: 240_000,
  }, async () => {
    const samples = fc.sample(sampleArb, { numRuns: runs(30), seed: SEED + 3 });
    await pool(samples, 2, async (s) => {
      count('timeline');
      const r = await cli(['timeline', '--case', '-', '--as-of', AS_OF, '--format', 'json'], s.text);
      expectCleanFailure(r, `timeline ${s.kind} ${s.text.slice(0, 200)}`);
      const parsed = s.text.trim() === '' ? { ok: false as const } : parseOrUndefined(s.text);
      const lib = parsed.ok ? parseCaseInput(parsed.value) : undefined;
      if (lib?.success === true && lib.data.firstSickDay > AS_OF) {
        // A valid case that starts after the peildatum: the library's AS_OF_BEFORE_FIRST_SICK_DAY, refused.
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr).toMatch(/^poortwachter timeline: De peildatum \S+ ligt vóór de eerste ziektedag/);
      } else if (lib?.success === true) {
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).toBe(`${JSON.stringify(withWords(evaluateCase(lib.data, { asOf: AS_OF }), 'nl'), null, 2)}\n`);
      } else {
        expect(r.code, `${s.kind}: ${s.text.slice(0, 200)}`).toBe(2);
        expect(r.stderr.trim().length).toBeGreaterThan(0);
      }
    });
  });

  it('usage errors (bad options, bad --as-of, unknown commands) exit 2 with one clean message', { timeout: 120_000 }, async () => {
    const argArb = fc.oneof(
      fc.constantFrom(
        ['timeline'],
        ['timeline', '--first-sick-day', '2025-02-30', '--as-of', AS_OF],
        ['timeline', '--first-sick-day', '2025-01-06', '--as-of', '9999-12-31'],
        ['timeline', '--first-sick-day', '2025-01-06', '--as-of', AS_OF, '--format', 'xml'],
        ['timeline', '--first-sick-day', '2025-01-06', '--as-of', AS_OF, '--lang', 'de'],
        ['timeline', '--first-sick-day'],
        ['timeline', '--case', '/nonexistent/case.json', '--as-of', AS_OF],
        ['timeline', '--case', '/', '--as-of', AS_OF],
        ['batch', '/nonexistent.ndjson', '--as-of', AS_OF],
        ['batch', '-', '--as-of', '2025-13-01'],
        ['batch', '-', '--fields', 'nope'],
        ['validate'],
        ['validate', '/nonexistent.json'],
        ['frobnicate'],
        ['--nope'],
        ['timeline', '--first-sick-day', '2025-01-06', '--as-of', AS_OF, '--unknown-flag'],
      ),
      fc.array(
        fc.oneof(
          fc.constantFrom('timeline', 'batch', 'validate', '--as-of', '--format', '--case', '--first-sick-day', '-', '--lang', '--fields'),
          fc.string({ maxLength: 12 }),
        ),
        {
          minLength: 1,
          maxLength: 6,
        },
      ),
    );
    const argvs = fc.sample(argArb, { numRuns: runs(20), seed: SEED + 4 });
    await pool(argvs, 2, async (argv) => {
      count('usage');
      const r = await cli(argv, '');
      expectCleanFailure(r, `argv ${JSON.stringify(argv)}`);
      expect([0, 1, 2], `argv ${JSON.stringify(argv)}`).toContain(r.code);
      if (r.code === 2) expect(r.stderr.trim().length, JSON.stringify(argv)).toBeGreaterThan(0);
    });
  });
});
