// Tests that spawn processes (the built CLI, child processes per time zone and locale, the packed
// package on Node 20/22/24): run once by `npm run test:e2e`, not once per time zone like the unit
// suite (scripts/test-tz.mjs), and after `npm run build`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.e2e.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    typecheck: { enabled: false },
    // Each file spawns its own processes; two cores.
    fileParallelism: false,
  },
});
