/**
 * The input boundary: zod 4 schemas of CaseInput and its events (README, API), `parseCaseInput`
 * and `safeEvaluateCase`. Issues name the field and carry messages in Dutch and English.
 * The engine itself never imports zod.
 *
 * @module
 */
import { z } from 'zod';
import { isIsoDate } from '../calendar/isoDate.js';
import { type EvaluateCaseOptions, evaluateCase, prepareEvents } from '../engine/evaluate.js';
import { policyIssues } from '../engine/policy.js';
import { checkDate } from '../engine/validate.js';
import { inputIssue, jsonType, shownValue, withIssueMessage } from '../i18n/issues.js';
import type { CaseInput, CaseTimeline, ExplainedTimeline, InputIssueData, Result } from '../types.js';
import { AFWIJKING_STEPS, CASEMANAGER_TYPES, STEP_EVENT_TYPES, VANGNET_GRONDEN } from '../vocab.js';
import { toInputIssues } from './issues.js';

/** Most events one case may carry (a guard against runaway input; real cases have dozens). */
export const MAX_EVENTS = 10_000;

const isoDate = z.iso.date().refine(isIsoDate, { message: 'date outside 1900–2199' }).describe('Calendar date YYYY-MM-DD (1900–2199)');

const note = z.string().max(2000).optional().describe('Free text for the dossier; never interpreted');

/** The steps recorded as `{ type, date }` alone (the plan van aanpak and the casemanager carry more). */
const STEP_TYPES = STEP_EVENT_TYPES.filter(
  (t): t is Exclude<(typeof STEP_EVENT_TYPES)[number], 'plan-van-aanpak' | 'casemanager'> => t !== 'plan-van-aanpak' && t !== 'casemanager',
);

const simple = <T extends string>(type: T, description: string) =>
  z.strictObject({ type: z.literal(type), date: isoDate, note }).describe(description);

/** Schema of one event, discriminated on `type`. */
export const CaseEventSchema = z.discriminatedUnion('type', [
  z
    .strictObject({ type: z.enum(STEP_TYPES), date: isoDate, note })
    .describe('A completed step: type is the milestone id, date the day it was done'),
  z
    .strictObject({
      type: z.literal('plan-van-aanpak'),
      date: isoDate,
      evaluatieIntervalDays: z.int().min(1).max(365).optional(),
      note,
    })
    .describe(
      'Plan van aanpak made on date; evaluatieIntervalDays = the evaluation interval the plan fixes (counted sick days), which then governs the evaluations',
    ),
  z
    .strictObject({
      type: z.literal('casemanager'),
      date: isoDate,
      casemanagerType: z.enum(CASEMANAGER_TYPES).optional(),
      note,
    })
    .describe('Casemanager appointed on date'),
  simple('hersteld', 'Full recovery in the own job; date = first fit day'),
  simple('ziek', 'Sick again after hersteld; date = first sick day of the new period'),
  z
    .strictObject({
      type: z.literal('gedeeltelijk-hersteld'),
      date: isoDate,
      percentage: z.number().min(0).max(100).optional(),
      note,
    })
    .describe('Partial return to work; does not stop the clock'),
  z
    .strictObject({ type: z.literal('zwangerschapsverlof'), date: isoDate, until: isoDate, note })
    .describe('Pregnancy and maternity leave from date to until (inclusive); not counted'),
  simple('wia-brief-ontvangen', 'The UWV letter about the WIA application arrived on date'),
  z
    .strictObject({ type: z.literal('verlenging'), date: isoDate, weeks: z.int().min(13).max(520), note })
    .describe('Vrijwillige verlenging granted (WIA 24), at least 13 weeks'),
  z
    .strictObject({ type: z.literal('loonsanctie'), date: isoDate, weeks: z.int().min(1).max(52), note })
    .describe('Loonsanctie imposed by UWV (WIA 25 lid 9), 1–52 weeks'),
  z
    .strictObject({ type: z.literal('loonsanctie-bekort'), date: isoDate, until: isoDate.optional(), note })
    .describe(
      'Bekorting of the loonsanctie (WIA 25 lid 12–14): date = UWV decided the shortfall is repaired; the sanction ends 6 weeks later, or on until',
    ),
  z
    .strictObject({ type: z.literal('protocol'), date: isoDate, step: z.string().min(1).max(100), note })
    .describe("A step of the employer's verzuimprotocol (policy.protocol) was done; step = its id"),
  simple('einde-dienstverband', 'End of employment; date = last day of employment'),
  simple('aow-leeftijd', 'The employee reaches AOW age on date'),
  simple('deskundigenoordeel', 'A deskundigenoordeel was requested on date'),
  z
    .strictObject({
      type: z.literal('afwijking'),
      date: isoDate,
      step: z.enum(AFWIJKING_STEPS),
      occurrence: z.int().min(1).max(1000).optional(),
      motivering: z.string().min(1).max(2000),
      note,
    })
    .describe(
      'An agreed, reasoned deviation from the term of step (Regeling procesgang art. 5): the step is not flagged, the dossier shows it',
    ),
]);

