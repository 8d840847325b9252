/**
 * zod 4 schemas of the output: {@link CaseTimeline} (every field: derivations discriminated on
 * `kind`, reasons on `code`, flags on `code` with their params) and one line of `poortwachter batch`
 * (NDJSON). Their JSON Schemas ship as `poortwachter/timeline.schema.json` and
 * `poortwachter/batch-line.schema.json` and print with `poortwachter schema timeline|batch-line`.
 * A test checks that `z.infer<typeof CaseTimelineSchema>` is `CaseTimeline`.
 *
 * @module
 */
import { z } from 'zod';
import { CONSEQUENCE_CODES, FLAG_CODES, INPUT_ISSUE_CODES } from '../codes.js';
import type { IsoDate } from '../types.js';
import {
  ACTORS,
  CASE_EVENT_TYPES,
  CASE_STATUSES,
  CASEMANAGER_TYPES,
  MILESTONE_IDS,
  MILESTONE_KINDS,
  MILESTONE_STATUSES,
  SEVERITIES,
  VANGNET_GRONDEN,
  WAGE_PHASE_KINDS,
} from '../vocab.js';

/** A date as the library types it (`IsoDate`, a string with an optional brand). */
const isoDate = z.iso.date().describe('Calendar date YYYY-MM-DD') as unknown as z.ZodType<IsoDate, IsoDate>;
const int = z.int();
const count = z.int().min(0);

const milestoneId = z.enum(MILESTONE_IDS);
const eventType = z.enum(CASE_EVENT_TYPES);

const localized = z.object({ nl: z.string(), en: z.string() });
const _legalBasis = z.object({ citation: z.string(), url: z.string() });
const uncounted = z.object({ fit: count, leave: count });
const skippedDay = z.object({
  date: isoDate,
  reason: z.enum([
    'zaterdag',
    'zondag',
    'nieuwjaarsdag',
    'goede-vrijdag',
    'tweede-paasdag',
    'koningsdag',
    'bevrijdingsdag',
    'hemelvaartsdag',
    'tweede-pinksterdag',
    'eerste-kerstdag',
    'tweede-kerstdag',
    'gelijkgestelde-dag',
  ]),
});
const report = z.enum(['volledig', 'verkort']);

/** One step of a derivation, discriminated on `kind`. */
export const DerivationStepSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('counted'), countedDay: int, from: isoDate, days: int, uncounted, date: isoDate }),
  z.object({
    kind: z.literal('afterStep'),
    step: milestoneId,
    protocolStep: z.string().optional(),
    occurrence: int,
    basis: z.enum(['completed', 'due', 'legalLatest', 'day1']),
    from: isoDate,
    countedDays: int,
    uncounted,
    date: isoDate,
  }),
  z.object({ kind: z.literal('beforeEnd'), days: int, lastDay: isoDate, date: isoDate }),
  z.object({ kind: z.literal('verlenging'), weeks: int, date: isoDate }),
  z.object({ kind: z.literal('atwRoll'), from: isoDate, skipped: z.array(skippedDay), date: isoDate }),
  z.object({ kind: z.literal('atwTwoWorkingDays'), termStart: isoDate, from: isoDate, date: isoDate }),
  z.object({ kind: z.literal('firstWerkdag'), from: isoDate, skipped: z.array(skippedDay), date: isoDate }),
  z.object({ kind: z.literal('lastWorkingDay'), from: isoDate, skipped: z.array(skippedDay), date: isoDate }),
  z.object({ kind: z.literal('letterReceived'), date: isoDate }),
  z.object({ kind: z.literal('lateLetter'), letter: isoDate, days: int, date: isoDate }),
  z.object({ kind: z.literal('lateLetterExcluded'), letter: isoDate, meldingBy: isoDate, melding: isoDate.nullable(), date: isoDate }),
  z.object({ kind: z.literal('eindeDienstverband'), lastDayOfEmployment: isoDate, sickDays: int, report, date: isoDate }),
  z.object({ kind: z.literal('lateApplication'), due: isoDate, completedOn: isoDate.nullable(), days: int, date: isoDate }),
  z.object({ kind: z.literal('loonsanctie'), weeks: int, imposed: int, leaveDays: int, date: isoDate }),
  z.object({ kind: z.literal('loonsanctieAfterEnd'), decision: isoDate, weeks: int, lastDay: isoDate, date: isoDate }),
  z.object({ kind: z.literal('loonsanctieDecisionLate'), decision: isoDate, term: isoDate, days: int, date: isoDate }),
  z.object({ kind: z.literal('bekorting'), decision: isoDate, days: int.nullable(), date: isoDate }),
  z.object({ kind: z.literal('aow'), aowDate: isoDate, weeks: int, uncounted, date: isoDate }),
  z.object({ kind: z.literal('employmentEnds'), date: isoDate }),
  z.object({
    kind: z.literal('calendarDays'),
    step: milestoneId.nullable(),
    basis: z.enum(['completed', 'due', 'legalLatest', 'day1']),
    from: isoDate,
    days: int,
    fitOn: isoDate.nullable(),
    date: isoDate,
  }),
  z.object({
    kind: z.literal('vangnet'),
    grond: z.enum(VANGNET_GRONDEN),
    term: z.enum(['vierde-dag', 'zes-weken', 'vierde-dag-na']),
    from: isoDate,
    days: int,
    flexStart: isoDate.nullable(),
    date: isoDate,
  }),
]);

