/**
 * The zod schemas of the HTTP API's own messages (the request envelope of `/v1/evaluate`, problem
 * details, health answers, the worklist), beside the library's own `CaseInputSchema`,
 * `CaseTimelineSchema`, `BatchLineSchema` and `InputIssueSchema`, which are used as they are. The
 * OpenAPI document (`openapi.ts`) is generated from these; nothing here is written twice as JSON
 * Schema.
 *
 * @module
 */
import { z } from 'zod';
import { isIsoDate } from '../calendar/isoDate.js';
import { CaseInputSchema } from '../case/schema.js';
import { BatchLineSchema, CaseTimelineSchema, caseTimelineJsonSchema, InputIssueSchema } from '../case/timeline-schema.js';
import { jsonType, quote, shownValue } from '../engine/issue-data.js';
import { parseSummaryFields, SUMMARY_FIELDS } from '../format/summary.js';
import type { InputIssueCode, IsoDate } from '../types.js';
import { ACTORS, CASE_STATUSES, MILESTONE_KINDS } from '../vocab.js';
import { WORKLIST_BOUNDS, WORKLIST_KINDS } from '../worklist.js';

/** The answer formats of `POST /v1/worklist`. */
const WORKLIST_FORMATS = ['json', 'ndjson'] as const;

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
  .superRefine((text, ctx) => {
    const parsed = parseSummaryFields(text);
    if (!parsed.ok) {
      const params = { value: quote(parsed.unknown.join(',')), allowed: ['summary', 'all', ...SUMMARY_FIELDS] };
      ctx.addIssue({ code: 'custom', message: 'invalid_value', params: { code: 'invalid_value', params } });
    }
  })
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
    compact: z
      .boolean()
      .optional()
      .describe('The timeline of a batch line: since 0.3 the same as the whole timeline (kept for 0.2 clients)'),
    explain: z
      .boolean()
      .optional()
      .describe('true: every milestone also with its derivation (how its dates came about, why its status is what it is)'),
  })
  .describe('One case to evaluate');

/**
 * The query of `POST /v1/batch` (the `asOf` and `fields` parameters the OpenAPI document lists).
 *
 * @example
 * BatchQuerySchema.parse({ asOf: '2025-03-10', fields: 'status' });
 */
export const BatchQuerySchema = z.strictObject({
  asOf: isoDate.optional(),
  fields: FieldsSchema.optional(),
});

/** A query parameter's value read, or the issue (code and params as docs/codes.md has them) that says why not. */
type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: InputIssueCode; readonly params: object };

/**
 * A query parameter checked by `read`, published as `json` (a query value is text: the check
 * names what it received, an array for a repeated parameter, in the issue's own params).
 */
function queryParam<T>(json: Readonly<Record<string, unknown>>, read: (value: unknown) => Read<T>) {
  return z
    .unknown()
    .transform((value, ctx) => {
      const r = read(value);
      if (r.ok) return r.value;
      ctx.addIssue({ code: 'custom', message: r.code, params: { code: r.code, params: r.params } });
      return z.NEVER;
    })
    .meta(json);
}

const { $schema: _, ...isoDateJson } = z.toJSONSchema(z.iso.date(), { target: 'draft-2020-12', io: 'input' });

/** `asOf` of the worklist: a real date, 1900–2199 (no suggestions, as the worklist has always answered). */
const asOfParam = queryParam<IsoDate>(
  { ...isoDateJson, description: 'Evaluate every case on this day (default: today in Europe/Amsterdam)' },
  (value) =>
    typeof value === 'string' && isIsoDate(value)
      ? { ok: true, value }
      : typeof value === 'string'
        ? { ok: false, code: 'invalid_date', params: { value: quote(value) } }
        : { ok: false, code: 'invalid_type', params: { expected: 'string', received: jsonType(value), value: shownValue(value) } },
);

/** A whole number from `min` to `max` (its text). */
const wholeNumber = (min: number, max: number, description: string) =>
  queryParam<number>({ type: 'string', pattern: `^[0-9]{1,${String(max).length}}$`, description }, (value) => {
    if (typeof value === 'string' && /^-?\d{1,15}$/.test(value)) {
      const n = Number(value);
      if (n < min) return { ok: false, code: 'too_small', params: { origin: 'number', minimum: min, value } };
      if (n > max) return { ok: false, code: 'too_big', params: { origin: 'number', maximum: max, value } };
      return { ok: true, value: n };
    }
    // A query value is always text: name what it reads as (`1.5`: a number; `abc`: text).
    const received = typeof value === 'string' && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value) ? 'number' : jsonType(value);
    return { ok: false, code: 'invalid_type', params: { expected: 'int', received, value: shownValue(value) } };
  });

