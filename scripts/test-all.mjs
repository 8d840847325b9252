#!/usr/bin/env node
// `npm test`: every check of the project (README, "What `npm test` runs"), with one build and one
// packed tarball shared by the stages that need them, and independent stages overlapped.
//
//   typecheck, lint, build, audit:prod          need nothing; start at once (build first)
//   size, api report, test-tz (unit, 4 zones), test:process, test:e2e
//                                               need the build (the three never beside each other)
//   pack                                        one `npm pack` of the build, into .tmp/
//   check:package, test:smoke                   need the tarball (POORTWACHTER_PACKED_TARBALL)
//
// At most POORTWACHTER_TEST_JOBS stages run at a time (default 2, for the 2-core machine). The two
// timing-sensitive stages, unit and e2e, never run beside each other; the unit stage runs its zones
// one by one unless POORTWACHTER_TZ_JOBS says otherwise (scripts/test-tz.mjs). A green stage prints
// one line when it ends (name, result, wall time and its own verdict line); a failed one prints its
// whole output as one block (never interleaved); POORTWACHTER_TEST_VERBOSE=1 prints every stage's
// output (scripts/test-report.mjs). A summary closes the run. A failed stage does not stop the others (except those that need it), and
// the exit code is 1 when any stage failed. POORTWACHTER_TEST_JOBS=1 runs the stages one by one.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { saysSkipped, stageBlock } from './test-report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const jobs = Math.max(1, Number.parseInt(process.env.POORTWACHTER_TEST_JOBS ?? '2', 10) || 1);
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const verbose = process.env.POORTWACHTER_TEST_VERBOSE === '1';
const t0 = performance.now();

mkdirSync(join(root, '.tmp'), { recursive: true });
const packDir = mkdtempSync(join(root, '.tmp', 'test-pack-'));
process.on('exit', () => rmSync(packDir, { recursive: true, force: true }));

const npm = (script) => ['npm', ['run', '--silent', script]];
const node = (file) => [process.execPath, [file]];

/**
 * The stages, in the order they are started when several are ready (longest chain first: the build,
 * then the unit runs that wait for it).
 */
const STAGES = [
  { name: 'build', cmd: npm('build'), needs: [] },
  { name: 'typecheck', cmd: npm('typecheck'), needs: [] },
  // Two zones side by side (scripts/test-tz.mjs says why), unless POORTWACHTER_TZ_JOBS says otherwise.
  {
    name: 'unit (4 time zones)',
    cmd: node('scripts/test-tz.mjs'),
    needs: ['build'],
    env: { POORTWACHTER_TZ_JOBS: process.env.POORTWACHTER_TZ_JOBS ?? '2' },
  },
  { name: 'lint', cmd: npm('lint'), needs: [] },
  { name: 'pack', cmd: ['npm', ['pack', '--silent', '--pack-destination', packDir]], needs: ['build'] },
  { name: 'check:package', cmd: node('scripts/check-package.mjs'), needs: ['pack'] },
  { name: 'test:smoke', cmd: node('scripts/smoke/smoke.mjs'), needs: ['pack'] },
  { name: 'size', cmd: npm('size'), needs: ['build'] },
  // The public API of every typed entry against etc/*.api.md (scripts/api-report.mjs; a few seconds).
  { name: 'api report', cmd: node('scripts/api-report.mjs'), needs: ['build'] },
  // Never beside the unit runs: both are CPU-heavy, and the e2e suite has per-process hang detectors
  // (30 s) and test timeouts that an oversubscribed machine trips.
  { name: 'test:e2e', cmd: npm('test:e2e'), needs: ['build'], notWith: ['unit (4 time zones)', 'test:process'] },
  // The tests that run the built CLI, the examples and Chromium (test/tiers.ts), once.
  { name: 'test:process', cmd: npm('test:process'), needs: ['build'], notWith: ['unit (4 time zones)'] },
  { name: 'audit:prod', cmd: node('scripts/audit-prod.mjs'), needs: [] },
];