/** Why a step is not applicable or suspended, discriminated on `code`. */
export const StatusReasonSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('aow-before-wia'), aowDate: isoDate }),
  z.object({ code: z.literal('aow-reached'), aowDate: isoDate }),
  z.object({
    code: z.literal('employment-ended'),
    lastDayOfEmployment: isoDate,
    sickDays: int,
    report: z.enum(['volledig', 'verkort', 'geen']).nullable(),
  }),
  z.object({ code: z.literal('case-closed'), fitFrom: isoDate, gapDays: int }),
  z.object({ code: z.literal('suspended'), fitFrom: isoDate, asOf: isoDate }),
  z.object({ code: z.literal('window-closed'), date: isoDate }),
  z.object({
    code: z.literal('vangnet-grond'),
    grond: z.enum(VANGNET_GRONDEN),
  }),
  z.object({ code: z.literal('eigenrisicodrager') }),
]);

const steps = z.array(DerivationStepSchema);

const derivation = z.object({
  rule: z.enum(['counted', 'afterStep', 'chain', 'beforeEnd', 'end', 'eindeDienstverband', 'vangnet', 'firstWerkdag', 'protocol']),
  windowStart: steps.nullable(),
  due: steps,
  legalLatest: steps.nullable(),
  reason: StatusReasonSchema.nullable(),
});

const consequence = z.enum(CONSEQUENCE_CODES);

const milestoneFields = {
  id: milestoneId,
  occurrence: int.min(1),
  kind: z.enum(MILESTONE_KINDS),
  actor: z.enum(ACTORS),
  windowStart: isoDate.nullable(),
  due: isoDate,
  legalLatest: isoDate.nullable(),
  status: z.enum(MILESTONE_STATUSES),
  completedOn: isoDate.nullable(),
  week: int,
  countedDay: int,
  consequence: consequence.describe('What missing it costs (a code). Title and legal basis are the rule’s: by id, GET /v1/rules'),
  title: localized.optional().describe('Only on protocol steps: the employer’s own name for the step'),
  derivation: derivation.optional().describe('Only with explain: how the dates came about'),
  casemanagerType: z.enum(CASEMANAGER_TYPES).nullable().optional(),
  variant: report.nullable().optional(),
  protocolStep: z.string().optional(),
};

const fine = z.object({ daysLate: int, euro: z.number(), max: z.number() });
const severity = z.enum(SEVERITIES);

const flag = <C extends string, P extends z.ZodRawShape>(code: C, params: P) =>
  z.object({
    code: z.literal(code),
    severity,
    milestoneId: milestoneId.optional(),
    occurrence: int.optional(),
    protocolStep: z.string().optional(),
    params: z.object(params),
  });

/** A finding, discriminated on `code`, with the params of its code. */
export const FlagSchema = z.discriminatedUnion('code', [
  flag('MILESTONE_OVERDUE', {
    due: isoDate,
    legalLatest: isoDate.nullable(),
    withinLegal: z.boolean(),
    consequence,
    fine: fine.nullable(),
  }),
  flag('MILESTONE_DONE_LATE', {
    due: isoDate,
    completedOn: isoDate,
    legalLatest: isoDate.nullable(),
    withinLegal: z.boolean(),
    fine: fine.nullable(),
  }),
  flag('STEP_BEFORE_WINDOW', { completedOn: isoDate, windowStart: isoDate }),
  flag('STEP_WHILE_CLOSED', { eventType, date: isoDate, fitFrom: isoDate }),
  flag('EVENT_AFTER_AS_OF', { eventType, date: isoDate, asOf: isoDate }),
  flag('ZIEK_WITHOUT_HERSTELD', { date: isoDate }),
  flag('HERSTELD_TWICE', { date: isoDate }),
  flag('LOONSANCTIE_OVER_MAX', { weeks: int, max: int }),
  flag('VERLENGING_AFTER_WACHTTIJD', { date: isoDate, lastDay: isoDate }),
  flag('WIA_LETTER_LATE', { latest: isoDate, received: isoDate.nullable(), afterLetterDays: int }),
  flag('WIA_LETTER_EXTENSION_EXCLUDED', { letter: isoDate, meldingBy: isoDate, melding: isoDate.nullable() }),
  flag('STEP_IMPLIED', { impliedBy: eventType, date: isoDate, basis: z.enum(['zw-38-lid-8', 'wia-66-lid-1', 'wia-25-lid-9']) }),
  flag('REPORT_BEFORE_VERLENGING', { completedOn: isoDate, verlenging: isoDate, due: isoDate }),
  flag('WAGE_END_OPEN', { step: milestoneId, overdueSince: isoDate, extensionSoFar: int, impliedOn: isoDate.nullable() }),
  flag('FREQUENT_ABSENCE', { reports: int, windowDays: int }),
  flag('ATW_CALENDAR_INCOMPLETE', { year: int, knownFrom: int, knownUntil: int }),
  flag('RULES_BEFORE_COVERAGE', { coverageFrom: isoDate }),
  flag('DUPLICATE_STEP', { dates: z.array(isoDate), counted: isoDate }),
  flag('NEW_CASE_STARTED', { date: isoDate, gapDays: int }),
  flag('AS_OF_BEFORE_FIRST_SICK_DAY', { asOf: isoDate, firstSickDay: isoDate }),
  flag('RULE_NOT_IN_FORCE', { rule: z.enum(['aow-loondoorbetaling']), inForceFrom: isoDate }),
]);

