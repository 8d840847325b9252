import { PoortwachterError } from '../errors.js';
import { inputIssue, jsonType, quote, shownValue } from '../i18n/issues.js';
import type { InputIssue, Policy } from '../types.js';
import { checkInt } from './validate.js';

/** The default policy (DESIGN.md §3). */
export const DEFAULT_POLICY: Policy = Object.freeze({
  probleemanalyse: 'week',
  evaluationIntervalDays: 42,
  dueSoonDays: 14,
  includeAdvice: true,
  meldingBedrijfsartsDay: 7,
  frequentAbsenceReports: 3,
});

/** The whole-number settings and their ranges. */
const INT_RANGES = [
  ['evaluationIntervalDays', 1, 365],
  ['dueSoonDays', 0, 365],
  ['meldingBedrijfsartsDay', 1, 42],
  ['frequentAbsenceReports', 2, 100],
] as const;

/** Checks a partial policy; returns the problems, each naming its field (`['policy', key]`). */
export function policyIssues(policy: unknown): InputIssue[] {
  if (policy === undefined) return [];
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) {
    return [inputIssue(['policy'], 'invalid_type', { expected: 'object', received: jsonType(policy), value: shownValue(policy) })];
  }
  const p = policy as Record<string, unknown>;
  const out: InputIssue[] = [];
  for (const key of Object.keys(p)) {
    if (!Object.hasOwn(DEFAULT_POLICY, key)) out.push(inputIssue(['policy', key], 'unknown_field', { field: key }));
  }
  const pa = p.probleemanalyse;
  if (pa !== undefined && pa !== 'week' && pa !== 'strict') {
    out.push(inputIssue(['policy', 'probleemanalyse'], 'invalid_value', { value: quote(pa), allowed: ['week', 'strict'] }));
  }
  for (const [key, min, max] of INT_RANGES) if (p[key] !== undefined) checkInt(p[key], ['policy', key], min, max, out);
  if (p.includeAdvice !== undefined && typeof p.includeAdvice !== 'boolean') {
    const v = p.includeAdvice;
    out.push(inputIssue(['policy', 'includeAdvice'], 'invalid_type', { expected: 'boolean', received: jsonType(v), value: shownValue(v) }));
  }
  return out;
}

/** Merges a partial policy over the defaults; throws {@link PoortwachterError} when it is invalid. */
export function resolvePolicy(policy: Partial<Policy> | undefined): Policy {
  if (policy === undefined) return DEFAULT_POLICY;
  const problems = policyIssues(policy);
  if (problems.length > 0) throw new PoortwachterError(problems);
  return { ...DEFAULT_POLICY, ...policy };
}
