/**
 * The corpus of timelines the tests share: the sample cases of examples/ (sample-case.json,
 * complex-case.json and every good line of payroll-export.ndjson), hand-made cases for the branches
 * the generator rarely or never reaches (vangnet, verzuimprotocol, rules before 2013, dates past the
 * Atw calendar, loonsanctie and bekorting, a late UWV letter, AOW, einde dienstverband, a suspended
 * or closed case, frequent absence), and two seeded samples of the valid-case generator
 * (test/arbitraries.ts). Together they reach every derivation step kind, every status reason and
 * every flag code with each of its severities (test/i18n/catalogues.test.ts checks that it does).
 *
 * - `corpus()`: every case. For the checks that read each timeline once (the catalogues' words,
 *   every flag code produced).
 * - `renderedCorpus()`: every case but the larger generated sample (400 cases). For the renderer
 *   tests, which render each case in every format and both languages (~75 ms a case).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { evaluateCase } from '../src/case/parse.js';
import type { CaseEvent, CaseInput, DerivationStepKind, ExplainedTimeline, Policy, ProtocolStep, StatusReasonCode } from '../src/types.js';
import { validCaseArb } from './arbitraries.js';

/** One case of the corpus with its timeline. */
export interface CorpusCase {
  readonly name: string;
  readonly input: CaseInput;
  readonly asOf: string;
  readonly policy?: Partial<Policy>;
  readonly timeline: ExplainedTimeline;
}

type CorpusInput = Omit<CorpusCase, 'timeline'>;

const root = join(import.meta.dirname, '..');
const readJson = (file: string): CaseInput => JSON.parse(readFileSync(join(root, file), 'utf8')) as CaseInput;

const PROTOCOL: readonly ProtocolStep[] = [
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
    repeatEveryDays: 28,
  },
];

const D1 = '2025-01-06';

