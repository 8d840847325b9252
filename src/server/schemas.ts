/**
 * The zod schemas of the HTTP API's own messages (the request envelope of `/v1/evaluate`, problem
 * details, health answers), beside the library's `CaseInputSchema`. The OpenAPI document
 * (`openapi.ts`) is generated from these; nothing here is written twice as JSON Schema.
 *
 * @module
 */
import { z } from 'zod';
import { isIsoDate } from '../calendar/isoDate.js';
import { CaseInputSchema } from '../case/schema.js';
import { SUMMARY_FIELDS } from '../format/summary.js';

const isoDate = z.iso.date().refine(isIsoDate, { message: 'date outside 1900–2199' }).describe('Calendar date YYYY-MM-DD (1900–2199)');

/**
 * The `fields` parameter: `summary`, `all` or a comma list of summary field names (as `batch --fields`).
 *
 * @example
 * FieldsSchema.parse('status,next') //=> 'status,next'
 */
export const FieldsSchema = z
  .string()
  .max(500)
  .describe(`Instead of the whole timeline: 'summary', 'all' or a comma list of ${SUMMARY_FIELDS.join(', ')}`);

/**
 * The body of `POST /v1/evaluate`: the case and how to evaluate it.
 *
 * @example
 * EvaluateRequestSchema.parse({ case: { firstSickDay: '2025-01-06' }, asOf: '2025-03-10' });
 */
export const EvaluateRequestSchema = z
  .strictObject({
    case: CaseInputSchema,
    asOf: isoDate.optional().describe('Evaluate on this day (default: today in Europe/Amsterdam)'),
    fields: FieldsSchema.optional(),
  })
  .describe('One case to evaluate');

/**
 * An input issue as the library reports it: the field's path, a stable code, a message in Dutch
 * and English.
 *
 * @example
 * InputIssueSchema.parse({ path: ['firstSickDay'], code: 'invalid_format', message: { nl: '…', en: '…' } });
 */
export const InputIssueSchema = z
  .object({
    path: z.array(z.union([z.string(), z.number()])).describe('Path to the field, e.g. ["case","events",2,"date"]'),
    code: z.string().describe('Stable code for programs: invalid_type, invalid_format, too_big, before_first_sick_day, …'),
    message: z.object({ nl: z.string(), en: z.string() }).describe('For people, in Dutch and English'),
  })
  .describe('A problem with the input, naming the field');

/**
 * An RFC 9457 problem details object (`application/problem+json`); `issues` when the input was at
 * fault. Never a stack trace.
 *
 * @example
 * ProblemSchema.parse({ type: '/docs#problem-invalid-json', title: 'Geen geldige JSON', status: 400, code: 'invalid_json', requestId: 'r-1' });
 */
export const ProblemSchema = z
  .object({
    type: z.string().describe('URI reference of the problem type; resolves to its description on the API page'),
    title: z.string().describe('Short summary of the problem type, in the language of Accept-Language (nl or en)'),
    status: z.int().describe('The HTTP status code'),
    detail: z.string().optional().describe('This occurrence, in the language of Accept-Language'),
    code: z.string().describe('Stable code for programs (the same as the type fragment without "problem-")'),
    requestId: z.string().describe('The x-request-id of the answer'),
    issues: z.array(InputIssueSchema).optional().describe('Every problem found in the input'),
  })
  .describe('RFC 9457 problem details');

/**
 * The answer of `POST /v1/validate` (the same object as `poortwachter validate --format json`).
 *
 * @example
 * ValidateResponseSchema.parse({ valid: true, issues: [] });
 */
export const ValidateResponseSchema = z
  .object({ valid: z.boolean(), issues: z.array(InputIssueSchema) })
  .describe('Whether the case is valid, and every issue when not');

/**
 * One answer line of `POST /v1/batch` (the line format of `poortwachter batch`).
 *
 * @example
 * BatchLineSchema.parse({ ok: false, line: 2, issues: [] });
 */
