// Setup for the StrykerJS runs only (the `mutation` project of vitest.config.ts). A mutant that breaks a
// property fails the property test; shrinking that failure to a minimal counterexample (what a
// developer wants) can take minutes per mutant, and StrykerJS needs only the verdict.
import fc from 'fast-check';

// Properties without their own count try 10 cases instead of 100 (test/fc-runs.ts scales the others).
// One fixed seed: test/fc.ts puts the seed in each property's test name, and StrykerJS picks the
// tests that cover a mutant by the names it recorded in its first run. With a new seed per run the
// names never matched again, so no property test ran against any mutant.
fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true, numRuns: 10, seed: 20_261_129 });