/** Cases the generator seldom or never makes. */
const HAND_MADE: readonly CorpusInput[] = [
  {
    name: 'a vangnet case with its early ziekmelding made (vangnet, vangnet-grond)',
    input: { firstSickDay: D1, vangnet: { grond: 'no-riskpolis' }, events: [{ type: 'ziekmelding-uwv-vangnet', date: '2025-01-20' }] },
    asOf: '2025-11-01',
  },
  {
    name: 'an eigenrisicodrager whose employee leaves sick (eigenrisicodrager)',
    input: { firstSickDay: D1, eigenrisicodrager: true, events: [{ type: 'einde-dienstverband', date: '2025-04-30' }] },
    asOf: '2025-04-01',
  },
  {
    name: 'an employer protocol with a repeating step',
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
    name: 'a late UWV letter after a timely 42e-weeksmelding (lateLetter)',
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
    name: 'a loonsanctie with bekorting',
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
    name: 'a 4-day vangnet term over Easter: Atw art. 1 and art. 2 (atwRoll, atwTwoWorkingDays)',
    input: { firstSickDay: '2025-04-18', vangnet: { grond: 'zwangerschap-na-verlof' } },
    asOf: '2025-04-18',
  },
  {
    name: "a 42e-weeksmelding due on a Saturday: UWV's first werkdag (firstWerkdag)",
    input: { firstSickDay: '2025-01-04' },
    asOf: '2025-01-04',
  },
  {
    name: 'a loonsanctie without a recorded aanvraag (STEP_IMPLIED warning, WAGE_END_OPEN)',
    input: { firstSickDay: D1, events: [{ type: 'loonsanctie', date: '2026-11-16', weeks: 52 }] },
    asOf: '2027-06-02',
  },
  {
    name: 'a vervroegde IVA without a 42e-weeksmelding (STEP_IMPLIED info)',
    input: { firstSickDay: D1, events: [{ type: 'vervroegde-iva', date: '2025-06-02' }] },
    asOf: '2025-11-01',
  },
  {
    name: 'a loonsanctie decided late (loonsanctieDecisionLate) and one after the wachttijd (loonsanctieAfterEnd)',
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
    name: 'a re-integratieverslag before a verlenging (REPORT_BEFORE_VERLENGING)',
    input: {
      firstSickDay: D1,
      events: [
        { type: 're-integratieverslag', date: '2026-08-20' },
        { type: 'verlenging', date: '2026-09-01', weeks: 13 },
      ],
    },
    asOf: '2027-01-10',
  },
  { name: 'an as-of date before the first sick day', input: { firstSickDay: D1 }, asOf: '2025-01-01' },
  // hersteld on 1 Feb, asOf 10 Feb: the probleemanalyse, due 26 Feb 2025, is in week 6.
  { name: 'a suspended case', input: { firstSickDay: D1, events: [{ type: 'hersteld', date: '2025-02-01' }] }, asOf: '2025-02-10' },
  {
    name: 'hersteld twice',
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
    name: 'three sick reports within 12 months',
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
  }, // The case of issue 10: hersteld on 1 Feb,
  {
    name: 'samentelling',
    input: {
      firstSickDay: D1,
      events: [
        { type: 'hersteld', date: '2025-02-01' },
        { type: 'ziek', date: '2025-02-11' },
        { type: 'zwangerschapsverlof', date: '2025-04-01', until: '2025-07-21' },
      ],
    },
    asOf: '2025-09-01',
  },
  {
    name: 'new case after 4 weeks',
    input: {
      firstSickDay: D1,
      events: [
        { type: 'hersteld', date: '2025-02-01' },
        { type: 'ziek', date: '2025-03-15' },
        { type: 'ziek', date: '2025-03-20' },
        { type: 'hersteld', date: '2025-03-25' },
        { type: 'hersteld', date: '2025-03-27' },
      ],
    },
    asOf: '2025-04-01',
  },
  {
    name: 'closed',
    input: {
      firstSickDay: D1,
      events: [
        { type: 'hersteld', date: '2025-01-20' },
        { type: 'probleemanalyse', date: '2025-03-01' },
      ],
    },
    asOf: '2025-04-01',
  },
  ...(['zwangerschap', 'zwangerschap-na-verlof', 'no-riskpolis', 'orgaandonatie'] as const).map((grond) => ({
    name: `vangnet ${grond}`,
    input: {
      firstSickDay: D1,
      vangnet: grond === 'zwangerschap' ? { grond, uitgerekendeDatum: '2025-03-10' } : { grond },
      events: [] as CaseEvent[],
    },
    asOf: '2025-02-20',
  })),
  {
    name: 'loonsanctie decided late (WIA 25 lid 10, 14)',
    input: {
      firstSickDay: D1,
      events: [
        { type: 'wia-aanvraag', date: '2026-10-10' },
        { type: 'loonsanctie', date: '2026-12-15', weeks: 52 },
      ],
    },
    asOf: '2027-01-10',
  },
  {
    name: 'loonsanctie decided after the wachttijd (WIA 25 lid 11)',
    input: {
      firstSickDay: D1,
      events: [
        { type: 'wia-aanvraag', date: '2026-10-10' },
        { type: 'loonsanctie', date: '2027-01-10', weeks: 52 },
      ],
    },
    asOf: '2027-01-10',
  },
  {
    name: 'vangnet reported',
    input: { firstSickDay: D1, vangnet: { grond: 'no-riskpolis' }, events: [{ type: 'ziekmelding-uwv-vangnet', date: '2025-01-08' }] },
    asOf: '2025-12-01',
  },
  {
    name: 'protocol',
    input: { firstSickDay: D1, events: [{ type: 'protocol', step: 'contact-leidinggevende', date: '2025-01-20' }] },
    asOf: '2025-03-01',
    policy: { protocol: PROTOCOL },
  },
  { name: 'before 2013', input: { firstSickDay: '2012-03-05', events: [] }, asOf: '2012-06-01' },
  { name: 'past the Atw calendar', input: { firstSickDay: '2150-01-05', events: [] }, asOf: '2150-03-01' },
  {
    name: 'loonsanctie, bekorting, late application',
    input: {
      firstSickDay: '2023-01-09',
      events: [
        { type: 'loonsanctie', date: '2024-11-01', weeks: 40 },
        { type: 'loonsanctie', date: '2024-12-01', weeks: 20 },
        { type: 'loonsanctie-bekort', date: '2025-03-03' },
        { type: 'wia-aanvraag', date: '2025-02-01' },
        { type: 'wia-brief-ontvangen', date: '2024-11-20' },
        { type: '42e-weeksmelding', date: '2023-12-01' },
        { type: 'verlenging', date: '2025-06-01', weeks: 13 },
        { type: 'probleemanalyse', date: '2023-02-10' },
        { type: 'probleemanalyse', date: '2023-02-12' },
      ],
    },
    asOf: '2025-08-01',
  },
  {
    name: 'late letter, no 42e-weeksmelding (WIA_LETTER_EXTENSION_EXCLUDED)',
    input: { firstSickDay: D1, events: [{ type: 'wia-brief-ontvangen', date: '2026-10-01' }] },
    asOf: '2026-10-05',
  },
  {
    name: 'verlenging, late letter',
    input: {
      firstSickDay: '2023-01-09',
      events: [
        { type: 'verlenging', date: '2024-10-01', weeks: 26 },
        { type: 'wia-brief-ontvangen', date: '2025-02-20' },
        { type: '42e-weeksmelding', date: '2023-11-01' },
      ],
    },
    asOf: '2025-04-01',
  },
  { name: 'aow', input: { firstSickDay: '2024-03-04', events: [{ type: 'aow-leeftijd', date: '2025-01-15' }] }, asOf: '2025-03-01' },
  {
    name: 'aow before wia',
    input: { firstSickDay: '2024-03-04', events: [{ type: 'aow-leeftijd', date: '2024-09-01' }] },
    asOf: '2024-07-01',
  },
  ...(['2025-02-07', '2025-06-07', '2025-12-31'] as const).map((end) => ({
    name: `einde dienstverband ${end}`,
    input: { firstSickDay: D1, events: [{ type: 'einde-dienstverband', date: end } as CaseEvent] },
    asOf: '2025-03-01',
  })),
  {
    name: 'frequent absence',
    input: {
      firstSickDay: '2025-04-01',
      events: [
        { type: 'hersteld', date: '2025-04-03' },
        { type: 'ziek', date: '2025-04-10' },
        { type: 'hersteld', date: '2025-04-12' },
        { type: 'ziek', date: '2025-04-20' },
        { type: 'gedeeltelijk-hersteld', date: '2025-04-25', percentage: 50 },
        { type: 'deskundigenoordeel', date: '2025-04-26' },
        { type: 'melding-bedrijfsarts', date: '2025-06-01' },
      ],
    },
    asOf: '2025-05-02',
  },
  {
    name: 'event after asOf, step before window',
    input: {
      firstSickDay: D1,
      events: [
        { type: '42e-weeksmelding', date: '2025-02-01' },
        { type: 'probleemanalyse', date: '2025-12-01' },
      ],
    },
    asOf: '2025-03-01',
  },
];

