/**
 * The contract, once: zod schemas (zod/mini, tree-shakable) of the input (`CaseInputSchema`), the
 * policy (`PolicySchema`) and the options, built from the vocabularies of src/vocab.ts, with the
 * checks across fields a shape cannot state. src/case/parse.ts parses with them — the one check of
 * input there is; the engine checks nothing itself. JSON Schema and OpenAPI are generated from
 * these schemas.
 *
 * @module
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import { _isoDate } from 'zod/v4/core';
import { isIsoDate, parseIsoDate } from '../calendar/isoDate.js';
import { KNOWN_TYPES, MAY_PRECEDE_DAY_1 } from '../engine/events.js';
import { quote } from '../engine/issue-data.js';
import { BASE_PARAMETERS, VERLENGING_MIN_WEEKS } from '../law/parameters.js';
import type { RuleTable } from '../law/rules.js';
import {
  ACTORS,
  AFWIJKING_STEPS,
  CASEMANAGER_TYPES,
  FIRST_WEEKS_MODES,
  PROBLEEMANALYSE_MODES,
  STEP_EVENT_TYPES,
  VANGNET_GRONDEN,
  WAGE_PHASE_KINDS,
} from '../vocab.js';

/** Most events one case may carry (a guard against runaway input; real cases have dozens). */
export const MAX_EVENTS = 10_000;

/** Most weeks of vrijwillige verlenging a case may add up to (ten years; a guard, not a legal limit). */
const MAX_VERLENGING_WEEKS = 520;

/** The issue code a refinement of this module reports (zod's `custom` issue carries it in `params`). */
const own = (code: string) => ({ params: { code } });

/** The schema with a description for its JSON Schema (a registry entry, as classic zod's `.describe()`: no check to run). */
const described = <T extends z.ZodMiniType>(schema: T, description: string): T => {
  const copy = schema.clone() as T;
  z.globalRegistry.add(copy, { description });
  return copy;
};

/** Schema of a date: a real `YYYY-MM-DD` day from 1900 through 2199. */
export const IsoDateSchema = described(
  // `z.iso.date()` itself: through the `z.iso` namespace a bundle would keep every ISO format (the case page's size).
  _isoDate(z.ZodMiniISODate).check(z.refine(isIsoDate, { message: 'date outside 1900–2199', ...own('invalid_date') })),
  'Calendar date YYYY-MM-DD (1900–2199)',
);
const isoDate = IsoDateSchema;

/** The message that marks a whole number's `invalid_type` (see `convert`). */
export const INT = 'int';
/** A whole number from `min` through `max` (its `invalid_type` says `int` for a number that is not whole, `number` for anything else). */
export const intSchema = (min: number, max: number) => z.int({ error: INT }).check(z.gte(min), z.lte(max));
const int = intSchema;
const optional = z.optional;

const note = described(optional(z.string().check(z.maxLength(2000))), 'Free text for the dossier; never interpreted');

/** The steps recorded as `{ type, date }` alone (the plan van aanpak and the casemanager carry more). */
const STEP_TYPES = STEP_EVENT_TYPES.filter(
  (t): t is Exclude<(typeof STEP_EVENT_TYPES)[number], 'plan-van-aanpak' | 'casemanager'> => t !== 'plan-van-aanpak' && t !== 'casemanager',
);

const simple = <T extends string>(type: T, description: string) =>
  described(z.strictObject({ type: z.literal(type), date: isoDate, note }), description);

