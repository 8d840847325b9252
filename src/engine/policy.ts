import type { Policy } from '../types.js';

/** The default policy (docs/rules.md). */
export const DEFAULT_POLICY: Policy = Object.freeze({
  probleemanalyse: 'week',
  firstWeeks: 'calendar',
  evaluationIntervalDays: 42,
  dueSoonDays: 14,
  includeAdvice: true,
  meldingBedrijfsartsDay: 7,
  frequentAbsenceReports: 3,
  protocol: Object.freeze([]),
  // BW 7:629 lid 1: 70 % (in year 1 at least the minimum wage); a CAO's percentages go here.
  wagePercentages: Object.freeze({ 'jaar-1': 70, 'jaar-2': 70, verlenging: 70, 'late-wia-aanvraag': 70, loonsanctie: 70 }),
});

/**
 * Merges a checked partial policy over the defaults (`parseEvaluateOptions` in src/case/parse.ts
 * checks it first; `wagePercentages` merge per phase).
 */
export function mergePolicy(policy: Partial<Policy> | undefined): Policy {
  if (policy === undefined) return DEFAULT_POLICY;
  return policy.wagePercentages === undefined
    ? { ...DEFAULT_POLICY, ...policy }
    : { ...DEFAULT_POLICY, ...policy, wagePercentages: { ...DEFAULT_POLICY.wagePercentages, ...policy.wagePercentages } };
}