export const BatchLineSchema = z
  .union([
    z
      .looseObject({
        ok: z.literal(true),
        line: z.int().min(1),
        id: z.union([z.string(), z.number()]).optional(),
        timeline: z.looseObject({}).optional().describe('The timeline (without fields)'),
      })
      .describe('A valid case: the timeline, or the summary fields asked for'),
    z
      .strictObject({
        ok: z.literal(false),
        line: z.int().min(1),
        id: z.union([z.string(), z.number()]).optional(),
        issues: z.array(InputIssueSchema),
      })
      .describe('An invalid line: its issues'),
  ])
  .describe('One answer line per input line, in order');

/**
 * The answer of `/healthz` and `/readyz`.
 *
 * @example
 * HealthSchema.parse({ status: 'ok' });
 */
export const HealthSchema = z.object({ status: z.enum(['ok', 'ready', 'shutting-down']) }).describe('Liveness or readiness');

/**
 * A legal source of the rule table (`GET /v1/sources` answers them by key).
 *
 * @example
 * LegalSourceSchema.parse({ citation: 'WIA art. 23', url: 'https://wetten.overheid.nl/BWBR0019057' });
 */
export const LegalSourceSchema = z
  .object({ citation: z.string().describe('Article and act'), url: z.string().describe('Where to read it') })
  .describe('A legal source');

/**
 * The summary of a case (`fields`): any subset of the `batch --fields` names.
 *
 * @example
 * CaseSummarySchema.parse({ status: 'sick', currentWeek: 10 });
 */
export const CaseSummarySchema = z
  .looseObject({
    firstSickDay: z.string().optional(),
    asOf: z.string().optional(),
    status: z.enum(['sick', 'recovered', 'closed']).optional(),
    currentWeek: z.int().optional(),
    countedSickDays: z.int().optional(),
    next: z.looseObject({}).nullable().optional(),
    overdue: z.array(z.looseObject({})).optional(),
    doneLate: z.array(z.looseObject({})).optional(),
    lastDay: z.string().optional(),
    wiaStart: z.string().optional(),
    wageObligationEnd: z.string().optional(),
    flags: z.array(z.string()).optional(),
  })
  .describe('The summary fields asked for with `fields`');

// TODO(CaseTimelineSchema): switch to `CaseTimelineSchema` from '../case/timeline-schema.js' once the
// output contract lands (milestones with week/countedDay/derivation, flags with params). Until then a
// permissive placeholder that names only the top-level fields of DESIGN §2; this function is the
// one place the API takes its output schema from (OpenAPI, /v1/schemas/case-timeline, the tests).
const CaseTimelinePlaceholder = z
  .looseObject({
    firstSickDay: z.string(),
    asOf: z.string(),
    status: z.enum(['sick', 'recovered', 'closed']),
    countedSickDays: z.int(),
    currentWeek: z.int(),
    periods: z.array(z.looseObject({})),
    wachttijd: z.looseObject({ lastDay: z.string(), wiaStart: z.string() }),
    wageObligationEnd: z.string(),
    milestones: z.array(z.looseObject({})),
    flags: z.array(z.looseObject({})),
  })
  .describe('The timeline of a case (the JSON of `poortwachter timeline --format json`)');

/**
 * The zod schema of the evaluation result (`CaseTimeline`): the single place the HTTP API takes it
 * from. A permissive placeholder until the library exports `CaseTimelineSchema`.
 *
 * @example
 * caseTimelineSchema().safeParse(evaluateCase(input, { asOf })).success //=> true
 */
export function caseTimelineSchema(): z.ZodType {
  return CaseTimelinePlaceholder;
}

/**
 * The JSON Schema (draft 2020-12) of the evaluation result, from {@link caseTimelineSchema}.
 *
 * @example
 * caseTimelineJsonSchema().type //=> 'object'
 */
export function caseTimelineJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(caseTimelineSchema(), { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