/** Schema of the whole input. */
export const CaseInputSchema = z
  .strictObject({
    firstSickDay: isoDate.describe('Eerste ziektedag: day 1 of the wachttijd (WIA 23 lid 2)'),
    events: z.array(CaseEventSchema).max(MAX_EVENTS).optional().describe('Events in any order'),
    id: z
      .union([z.string().max(200), z.number()])
      .optional()
      .describe('Your own reference, echoed by batch'),
    vangnet: z
      .strictObject({
        grond: z.enum(VANGNET_GRONDEN),
        bekendOp: isoDate.optional(),
        uitgerekendeDatum: isoDate.optional(),
        meerling: z.boolean().optional(),
      })
      .optional()
      .describe('A vangnet case (Ziektewet art. 29a, 29b): adds the early ziekmelding to UWV'),
    eigenrisicodrager: z
      .boolean()
      .optional()
      .describe('The employer is eigenrisicodrager for the Ziektewet: no ziekmelding to UWV at the end of employment (ZW 38 lid 2)'),
  })
  .describe('A sickness case for poortwachter');

/**
 * Validates untrusted input as a {@link CaseInput}: the schema, then the checks a schema cannot
 * express (an event before the first sick day, leave that ends before it starts).
 *
 * @example
 * parseCaseInput({ firstSickDay: '2025-02-30' })
 * //=> { success: false, issues: [{ path: ['firstSickDay'], code: 'invalid_date', params: { value: "'2025-02-30'" }, message: { nl: …, en: … } }] }
 */
export function parseCaseInput(input: unknown): Result<CaseInput> {
  const parsed = CaseInputSchema.safeParse(input);
  if (!parsed.success) return { success: false, issues: toInputIssues(parsed.error.issues, input) };
  const data = parsed.data as CaseInput;
  const issues: InputIssueData[] = [];
  const day1 = checkDate(data.firstSickDay, ['firstSickDay'], issues);
  prepareEvents(data.events ?? [], day1, issues);
  // The engine's checks give data; the words are added here, at the edge.
  if (issues.length > 0) return { success: false, issues: issues.map(withIssueMessage) };
  return { success: true, data };
}

/**
 * {@link evaluateCase} for untrusted input: never throws for bad input or options, returns the
 * issues instead.
 *
 * @example
 * const r = safeEvaluateCase(JSON.parse(text), { asOf: '2025-03-10' });
 * if (r.success) console.log(r.data.milestones); else console.error(r.issues);
 */
export function safeEvaluateCase(input: unknown, options: EvaluateCaseOptions & { readonly explain: true }): Result<ExplainedTimeline>;
export function safeEvaluateCase(input: unknown, options: EvaluateCaseOptions): Result<CaseTimeline>;
export function safeEvaluateCase(input: unknown, options: EvaluateCaseOptions): Result<CaseTimeline> {
  const issues: InputIssueData[] = [];
  const opts = (typeof options === 'object' && options !== null ? options : {}) as Partial<EvaluateCaseOptions>;
  // In the order evaluateCase reports them: asOf, the input, the policy (then the rule table).
  checkDate(opts.asOf, ['asOf'], issues);
  const parsed = parseCaseInput(input);
  if (!parsed.success) issues.push(...parsed.issues);
  issues.push(...policyIssues(opts.policy));
  const rules = opts.rules as { starts?: unknown; segments?: unknown } | undefined;
  if (
    rules !== undefined &&
    !(
      typeof rules === 'object' &&
      rules !== null &&
      Array.isArray(rules.starts) &&
      Array.isArray(rules.segments) &&
      rules.starts.length > 0 &&
      rules.starts.length === rules.segments.length &&
      rules.segments.every((s) => typeof s === 'object' && s !== null)
    )
  ) {
    issues.push(inputIssue(['rules'], 'invalid_type', { expected: 'rule-table', received: jsonType(rules), value: shownValue(rules) }));
  }
  if (issues.length > 0 || !parsed.success) return { success: false, issues: issues.map(withIssueMessage) };
  return { success: true, data: evaluateCase(parsed.data, opts as EvaluateCaseOptions) };
}

/** The JSON Schema (draft 2020-12) of CaseInput, for integrators in other languages. */
export function caseInputJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(CaseInputSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
