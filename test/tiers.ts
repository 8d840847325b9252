// Which test files run where (README, "What `npm test` runs").
//
// The unit suite (the `unit` projects of vitest.config.ts) runs in-process code and runs once per time zone
// (scripts/test-tz.mjs): it is what proves the engine, the renderers and the CLI's code give the same
// answer whatever the machine's zone. The files below start processes instead (the built CLI, example
// scripts, a browser): what they check does not change with the zone of the test runner, and the
// zone-independence of those processes has its own test, test/determinism/tz-locale.e2e.ts, which runs
// the built CLI and library under five zones and seven locales and compares the bytes. So they run
// once, in `npm run test:process` (the `process` project of vitest.config.ts), after the build.
export const PROCESS_TESTS: readonly string[] = [
  'test/browser/page.test.ts',
  'test/browser/report.test.ts',
  'test/cli/batch.test.ts',
  'test/cli/examples.test.ts',
  'test/cli/timeline.test.ts',
  'test/cli/tty.test.ts',
  'test/cli/validate-schema.test.ts',
  'test/docs/readme.test.ts',
  'test/server/openapi-lint.test.ts',
  'test/worklist/cli.test.ts',
  'test/worklist/scale.test.ts',
];

/**
 * Unit-tier files that replace a module with `vi.mock`. The rest of the unit tier shares one module
 * graph per worker (vitest.config.ts, `isolate: false`); these get one of their own.
 */
export const MOCKING_TESTS: readonly string[] = ['test/codes/produced.test.ts'];
