import { PoortwachterError } from '../errors.js';
import type { InputIssue, InputIssueCode, Policy } from '../types.js';

/** The default policy (DESIGN.md §3). */
export const DEFAULT_POLICY: Policy = Object.freeze({
  probleemanalyse: 'week',
  evaluationIntervalDays: 42,
  dueSoonDays: 14,
  includeAdvice: true,
  meldingBedrijfsartsDay: 7,
  frequentAbsenceReports: 3,
});

const intIn = (v: unknown, min: number, max: number): boolean => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** Checks a partial policy; returns the problems, each naming its field. */
export function policyIssues(policy: unknown): InputIssue[] {
  if (policy === undefined) return [];
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) {
    return [issue([], 'invalid_type', 'policy moet een object zijn', 'policy must be an object')];
  }
  const p = policy as Record<string, unknown>;
  const out: InputIssue[] = [];
  for (const key of Object.keys(p)) {
    if (!Object.hasOwn(DEFAULT_POLICY, key))
      out.push(issue([key], 'unknown_field', `onbekende instelling '${key}'`, `unknown setting '${key}'`));
  }
  const check = (key: keyof Policy, ok: boolean, nl: string, en: string) => {
    if (p[key] !== undefined && !ok) out.push(issue([key], 'invalid_value', nl, en));
  };
  check(
    'probleemanalyse',
    p.probleemanalyse === 'week' || p.probleemanalyse === 'strict',
    "moet 'week' of 'strict' zijn",
    "must be 'week' or 'strict'",
  );
  check(
    'evaluationIntervalDays',
    intIn(p.evaluationIntervalDays, 1, 365),
    'moet een geheel getal van 1 tot en met 365 zijn',
    'must be a whole number from 1 to 365',
  );
  check(
    'dueSoonDays',
    intIn(p.dueSoonDays, 0, 365),
    'moet een geheel getal van 0 tot en met 365 zijn',
    'must be a whole number from 0 to 365',
  );
  check('includeAdvice', typeof p.includeAdvice === 'boolean', 'moet true of false zijn', 'must be true or false');
  check(
    'meldingBedrijfsartsDay',
    intIn(p.meldingBedrijfsartsDay, 1, 42),
    'moet een geheel getal van 1 tot en met 42 zijn',
    'must be a whole number from 1 to 42',
  );
  check(
    'frequentAbsenceReports',
    intIn(p.frequentAbsenceReports, 2, 100),
    'moet een geheel getal van 2 tot en met 100 zijn',
    'must be a whole number from 2 to 100',
  );
  return out;
}

function issue(path: string[], code: InputIssueCode, nl: string, en: string): InputIssue {
  const name = ['policy', ...path].join('.');
  return { path: ['policy', ...path], code, message: { nl: `${name}: ${nl}`, en: `${name}: ${en}` } };
}

/** Merges a partial policy over the defaults; throws {@link PoortwachterError} when it is invalid. */
export function resolvePolicy(policy: Partial<Policy> | undefined): Policy {
  if (policy === undefined) return DEFAULT_POLICY;
  const problems = policyIssues(policy);
  if (problems.length > 0) throw new PoortwachterError(problems);
  return { ...DEFAULT_POLICY, ...policy };
}
