#!/usr/bin/env node
// Runs the vitest suite once per time zone (docs/reliability.md §2: identical results under every TZ).
// The core never reads the machine's zone; running under several proves it.
import { spawnSync } from 'node:child_process';

const zones = (process.env.POORTWACHTER_TEST_TZS ?? 'UTC,Europe/Amsterdam,America/Los_Angeles,Pacific/Kiritimati').split(',');
const extra = process.argv.slice(2);
let failed = 0;
for (const tz of zones) {
  process.stdout.write(`\n=== TZ=${tz} ===\n`);
  const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...extra], {
    stdio: 'inherit',
    env: { ...process.env, TZ: tz },
  });
  if (r.status !== 0) {
    failed++;
    process.stdout.write(`FAILED under TZ=${tz}\n`);
  }
}
process.stdout.write(`\n${zones.length - failed} passed, ${failed} failed (time zones)\n`);
process.exitCode = failed === 0 ? 0 : 1;
