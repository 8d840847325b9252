// @ts-check
// Mutation testing with StrykerJS: `npm run test:mutation` (docs/reliability.md, "Mutation testing").
// Not part of `npm test`: a full run takes far longer than the rest of CI.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // Lock file and scripts are npm's.
  packageManager: 'npm',
  // The code whose behaviour the tests must pin down: the date engine, the calendar and the rules as
  // data. src/format, src/cli and src/case are left out (output shape, I/O and schemas; covered by
  // the golden, CLI and fuzz tests, but not worth a mutant each).
  mutate: ['src/engine/**/*.ts', 'src/calendar/**/*.ts', 'src/law/**/*.ts'],
  // Run the mutants with vitest, in-process (no re-import per mutant where the code is not static).
  testRunner: 'vitest',
  vitest: {
    // The unit suite without the tests that only exercise dist/ or the source text
    // (the `mutation` project of vitest.config.ts, the only one under StrykerJS, says which and why).
    configFile: 'vitest.config.ts',
    // Find the tests through the import graph of the mutated file (vitest --related). Every test
    // here imports src/ directly, so nothing is missed.
    related: true,
  },
  // Record which test covers which mutant in the initial run and run only those tests per mutant:
  // the unit suite takes ~90 s, a handful of covering tests a second or two.
  coverageAnalysis: 'perTest',
  // Static mutants (module-level code: the rule tables in src/law, the Atw sets built at load) run
  // only while a module loads, so each needs a fresh environment and the whole ~90 s suite: hours
  // for a few hundred. They are reported as "Ignored" here; `npm run test:mutation -- --ignoreStatic
  // false` includes them (a nightly/weekly job, docs/reliability.md).
  ignoreStatic: true,
  // Two worker processes: the machine (and CI) has 2 cores and 24 GB; each vitest worker takes
  // ~0.5–1 GB.
  concurrency: 2,
  // Incremental mode: the results of the previous run are kept in incrementalFile and only mutants
  // in changed code, or covered by changed tests, are run again. The file is NOT committed
  // (.gitignore): it is a machine-written cache (one record per mutant and test) that changes on every run and would
  // conflict between branches; a run without it is simply a full run. `--force` ignores it.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // A mutant that makes a loop run forever is "timeout" after 1.5 × its normal time + 10 s
  // (10 s rather than the default 5 s: the 2-core machine is shared with other jobs).
  timeoutFactor: 1.5,
  timeoutMS: 10_000,
  // The initial (unmutated, instrumented) run: 1.5 min idle, 7 min measured under load; default is 5.
  dryRunTimeoutMinutes: 15,
  // Progress on the terminal, a summary table, and an HTML + JSON report in reports/mutation/.
  reporters: ['progress', 'clear-text', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // The terminal gets the per-file score table only; every mutant (with its status and the tests
  // that ran) is in the HTML and JSON reports.
  clearTextReporter: { allowColor: false, reportTests: false, reportMutants: false, reportScoreTable: true },
  // Score colours only; the run never fails on the score (no `break`) — it is a report, not a gate.
  thresholds: { high: 80, low: 60, break: null },
  // The sandbox copies of the project; deleted after a successful run.
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  // Do not copy generated output into the sandbox (dist/ is copied: the CLI tests spawn it).
  ignorePatterns: ['coverage', 'docs/api', 'test-artifacts', '.tmp', 'bench/results', 'reports'],
};
