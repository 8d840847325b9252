// The unit suite as StrykerJS runs it (stryker.config.mjs → vitest.configFile): the same test files as
// `vitest run`, minus those that cannot say anything about a mutant of src/engine, src/calendar or
// src/law. Stryker runs only the tests that cover a mutant (perTest coverage), so a file left in
// here costs time only where it executes mutated code.
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      ...configDefaults.exclude,
      // Scans the source text for clocks and locales: in Stryker's sandbox that text is the
      // instrumented copy, so it would test Stryker's code, not ours.
      'test/determinism/no-clock-in-core.test.ts',
      // Run the built dist/ in a child process or a browser: they execute no mutated code.
      'test/browser/**',
      'test/cli/tty.test.ts',
      'test/docs/readme.test.ts',
      // Evaluate cases at collection time (module or describe level, outside any `it`): every engine
      // mutant such a call reaches would count as "static" and need a full-suite rerun of its own
      // (measured: 77% of all mutants, an estimated 18 h). The format tests check the renderers
      // (src/format is not mutated); the two golden files are covered by the other golden files and
      // test/engine. Moving those evaluations into the `it` bodies would let them back in.
      'test/format/svg.test.ts',
      'test/format/html.test.ts',
      'test/format/csv.test.ts',
      'test/format/ics.test.ts',
      'test/format/table.test.ts',
      'test/golden/branches.test.ts',
      'test/golden/worked-examples.test.ts',
      // The fuzz suite (thousands of generated cases per test, weak oracles: "never throws", "well-formed
      // output") covers nearly every mutant and would run for each one: it dominated the run time
      // (a few mutants per minute on the shared 2-core machine). Its job is robustness, not pinning
      // down dates; `npm test` still runs it.
      'test/fuzz/**',
    ],
    testTimeout: 60_000,
    // Type tests (*.test-d.ts) check the public types, which no runtime mutant changes.
    typecheck: { enabled: false },
  },
});
