/**
 * Versioned rules (src/law/parameters.ts, src/law/rules.ts): a version applies to cases whose first
 * sick day is on or after its validFrom. Shown with a fictitious future change and with the real
 * AOW change (13 → 6 weeks for sickness from 1 July 2023, docs/law.md#aow).
 */
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/calendar/isoDate.js';
import {
  BASE_PARAMETERS,
  createRuleTable,
  DEFAULT_POLICY,
  DEFAULT_RULES,
  evaluateCase,
  MILESTONE_RULES,
  PARAMETER_VERSIONS,
} from '../../src/index.js';
import type { LawParameters } from '../../src/law/parameters.js';
import { parametersFor, type RuleTable } from '../../src/law/rules.js';
import { STEP_RULES } from '../../src/law/steps.js';
import { ms, plus, run } from '../golden/helpers.js';

const future = createRuleTable(BASE_PARAMETERS, [
  ...PARAMETER_VERSIONS,
  { validFrom: '2030-01-01', values: { planVanAanpakAfterDays: 21, melding42Day: 302 }, source: 'fictitious' },
]);

describe('a fictitious law change from 2030-01-01', () => {
  it('gives cases before the date the old offsets and cases from the date the new ones', () => {
    // D1 2029-12-31 (Mon): PvA D1+55 = 2030-02-24; 42e D1+294 = 2030-10-21 (Mon)
    const before = evaluateCase({ firstSickDay: '2029-12-31' }, { asOf: '2029-12-31', rules: future });
    expect(ms(before, 'plan-van-aanpak').due).toBe(plus('2029-12-31', 55));
    expect(ms(before, 'plan-van-aanpak').due).toBe('2030-02-24'); // Dec 31 → Jan 31 (31) → Feb 24 (55)
    expect(ms(before, '42e-weeksmelding').due).toBe(plus('2029-12-31', 294));
    // D1 2030-01-01 (Tue): PvA = PA (counted day 42) + 21 = counted day 63 = D1+62 = 2030-03-04;
    // 42e = counted day 302 = D1+301 = 2030-10-29 (Tue, a working day)
    const after = evaluateCase({ firstSickDay: '2030-01-01' }, { asOf: '2030-01-01', rules: future });
    expect(ms(after, 'plan-van-aanpak').due).toBe('2030-03-04');
    expect(plus('2030-01-01', 62)).toBe('2030-03-04');
    expect(ms(after, '42e-weeksmelding').due).toBe('2030-10-29');
    expect(plus('2030-01-01', 301)).toBe('2030-10-29');
    // unchanged parameters still come from the base: PA and the wachttijd
    expect(ms(after, 'probleemanalyse').due).toBe(plus('2030-01-01', 41));
    expect(after.wachttijd.lastDay).toBe(plus('2030-01-01', 727));
  });

  it('leaves the default rules untouched', () => {
    const t = evaluateCase({ firstSickDay: '2030-01-01' }, { asOf: '2030-01-01' });
    expect(ms(t, 'plan-van-aanpak').due).toBe(plus('2030-01-01', 55));
    expect(parametersFor(DEFAULT_RULES, parseIsoDate('2030-01-01')).planVanAanpakAfterDays).toBe(14);
  });

  it('inherits earlier versions in the new one (AOW stays at 6 weeks after 2030)', () => {
    const p = parametersFor(future, parseIsoDate('2031-05-05'));
    expect(p.aowWageWeeks).toBe(6);
    expect(p.planVanAanpakAfterDays).toBe(21);
  });

  it('sorts versions by date, whatever order they are given in', () => {
    const shuffled = createRuleTable(BASE_PARAMETERS, [
      { validFrom: '2030-01-01', values: { planVanAanpakAfterDays: 21 }, source: 'fictitious' },
      ...PARAMETER_VERSIONS,
    ]);
    expect(parametersFor(shuffled, parseIsoDate('2030-01-01')).aowWageWeeks).toBe(6);
    expect(parametersFor(shuffled, parseIsoDate('2029-12-31')).planVanAanpakAfterDays).toBe(14);
  });

  it('rejects a version with an impossible date', () => {
    expect(() => createRuleTable(BASE_PARAMETERS, [{ validFrom: '2030-02-30', values: {}, source: 'x' }])).toThrow(RangeError);
  });
});

