// The unit suite as StrykerJS runs it (stryker.config.mjs → vitest.configFile): the same test files as
// `vitest run`, minus those that cannot say anything about a mutant of src/engine, src/calendar or
// src/law. Stryker runs only the tests that cover a mutant (perTest coverage), so a file left in
// here costs time only where it executes mutated code.
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import { GoldenFirstSequencer } from './mutation-sequencer.js';
import { PROCESS_TESTS } from './tiers.js';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [
      ...configDefaults.exclude,
      // Scans the source text for clocks and locales: in Stryker's sandbox that text is the
      // instrumented copy, so it would test Stryker's code, not ours.
      'test/determinism/no-clock-in-core.test.ts',
      // Run the built dist/ in a child process or a browser (test/tiers.ts): they execute no mutated code.
      ...PROCESS_TESTS,
      // Evaluate cases at collection time (module or describe level, outside any `it`): every engine
      // mutant such a call reaches would count as "static" and need a full-suite rerun of its own
      // (measured: 77% of all mutants, an estimated 18 h). These check the renderers (src/format is
      // not mutated); the engine's dates they show are pinned by the golden and engine tests.
      'test/format/svg.test.ts',
      'test/format/html.test.ts',
      'test/format/csv.test.ts',
      'test/format/ics.test.ts',
      'test/format/table.test.ts',
      // Tests whose oracle is not a date: the words of every format in nl and en, the catalogue keys,
      // the worklist against a brute-force filter of the engine's own timelines, the test tiers, and
      // the generated codes list. (test/codes/produced.test.ts stays: it pins the code and path of
      // every input issue, from every entry point.) They cover nearly every engine
      // mutant, so they would run for each one, and a date mutant that only they catch would mean a
      // missing golden test.
      'test/format/language.test.ts',
      'test/format/week.test.ts',
      'test/i18n/**',
      'test/codes/codes-doc.test.ts',
      'test/worklist/**',
      'test/tiers.test.ts',
      // The fuzz suite (thousands of generated cases per test, weak oracles: "never throws", "well-formed
      // output") covers nearly every mutant and would run for each one: it dominated the run time
      // (a few mutants per minute on the shared 2-core machine). Its job is robustness, not pinning
      // down dates; `npm test` still runs it.
      'test/fuzz/**',
    ],
    testTimeout: 60_000,
    // One module graph for all test files of a run: the code under test is pure, and StrykerJS
    // switches mutants at run time (a global), not by reloading modules. With isolation on, each
    // run re-imported src/ and zod once per test file (~1.4 s each), which dominated the time per
    // mutant.
    isolate: false,
    // No shrinking of failed properties (the file says why).
    setupFiles: ['test/mutation-setup.ts'],
    // A tenth of each property's cases (test/fc-runs.ts).
    env: { POORTWACHTER_PROPERTY_SCALE: '0.1', POORTWACHTER_MUTATION: '1' },
    // Hand-checked dates first, properties last (test/mutation-sequencer.ts).
    sequence: { sequencer: GoldenFirstSequencer },
    // Type tests (*.test-d.ts) check the public types, which no runtime mutant changes.
    typecheck: { enabled: false },
  },
});
