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
  protocol: Object.freeze([]),
  // BW 7:629 lid 1: 70 % (in year 1 at least the minimum wage); a CAO's percentages go here.
  wagePercentages: Object.freeze({ 'jaar-1': 70, 'jaar-2': 70, verlenging: 70, 'late-wia-aanvraag': 70, loonsanctie: 70 }),
});

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ACTORS: ReadonlySet<string> = new Set(['werkgever', 'werknemer', 'bedrijfsarts', 'uwv', 'werkgever+werknemer']);

/** Checks `policy.protocol`: a list of steps with unique kebab-case ids, titles in both languages, an actor and counts. */
function protocolIssues(protocol: unknown, out: InputIssue[]): void {
  if (!Array.isArray(protocol)) {
    out.push(issue(['protocol'], 'invalid_type', 'moet een lijst van stappen zijn', 'must be a list of steps'));
    return;
  }
  const seen = new Set<string>();
  protocol.forEach((step: unknown, i) => {
    const at = (key: string) => ['protocol', String(i), key];
    if (typeof step !== 'object' || step === null) {
      out.push(issue(['protocol', String(i)], 'invalid_type', 'moet een object zijn', 'must be an object'));
      return;
    }
    const s = step as Record<string, unknown>;
    for (const key of Object.keys(s)) {
      if (!['id', 'title', 'actor', 'days', 'after', 'repeatEveryDays'].includes(key)) {
        out.push(issue(at(key), 'unknown_field', `onbekend veld '${key}'`, `unknown field '${key}'`));
      }
    }
    if (typeof s.id !== 'string' || !KEBAB.test(s.id) || seen.has(s.id)) {
      out.push(issue(at('id'), 'invalid_value', 'moet een unieke naam in kebab-case zijn', 'must be a unique kebab-case name'));
    } else {
      seen.add(s.id);
    }
    const title = s.title as { nl?: unknown; en?: unknown } | undefined;
    if (typeof title !== 'object' || title === null || typeof title.nl !== 'string' || typeof title.en !== 'string') {
      out.push(issue(at('title'), 'invalid_type', 'moet { nl, en } met twee teksten zijn', 'must be { nl, en } with two texts'));
    }
    if (!ACTORS.has(s.actor as string)) out.push(issue(at('actor'), 'invalid_value', 'onbekende actor', 'unknown actor'));
    if (!intIn(s.days, 0, 3650))
      out.push(
        issue(at('days'), 'invalid_value', 'moet een geheel getal van 0 tot en met 3650 zijn', 'must be a whole number from 0 to 3650'),
      );
    if (s.after !== undefined && (typeof s.after !== 'string' || s.after === s.id)) {
      out.push(issue(at('after'), 'invalid_value', 'moet een eerdere stap noemen', 'must name an earlier step'));
    }
    if (s.repeatEveryDays !== undefined && !intIn(s.repeatEveryDays, 1, 365)) {
      out.push(
        issue(
          at('repeatEveryDays'),
          'invalid_value',
          'moet een geheel getal van 1 tot en met 365 zijn',
          'must be a whole number from 1 to 365',
        ),
      );
    }
  });
}

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
  if (p.protocol !== undefined) protocolIssues(p.protocol, out);
  if (p.wagePercentages !== undefined) {
    const w = p.wagePercentages as Record<string, unknown>;
    if (typeof w !== 'object' || w === null) {
      out.push(issue(['wagePercentages'], 'invalid_type', 'moet een object zijn', 'must be an object'));
    } else {
      for (const key of Object.keys(w)) {
        if (!Object.hasOwn(DEFAULT_POLICY.wagePercentages, key)) {
          out.push(issue(['wagePercentages', key], 'unknown_field', `onbekende fase '${key}'`, `unknown phase '${key}'`));
        } else if (typeof w[key] !== 'number' || !Number.isFinite(w[key]) || (w[key] as number) < 0 || (w[key] as number) > 200) {
          out.push(
            issue(['wagePercentages', key], 'invalid_value', 'moet een getal van 0 tot en met 200 zijn', 'must be a number from 0 to 200'),
          );
        }
      }
    }
  }
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
  return policy.wagePercentages === undefined
    ? { ...DEFAULT_POLICY, ...policy }
    : { ...DEFAULT_POLICY, ...policy, wagePercentages: { ...DEFAULT_POLICY.wagePercentages, ...policy.wagePercentages } };
}
