/**
 * A corpus of timelines for the language and week tests of the renderers: the sample cases of
 * examples/, hand-made cases for the rarer branches (vangnet, verzuimprotocol, rules before 2013,
 * dates past the Atw calendar, loonsanctie and bekorting, AOW, einde dienstverband), and seeded
 * random cases of the fuzz generator. Together they reach every flag code and derivation step kind
 * (checked in language.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CaseEvent, type CaseInput, type ExplainedTimeline, evaluateCase, type Policy, type ProtocolStep } from '../../src/index.js';
import { validCaseArb } from '../arbitraries.js';
import { fc } from '../fc.js';

export interface CorpusCase {
  readonly name: string;
  readonly input: CaseInput;
  readonly asOf: string;
  readonly policy?: Partial<Policy>;
  readonly timeline: ExplainedTimeline;
}

const root = join(import.meta.dirname, '../..');
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
const handMade: readonly { name: string; input: CaseInput; asOf: string; policy?: Partial<Policy> }[] = [
  // The case of issue 10: hersteld on 1 Feb, asOf 10 Feb: probleemanalyse due 26 Feb 2025 is week 6.
  { name: 'issue-10', input: { firstSickDay: D1, events: [{ type: 'hersteld', date: '2025-02-01' }] }, asOf: '2025-02-10' },
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
    name: 'vangnet over Easter (Atw art. 1 and 2)',
    input: { firstSickDay: '2025-04-18', vangnet: { grond: 'zwangerschap-na-verlof' } },
    asOf: '2025-04-18',
  },
  {
    name: 'loonsanctie without a recorded aanvraag (STEP_IMPLIED, WAGE_END_OPEN)',
    input: { firstSickDay: D1, events: [{ type: 'loonsanctie', date: '2026-11-16', weeks: 52 }] },
    asOf: '2027-06-02',
  },
  {
    name: 'vervroegde IVA without a 42e-weeksmelding (ZW 38 lid 8, WIA 66 lid 1)',
    input: { firstSickDay: D1, events: [{ type: 'vervroegde-iva', date: '2025-06-02' }] },
    asOf: '2025-11-01',
  },
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
    name: 're-integratieverslag before a verlenging (WIA 25 lid 4)',
    input: {
      firstSickDay: D1,
      events: [
        { type: 're-integratieverslag', date: '2026-08-20' },
        { type: 'verlenging', date: '2026-09-01', weeks: 13 },
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
    name: 'eigenrisicodrager at the end of employment',
    input: { firstSickDay: D1, eigenrisicodrager: true, events: [{ type: 'einde-dienstverband', date: '2025-04-30' }] },
    asOf: '2025-04-01',
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

function build(): CorpusCase[] {
  const out: CorpusCase[] = [];
  const add = (name: string, input: CaseInput, asOf: string, policy?: Partial<Policy>): void => {
    out.push({
      name,
      input,
      asOf,
      ...(policy === undefined ? {} : { policy }),
      timeline: evaluateCase(input, { explain: true, asOf, ...(policy === undefined ? {} : { policy }) }),
    });
  };
  for (const asOf of ['2025-01-08', '2025-06-02', '2026-01-15', '2027-02-01'])
    add(`sample ${asOf}`, readJson('examples/sample-case.json'), asOf);
  for (const asOf of ['2024-06-01', '2025-06-02']) add(`complex ${asOf}`, readJson('examples/complex-case.json'), asOf);
  const ndjson = readFileSync(join(root, 'examples/payroll-export.ndjson'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  ndjson.forEach((line, i) => {
    try {
      add(`payroll-export line ${i + 1}`, JSON.parse(line) as CaseInput, '2025-06-02');
    } catch {
      // the file has deliberately broken lines
    }
  });
  for (const c of handMade) add(c.name, c.input, c.asOf, c.policy);
  fc.sample(validCaseArb(20), { seed: 10, numRuns: 150 }).forEach((c, i) => {
    add(`random ${i}`, c.input, c.asOf);
  });
  return out;
}

let corpus: CorpusCase[] | null = null;
/** The corpus, built once per test file. */
export function corpusCases(): readonly CorpusCase[] {
  corpus ??= build();
  return corpus;
}
