/**
 * The worklist at payroll scale (issue 24): 200 000 realistic cases (examples/generate-ndjson.mjs,
 * about 2.27 items per case) through the built CLI, in json and csv, end with exit 0 and a whole
 * document. The output goes to a file and is checked in pieces: the test never holds it whole.
 * Bounded in time (a few minutes at most on a busy 2-core machine); the speed and memory are
 * measured by bench/worklist.mjs, not here.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, ensureBuilt, root } from '../cli/helpers.js';

const CASES = 200_000;
const dir = mkdtempSync(join(tmpdir(), 'poortwachter-scale-'));
const input = join(dir, 'cases.ndjson');

/** Runs `node args…` with stdout to `out`; resolves with the exit code and stderr. */
function run(args: readonly string[], out: string, stdin?: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const fd = openSync(out, 'w');
    const inFd = stdin === undefined ? 'ignore' : openSync(stdin, 'r');
    const child = spawn(process.execPath, args, { cwd: root, stdio: [inFd, fd, 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (b: Buffer) => {
      stderr = (stderr + b.toString()).slice(-10_000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      closeSync(fd);
      if (typeof inFd === 'number') closeSync(inFd);
      resolve({ code, stderr });
    });
  });
}

/** The first and last `n` bytes of a file, and how often `needle` occurs in it (read in 1 MB pieces). */
function scan(file: string, needle: string, n = 200): { head: string; tail: string; count: number } {
  const fd = openSync(file, 'r');
  const size = statSync(file).size;
  const buf = Buffer.alloc(1 << 20);
  const pattern = Buffer.from(needle);
  let count = 0;
  let carry = Buffer.alloc(0);
  for (let at = 0; at < size; ) {
    const got = readSync(fd, buf, 0, buf.length, at);
    const piece = Buffer.concat([carry, buf.subarray(0, got)]);
    for (let i = piece.indexOf(pattern); i !== -1; i = piece.indexOf(pattern, i + 1)) if (i + pattern.length > carry.length) count++;
    carry = piece.subarray(Math.max(0, piece.length - pattern.length + 1));
    at += got;
  }
  const head = Buffer.alloc(Math.min(n, size));
  readSync(fd, head, 0, head.length, 0);
  const tail = Buffer.alloc(Math.min(n, size));
  readSync(fd, tail, 0, tail.length, size - tail.length);
  closeSync(fd);
  return { head: head.toString(), tail: tail.toString(), count };
}

beforeAll(async () => {
  ensureBuilt();
  const r = await run([join(root, 'examples/generate-ndjson.mjs'), String(CASES), '--as-of', '2025-06-02'], input);
  expect(r.code).toBe(0);
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe(`worklist of ${CASES} realistic cases`, () => {
  let items = 0;

  it('json: exit 0 and a whole document, every item written', async () => {
    const out = join(dir, 'worklist.json');
    const r = await run([cliPath, 'worklist', input, '--as-of', '2025-06-02', '--format', 'json'], out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { head, tail, count } = scan(out, '\n      "caseId": ');
    const counts = /"cases": (\d+),\s+"invalid": (\d+),\s+"items": (\d+)/.exec(head);
    expect(counts?.slice(1).map(Number)).toEqual([CASES, 0, count]);
    items = count;
    expect(items).toBeGreaterThan(2 * CASES); // every overdue step of every case: ≈ 2.27 per case
    expect(tail.endsWith('\n    }\n  ],\n  "invalid": []\n}\n')).toBe(true);
  }, 240_000);

  it('csv: exit 0, a header and one whole row per item', async () => {
    const out = join(dir, 'worklist.csv');
    const r = await run([cliPath, 'worklist', '-', '--as-of', '2025-06-02', '--format', 'csv'], out, input);
    expect(r.code).toBe(0);
    const { head, tail, count } = scan(out, '\r\n');
    expect(head.startsWith('case_id,step,')).toBe(true);
    expect(tail.endsWith('\r\n')).toBe(true);
    if (items > 0) expect(count).toBe(items + 1);
  }, 240_000);
});
