import { configDefaults, defineConfig } from 'vitest/config';
import { PROCESS_TESTS } from './test/tiers.js';

// The unit suite: in-process tests, run once per time zone by scripts/test-tz.mjs. The tests that
// spawn processes are in test/vitest.process.config.ts (test/tiers.ts says why).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...PROCESS_TESTS],
    testTimeout: 60_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
  },
});