const timelineFields = {
  firstSickDay: isoDate,
  asOf: isoDate,
  status: z.enum(CASE_STATUSES),
  countedSickDays: count,
  currentWeek: count,
  periods: z.array(z.object({ start: isoDate, end: isoDate.nullable(), caseFirstSickDay: isoDate })),
  previousCases: z.array(z.object({ firstSickDay: isoDate, lastSickDay: isoDate, countedSickDays: count, eventCount: count })),
  wachttijd: z.object({ lastDay: isoDate, wiaStart: isoDate }),
  wageObligationEnd: isoDate,
  wageObligationDerivation: steps,
  wagePhases: z.array(
    z.object({
      kind: z.enum(WAGE_PHASE_KINDS),
      from: isoDate,
      until: isoDate,
      ranges: z.array(z.object({ from: isoDate, until: isoDate })),
      days: count,
      percentage: z.number(),
    }),
  ),
  flags: z.array(FlagSchema),
  dossier: z
    .array(
      z.object({
        id: z.enum([...MILESTONE_IDS, 'deskundigenoordeel']),
        occurrence: int,
        required: z.boolean(),
        present: z.boolean(),
        date: isoDate.nullable(),
        deviation: z.object({ date: isoDate, motivering: z.string() }).optional(),
      }),
    )
    .optional(),
};

/** One milestone of a timeline. */
export const MilestoneSchema = z.object(milestoneFields);

/** What `evaluateCase` returns, and `timeline --format json` prints. */
export const CaseTimelineSchema = z
  .object({ ...timelineFields, milestones: z.array(MilestoneSchema) })
  .describe('A poortwachter timeline (CaseTimeline)');

/** A problem with the input (`params` as docs/codes.md lists them per code). */
export const InputIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.int().min(0)])),
  code: z.enum(INPUT_ISSUE_CODES),
  params: z.record(z.string(), z.unknown()).optional(),
  message: localized,
});

const lineFields = { line: z.int().min(1), id: z.union([z.string(), z.number()]).optional() };

/**
 * One line of `poortwachter batch` (NDJSON, the full form): `{ ok: true, line, id?, timeline }` or
 * `{ ok: false, line, id?, issues }`. The timeline is the library's (milestones as facts: titles
 * and legal bases by id), and the CLI may add rendered fields (an explanation, a message) to the
 * timeline, its milestones and flags: those objects are open. Flag params are checked by
 * {@link CaseTimelineSchema}, not here.
 */
export const BatchLineSchema = z
  .discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      ...lineFields,
      timeline: z.looseObject({
        ...timelineFields,
        flags: z.array(
          z.looseObject({
            code: z.enum(FLAG_CODES),
            severity,
            milestoneId: milestoneId.optional(),
            occurrence: int.optional(),
            params: z.record(z.string(), z.unknown()),
          }),
        ),
        milestones: z.array(z.looseObject(milestoneFields)),
      }),
    }),
    z.object({ ok: z.literal(false), ...lineFields, issues: z.array(InputIssueSchema).min(1) }),
  ])
  .describe('One line of poortwachter batch (NDJSON)');

/** The JSON Schema (draft 2020-12) of a timeline. */
export function caseTimelineJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(CaseTimelineSchema, { io: 'output', target: 'draft-2020-12', reused: 'ref' }) as Record<string, unknown>;
}

/** The JSON Schema (draft 2020-12) of one `poortwachter batch` line. */
export function batchLineJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(BatchLineSchema, { io: 'output', target: 'draft-2020-12', reused: 'ref' }) as Record<string, unknown>;
}