/** Schema of one event, discriminated on `type`. */
export const CaseEventSchema = z.discriminatedUnion('type', [
  described(
    z.strictObject({ type: z.enum(STEP_TYPES), date: isoDate, note }),
    'A completed step: type is the milestone id, date the day it was done',
  ),
  described(
    z.strictObject({
      type: z.literal('plan-van-aanpak'),
      date: isoDate,
      evaluatieIntervalDays: optional(int(1, 365)),
      note,
    }),
    'Plan van aanpak made on date; evaluatieIntervalDays = the evaluation interval the plan fixes (counted sick days), which then governs the evaluations',
  ),
  described(
    z.strictObject({
      type: z.literal('casemanager'),
      date: isoDate,
      casemanagerType: optional(z.enum(CASEMANAGER_TYPES)),
      note,
    }),
    'Casemanager appointed on date',
  ),
  simple('hersteld', 'Full recovery in the own job; date = first fit day'),
  simple('ziek', 'Sick again after hersteld; date = first sick day of the new period'),
  described(
    z.strictObject({
      type: z.literal('gedeeltelijk-hersteld'),
      date: isoDate,
      percentage: optional(z.number().check(z.gte(0), z.lte(100))),
      note,
    }),
    'Partial return to work; does not stop the clock',
  ),
  described(
    z.strictObject({ type: z.literal('zwangerschapsverlof'), date: isoDate, until: isoDate, note }),
    'Pregnancy and maternity leave from date to until (inclusive); not counted',
  ),
  simple('wia-brief-ontvangen', 'The UWV letter about the WIA application arrived on date'),
  described(
    z.strictObject({
      type: z.literal('verlenging'),
      date: isoDate,
      weeks: int(VERLENGING_MIN_WEEKS, MAX_VERLENGING_WEEKS),
      note,
    }),
    'Vrijwillige verlenging granted (WIA 24), at least 13 weeks',
  ),
  described(
    z.strictObject({ type: z.literal('loonsanctie'), date: isoDate, weeks: int(1, BASE_PARAMETERS.loonsanctieMaxWeeks), note }),
    'Loonsanctie imposed by UWV (WIA 25 lid 9), 1–52 weeks',
  ),
  described(
    z.strictObject({ type: z.literal('loonsanctie-bekort'), date: isoDate, until: optional(isoDate), note }),
    'Bekorting of the loonsanctie (WIA 25 lid 12–14): date = UWV decided the shortfall is repaired; the sanction ends 6 weeks later, or on until',
  ),
  described(
    z.strictObject({ type: z.literal('protocol'), date: isoDate, step: z.string().check(z.minLength(1), z.maxLength(100)), note }),
    "A step of the employer's verzuimprotocol (policy.protocol) was done; step = its id",
  ),
  simple('einde-dienstverband', 'End of employment; date = last day of employment'),
  simple('aow-leeftijd', 'The employee reaches AOW age on date'),
  simple('deskundigenoordeel', 'A deskundigenoordeel was requested on date'),
  described(
    z.strictObject({
      type: z.literal('afwijking'),
      date: isoDate,
      step: z.enum(AFWIJKING_STEPS),
      occurrence: optional(int(1, 1000)),
      motivering: z.string().check(z.minLength(1), z.maxLength(2000)),
      note,
    }),
    'An agreed, reasoned deviation from the term of step (Regeling procesgang art. 5): the step is not flagged, the dossier shows it',
  ),
]);

/** Schema of the whole input. */
export const CaseInputSchema = z
  .strictObject({
    firstSickDay: described(isoDate, 'Eerste ziektedag: day 1 of the wachttijd (WIA 23 lid 2)'),
    events: described(optional(z.array(CaseEventSchema).check(z.maxLength(MAX_EVENTS))), 'Events in any order'),
    id: described(optional(z.union([z.string().check(z.maxLength(200)), z.number()])), 'Your own reference, echoed by batch'),
    vangnet: described(
      optional(
        z.strictObject({
          grond: z.enum(VANGNET_GRONDEN),
          bekendOp: optional(isoDate),
          uitgerekendeDatum: optional(isoDate),
          meerling: optional(z.boolean()),
        }),
      ),
      'A vangnet case (Ziektewet art. 29a, 29b): adds the early ziekmelding to UWV',
    ),
    eigenrisicodrager: described(
      optional(z.boolean()),
      'The employer is eigenrisicodrager for the Ziektewet: no ziekmelding to UWV at the end of employment (ZW 38 lid 2)',
    ),
  })
  .check(z.superRefine(acrossFields, { when: () => true }));
z.globalRegistry.add(CaseInputSchema, { description: 'A sickness case for poortwachter' });

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Adds an issue of this module's own (its code and params) to a refinement. */
function ownIssue(ctx: Pick<core.$RefinementCtx, 'addIssue'>, path: (string | number)[], code: string, params: object): void {
  ctx.addIssue({ code: 'custom', path, message: code, params: { code, params } });
}

/**
 * The checks across fields of a case, made even where other fields are bad (each event on its own):
 * an event before the first sick day (only `aow-leeftijd` may be), leave that ends before it starts,
 * verlengingen that add up to more than {@link MAX_VERLENGING_WEEKS}.
 */
