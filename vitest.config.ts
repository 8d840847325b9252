// Every test of the project, as vitest projects in one config (docs/testing.md). Each project is run by
// name (`vitest run --project <name>`); `npm test` (scripts/test-all.mjs) runs them as its stages:
//
//   unit, unit (isolated)  in-process tests, once per time zone (scripts/test-tz.mjs)
//   process                tests that start the built CLI, the example scripts or Chromium (test/tiers.ts), once
//   e2e                    test/**/*.e2e.ts: fuzzing the built bin, the time zone × locale matrix, once
//   mutation               the unit suite as StrykerJS runs it (stryker.config.mjs); only under StrykerJS
//                          or with POORTWACHTER_MUTATION=1
//
// A bare `vitest run` runs unit, unit (isolated), process and e2e once each (the last two want
// `npm run build` first).
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { GoldenFirstSequencer } from './test/mutation-sequencer.js';
import { MOCKING_TESTS, PROCESS_TESTS } from './test/tiers.js';

const unit: TestProjectInlineConfiguration = {
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
};

/** Unit-tier files that replace a module with `vi.mock` (test/tiers.ts): a module graph of their own. */
const unitIsolated: TestProjectInlineConfiguration = { extends: true, test: { name: 'unit (isolated)', include: [...MOCKING_TESTS] } };

/**
 * The tests that start processes (the built CLI, the example scripts, Chromium): run once, after
 * `npm run build` (test/tiers.ts says why not once per time zone).
 */
const processTests: TestProjectInlineConfiguration = { extends: true, test: { name: 'process', include: [...PROCESS_TESTS] } };

/**
 * Tests that spawn processes (the built CLI, child processes per time zone and locale, the packed
 * package on Node 20/22/24): run once, not once per time zone like the unit suite, and after
 * `npm run build`.
 */
const e2e: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: 'e2e',
    include: ['test/**/*.e2e.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Each file spawns its own processes; two cores.
    fileParallelism: false,
  },
};

/**
 * The unit suite as StrykerJS runs it (stryker.config.mjs): the same test files as the unit projects,
 * minus those that cannot say anything about a mutant of src/engine, src/calendar or src/law.
 * Stryker runs only the tests that cover a mutant (perTest coverage), so a file left in here costs
 * time only where it executes mutated code.
 */
const mutation: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: 'mutation',
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
    // One module graph for all test files of a run: the code under test is pure, and StrykerJS
    // switches mutants at run time (a global), not by reloading modules. With isolation on, each
    // run re-imported src/ and zod once per test file (~1.4 s each), which dominated the time per
    // mutant.
    isolate: false,
    // No shrinking of failed properties (the file says why).
    setupFiles: ['test/mutation-setup.ts'],
    // A tenth of each property's cases (test/fc-runs.ts).
    env: { POORTWACHTER_PROPERTY_SCALE: '0.1', POORTWACHTER_MUTATION: '1' },
  },
};

/** A StrykerJS worker process (@stryker-mutator/core sets this in every worker it starts). */
const underStryker = process.env.STRYKER_MUTATOR_WORKER !== undefined;

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // The type tests (test/**/*.test-d.ts: expectTypeOf assertions) are compile-time checks: a wrong
    // type is a tsc error, so `npm run typecheck` runs them; vitest's typecheck mode would run tsc again.
    typecheck: { enabled: false },
    // Hand-checked dates first, properties last, in the mutation project (test/mutation-sequencer.ts);
    // vitest's own order everywhere else. A sequencer is a setting of the whole run, not of a project.
    sequence: { sequencer: GoldenFirstSequencer },
    // StrykerJS runs every project of the config it is given, so under it there is only the one.
    projects: underStryker
      ? [mutation]
      : [unit, unitIsolated, processTests, e2e, ...(process.env.POORTWACHTER_MUTATION === '1' ? [mutation] : [])],
  },
});
