/**
 * A corpus of timelines that reaches every derivation step kind, every status reason and every flag
 * code with each of its severities: 400 generated valid cases (test/fuzz/arbitraries.ts, a fixed
 * seed) and the hand-made cases the generator rarely or never makes. catalogues.test.ts checks that
 * it does reach all of them, then renders it.
 */
import fc from 'fast-check';
import { evaluateCase } from '../../src/case/parse.js';
import type { CaseEvent, CaseInput, DerivationStepKind, ExplainedTimeline, Policy, StatusReasonCode } from '../../src/types.js';
import { validCaseArb } from '../fuzz/arbitraries.js';

const D1 = '2025-01-06';

/** Cases the generator seldom reaches: a late UWV letter, a bekorting, a suspended case, a second hersteld, frequent absence. */
const HAND_MADE: readonly { readonly what: string; readonly input: CaseInput; readonly asOf: string; readonly policy?: Partial<Policy> }[] =
  [
    {
      what: 'a vangnet case with its early ziekmelding made (vangnet, vangnet-grond)',
      input: { firstSickDay: D1, vangnet: { grond: 'no-riskpolis' }, events: [{ type: 'ziekmelding-uwv-vangnet', date: '2025-01-20' }] },
      asOf: '2025-11-01',
    },
    {
      what: 'an eigenrisicodrager whose employee leaves sick (eigenrisicodrager)',
      input: { firstSickDay: D1, eigenrisicodrager: true, events: [{ type: 'einde-dienstverband', date: '2025-04-30' }] },
      asOf: '2025-04-01',
    },
    {
      what: 'an employer protocol with a repeating step',
      input: { firstSickDay: D1, events: [{ type: 'protocol', step: 'ziekmelding-leidinggevende', date: '2025-01-08' }] },
      asOf: '2025-02-10',
      policy: {
        protocol: [
          {
            id: 'ziekmelding-leidinggevende',
            title: { nl: 'Ziekmelding bij de leidinggevende', en: 'Sick report to the manager' },
            actor: 'werknemer',
            days: 0,
          },
          {
            id: 'contact-leidinggevende',
            title: { nl: 'Contact met de leidinggevende', en: 'Contact with the manager' },
            actor: 'werkgever',
            days: 2,
            repeatEveryDays: 7,
          },
        ],
      },
    },
    {
      what: 'a late UWV letter after a timely 42e-weeksmelding (lateLetter)',
      input: {
        firstSickDay: D1,
        events: [
          { type: '42e-weeksmelding', date: '2025-10-24' },
          { type: 'wia-brief-ontvangen', date: '2026-10-01' },
        ],
      },
      asOf: '2026-10-05',
    },
    {
      what: 'a loonsanctie with bekorting',
      input: {
        firstSickDay: D1,
        events: [
          { type: 'wia-aanvraag', date: '2026-10-10' },
          { type: 'loonsanctie', date: '2026-12-15', weeks: 52 },
          { type: 'loonsanctie-bekort', date: '2027-04-01' },
        ],
      },
      asOf: '2027-04-10',
    },
    {
      what: 'a 4-day vangnet term over Easter: Atw art. 1 and art. 2 (atwRoll, atwTwoWorkingDays)',
      input: { firstSickDay: '2025-04-18', vangnet: { grond: 'zwangerschap-na-verlof' } },
      asOf: '2025-04-18',
    },
    {
      what: "a 42e-weeksmelding due on a Saturday: UWV's first werkdag (firstWerkdag)",
      input: { firstSickDay: '2025-01-04' },
      asOf: '2025-01-04',
    },
    {
      what: 'a loonsanctie without a recorded aanvraag (STEP_IMPLIED warning, WAGE_END_OPEN)',
      input: { firstSickDay: D1, events: [{ type: 'loonsanctie', date: '2026-11-16', weeks: 52 }] },
      asOf: '2027-06-02',
    },
    {
      what: 'a vervroegde IVA without a 42e-weeksmelding (STEP_IMPLIED info)',
      input: { firstSickDay: D1, events: [{ type: 'vervroegde-iva', date: '2025-06-02' }] },
      asOf: '2025-11-01',
    },
    {
      what: 'a loonsanctie decided late (loonsanctieDecisionLate) and one after the wachttijd (loonsanctieAfterEnd)',
      input: {
        firstSickDay: D1,
        events: [
          { type: 'wia-aanvraag', date: '2026-10-10' },
          { type: 'loonsanctie', date: '2026-12-15', weeks: 20 },
          { type: 'loonsanctie', date: '2027-01-10', weeks: 20 },
        ],
      },
      asOf: '2027-01-10',
    },
    {
      what: 'a re-integratieverslag before a verlenging (REPORT_BEFORE_VERLENGING)',
      input: {
        firstSickDay: D1,
        events: [
          { type: 're-integratieverslag', date: '2026-08-20' },
          { type: 'verlenging', date: '2026-09-01', weeks: 13 },
        ],
      },
      asOf: '2027-01-10',
    },
    { what: 'an as-of date before the first sick day', input: { firstSickDay: D1 }, asOf: '2025-01-01' },
    { what: 'a suspended case', input: { firstSickDay: D1, events: [{ type: 'hersteld', date: '2025-02-01' }] }, asOf: '2025-02-10' },
    {
      what: 'hersteld twice',
      input: {
        firstSickDay: D1,
        events: [
          { type: 'hersteld', date: '2025-02-01' },
          { type: 'hersteld', date: '2025-02-05' },
        ],
      },
      asOf: '2025-02-10',
    },
    {
      what: 'three sick reports within 12 months',
      input: {
        firstSickDay: D1,
        events: [
          { type: 'hersteld', date: '2025-01-10' },
          { type: 'ziek', date: '2025-03-01' },
          { type: 'hersteld', date: '2025-03-05' },
          { type: 'ziek', date: '2025-05-01' },
        ] satisfies CaseEvent[],
      },
      asOf: '2025-05-02',
    },
  ];

