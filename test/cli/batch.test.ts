import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { summarizeTimeline } from '../../src/format/index.js';
import { MILESTONE_RULES, type MilestoneId, safeEvaluateCase } from '../../src/index.js';
import { ensureBuilt, expectNoStack, lines, root, runCli } from './helpers.js';

const AS_OF = '2025-06-02';
let valid: string[] = [];
let dir = '';

beforeAll(() => {
  ensureBuilt();
  const text = execFileSync(process.execPath, [join(root, 'examples/generate-ndjson.mjs'), '1000', '--as-of', AS_OF], { encoding: 'utf8' });
  valid = text.split('\n').filter((l) => l !== '');
  dir = mkdtempSync(join(tmpdir(), 'pw-batch-'));
});

/** 1 000 lines, 50 of them broken in five ways (malformed JSON, impossible dates, …), at fixed places. */
function withBrokenLines(): { text: string; broken: Map<number, string> } {
  const out = [...valid];
  const broken = new Map<number, string>();
  const kinds = [
    (l: string) => l.slice(0, Math.floor(l.length / 2)), // truncated JSON
    (l: string) => l.replace(/"firstSickDay":"\d{4}-\d{2}-\d{2}"/, '"firstSickDay":"2025-02-30"'), // impossible date
    (l: string) => `${l.slice(0, -1)},}`, // trailing comma
    (l: string) => l.replace(/"firstSickDay":"(\d{4})-(\d{2})-(\d{2})"/, '"firstSickDay":"$3-$2-$1"'), // wrong order
    () => '', // an empty line
  ];
  for (let k = 0; k < 50; k++) {
    const index = (k * 379 + 11) % 1000; // 50 distinct positions spread over the file
    const kind = kinds[k % kinds.length] as (l: string) => string;
    out[index] = kind(out[index] as string);
    broken.set(index + 1, out[index] as string);
  }
  return { text: `${out.join('\n')}\n`, broken };
}

