/**
 * The same CLI fuzz as cli.e2e.ts, in-process through `runCli` with fake streams: hundreds of
 * inputs per second instead of a few, so the breadth is here and the real bin is spot-checked
 * there. Any exception that reaches runCli's last-resort handler ("unexpected error") is a bug.
 */
import { Readable, Writable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { withWords } from '../../src/cli/timeline.js';
import { evaluateCase, parseCaseInput } from '../../src/index.js';
import { invalidMutationArb, isWellFormedIssue, lateCaseArb, pollutionCheck, runs, startsWith, validCaseArb } from '../arbitraries.js';
import { hasStackTrace } from './spawn.js';

const AS_OF = '2025-06-02';
let inputs = 0;
const counts: Record<string, number> = {};
const count = (name: string) => {
  inputs++;
  counts[name] = (counts[name] ?? 0) + 1;
};

afterAll(() => {
  console.log(`fuzz(cli in-process): ${inputs} inputs ${JSON.stringify(counts)}`);
  expect(pollutionCheck()).toEqual([]);
});

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

async function cli(argv: string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const stdout = new Sink();
  const stderr = new Sink();
  const t0 = performance.now();
  const code = await runCli(argv, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr, env: { NO_COLOR: '1' } });
  return { code, stdout: stdout.text, stderr: stderr.text, ms: performance.now() - t0 };
}

const textArb = fc.oneof(
  fc.jsonValue().map((v) => ({ kind: 'json', text: JSON.stringify(v), path: undefined })),
  fc.anything().map((v) => {
    let text: string | undefined;
    try {
      text = JSON.stringify(v);
    } catch {
      text = undefined;
    }
    return { kind: 'anything', text: text ?? String(v), path: undefined };
  }),
  invalidMutationArb()
    .filter((m) => JSON.stringify(m.input) !== undefined)
    .map((m) => ({ kind: `invalid: ${m.kind}`, text: JSON.stringify(m.input), path: m.path as readonly (string | number)[] | undefined })),
  validCaseArb(10).map((c) => ({ kind: 'valid', text: JSON.stringify(c.input), path: undefined })),
  fc.string({ unit: 'binary', maxLength: 80 }).map((text) => ({ kind: 'text', text, path: undefined })),
);

const parse = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
};

describe('runCli in-process', () => {
  it('validate - --format json and timeline --case - agree with the library; exit 0 or 2; no stack traces', async () => {
    await fc.assert(
      fc.asyncProperty(textArb, async ({ kind, text, path }) => {
        count('validate');
        count('timeline');
        const p = text.trim() === '' ? { ok: false as const } : parse(text);
        const lib = p.ok ? parseCaseInput(p.value) : undefined;
        const v = await cli(['validate', '-', '--format', 'json'], text);
        expect(hasStackTrace(v.stderr), v.stderr).toBe(false);
        expect(v.code, `${kind} ${text.slice(0, 200)}`).toBe(lib?.success === true ? 0 : 2);
        const body = JSON.parse(v.stdout) as { valid: boolean; issues: { path: (string | number)[] }[] };
        for (const i of body.issues) expect(isWellFormedIssue(i as never), JSON.stringify(i)).toBe(true);
        if (lib !== undefined && !lib.success) expect(body.issues).toEqual(lib.issues);
        if (path !== undefined) expect(body.issues.some((i) => startsWith(i.path, path))).toBe(true);

        const t = await cli(['timeline', '--case', '-', '--as-of', AS_OF, '--format', 'json'], text);
        expect(hasStackTrace(t.stderr), t.stderr).toBe(false);
        if (lib?.success === true && lib.data.firstSickDay <= AS_OF) {
          expect(t.code, t.stderr).toBe(0);
          // The engine's timeline with the rendered words behind it (--lang nl, the default).
          expect(t.stdout).toBe(`${JSON.stringify(withWords(evaluateCase(lib.data, { asOf: AS_OF }), 'nl'), null, 2)}\n`);
        } else if (lib?.success === true) {
          // A valid case that starts after the peildatum: the library's AS_OF_BEFORE_FIRST_SICK_DAY, refused.
          expect(t.code).toBe(2);
          expect(t.stderr).toMatch(/^poortwachter timeline: De peildatum \S+ ligt vóór de eerste ziektedag/);
          expect(t.stdout).toBe('');
        } else {
          expect(t.code).toBe(2);
          expect(t.stderr.trim()).not.toBe('');
          expect(t.stdout).toBe('');
        }
        expect(Math.max(v.ms, t.ms), 'a call took longer than 5 s').toBeLessThan(5_000);
      }),
      { numRuns: runs(600) },
    );
  });

  it('every output format of timeline renders every valid case (first sick days up to 2199) without an error or NaN', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(validCaseArb(12), lateCaseArb()),
        fc.constantFrom('table', 'json', 'csv', 'ics', 'html'),
        fc.constantFrom('nl', 'en'),
        async ({ input, asOf }, format, lang) => {
          count(`timeline --format ${format}`);
          const r = await cli(['timeline', '--case', '-', '--as-of', asOf, '--format', format, '--lang', lang], JSON.stringify(input));
          expect(hasStackTrace(r.stderr), r.stderr).toBe(false);
          if (asOf < input.firstSickDay) {
            // Before day 1 there is nothing to count: refused with exit 2 (AS_OF_BEFORE_FIRST_SICK_DAY).
            expect(r.code, r.stderr).toBe(2);
            expect(r.stdout).toBe('');
            return;
          }
          expect(r.code, `${format} ${JSON.stringify(input).slice(0, 300)} as of ${asOf}: ${r.stderr}`).toBe(0);
          expect(r.stdout.length).toBeGreaterThan(0);
          expect(r.stdout).not.toMatch(/NaN|undefined|Invalid Date/);
        },
      ),
      { numRuns: runs(250) },
    );
  });
});
