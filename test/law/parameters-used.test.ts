/**
 * Every number of the law table is read: changed by one, it changes the result of some case — of
 * the test corpus (test/corpus.ts) or of the boundary cases below, which sit on the day where the
 * number decides. A parameter no case reacts to is dead data (the engine or the input check uses a
 * literal of its own instead), or ignored in favour of something else: both break "every rule is
 * data in src/law/", and a rule table that changes such a number changes nothing, silently.
 *
 * The dates each parameter gives are pinned by hand in the golden tests (test/golden/); this file
 * checks only that the table is what is read. (It found three: the melding aan de bedrijfsarts and
 * the evaluation interval, read from the policy, and the least weeks of a verlenging, a literal of
 * the input check: the first two are Policy settings since, the third a bound of the input,
 * `VERLENGING_MIN_WEEKS`, which no rule table could change.)
 */
import { describe, expect, it } from 'vitest';
import { parseCaseInput, safeEvaluateCase } from '../../src/case/parse.js';
import type { CaseInput, Policy } from '../../src/index.js';
import { BASE_PARAMETERS, type LawParameters, PARAMETER_VERSIONS, VERLENGING_MIN_WEEKS } from '../../src/law/parameters.js';
import { createRuleTable, type RuleTable } from '../../src/law/rules.js';
import { renderedCorpus } from '../corpus.js';

const D1 = '2025-01-06'; // a Monday

/** Cases on the boundary of a number the corpus never sits on. */
const boundaryCases: readonly { readonly input: CaseInput; readonly asOf: string; readonly policy?: Partial<Policy> }[] = [
  // flexibiliseringWeeksMeerling: a multiple birth expected Wed 2025-03-26, so the period starts
  // 10 weeks before it (Thu 2025-01-16), after D1: the melding is due 4 days into it.
  { input: { firstSickDay: D1, vangnet: { grond: 'zwangerschap', uitgerekendeDatum: '2025-03-26', meerling: true } }, asOf: '2025-01-07' },
  // eindeDienstverbandFullRivDays: employment ends on counted day 70 (D1 + 69 = Sun 2025-03-16).
  { input: { firstSickDay: D1, events: [{ type: 'einde-dienstverband', date: '2025-03-16' }] }, asOf: '2025-06-02' },
  // eindeDienstverbandShortRivDays: employment ends on counted day 42 (D1 + 41 = Sun 2025-02-16).
  { input: { firstSickDay: D1, events: [{ type: 'einde-dienstverband', date: '2025-02-16' }] }, asOf: '2025-06-02' },
];

const cases = [...renderedCorpus(), ...boundaryCases];

/** What every case gives under `rules`: its timeline with derivations, or its issues. */
function results(rules: RuleTable): string[] {
  return cases.map((c) => {
    const policy = c.policy === undefined ? {} : { policy: c.policy };
    return JSON.stringify(safeEvaluateCase(c.input, { asOf: c.asOf, explain: true, rules, ...policy }));
  });
}

const base = results(createRuleTable(BASE_PARAMETERS, PARAMETER_VERSIONS));
const names = Object.keys(BASE_PARAMETERS) as (keyof LawParameters)[];

describe('every parameter of the law table is read', () => {
  it.each(names)('%s: one more or one less changes some case', (name) => {
    const changed = (delta: number) => {
      const moved = createRuleTable({ ...BASE_PARAMETERS, [name]: BASE_PARAMETERS[name] + delta }, PARAMETER_VERSIONS);
      return results(moved).filter((r, i) => r !== base[i]).length;
    };
    // One more first; one less only where one more changes nothing (a `>=` boundary may need it).
    expect(changed(1) || changed(-1), `no case changed with ${name} ± 1`).toBeGreaterThan(0);
  });

  it('bounds a verlenging by the law: 12 weeks refused, 13 accepted (WIA 24; docs/rules.md)', () => {
    const verlenging = (weeks: number) => parseCaseInput({ firstSickDay: D1, events: [{ type: 'verlenging', date: '2026-10-01', weeks }] });
    expect(VERLENGING_MIN_WEEKS).toBe(13);
    expect(verlenging(13).success).toBe(true);
    const r = verlenging(12);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]).toMatchObject({ path: ['events', 0, 'weeks'], code: 'too_small', params: { minimum: 13 } });
  });

  it('takes the most weeks of one loonsanctie from the table: 52 accepted, 53 refused (WIA 25 lid 9)', () => {
    const loonsanctie = (weeks: number) =>
      parseCaseInput({ firstSickDay: D1, events: [{ type: 'loonsanctie', date: '2026-10-01', weeks }] });
    expect(BASE_PARAMETERS.loonsanctieMaxWeeks).toBe(52);
    expect(loonsanctie(52).success).toBe(true);
    const r = loonsanctie(53);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]).toMatchObject({ path: ['events', 0, 'weeks'], code: 'too_big', params: { maximum: 52 } });
  });
});