describe.concurrent('poortwachter batch', () => {
  it('gives exactly one line per input line: 1 000 in, 950 ok, 50 not ok with their line numbers', async () => {
    const { text, broken } = withBrokenLines();
    expect(broken.size).toBe(50);
    const file = join(dir, 'broken.ndjson');
    writeFileSync(file, text);
    const r = await runCli(['batch', file, '--as-of', AS_OF]);
    expect(r.code).toBe(2); // some lines were invalid; every line was still written
    expectNoStack(r.stderr);
    expect(r.stderr).toBe('poortwachter batch: 50 van 1000 regels zijn ongeldig (zie de regels met ok:false)\n');
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out).toHaveLength(1000);
    expect(out.filter((o) => o.ok === true)).toHaveLength(950);
    const bad = out.filter((o) => o.ok === false);
    expect(bad.map((o) => o.line)).toEqual([...broken.keys()].sort((a, b) => a - b));
    for (const o of bad) {
      expect(o.issues.length).toBeGreaterThan(0);
      expect(o.issues[0].message.nl).toBeTruthy();
      expect(o.issues[0].message.en).toBeTruthy();
    }
    out.forEach((o, i) => {
      if (o.ok) {
        expect(o.line).toBe(i + 1);
        expect(o.id).toBe(JSON.parse(valid[i] as string).id); // the input id is echoed back
        expect(o.timeline.asOf).toBe(AS_OF);
      }
    });
    const codes = new Set(bad.map((o) => o.issues[0].code));
    expect(codes).toEqual(new Set(['invalid_json', 'invalid_date', 'empty_line']));
  });

  it('emits the timeline that safeEvaluateCase returns for each line; titles and legal bases by id from the rule table', async () => {
    const r = await runCli(['batch', '-', '--as-of', AS_OF], { input: `${valid.slice(0, 20).join('\n')}\n` });
    expect(r.code).toBe(0);
    const rules = new Map(MILESTONE_RULES.map((rule) => [rule.id, rule]));
    lines(r.stdout).forEach((l, i) => {
      const expected = safeEvaluateCase(JSON.parse(valid[i] as string), { asOf: AS_OF });
      expect(expected.success).toBe(true);
      const o = JSON.parse(l);
      for (const m of o.timeline.milestones as { id: MilestoneId }[]) {
        expect(m).not.toHaveProperty('title');
        expect(m).not.toHaveProperty('legalBasis');
        expect(m).not.toHaveProperty('derivation');
        // Nothing lost: the rule table has the title and legal basis of every id.
        expect(rules.get(m.id)?.legalBasis.length, m.id).toBeGreaterThan(0);
      }
      expect(o).toEqual({
        ok: true,
        line: i + 1,
        id: JSON.parse(valid[i] as string).id,
        timeline: expected.success ? expected.data : null,
      });
    });
  });

  it('keeps a full-timeline line of the typical bench case under 10 kB (0.1.0: ~31 kB, 0.2: ~17 kB; target 6 kB, see docs/performance.md)', async () => {
    // The benchmark's own typical case (bench/lib/cases.mjs is plain JS: typed here by hand).
    const cases = '../../bench/lib/cases.mjs';
    const { typicalCase } = (await import(cases)) as { typicalCase: () => { input: object; asOf: string } };
    const { input, asOf } = typicalCase();
    const r = await runCli(['batch', '-', '--as-of', asOf], { input: `${JSON.stringify({ id: 'E-1', ...input })}\n` });
    expect(r.code).toBe(0);
    const line = lines(r.stdout)[0] as string;
    expect(Buffer.byteLength(line)).toBeLessThan(10_000);
  });

  it('emits the summary fields with --fields summary', async () => {
    const r = await runCli(['batch', '--as-of', AS_OF, '--fields', 'summary'], { input: valid.slice(0, 50).join('\n') });
    expect(r.code).toBe(0);
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out).toHaveLength(50); // the last line has no newline and still counts
    out.forEach((o, i) => {
      const t = safeEvaluateCase(JSON.parse(valid[i] as string), { asOf: AS_OF });
      if (!t.success) throw new Error('generator made an invalid case');
      const s = summarizeTimeline(t.data);
      expect(o).toEqual({
        ok: true,
        line: i + 1,
        id: JSON.parse(valid[i] as string).id,
        status: s.status,
        currentWeek: s.currentWeek,
        next: s.next,
        overdue: s.overdue,
      });
    });
  });

  it('writes one CSV row per input line, with the issues of a broken one', async () => {
    const input = [valid[0], '{"id":"x,1","firstSickDay":"2025-02-29"}', '', '=cmd|"/c calc"!A1', valid[1]].join('\r\n');
    const r = await runCli(['batch', '--as-of', AS_OF, '--format', 'csv', '--fields', 'status,next', '--lang', 'en'], { input });
    expect(r.code).toBe(2);
    const rows = r.stdout.split('\r\n');
    expect(rows.pop()).toBe('');
    expect(rows[0]).toBe('line,id,ok,status,next_step,next_due,next_status,issues');
    expect(rows).toHaveLength(6);
    expect(rows[1]).toMatch(/^1,E-000001,true,sick,/);
    expect(rows[2]).toMatch(/^2,"x,1",false,,,,,"firstSickDay: '2025-02-29' is not a valid date/);
    expect(rows[3]).toBe('3,,false,,,,,line 3 is empty (expected one case as JSON per line)');
    expect(rows[4]).toBe('4,,false,,,,,line 4 is not valid JSON (column 1)');
    expect(rows[5]).toMatch(/^5,E-000002,true,/);
    const nl = await runCli(['batch', '--as-of', AS_OF, '--format', 'csv', '--fields', 'status,next'], { input });
    const nlRows = nl.stdout.split('\r\n');
    expect(nlRows[3]).toBe('3,,false,,,,,regel 3 is leeg (verwacht één verzuimgeval als JSON per regel)');
    expect(nlRows[4]).toBe('4,,false,,,,,regel 4 is geen geldige JSON (kolom 1)');
    expect(nl.stderr).toBe('poortwachter batch: 3 van 5 regels zijn ongeldig (zie de rijen met ok:false)\n');
  });

  it('exits 1 with --fail-on overdue when a case has an overdue legal step', async () => {
    const overdueCase = JSON.stringify({ id: 'late', firstSickDay: '2025-01-06' });
    const onTime = JSON.stringify({ id: 'fine', firstSickDay: '2025-05-26' });
    expect((await runCli(['batch', '--as-of', AS_OF, '--fail-on', 'overdue'], { input: `${onTime}\n` })).code).toBe(0);
    const r = await runCli(['batch', '--as-of', AS_OF, '--fail-on', 'overdue', '--fields', 'overdue'], {
      input: `${onTime}\n${overdueCase}\n`,
    });
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toHaveLength(2);
  });

  it('treats an empty input as zero cases', async () => {
    const r = await runCli(['batch', '--as-of', AS_OF], { input: '' });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('answers blank lines too: nothing is silently skipped', async () => {
    const r = await runCli(['batch', '--as-of', AS_OF, '--fields', 'status'], { input: '\n  \n\n' });
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out.map((o) => [o.ok, o.line, o.issues[0].code])).toEqual([
      [false, 1, 'empty_line'],
      [false, 2, 'empty_line'],
      [false, 3, 'empty_line'],
    ]);
    expect(r.code).toBe(2);
  });

  it('echoes the id of an invalid case when the line is JSON', async () => {
    const r = await runCli(['batch', '--as-of', AS_OF], { input: '{"id":42,"firstSickDay":"2025-01-06","events":[{"type":"ziek"}]}\n' });
    const [o] = lines(r.stdout).map((l) => JSON.parse(l));
    expect(o).toMatchObject({ ok: false, line: 1, id: 42 });
    expect(o.issues[0].path).toEqual(['events', 0, 'date']);
  });

  it('rejects bad usage with exit 2 and one line', async () => {
    for (const args of [
      ['batch', '--as-of', '2025-02-29'],
      ['batch', '--fields', 'status,bogus'],
      ['batch', '--format', 'xml'],
      ['batch', 'a.ndjson', 'b.ndjson'],
      ['batch', join(dir, 'missing.ndjson')],
      ['batch', dir, '--as-of', AS_OF],
      ['batch', '--unknown'],
    ]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expectNoStack(r.stderr);
      expect(lines(r.stderr), args.join(' ')).toHaveLength(1);
    }
  });

  it('keeps order and completeness when the reader is slow (backpressure)', async () => {
    const big = `${Array.from({ length: 3000 }, (_, i) => valid[i % valid.length]).join('\n')}\n`;
    const file = join(dir, 'big.ndjson');
    writeFileSync(file, big);
    // A consumer that reads in small, delayed bites: the CLI must wait for 'drain', not buffer or drop.
    const script = `
      const { spawn } = require('node:child_process');
      const { createInterface } = require('node:readline');
      (async () => {
        const c = spawn(process.execPath, [${JSON.stringify(join(root, 'dist/cli.js'))}, 'batch', ${JSON.stringify(file)}, '--as-of', '${AS_OF}']);
        const exit = new Promise((resolve) => c.on('exit', resolve));
        let n = 0, bad = 0;
        for await (const line of createInterface({ input: c.stdout })) {
          n++;
          if (JSON.parse(line).line !== n) bad++;
          if (n % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 3));
        }
        console.log(JSON.stringify({ code: await exit, n, bad }));
      })();
    `;
    const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ code: 0, n: 3000, bad: 0 });
  });
});

