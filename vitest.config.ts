import { configDefaults, defineConfig } from 'vitest/config';
import { MOCKING_TESTS, PROCESS_TESTS } from './test/tiers.js';

// The unit suite: in-process tests, run once per time zone by scripts/test-tz.mjs. The tests that
// spawn processes are in test/vitest.process.config.ts (test/tiers.ts says why).
export default defineConfig({
  test: {
    testTimeout: 60_000,
    // The type tests (test/**/*.test-d.ts: expectTypeOf assertions) are compile-time checks: a wrong
    // type is a tsc error, so `npm run typecheck` runs them; vitest's typecheck mode would run tsc again.
    typecheck: { enabled: false },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...PROCESS_TESTS, ...MOCKING_TESTS],
          // One module graph per worker instead of one per test file: the code under test is pure
          // (no module state to leak between files), and importing src/, zod and fast-check afresh for
          // each of ~40 files took about a third of the suite's time.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'unit (isolated)', include: [...MOCKING_TESTS] } },
    ],
  },
});