/** A comma-separated list of `allowed` values (the first value not allowed is the one named). */
const listOf = <T extends string>(allowed: readonly T[], json: Readonly<Record<string, unknown>>) =>
  queryParam<T[]>({ type: 'string', ...json }, (value) => {
    const parts = typeof value === 'string' ? value.split(',').map((v) => v.trim()) : [];
    const bad = typeof value === 'string' ? parts.find((v) => !(allowed as readonly string[]).includes(v)) : value;
    return bad === undefined
      ? { ok: true, value: parts as T[] }
      : { ok: false, code: 'invalid_value', params: { value: quote(bad), allowed } };
  });

/** `true` or `false` (absent: false). */
const flag = (description: string) =>
  z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .describe(description);

/**
 * The query of `POST /v1/worklist` (the parameters the OpenAPI document lists, generated from this
 * schema). The keys in the order the issues are listed (unknown parameters first).
 *
 * @example
 * WorklistQuerySchema.parse({ asOf: '2025-06-02', within: '30', kind: 'legal' })
 * //=> { asOf: '2025-06-02', within: 30, includeWindows: false, counts: false, kind: ['legal'] }
 */
export const WorklistQuerySchema = z.strictObject({
  asOf: asOfParam.optional(),
  within: wholeNumber(
    0,
    WORKLIST_BOUNDS.withinMax,
    `Days after asOf (default ${WORKLIST_BOUNDS.withinDefault}, at most ${WORKLIST_BOUNDS.withinMax})`,
  ).prefault(String(WORKLIST_BOUNDS.withinDefault)),
  includeWindows: flag('Also steps whose window opens in the range (default false)'),
  counts: flag('Only counts per status, ISO week, actor and step; no items (default false)'),
  limit: wholeNumber(1, WORKLIST_BOUNDS.limitMax, 'Only the N most urgent items (counts.found says how many there were)').optional(),
  actor: listOf(ACTORS, { description: `Only these actors, comma-separated: ${ACTORS.join(', ')}` }).optional(),
  kind: listOf(WORKLIST_KINDS, { description: `Only these kinds, comma-separated: ${WORKLIST_KINDS.join(', ')}` }).optional(),
  // Published as one of the two; a comma list of them is read too (its first counts), as it always was.
  format: listOf(WORKLIST_FORMATS, {
    enum: [...WORKLIST_FORMATS],
    description: 'json (default): one document; ndjson: one item per line',
  }).optional(),
});

/**
 * The fields of {@link EvaluateRequestSchema} that `POST /v1/evaluate` also reads as query parameters
 * (the body wins; `compact` and `explain` as `true` or `false`): the route and the OpenAPI
 * document take them from here. Any other query parameter is an `unknown_field` issue.
 */
export const EVALUATE_QUERY_PARAMS = ['asOf', 'fields', 'compact', 'explain'] as const;

/**
 * {@link EvaluateRequestSchema} as the service checks a request's envelope with it: the case only
 * as an object (its fields are checked once, by the evaluation).
 */
export const EvaluateEnvelopeSchema = EvaluateRequestSchema.extend({ case: z.looseObject({}) });

/**
 * An RFC 9457 problem details object (`application/problem+json`); `issues` when the input was at
 * fault. Never a stack trace.
 *
 * @example
 * ProblemSchema.parse({ type: '/docs#problem-invalid_json', title: 'Geen geldige JSON', status: 400, code: 'invalid_json', requestId: 'r-1' });
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
 * The rule table by milestone id (`GET /v1/rules`): what every timeline leaves to the rules.
 *
 * @example
 * RulesSchema.parse({ milestones: ruleEntries() });
 */
export const RulesSchema = z
  .object({
    milestones: z.array(
      z.object({
        id: z.string().describe('The milestone id, as in a timeline'),
        title: z.object({ nl: z.string(), en: z.string() }),
        kind: z.enum(MILESTONE_KINDS),
        actor: z.enum(ACTORS),
        consequence: z.string().describe('What missing it costs (docs/codes.md)'),
        legalBasis: z.array(LegalSourceSchema),
        sources: z.array(z.string()).describe('The keys of its sources in GET /v1/sources'),
      }),
    ),
  })
  .describe('Per milestone id: titles, kind, actor, consequence and legal basis');

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
    status: z.enum(CASE_STATUSES).optional(),
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

/**
 * One answer line of `POST /v1/batch` with `fields`: the line number, the echoed `id` and the
 * summary fields asked for (without `fields` a line is the library's `BatchLineSchema`).
 *
 * @example
 * SummaryLineSchema.parse({ ok: true, line: 1, status: 'sick' });
 */
export const SummaryLineSchema = z
  .looseObject({
    ok: z.literal(true),
    line: z.int().min(1),
    id: z.union([z.string(), z.number()]).optional(),
  })
  .and(CaseSummarySchema)
  .describe('A valid case with `fields`: the summary fields asked for');

/**
 * The last line of a streamed answer cut short by a forced shutdown of the server: the input
 * lines after `afterLine` were not read; send them again, from `afterLine + 1`.
 *
 * @example
 * InterruptedLineSchema.parse({ ok: false, interrupted: true, afterLine: 3, message: { nl: '…', en: '…' } });
 */