describe('poortwachter batch --format csv --excel (issue 21)', () => {
  it('names the columns and writes ok and the statuses in words of --lang; without --excel, codes', async () => {
    const input = `${JSON.stringify({ id: 'E1', firstSickDay: '2025-01-06' })}\n{"id":"E2","firstSickDay":"06-01-2025"}\n`;
    const nl = (
      await runCli(['batch', '-', '--as-of', '2025-03-10', '--format', 'csv', '--excel', '--fields', 'summary'], { input })
    ).stdout.split('\r\n');
    expect(nl[0]).toBe(
      '\uFEFFRegel;Kenmerk;Geldig;Status;Ziekteweek;Volgende stap;Uiterlijk;Status volgende stap;Aantal verstreken;Verstreken stappen;Fouten in de invoer',
    );
    // D1 2025-01-06, asOf 2025-03-10 = week 10; the probleemanalyse (due 2025-02-16) is overdue, the plan van aanpak (due 2025-03-02) too
    expect(nl[1]).toMatch(/^1;E1;ja;ziek;10;[^;]+;\d{4}-\d\d-\d\d;(verstreken|binnenkort|gepland);\d+;/);
    expect(nl[2]).toMatch(/^2;E2;nee;;;;;;;;/);
    const en = (
      await runCli(['batch', '-', '--as-of', '2025-03-10', '--format', 'csv', '--excel', '--lang', 'en', '--fields', 'status'], { input })
    ).stdout;
    expect(en.split('\r\n')[0]).toBe('\uFEFFLine;Reference;Valid;Status;Input errors');
    expect(en.split('\r\n')[1]).toBe('1;E1;yes;sick;');
    const codes = (await runCli(['batch', '-', '--as-of', '2025-03-10', '--format', 'csv', '--fields', 'status'], { input })).stdout;
    expect(codes.split('\r\n').slice(0, 2)).toEqual(['line,id,ok,status,issues', '1,E1,true,sick,']);
  });
});

