/**
 * The input schemas as published: those of src/case/schema.ts — the very objects the parse step
 * checks with — with the descriptions their JSON Schema and the OpenAPI document carry, in zod's
 * global registry. The words are in this module and not in schema.ts, so that a bundle that only
 * evaluates (`import { evaluateCase }`, which parses with schema.ts) carries none of them; the
 * entry's `CaseInputSchema`, `CaseEventSchema`, `PolicySchema` and `caseInputJsonSchema` come from
 * here, so whoever takes a schema takes its descriptions.
 *
 * @module
 */
import * as z from 'zod/mini';
import {
  CaseEventSchema as CaseEvent,
  CaseInputSchema as CaseInput,
  IsoDateSchema,
  PolicySchema as Policy,
  ProtocolStepSchema,
} from './schema.js';

type Schema = z.ZodMiniType;

/** The fields of an object schema. */
const fields = (schema: Schema): Readonly<Record<string, Schema>> =>
  (schema._zod.def as unknown as { shape: Record<string, Schema> }).shape;

/** The description of each event schema, by its `type` (`step`: the steps recorded as `{ type, date }`). */
const EVENTS: Readonly<Record<string, string>> = {
  step: 'A completed step: type is the milestone id, date the day it was done',
  'plan-van-aanpak':
    'Plan van aanpak made on date; evaluatieIntervalDays = the evaluation interval the plan fixes (counted sick days), which then governs the evaluations',
  casemanager: 'Casemanager appointed on date',
  hersteld: 'Full recovery in the own job; date = first fit day',
  ziek: 'Sick again after hersteld; date = first sick day of the new period',
  'gedeeltelijk-hersteld': 'Partial return to work; does not stop the clock',
  zwangerschapsverlof: 'Pregnancy and maternity leave from date to until (inclusive); not counted',
  'wia-brief-ontvangen': 'The UWV letter about the WIA application arrived on date',
  verlenging: 'Vrijwillige verlenging granted (WIA 24), at least 13 weeks',
  loonsanctie: 'Loonsanctie imposed by UWV (WIA 25 lid 9), 1–52 weeks',
  'loonsanctie-bekort':
    'Bekorting of the loonsanctie (WIA 25 lid 12–14): date = UWV decided the shortfall is repaired; the sanction ends 6 weeks later, or on until',
  protocol: "A step of the employer's verzuimprotocol (policy.protocol) was done; step = its id",
  'einde-dienstverband': 'End of employment; date = last day of employment',
  'aow-leeftijd': 'The employee reaches AOW age on date',
  deskundigenoordeel: 'A deskundigenoordeel was requested on date',
  afwijking:
    'An agreed, reasoned deviation from the term of step (Regeling procesgang art. 5): the step is not flagged, the dossier shows it',
};

/** The `type` an event schema is chosen by: its literal, or `step` for the enum of the steps. */
function typeOf(event: Schema): string {
  const values = [...(fields(event).type?._zod.values ?? [])];
  return values.length === 1 ? String(values[0]) : 'step';
}

/** Adds the description of a schema (a registry entry, as classic zod's `.describe()`). */
const describe = (schema: Schema | undefined, description: string | undefined): void => {
  z.globalRegistry.add(schema as Schema, { description: description as string });
};

/** Describes an object schema (the key `''`) and its fields (the other keys). */
function describeObject(schema: Schema, texts: Readonly<Record<string, string>>): void {
  for (const key in texts) describe(key === '' ? schema : fields(schema)[key], texts[key]);
}

/**
 * The schemas of src/case/schema.ts, described: the exports below are read from what this returns,
 * so that no bundle can take a schema from here without its descriptions.
 */
function withDescriptions() {
  const events = (CaseEvent._zod.def as unknown as { options: readonly Schema[] }).options;
  describe(IsoDateSchema, 'Calendar date YYYY-MM-DD (1900–2199)');
  describe(fields(events[0] as Schema).note, 'Free text for the dossier; never interpreted');
  for (const event of events) describe(event, EVENTS[typeOf(event)]);
  describeObject(CaseInput, {
    '': 'A sickness case for poortwachter',
    firstSickDay: 'Eerste ziektedag: day 1 of the wachttijd (WIA 23 lid 2)',
    events: 'Events in any order',
    id: 'Your own reference, echoed by batch',
    vangnet: 'A vangnet case (Ziektewet art. 29a, 29b): adds the early ziekmelding to UWV',
    eigenrisicodrager: 'The employer is eigenrisicodrager for the Ziektewet: no ziekmelding to UWV at the end of employment (ZW 38 lid 2)',
  });
  describeObject(ProtocolStepSchema, {
    '': "A step of the employer's verzuimprotocol",
    id: 'Kebab-case, unique within the protocol',
    title: 'Its name in Dutch and English',
    days: 'Counted sick days after `after` (day 1 when absent)',
    after: 'A milestone id or another protocol step to count from',
    repeatEveryDays: 'Repeat every this many counted days until the wachttijd ends',
  });
  describeObject(Policy, {
    '': 'Settings for the choices docs/rules.md leaves open (a partial policy)',
    wagePercentages: 'The percentage of the wage paid per phase (BW 7:629 lid 1: 70)',
  });
  return { CaseInput, CaseEvent, Policy };
}
const schemas = withDescriptions();

/** Schema of the whole input. */
export const CaseInputSchema = schemas.CaseInput;
/** Schema of one event, discriminated on `type`. */
export const CaseEventSchema = schemas.CaseEvent;
/** Schema of a partial {@link Policy} (the settings docs/rules.md leaves open); absent settings take their default. */
export const PolicySchema = schemas.Policy;

/** The JSON Schema (draft 2020-12) of CaseInput, for integrators in other languages. */
export function caseInputJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(CaseInputSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
