import { beforeAll, describe, expect, it } from 'vitest';
import { caseInputJsonSchema } from '../../src/index.js';
import { ensureBuilt, expectNoStack, lines, readDistFile, runCli } from './helpers.js';

beforeAll(ensureBuilt);

describe.concurrent('poortwachter validate', () => {
  it('exits 0 for the example cases', async () => {
    for (const file of ['examples/sample-case.json', 'examples/complex-case.json']) {
      const r = await runCli(['validate', file]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${file}: geldig\n`);
      expect((await runCli(['validate', file, '--lang', 'en'])).stdout).toBe(`${file}: valid\n`);
    }
  });

  it('exits 2 listing every issue, one line each, naming the field', async () => {
    const input = JSON.stringify({
      firstSickDay: '2025-01-06',
      events: [
        { type: 'probleemanalyse', date: '2025-02-29' },
        { type: 'verlenging', date: '2025-03-01', weeks: 5 },
        { type: 'hersteld', date: '2024-12-01' },
      ],
      extra: true,
    });
    const r = await runCli(['validate', '-', '--lang', 'en'], { input });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectNoStack(r.stderr);
    const out = lines(r.stderr);
    expect(out.length).toBeGreaterThanOrEqual(3);
    expect(out.every((l) => l.startsWith('stdin: '))).toBe(true);
    expect(r.stderr).toMatch(/events\[0\]\.date: '2025-02-29' is not a valid date/);
    expect(r.stderr).toMatch(/events\[1\]\.weeks/);
    expect(r.stderr).toMatch(/stdin: extra: unknown field/);
  });

  it('reports issues as JSON with --format json', async () => {
    const ok = await runCli(['validate', 'examples/sample-case.json', '--format', 'json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ valid: true, issues: [] });
    const bad = await runCli(['validate', '-', '--format', 'json'], { input: '{"firstSickDay":"2025-13-01"}' });
    expect(bad.code).toBe(2);
    const body = JSON.parse(bad.stdout);
    expect(body.valid).toBe(false);
    expect(body.issues[0].path).toEqual(['firstSickDay']);
    const broken = await runCli(['validate', '-', '--format', 'json'], { input: '{' });
    expect(broken.code).toBe(2);
    expect(JSON.parse(broken.stdout).issues[0].code).toBe('invalid_json');
  });

  it('rejects malformed JSON, an empty stdin and a missing file in one line', async () => {
    for (const [args, input, message] of [
      [['validate', '-'], '{"firstSickDay":', /^stdin: geen geldige JSON: de invoer houdt halverwege op \(regel 1, kolom 17\)$/],
      [['validate', '-'], '', /^stdin: de invoer is leeg/],
      [['validate', 'nope.json'], undefined, /^nope\.json: kan niet lezen \(bestand bestaat niet\)$/],
      [['validate'], undefined, /geef een bestand met een verzuimgeval/],
      [['validate', '-', '--lang', 'en'], '{"firstSickDay":', /^stdin: not valid JSON: the input ends too early \(line 1, column 17\)$/],
      [['validate', 'nope.json', '--lang', 'en'], undefined, /^nope\.json: cannot read \(no such file\)$/],
    ] as const) {
      const r = await runCli(args, input === undefined ? {} : { input });
      expect(r.code).toBe(2);
      expectNoStack(r.stderr);
      expect(lines(r.stderr)).toHaveLength(1);
      expect(r.stderr.trimEnd()).toMatch(message);
    }
  });
});

describe.concurrent('poortwachter schema', () => {
  it('prints the JSON Schema of CaseInput, with --lang en the same as the shipped file', async () => {
    const r = await runCli(['schema', '--lang', 'en']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema).toEqual(caseInputJsonSchema());
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['firstSickDay']);
    expect(JSON.parse(await readDistFile('case-input.schema.json'))).toEqual(schema);
  });

  it('takes no arguments', async () => {
    const r = await runCli(['schema', 'extra']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
  });
});