describe('poortwachter batch --format payroll-csv', () => {
  it('writes one row per employee per wage phase, and the issues of a broken line, for Dutch Excel', async () => {
    const input = `${JSON.stringify({ id: 'E1', firstSickDay: '2025-01-06' })}\n{"id":"E2","firstSickDay":"06-01-2025"}\n`;
    const r = await runCli(['batch', '-', '--as-of', '2025-03-10', '--format', 'payroll-csv', '--excel'], { input });
    expect(r.code).toBe(2); // one line invalid: reported, nothing dropped
    const rows = r.stdout.split('\r\n');
    // --excel is for people: the header in Dutch words (issue 21)
    expect(rows[0]).toBe('\uFEFFRegel;Werknemer;Fase;Van;Tot en met;Dagen;Percentage;Perioden;Fouten in de invoer');
    expect(rows[1]).toBe('1;E1;jaar-1;2025-01-06;2026-01-04;364;70;2025-01-06/2026-01-04;');
    expect(rows[2]).toBe('1;E1;jaar-2;2026-01-05;2027-01-03;364;70;2026-01-05/2027-01-03;');
    expect(rows[3]).toMatch(/^2;E2;;;;;;;"firstSickDay: /); // quoted: the message holds a semicolon
  });
});

/** `script` under bash (pipefail off), killed after `ms`; resolves with its stdout, stderr and whether it was killed. */
function bash(script: string, ms: number): Promise<{ stdout: string; stderr: string; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (b: Buffer) => {
      stdout += b.toString('utf8');
    });
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString('utf8');
    });
    const timer = setTimeout(() => {
      killed = true;
      process.kill(-(child.pid as number), 'SIGKILL'); // the whole pipeline, by its process group
    }, ms);
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve({ stdout, stderr, killed });
    });
  });
}

describe('poortwachter batch: limits (docs/reliability.md)', () => {
  const cli = JSON.stringify(join(root, 'dist/cli.js'));

  it('64 MB of /dev/zero under a 48 MB heap: one too_big line, exit 2, no V8 crash (was: FATAL heap out of memory, exit 134)', async () => {
    const r = await bash(
      `head -c 67108864 /dev/zero | ${JSON.stringify(process.execPath)} --max-old-space-size=48 ${cli} batch - --as-of ${AS_OF} --lang en; echo "exit $?" >&2`,
      60_000,
    );
    expect(r.killed).toBe(false);
    const out = lines(r.stdout).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toEqual([
      expect.objectContaining({
        ok: false,
        line: 1,
        issues: [expect.objectContaining({ code: 'too_big', params: { origin: 'string', maximum: 1048576, value: null } })],
      }),
    ]);
    expect(r.stderr).toMatch(/exit 2\n$/);
    expect(r.stderr).not.toMatch(/FATAL|heap/i);
  });

  it('--line-limit: a line over it is a too_big line, the lines around it are answered', async () => {
    const ok = JSON.stringify({ id: 'a', firstSickDay: '2025-01-06' });
    const long = JSON.stringify({ id: 'b', firstSickDay: '2025-01-06', note: 'x'.repeat(3000) });
    const r = await runCli(['batch', '-', '--as-of', AS_OF, '--fields', 'status', '--line-limit', '2048'], {
      input: `${ok}\n${long}\n${ok}\n`,
    });
    expect(r.code).toBe(2);
    expect(lines(r.stdout).map((l) => JSON.parse(l) as Record<string, unknown>)).toEqual([
      { ok: true, line: 1, id: 'a', status: 'sick' },
      expect.objectContaining({
        ok: false,
        line: 2,
        issues: [expect.objectContaining({ code: 'too_big', params: expect.objectContaining({ maximum: 2048 }) })],
      }),
      { ok: true, line: 3, id: 'a', status: 'sick' },
    ]);
    const bad = await runCli(['batch', '-', '--line-limit', '12', '--lang', 'en']);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      "poortwachter batch: --line-limit must be a whole number from 1024 to 268435456 (not '12') (see 'poortwachter batch --help')\n",
    ]);
  });

  it('a reader that goes away (| head -1) stops the run at once, on endless input (was: read to the end); exit 2 when a line was invalid', async () => {
    const line = JSON.stringify(JSON.stringify({ id: 'a', firstSickDay: '2025-01-06' }));
    const run = (input: string) =>
      bash(
        `yes ${input} | ${JSON.stringify(process.execPath)} ${cli} batch - --as-of ${AS_OF} | head -1; echo "exit \${PIPESTATUS[1]}" >&2`,
        20_000,
      );
    const good = await run(line);
    expect(good.killed).toBe(false);
    expect(JSON.parse(good.stdout)).toMatchObject({ ok: true, line: 1, id: 'a' });
    expect(good.stderr).toBe('exit 0\n');
    const bad = await run("'not json'");
    expect(bad.killed).toBe(false);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, line: 1 });
    expect(bad.stderr).toMatch(/exit 2\n$/);
  });
});