/** One case of the corpus with its timeline. */
export interface CorpusCase {
  readonly what: string;
  readonly input: CaseInput;
  readonly asOf: string;
  readonly policy?: Partial<Policy>;
  readonly timeline: ExplainedTimeline;
}

let cached: CorpusCase[] | undefined;

/** The corpus (built once per test file). */
export function corpus(): readonly CorpusCase[] {
  if (cached !== undefined) return cached;
  const generated = fc.sample(validCaseArb(25), { numRuns: 400, seed: 42 }).map((c, i) => ({ what: `generated #${i}`, ...c }));
  cached = [...HAND_MADE, ...generated].map((c) => ({
    ...c,
    timeline: evaluateCase(c.input, { explain: true, asOf: c.asOf, policy: 'policy' in c ? c.policy : undefined }),
  }));
  return cached;
}

/** Every derivation step kind (checked against the type). */
export const STEP_KINDS = [
  'counted',
  'afterStep',
  'beforeEnd',
  'verlenging',
  'atwRoll',
  'atwTwoWorkingDays',
  'firstWerkdag',
  'lastWorkingDay',
  'letterReceived',
  'lateLetter',
  'lateLetterExcluded',
  'eindeDienstverband',
  'lateApplication',
  'loonsanctie',
  'loonsanctieAfterEnd',
  'loonsanctieDecisionLate',
  'bekorting',
  'aow',
  'employmentEnds',
  'calendarDays',
  'vangnet',
] as const satisfies readonly DerivationStepKind[];

/** Every status reason code (checked against the type). */
export const REASON_CODES = [
  'aow-before-wia',
  'aow-reached',
  'employment-ended',
  'case-closed',
  'suspended',
  'window-closed',
  'vangnet-grond',
  'eigenrisicodrager',
] as const satisfies readonly StatusReasonCode[];

type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
const kindsComplete: Missing<DerivationStepKind, (typeof STEP_KINDS)[number]> = true;
const reasonsComplete: Missing<StatusReasonCode, (typeof REASON_CODES)[number]> = true;
void kindsComplete;
void reasonsComplete;
