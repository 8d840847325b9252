// The tests that start processes (the built CLI, the example scripts, Chromium): run once by
// `npm run test:process`, after `npm run build` (test/tiers.ts says why not once per time zone).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { PROCESS_TESTS } from './tiers.js';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: [...PROCESS_TESTS],
    testTimeout: 60_000,
    typecheck: { enabled: false },
  },
});
