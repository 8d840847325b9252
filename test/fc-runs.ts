// How many cases a property test tries. `npm test` runs the full count; the StrykerJS runs
// (the `mutation` project of vitest.config.ts) set POORTWACHTER_PROPERTY_SCALE to try a tenth of them per mutant,
// so the mutation score measures a suite that is, if anything, weaker than the one `npm test` runs.
const scale = Number(process.env.POORTWACHTER_PROPERTY_SCALE ?? '1');

/** `n` property runs, scaled down (never below 10) for mutation testing. */
export function runs(n: number): number {
  return Number.isFinite(scale) && scale > 0 && scale < 1 ? Math.max(10, Math.ceil(n * scale)) : n;
}