export function acrossFields(value: unknown, ctx: Pick<core.$RefinementCtx, 'addIssue'>): void {
  if (!isObject(value) || !Array.isArray(value.events)) return;
  // Day 1 as its text, when it is a date: of two dates (YYYY-MM-DD, 1900–2199) the earlier is the
  // smaller text, so an event's date is parsed only when it is before day 1.
  const day1 = isIsoDate(value.firstSickDay) ? value.firstSickDay : null;
  const events: readonly unknown[] = value.events;
  let verlengingTotal = 0;
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (!isObject(e) || !KNOWN_TYPES.has(e.type as string)) continue;
    const type = e.type as string;
    const date = e.date;
    // (a date that is no date, or no day 1: no second issue)
    if (day1 !== null && typeof date === 'string' && date < day1 && !MAY_PRECEDE_DAY_1.has(type) && isIsoDate(date)) {
      ownIssue(ctx, ['events', i, 'date'], 'before_first_sick_day', { date, firstSickDay: day1 });
    }
    if (
      type === 'zwangerschapsverlof' &&
      typeof e.until === 'string' &&
      typeof date === 'string' &&
      parseIsoDate(e.until) < parseIsoDate(date)
    ) {
      ownIssue(ctx, ['events', i, 'until'], 'until_before_date', { date, until: e.until });
    }
    const w = e.weeks;
    if (type === 'verlenging' && Number.isInteger(w) && (w as number) >= VERLENGING_MIN_WEEKS && (w as number) <= MAX_VERLENGING_WEEKS) {
      // Verlengingen add up (WIA 24 has no maximum); unbounded, one case could extend the wachttijd
      // by millennia and yield an evaluatie every six weeks of it (a timeline too large to print).
      // Reported once, at the event that crosses the limit.
      if (verlengingTotal <= MAX_VERLENGING_WEEKS && (verlengingTotal += w as number) > MAX_VERLENGING_WEEKS) {
        ownIssue(ctx, ['events', i, 'weeks'], 'total_too_big', { total: verlengingTotal, maximum: MAX_VERLENGING_WEEKS });
      }
    }
  }
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Schema of one step of the employer's verzuimprotocol (`policy.protocol`). */
export const ProtocolStepSchema = described(
  z.strictObject({
    id: described(z.string().check(z.refine((id) => KEBAB.test(id), own('invalid_id'))), 'Kebab-case, unique within the protocol'),
    title: described(z.object({ nl: z.string(), en: z.string() }), 'Its name in Dutch and English'),
    actor: z.enum(ACTORS),
    days: described(int(0, 3650), 'Counted sick days after `after` (day 1 when absent)'),
    after: described(optional(z.string()), 'A milestone id or another protocol step to count from'),
    repeatEveryDays: described(optional(int(1, 365)), 'Repeat every this many counted days until the wachttijd ends'),
  }),
  "A step of the employer's verzuimprotocol",
);

/** A repeated id, and an `after` that names the step itself: checks across the steps of a protocol. */
function acrossSteps(steps: unknown, ctx: core.$RefinementCtx): void {
  if (!Array.isArray(steps)) return;
  const seen = new Set<string>();
  steps.forEach((step: unknown, i) => {
    if (!isObject(step)) return;
    const id = step.id;
    if (typeof id === 'string' && KEBAB.test(id)) {
      if (seen.has(id)) ownIssue(ctx, [i, 'id'], 'duplicate_id', { value: quote(id) });
      else seen.add(id);
    }
    if (step.after !== undefined && step.after === id) ownIssue(ctx, [i, 'after'], 'invalid_value', {});
  });
}

/** Schema of a partial {@link Policy} (the settings docs/rules.md leaves open); absent settings take their default. */
export const PolicySchema = described(
  z.strictObject({
    probleemanalyse: optional(z.enum(PROBLEEMANALYSE_MODES)),
    firstWeeks: optional(z.enum(FIRST_WEEKS_MODES)),
    evaluationIntervalDays: optional(int(1, 365)),
    dueSoonDays: optional(int(0, 365)),
    meldingBedrijfsartsDay: optional(int(1, 42)),
    frequentAbsenceReports: optional(int(2, 100)),
    includeAdvice: optional(z.boolean()),
    protocol: optional(z.array(ProtocolStepSchema).check(z.superRefine(acrossSteps, { when: () => true }))),
    wagePercentages: described(
      optional(z.strictObject(Object.fromEntries(WAGE_PHASE_KINDS.map((k) => [k, optional(z.number().check(z.gte(0), z.lte(200)))])))),
      'The percentage of the wage paid per phase (BW 7:629 lid 1: 70)',
    ),
  }),
  'Settings for the choices docs/rules.md leaves open (a partial policy)',
);

const isRuleTable = (rules: unknown): rules is RuleTable =>
  isObject(rules) &&
  Array.isArray(rules.starts) &&
  Array.isArray(rules.segments) &&
  rules.starts.length > 0 &&
  rules.starts.length === rules.segments.length &&
  rules.segments.every((s: unknown) => typeof s === 'object' && s !== null);

/** Schema of the options of `evaluateCase` (other keys, such as `explain`, pass). */
export const OptionsSchema = z.looseObject({
  asOf: isoDate,
  policy: optional(PolicySchema),
  rules: optional(z.custom<RuleTable>(isRuleTable, own('rule-table'))),
});

/** The JSON Schema (draft 2020-12) of CaseInput, for integrators in other languages. */
export function caseInputJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(CaseInputSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
