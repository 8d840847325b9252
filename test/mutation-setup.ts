// Setup for the StrykerJS runs only (test/vitest.mutation.config.ts). A mutant that breaks a
// property fails the property test; shrinking that failure to a minimal counterexample (what a
// developer wants) can take minutes per mutant, and StrykerJS needs only the verdict.
import fc from 'fast-check';

// Properties without their own count try 10 cases instead of 100 (test/fc-runs.ts scales the others).
fc.configureGlobal({ ...fc.readConfigureGlobal(), endOnFailure: true, numRuns: 10 });
