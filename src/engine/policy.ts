import { PoortwachterError } from '../errors.js';
import type { InputIssueData, Policy } from '../types.js';
import { ACTORS, FIRST_WEEKS_MODES, PROBLEEMANALYSE_MODES } from '../vocab.js';
import { issueData as inputIssue, jsonType, quote, shownValue } from './issue-data.js';
import { checkInt, checkOptionalBoolean } from './validate.js';

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

/** The whole-number settings and their ranges. */
const INT_RANGES = [
  ['evaluationIntervalDays', 1, 365],
  ['dueSoonDays', 0, 365],
  ['meldingBedrijfsartsDay', 1, 42],
  ['frequentAbsenceReports', 2, 100],
] as const;

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const STEP_KEYS: ReadonlySet<string> = new Set(['id', 'title', 'actor', 'days', 'after', 'repeatEveryDays']);

const typeIssue = (path: (string | number)[], expected: string, v: unknown): InputIssueData =>
  inputIssue(path, 'invalid_type', { expected, received: jsonType(v), value: shownValue(v) });

/** Checks `policy.protocol`: a list of steps with unique kebab-case ids, titles in both languages, an actor and counts. */
function protocolIssues(protocol: unknown, out: InputIssueData[]): void {
  if (!Array.isArray(protocol)) {
    out.push(typeIssue(['policy', 'protocol'], 'array', protocol));
    return;
  }
  const ids = protocol.map((step: unknown) => (typeof step === 'object' && step !== null ? (step as { id?: unknown }).id : undefined));
  const seen = new Set<string>();
  protocol.forEach((step: unknown, i) => {
    const at = (key: string): (string | number)[] => ['policy', 'protocol', i, key];
    if (typeof step !== 'object' || step === null || Array.isArray(step)) {
      out.push(typeIssue(['policy', 'protocol', i], 'object', step));
      return;
    }
    const s = step as Record<string, unknown>;
    for (const key of Object.keys(s)) if (!STEP_KEYS.has(key)) out.push(inputIssue(at(key), 'unknown_field', { field: key }));
    if (s.id === undefined) out.push(inputIssue(at('id'), 'missing', {}));
    else if (typeof s.id !== 'string') out.push(typeIssue(at('id'), 'string', s.id));
    else if (!KEBAB.test(s.id)) out.push(inputIssue(at('id'), 'invalid_id', { value: quote(s.id) }));
    else if (seen.has(s.id)) out.push(inputIssue(at('id'), 'duplicate_id', { value: quote(s.id) }));
    else seen.add(s.id);
    const title = s.title as { nl?: unknown; en?: unknown } | undefined;
    if (title === undefined) out.push(inputIssue(at('title'), 'missing', {}));
    else if (typeof title !== 'object' || title === null || typeof title.nl !== 'string' || typeof title.en !== 'string') {
      out.push(typeIssue(at('title'), 'localized-text', title));
    }
    if (!(ACTORS as readonly unknown[]).includes(s.actor)) {
      out.push(
        s.actor === undefined
          ? inputIssue(at('actor'), 'missing', {})
          : inputIssue(at('actor'), 'invalid_value', { value: quote(s.actor), allowed: [...ACTORS] }),
      );
    }
    checkInt(s.days, at('days'), 0, 3650, out);
    if (s.after !== undefined && (typeof s.after !== 'string' || s.after === s.id)) {
      const others = ids.filter((id, k): id is string => typeof id === 'string' && k !== i);
      out.push(inputIssue(at('after'), 'invalid_value', { value: quote(s.after), allowed: others }));
    }
    if (s.repeatEveryDays !== undefined) checkInt(s.repeatEveryDays, at('repeatEveryDays'), 1, 365, out);
  });
}

/** Checks `policy.wagePercentages`: a percentage from 0 through 200 per phase. */
function wagePercentageIssues(w: unknown, out: InputIssueData[]): void {
  if (typeof w !== 'object' || w === null || Array.isArray(w)) {
    out.push(typeIssue(['policy', 'wagePercentages'], 'object', w));
    return;
  }
  for (const [key, v] of Object.entries(w)) {
    const path = ['policy', 'wagePercentages', key];
    if (!Object.hasOwn(DEFAULT_POLICY.wagePercentages, key)) out.push(inputIssue(path, 'unknown_field', { field: key }));
    else if (typeof v !== 'number' || !Number.isFinite(v)) out.push(typeIssue(path, 'number', v));
    else if (v < 0) out.push(inputIssue(path, 'too_small', { origin: 'number', minimum: 0, value: quote(v) }));
    else if (v > 200) out.push(inputIssue(path, 'too_big', { origin: 'number', maximum: 200, value: quote(v) }));
  }
}

/** Checks a partial policy; returns the problems, each naming its field (`['policy', key]`). */
export function policyIssues(policy: unknown): InputIssueData[] {
  if (policy === undefined) return [];
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) {
    return [inputIssue(['policy'], 'invalid_type', { expected: 'object', received: jsonType(policy), value: shownValue(policy) })];
  }
  const p = policy as Record<string, unknown>;
  const out: InputIssueData[] = [];
  for (const key of Object.keys(p)) {
    if (!Object.hasOwn(DEFAULT_POLICY, key)) out.push(inputIssue(['policy', key], 'unknown_field', { field: key }));
  }
  const pa = p.probleemanalyse;
  if (pa !== undefined && !(PROBLEEMANALYSE_MODES as readonly unknown[]).includes(pa)) {
    out.push(inputIssue(['policy', 'probleemanalyse'], 'invalid_value', { value: quote(pa), allowed: [...PROBLEEMANALYSE_MODES] }));
  }
  const fw = p.firstWeeks;
  if (fw !== undefined && !(FIRST_WEEKS_MODES as readonly unknown[]).includes(fw)) {
    out.push(inputIssue(['policy', 'firstWeeks'], 'invalid_value', { value: quote(fw), allowed: [...FIRST_WEEKS_MODES] }));
  }
  for (const [key, min, max] of INT_RANGES) if (p[key] !== undefined) checkInt(p[key], ['policy', key], min, max, out);
  checkOptionalBoolean(p.includeAdvice, ['policy', 'includeAdvice'], out);
  if (p.protocol !== undefined) protocolIssues(p.protocol, out);
  if (p.wagePercentages !== undefined) wagePercentageIssues(p.wagePercentages, out);
  return out;
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