/** The packed tarball, once `pack` has run. */
function tarball() {
  const f = readdirSync(packDir).find((n) => n.endsWith('.tgz'));
  return f === undefined ? undefined : join(packDir, f);
}

function run(stage) {
  const [cmd, args] = stage.cmd;
  const start = performance.now();
  const env = { ...process.env, ...stage.env, ...(color ? { FORCE_COLOR: '1' } : {}) };
  const packed = tarball();
  if (packed !== undefined) env.POORTWACHTER_PACKED_TARBALL = packed;
  const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const chunks = [];
  child.stdout.on('data', (c) => chunks.push(c));
  child.stderr.on('data', (c) => chunks.push(c));
  return new Promise((resolve) => {
    child.on('error', (error) => chunks.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - start) / 1000;
      const ok = code === 0;
      const output = Buffer.concat(chunks).toString('utf8');
      // A stage that could not check anything (audit:prod without the advisory service) passes, but says so.
      const skipped = ok && saysSkipped(output);
      const verdict = !ok ? 'failed' : skipped ? 'skipped' : 'ok';
      const detail = ok ? 'could not run its check; see its line' : `exit ${code ?? signal}`;
      process.stdout.write(stageBlock({ name: stage.name, verdict, detail, seconds, output, verbose }));
      resolve({ ok, seconds, skipped });
    });
  });
}

const state = new Map(); // name → 'running' | { ok, seconds } | 'skipped'
let running = 0;

await new Promise((done) => {
  const schedule = () => {
    for (const stage of STAGES) {
      if (state.has(stage.name)) continue;
      const deps = stage.needs.map((n) => state.get(n));
      if (deps.some((d) => d === 'skipped' || (typeof d === 'object' && !d.ok))) {
        state.set(stage.name, 'skipped');
        process.stdout.write(`━━━ ${stage.name}: skipped (needs ${stage.needs.join(', ')}) ━━━\n`);
        continue;
      }
      if (running >= jobs || !deps.every((d) => typeof d === 'object')) continue;
      const blocker = STAGES.find(
        (o) => state.get(o.name) === 'running' && (stage.notWith?.includes(o.name) || o.notWith?.includes(stage.name)),
      );
      if (blocker !== undefined) continue;
      state.set(stage.name, 'running');
      running++;
      run(stage).then((r) => {
        state.set(stage.name, r);
        running--;
        schedule();
      });
    }
    if (running === 0 && STAGES.every((s) => state.has(s.name) && state.get(s.name) !== 'running')) done();
  };
  schedule();
});

const failed = STAGES.filter((s) => state.get(s.name) === 'skipped' || !state.get(s.name).ok);
process.stdout.write('\nnpm test:\n');
for (const s of STAGES) {
  const r = state.get(s.name);
  process.stdout.write(
    `  ${r === 'skipped' || r.skipped ? 'skipped' : r.ok ? 'ok     ' : 'FAILED '} ${s.name.padEnd(20)} ${r === 'skipped' ? '' : `${r.seconds.toFixed(1)} s`}\n`,
  );
}
const unchecked = STAGES.filter((s) => state.get(s.name)?.skipped === true).map((s) => s.name);
process.stdout.write(
  `${failed.length === 0 ? 'all stages passed' : `${failed.length} stage(s) failed or skipped`}${unchecked.length > 0 ? ` (${unchecked.join(', ')}: skipped, could not check)` : ''} in ${((performance.now() - t0) / 1000).toFixed(1)} s (${jobs} at a time)\n`,
);
// The plain closing count, alone on its line, for a reader of the log that looks only at the end.
const passed = STAGES.length - failed.length - unchecked.length;
process.stdout.write(`stages: ${passed} passed, ${failed.length} failed${unchecked.length > 0 ? `, ${unchecked.length} skipped` : ''}\n`);
process.exitCode = failed.length === 0 ? 0 : 1;