describe('the real AOW change of 1 July 2023 (13 → 6 weeks)', () => {
  it('gives 13 weeks to sickness that started on 30 June 2023', () => {
    // 2023-09-01 + 13 × 7 − 1 = 2023-11-30 (Sep 1 + 29 = Sep 30, +31 = Oct 31, +30 = Nov 30)
    const t = run('2023-06-30', [{ type: 'aow-leeftijd', date: '2023-09-01' }], '2023-07-01');
    expect(t.wageObligationEnd).toBe('2023-11-30');
    expect(plus('2023-09-01', 90)).toBe('2023-11-30');
  });

  it('gives 6 weeks to sickness that started on 1 July 2023', () => {
    // 2023-09-01 + 41 = 2023-10-12
    const t = run('2023-07-01', [{ type: 'aow-leeftijd', date: '2023-09-01' }], '2023-07-01');
    expect(t.wageObligationEnd).toBe('2023-10-12');
    expect(plus('2023-09-01', 41)).toBe('2023-10-12');
  });

  it('takes the version from the first sick day of the samengestelde case, not from the relapse', () => {
    // D1 2023-06-20, fit 2023-06-25 … 2023-07-04 (10 days), sick again 2023-07-05: one case, D1 before July → 13 weeks
    const t = run(
      '2023-06-20',
      [
        { type: 'hersteld', date: '2023-06-25' },
        { type: 'ziek', date: '2023-07-05' },
        { type: 'aow-leeftijd', date: '2023-09-01' },
      ],
      '2023-07-05',
    );
    expect(t.firstSickDay).toBe('2023-06-20');
    expect(t.wageObligationEnd).toBe('2023-11-30');
  });
});

