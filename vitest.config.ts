import { configDefaults, defineConfig } from 'vitest/config';
import { PROCESS_TESTS } from './test/tiers.js';

// The unit suite: in-process tests, run once per time zone by scripts/test-tz.mjs. The tests that
// spawn processes are in test/vitest.process.config.ts (test/tiers.ts says why).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...PROCESS_TESTS],
    testTimeout: 60_000,
    // The type tests (test/**/*.test-d.ts: expectTypeOf assertions) are compile-time checks: a wrong
    // type is a tsc error, so `npm run typecheck` runs them; vitest's typecheck mode would run tsc again.
    typecheck: { enabled: false },
  },
});
