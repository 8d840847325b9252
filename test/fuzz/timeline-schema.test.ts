/**
 * Every timeline of the fuzz corpus validates against the output schemas: the JSON Schema (with ajv,
 * formats included) and `CaseTimelineSchema.safeParse`; every `poortwachter batch` line, good or bad,
 * against the batch-line JSON Schema.
 */
import { Readable, Writable } from 'node:stream';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { BatchLineSchema, batchLineJsonSchema, CaseTimelineSchema, caseTimelineJsonSchema } from '../../src/case/timeline-schema.js';
import { runCli } from '../../src/cli/run.js';
import { evaluateCase } from '../../src/index.js';
import { invalidMutationArb, lateCaseArb, runs, validCaseArb, validMutationArb } from '../arbitraries.js';
import { fc, test as fcTest } from '../fc.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const validTimeline = ajv.compile(caseTimelineJsonSchema());
const validLine = ajv.compile(batchLineJsonSchema());

function expectTimeline(t: unknown): void {
  const json = JSON.parse(JSON.stringify(t)) as unknown;
  expect(validTimeline(json), JSON.stringify(validTimeline.errors?.slice(0, 3))).toBe(true);
  const parsed = CaseTimelineSchema.safeParse(json);
  expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
}

describe('every timeline of the fuzz corpus validates against the timeline schema', () => {
  fcTest.prop([validCaseArb()], { numRuns: runs(300) })('valid cases', ({ input, asOf }) => {
    expectTimeline(evaluateCase(input, { asOf }));
  });
  fcTest.prop([lateCaseArb()], { numRuns: runs(100) })('cases whose dates run past 2199', ({ input, asOf }) => {
    expectTimeline(evaluateCase(input, { asOf }));
  });
  fcTest.prop([validMutationArb()], { numRuns: runs(200) })('valid mutations', ({ input, asOf }) => {
    expectTimeline(evaluateCase(input, { asOf }));
  });
  it('rejects a timeline with a field it does not know, or a flag with params of another code', () => {
    const t = evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-06-02' });
    expect(validTimeline({ ...t, extra: 1 })).toBe(false);
    const flag = { code: 'HERSTELD_TWICE', severity: 'warning', params: { weeks: 3, max: 52 } };
    expect(validTimeline({ ...t, flags: [flag] })).toBe(false);
    expect(CaseTimelineSchema.safeParse({ ...t, flags: [flag] }).success).toBe(false);
  });
});

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

describe('every batch line validates against the batch-line schema', () => {
  it('good and bad lines of a batch of generated cases', async () => {
    const good = fc.sample(validCaseArb(12), { numRuns: 60, seed: 7 }).map((c) => JSON.stringify(c.input));
    const bad = fc.sample(invalidMutationArb(), { numRuns: 60, seed: 7 }).map((m) => JSON.stringify(m.input) ?? 'null');
    const input = [...good, ...bad, '', '{"firstSickDay":'].join('\n');
    const stdout = new Sink();
    await runCli(['batch', '--as-of', '2025-06-02'], {
      stdin: Readable.from([Buffer.from(`${input}\n`)]),
      stdout,
      stderr: new Sink(),
      env: {},
    });
    const lines = stdout.text.trim().split('\n');
    expect(lines.length).toBe(good.length + bad.length + 2);
    for (const line of lines) {
      const json = JSON.parse(line) as unknown;
      expect(validLine(json), `${line.slice(0, 200)} ${JSON.stringify(validLine.errors?.slice(0, 3))}`).toBe(true);
      expect(BatchLineSchema.safeParse(json).success).toBe(true);
    }
  });
});

describe('poortwachter schema', () => {
  it('prints the timeline and batch-line schemas, and an unknown one is an error', async () => {
    for (const [arg, schema] of [
      ['timeline', caseTimelineJsonSchema()],
      ['batch-line', batchLineJsonSchema()],
    ] as const) {
      const stdout = new Sink();
      expect(await runCli(['schema', arg, '--lang', 'en'], { stdin: Readable.from([]), stdout, stderr: new Sink(), env: {} })).toBe(0);
      expect(JSON.parse(stdout.text)).toEqual(schema);
    }
    const stderr = new Sink();
    expect(await runCli(['schema', 'output'], { stdin: Readable.from([]), stdout: new Sink(), stderr, env: {} })).toBe(2);
    expect(stderr.text).toContain('timeline');
  });
});