describe('the rule table as data', () => {
  it('holds the offsets of docs/rules.md §2 as counted days (1-based)', () => {
    // counted day n = D1 + (n − 1): PA D1+41 → 42, PvA +14, 42e window D1+287 → 288, due D1+294 → 295,
    // EJE and spoor 2 D1+363 → 364, IVA D1+21/475 → 22/476, wachttijd 104 × 7 = 728, UWV letter 617/623, backward 91/77.
    expect(BASE_PARAMETERS).toMatchObject({
      signaleringDay: 21,
      probleemanalyseDay: 42,
      probleemanalyseLegalDay: 43,
      planVanAanpakAfterDays: 14,
      melding42WindowDay: 288,
      melding42Day: 295,
      ejeDay: 364,
      spoor2BesluitDay: 52 * 7, // UWV practice: spoor 2 at the latest after one year
      ivaWindowDay: 22,
      ivaLastDay: 476,
      wachttijdDays: 104 * 7,
      wiaBriefExpectedDay: 88 * 7 + 1, // the first day after 88 weeks
      wiaBriefLatestDay: 89 * 7, // "89 weken heeft geduurd": the last day of week 89
      melding42BeforeLetterExtensionDay: 81 * 7 - 1, // "voor de dag waarop de wachttijd 81 weken heeft geduurd"
      vangnetDay: 4, // "uiterlijk op de vierde dag" (ZW 38a lid 2)
      vangnetLateDay: 6 * 7 + 1, // "de eerste dag na zes weken" (ZW 38a lid 3): D1+42
      loonsanctieBekortingDays: 6 * 7, // "zes weken na de beslissing"
      rivBeforeEndDays: 13 * 7,
      wiaAanvraagBeforeEndDays: 11 * 7,
      wiaAanvraagAfterLetterDays: 4 * 7,
      samentellingGapDays: 4 * 7,
      loonsanctieMaxWeeks: 52,
    });
  });

  it('leaves the two practice numbers to the policy, where docs/rules.md §7 puts them', () => {
    // The melding aan de bedrijfsarts "binnen een week" (counted day 7) and an evaluation every six
    // weeks (42 counted days) are the employer's practice: Policy settings, not numbers of the law.
    // Before 0.3 they stood in the law table too, where a rule version setting them was ignored.
    expect(DEFAULT_POLICY).toMatchObject({ meldingBedrijfsartsDay: 7, evaluationIntervalDays: 6 * 7 });
    expect(Object.keys(BASE_PARAMETERS)).not.toContain('meldingBedrijfsartsDay');
    expect(Object.keys(BASE_PARAMETERS)).not.toContain('evaluatieIntervalDays');
    const t = run('2025-01-06', [{ type: 'plan-van-aanpak', date: '2025-02-24' }], '2025-03-01', {
      meldingBedrijfsartsDay: 4,
      evaluationIntervalDays: 28,
    });
    // D1 Mon 2025-01-06 + 3 = Thu 2025-01-09; the plan Mon 2025-02-24 + 28 = Mon 2025-03-24
    expect(ms(t, 'melding-bedrijfsarts').due).toBe(plus('2025-01-06', 3));
    expect(ms(t, 'evaluatie').due).toBe('2025-03-24');
  });

  it('defines each milestone id exactly once, and applies the Atw only to the vangnet melding (the 42e-weeksmelding: Atw art. 4 a)', () => {
    const ids = MILESTONE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(
      [
        'melding-bedrijfsarts',
        'signalering-week-3',
        'probleemanalyse',
        'plan-van-aanpak',
        'casemanager',
        'evaluatie',
        '42e-weeksmelding',
        'eerstejaarsevaluatie',
        'vervroegde-iva',
        'wia-brief-uwv',
        'eindevaluatie',
        're-integratieverslag',
        'wia-aanvraag',
        'einde-wachttijd',
        'ziekmelding-uwv-einde-dienstverband',
        'ziekmelding-uwv-vangnet',
        'spoor-2-besluit',
      ].sort(),
    );
    // `protocol` milestones come from the employer's policy, never from the law's table
    expect(MILESTONE_RULES.filter((r) => r.roll === 'atw').map((r) => r.id)).toEqual(['ziekmelding-uwv-vangnet']);
    // backward-counted rules are never rolled (Atw art. 1 lid 2)
    for (const r of MILESTONE_RULES) if (r.due.from === 'beforeEnd') expect(r.roll, r.id).toBe('none');
    for (const r of MILESTONE_RULES) expect(r.legalBasis.length, r.id).toBeGreaterThan(0);
  });

  it('has one step whose delay moves the end of the wage obligation, the WIA aanvraag (BW 7:629 lid 11 sub a), happening once', () => {
    // src/engine/facts.ts reads the one step with `delaysWageEnd` (and its one milestone).
    const delaying = STEP_RULES.filter((r) => r.delaysWageEnd);
    expect(delaying.map((r) => [r.id, r.completedBy, r.repeats])).toEqual([['wia-aanvraag', 'wia-aanvraag', undefined]]);
  });
});

/**
 * Rule tables built inside each test (src/law/rules.ts): the base segment from the beginning of
 * time, one segment per version from its validFrom on, the error for an impossible validFrom, and
 * the lookup for a case before the first segment of a hand-built table.
 */
