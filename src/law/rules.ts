import { parseIsoDate } from '../calendar/isoDate.js';
import { BASE_PARAMETERS, type LawParameters, PARAMETER_VERSIONS, type ParameterVersion } from './parameters.js';

/**
 * A rule table: the parameters in force per period, resolved once so that looking up the version
 * for a case is a short scan over a handful of segments (no per-case allocation).
 */
export interface RuleTable {
  /** Segment start epoch days, ascending; `segments[i]` applies from `starts[i]`. */
  readonly starts: readonly number[];
  readonly segments: readonly LawParameters[];
}

/**
 * Builds a rule table from a base and later versions. Use it to model a law change (a changed
 * offset from a given date on) without touching the engine.
 *
 * Throws a `RangeError` naming the version and the key when `base` lacks a parameter, when a key
 * is not a parameter of the law table (a misspelt name would otherwise change nothing, silently),
 * when a value is not a whole number ≥ 0, or when a `validFrom` is not a real date. The melding
 * aan de bedrijfsarts and the evaluation interval are the employer's practice: `Policy` settings
 * (`meldingBedrijfsartsDay`, `evaluationIntervalDays`), not parameters of this table.
 *
 * @example
 * const future = createRuleTable(BASE_PARAMETERS, [
 *   ...PARAMETER_VERSIONS,
 *   { validFrom: '2030-01-01', values: { planVanAanpakAfterDays: 21 }, source: 'fictitious' },
 * ]);
 * evaluateCase(input, { asOf, rules: future });
 */
export function createRuleTable(base: LawParameters, versions: readonly ParameterVersion[]): RuleTable {
  for (const key in BASE_PARAMETERS) if (!Object.hasOwn(base, key)) throw new RangeError(`base: ${key} is missing`);
  checkParameters(base, 'base');
  for (const v of versions) {
    if (Number.isNaN(parseIsoDate(v.validFrom))) throw new RangeError(`Invalid validFrom date in rule version: ${v.validFrom}`);
    checkParameters(v.values, `version ${v.validFrom}`);
  }
  return ruleTableOf(base, versions);
}

function checkParameters(values: Partial<LawParameters>, where: string): void {
  for (const [key, value] of Object.entries(values)) {
    if (!Object.hasOwn(BASE_PARAMETERS, key)) throw new RangeError(`${where}: ${key} is not a parameter of the law table`);
    if (!Number.isInteger(value) || (value as number) < 0)
      throw new RangeError(`${where}: ${key} must be a whole number ≥ 0, not ${String(value)}`);
  }
}

/** {@link createRuleTable} without its checks: for the tables of this module, whose data the tests check. */
function ruleTableOf(base: LawParameters, versions: readonly ParameterVersion[]): RuleTable {
  const sorted = [...versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const starts: number[] = [Number.NEGATIVE_INFINITY];
  const segments: LawParameters[] = [Object.freeze({ ...base })];
  let current: LawParameters = base;
  for (const v of sorted) {
    const start = parseIsoDate(v.validFrom);
    current = Object.freeze({ ...current, ...v.values });
    starts.push(start);
    segments.push(current);
  }
  return Object.freeze({ starts: Object.freeze(starts), segments: Object.freeze(segments) });
}

/** The rule table in force: {@link BASE_PARAMETERS} with {@link PARAMETER_VERSIONS}. */
export const DEFAULT_RULES: RuleTable = ruleTableOf(BASE_PARAMETERS, PARAMETER_VERSIONS);

/** The parameters that apply to a case whose first sick day is `firstSickDay` (an epoch day). */
export function parametersFor(rules: RuleTable, firstSickDay: number): LawParameters {
  const { starts, segments } = rules;
  let i = starts.length - 1;
  while (i > 0 && (starts[i] as number) > firstSickDay) i--;
  return segments[i] as LawParameters;
}
