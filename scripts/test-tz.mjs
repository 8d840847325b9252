#!/usr/bin/env node
// Runs the vitest suite once per time zone (docs/reliability.md §2: identical results under every TZ).
// The core never reads the machine's zone; running under several proves it.
//
// Env: POORTWACHTER_TEST_TZS (the zones, comma-separated), POORTWACHTER_TZ_JOBS (how many zones run
// at the same time; default 1, and 2 under `npm test`). vitest gives each run one worker on a 2-core
// machine (cores − 1), so two runs side by side keep both cores busy: 100 s instead of 150 s for the
// four zones on the idle project machine. The tests that start processes, whose timeouts tripped
// when zones ran side by side on a loaded machine, are no longer in this tier (test/tiers.ts).
// With more than one job, each zone's output is
// collected and printed as one block when that zone ends, only when it failed (or with
// POORTWACHTER_TEST_VERBOSE=1; zones never interleave); with 1 it streams as it runs. A line per
// zone and the closing count follow.
//
// The type tests (test/**/*.test-d.ts) are checked by `npm run typecheck` (tsc), not here.
import { spawn } from 'node:child_process';

const zones = (process.env.POORTWACHTER_TEST_TZS ?? 'UTC,Europe/Amsterdam,America/Los_Angeles,Pacific/Kiritimati').split(',');
const jobs = Math.max(1, Number.parseInt(process.env.POORTWACHTER_TZ_JOBS ?? '1', 10) || 1);
const extra = process.argv.slice(2);
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const verbose = process.env.POORTWACHTER_TEST_VERBOSE === '1';
const t0 = performance.now();

/** Runs vitest under one zone; resolves with its exit status, output (when buffered) and wall time. */
function runZone(tz) {
  // The two unit projects of vitest.config.ts (the others run once, in their own stages).
  const args = ['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit', '--project', 'unit (isolated)', ...extra];
  const buffered = jobs > 1;
  const start = performance.now();
  if (!buffered) process.stdout.write(`\n=== TZ=${tz} ===\n`);
  const child = spawn(process.execPath, args, {
    stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, TZ: tz, ...(buffered && color ? { FORCE_COLOR: '1' } : {}) },
  });
  const chunks = [];
  if (buffered) {
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
  }
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      resolve({ tz, status: code ?? signal, output: Buffer.concat(chunks).toString('utf8'), seconds: (performance.now() - start) / 1000 });
    });
  });
}

/** "343 passed | 1 skipped" from vitest's summary line, for the per-zone line. */
function testCount(output) {
  // without the ANSI colour codes
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  const m = /^\s*Tests\s+(.+?)\s*$/m.exec(plain);
  return m ? m[1] : 'no summary';
}

const results = new Array(zones.length);
let next = 0;
async function lane() {
  while (next < zones.length) {
    const i = next++;
    const r = await runZone(zones[i]);
    results[i] = r;
    // A green zone is its line below; a red one prints its whole output (so does POORTWACHTER_TEST_VERBOSE=1).
    if (jobs > 1 && (r.status !== 0 || verbose)) process.stdout.write(`\n=== TZ=${r.tz} (${r.seconds.toFixed(1)} s) ===\n${r.output}`);
    if (r.status !== 0) process.stdout.write(`FAILED under TZ=${r.tz}\n`);
  }
}
await Promise.all(Array.from({ length: Math.min(jobs, zones.length) }, lane));

let failed = 0;
process.stdout.write('\n');
for (const r of results) {
  if (r.status !== 0) failed++;
  const what = jobs > 1 ? testCount(r.output) : `exit ${r.status}`;
  process.stdout.write(`TZ=${r.tz}: ${r.status === 0 ? 'ok' : 'FAILED'} (${what}) in ${r.seconds.toFixed(1)} s\n`);
}
process.stdout.write(
  `${zones.length} zones, ${jobs} at a time, ${((performance.now() - t0) / 1000).toFixed(1)} s\n` +
    `${zones.length - failed} passed, ${failed} failed (time zones)\n`,
);
process.exitCode = failed === 0 ? 0 : 1;