export const InterruptedLineSchema = z
  .strictObject({
    ok: z.literal(false),
    interrupted: z.literal(true),
    afterLine: z.int().min(0),
    message: z.strictObject({ nl: z.string(), en: z.string() }),
  })
  .describe('The server stopped before the body was read to its end: resend from line afterLine + 1');

/**
 * One answer line of `POST /v1/batch`: the line format of `poortwachter batch` (the library's
 * `BatchLineSchema`), or with `fields` a {@link SummaryLineSchema}.
 *
 * @example
 * BatchAnswerLineSchema.safeParse({ ok: false, line: 2, issues: [issue] }).success //=> true
 */
export const BatchAnswerLineSchema = z
  .union([BatchLineSchema, SummaryLineSchema, InterruptedLineSchema])
  .describe('One answer line per input line, in order; the last may be an interrupted line');

/**
 * One open step of the worklist (the library's `WorkItem`).
 *
 * @example
 * WorkItemSchema.parse(worklist(cases, { asOf }).items[0]);
 */
export const WorkItemSchema = z
  .looseObject({
    caseId: z.union([z.string(), z.number()]),
    milestoneId: z.string(),
    protocolStep: z.string().optional(),
    occurrence: z.int().min(1),
    kind: z.string(),
    title: z.object({ nl: z.string(), en: z.string() }),
    actor: z.string(),
    trigger: z.enum(['due', 'window']),
    date: z.iso.date(),
    windowStart: z.iso.date().nullable(),
    due: z.iso.date(),
    legalLatest: z.iso.date().nullable(),
    week: z.int().nullable(),
    status: z.string(),
    daysUntilDue: z.int(),
    consequence: z.string(),
  })
  .describe('An open step of one case (WorkItem): overdue, due within the range, or its window opening in it');

/**
 * The answer of `POST /v1/worklist` (the object of `poortwachter worklist --format json`).
 *
 * @example
 * WorklistResponseSchema.parse({ asOf: '2025-06-02', withinDays: 14, counts: { cases: 0, invalid: 0, items: 0 }, items: [], invalid: [] });
 */
export const WorklistResponseSchema = z
  .object({
    asOf: z.iso.date(),
    withinDays: z.int().min(0),
    counts: z.object({
      cases: z.int().min(0),
      invalid: z.int().min(0),
      items: z.int().min(0),
      found: z.int().min(0).optional().describe('With `limit`: the items found, of which `items` are listed'),
    }),
    items: z.array(WorkItemSchema).optional().describe('Sorted by date, then severity, then case id (absent with `counts=true`)'),
    byStatus: z.record(z.string(), z.int().min(0)).optional().describe('With `counts=true`: items per status'),
    byWeek: z.record(z.string(), z.int().min(0)).optional().describe('With `counts=true`: items per ISO week of their date (`2025-W23`)'),
    byActor: z.record(z.string(), z.int().min(0)).optional().describe('With `counts=true`: items per actor'),
    byStep: z
      .record(z.string(), z.int().min(0))
      .optional()
      .describe('With `counts=true`: items per step (`protocol.<id>` for a protocol step)'),
    invalid: z
      .array(z.object({ line: z.int().min(1), id: z.union([z.string(), z.number()]).optional(), issues: z.array(InputIssueSchema) }))
      .describe('Every input line that was not a valid case with an id, by line number'),
    interrupted: z.literal(true).optional().describe('The server was made to stop: the answer covers input lines 1 … afterLine only'),
    afterLine: z.int().min(0).optional().describe('With `interrupted`: the last input line covered (0: none; send every line again)'),
    message: z.object({ nl: z.string(), en: z.string() }).optional().describe('With `interrupted`: what to do, in Dutch and English'),
  })
  .describe('The worklist over many cases');

/**
 * The timeline with `compact: true` (and in every batch line): the library's timeline — since 0.3
 * every timeline is the facts (titles and legal bases by milestone id: `GET /v1/rules`).
 *
 * @example
 * CompactTimelineSchema.safeParse(JSON.parse(compactTimelineJson(timeline))).success //=> true
 */
export const CompactTimelineSchema = BatchLineSchema.options[0].shape.timeline.describe(
  'The timeline of a batch line (the facts; titles and legal bases by milestone id: GET /v1/rules)',
);

/**
 * The zod schema of the evaluation result: the library's `CaseTimelineSchema` (one source of truth
 * for the OpenAPI document, `/v1/schemas/case-timeline` and `poortwachter schema timeline`).
 *
 * @example
 * caseTimelineSchema().safeParse(evaluateCase(input, { asOf })).success //=> true
 */
export function caseTimelineSchema(): typeof CaseTimelineSchema {
  return CaseTimelineSchema;
}

export { BatchLineSchema, CaseTimelineSchema, caseTimelineJsonSchema, InputIssueSchema };