describe('createRuleTable', () => {
  it('starts with the base parameters and adds one segment per version', () => {
    const t = createRuleTable(BASE_PARAMETERS, [{ validFrom: '2030-01-01', values: { planVanAanpakAfterDays: 21 }, source: 'fictitious' }]);
    expect(t.starts).toEqual([Number.NEGATIVE_INFINITY, parseIsoDate('2030-01-01')]);
    expect(t.segments).toHaveLength(2);
    expect(t.segments[0]).toEqual(BASE_PARAMETERS);
    expect(t.segments[1]).toEqual({ ...BASE_PARAMETERS, planVanAanpakAfterDays: 21 });
  });

  it('gives a case the segment of its first sick day', () => {
    const t = createRuleTable(BASE_PARAMETERS, [
      { validFrom: '2030-01-01', values: { planVanAanpakAfterDays: 21 }, source: 'fictitious' },
      { validFrom: '2035-01-01', values: { melding42Day: 302 }, source: 'fictitious' },
    ]);
    const at = (d: string) => parametersFor(t, parseIsoDate(d));
    expect(at('1990-05-01')).toEqual(BASE_PARAMETERS);
    expect(at('2029-12-31').planVanAanpakAfterDays).toBe(14);
    expect(at('2030-01-01').planVanAanpakAfterDays).toBe(21);
    expect(at('2034-12-31')).toEqual({ ...BASE_PARAMETERS, planVanAanpakAfterDays: 21 });
    expect(at('2035-01-01')).toEqual({ ...BASE_PARAMETERS, planVanAanpakAfterDays: 21, melding42Day: 302 });
  });

  it('names the impossible validFrom in its error', () => {
    expect(() => createRuleTable(BASE_PARAMETERS, [{ validFrom: '2030-02-30', values: {}, source: 'x' }])).toThrow(
      new RangeError('Invalid validFrom date in rule version: 2030-02-30'),
    );
  });

  it('builds the table in force from the data as it is', () => {
    expect(createRuleTable(BASE_PARAMETERS, PARAMETER_VERSIONS)).toEqual(DEFAULT_RULES);
  });

  // A version is data a user writes by hand (or reads from a file): a key that changes nothing must
  // not pass silently, or a misspelt law change gives the old dates.
  const version = (values: Record<string, unknown>) => [{ validFrom: '2030-01-01', values: values as Partial<LawParameters>, source: 'x' }];

  it('names a key that is not a parameter of the law table', () => {
    expect(() => createRuleTable(BASE_PARAMETERS, version({ planVanAanpakAfterDay: 21 }))).toThrow(
      new RangeError('version 2030-01-01: planVanAanpakAfterDay is not a parameter of the law table'),
    );
  });

  it('names the two practice numbers, which are Policy settings now, as no parameter', () => {
    expect(() => createRuleTable(BASE_PARAMETERS, version({ evaluatieIntervalDays: 28 }))).toThrow(
      new RangeError('version 2030-01-01: evaluatieIntervalDays is not a parameter of the law table'),
    );
    expect(() => createRuleTable(BASE_PARAMETERS, version({ meldingBedrijfsartsDay: 4 }))).toThrow(
      /meldingBedrijfsartsDay is not a parameter/,
    );
  });

  it('names a value that is not a whole number of days or weeks', () => {
    for (const bad of [21.5, -1, '21', Number.NaN, null]) {
      expect(() => createRuleTable(BASE_PARAMETERS, version({ planVanAanpakAfterDays: bad }))).toThrow(
        new RangeError(`version 2030-01-01: planVanAanpakAfterDays must be a whole number ≥ 0, not ${String(bad)}`),
      );
    }
    expect(() => createRuleTable({ ...BASE_PARAMETERS, wachttijdDays: 728.5 }, [])).toThrow(/^base: wachttijdDays must be/);
  });

  it('names a parameter the base lacks', () => {
    const { melding42Day: _, ...rest } = BASE_PARAMETERS;
    expect(() => createRuleTable(rest as LawParameters, [])).toThrow(new RangeError('base: melding42Day is missing'));
  });
});

describe('parametersFor on a hand-built table', () => {
  it('gives a case before the first segment that first segment', () => {
    // RuleTable is a public type: a table need not start at -Infinity.
    const later = { ...BASE_PARAMETERS, planVanAanpakAfterDays: 21 };
    const t: RuleTable = { starts: [parseIsoDate('2000-01-01'), parseIsoDate('2030-01-01')], segments: [BASE_PARAMETERS, later] };
    expect(parametersFor(t, parseIsoDate('1990-01-01'))).toBe(BASE_PARAMETERS);
    expect(parametersFor(t, parseIsoDate('2000-01-01'))).toBe(BASE_PARAMETERS);
    expect(parametersFor(t, parseIsoDate('2031-01-01'))).toBe(later);
  });
});