/** The example files of examples/, on the dates their timelines are read. */
function examples(): CorpusInput[] {
  const out: CorpusInput[] = [];
  for (const asOf of ['2025-01-08', '2025-06-02', '2026-01-15', '2027-02-01'])
    out.push({ name: `sample ${asOf}`, input: readJson('examples/sample-case.json'), asOf });
  for (const asOf of ['2024-06-01', '2025-06-02'])
    out.push({ name: `complex ${asOf}`, input: readJson('examples/complex-case.json'), asOf });
  const ndjson = readFileSync(join(root, 'examples/payroll-export.ndjson'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  ndjson.forEach((line, i) => {
    try {
      out.push({ name: `payroll-export line ${i + 1}`, input: JSON.parse(line) as CaseInput, asOf: '2025-06-02' });
    } catch {
      // the file has deliberately broken lines
    }
  });
  return out;
}

const withTimeline = (c: CorpusInput): CorpusCase => ({
  ...c,
  timeline: evaluateCase(c.input, { explain: true, asOf: c.asOf, ...(c.policy === undefined ? {} : { policy: c.policy }) }),
});

let rendered: CorpusCase[] | undefined;
let all: CorpusCase[] | undefined;

/** The examples, the hand-made cases and 150 generated cases (seed 10, up to 20 events each); built once per test file. */
export function renderedCorpus(): readonly CorpusCase[] {
  rendered ??= [
    ...examples(),
    ...HAND_MADE,
    ...fc.sample(validCaseArb(20), { seed: 10, numRuns: 150 }).map((c, i) => ({ name: `random ${i}`, ...c })),
  ].map(withTimeline);
  return rendered;
}

/** renderedCorpus() and 400 more generated cases (seed 42, up to 25 events each); built once per test file. */
export function corpus(): readonly CorpusCase[] {
  all ??= [
    ...renderedCorpus(),
    ...fc.sample(validCaseArb(25), { numRuns: 400, seed: 42 }).map((c, i) => withTimeline({ name: `generated #${i}`, ...c })),
  ];
  return all;
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
