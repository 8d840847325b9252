/**
 * The OpenAPI 3.1 document of the web service, generated from the same zod schemas the library and
 * the server validate with (`z.toJSONSchema` over a registry: every named schema becomes one
 * `components.schemas` entry, referenced by `$ref`). The examples are computed by the library
 * itself, so they cannot drift from what the server answers.
 *
 * @module
 */
import { z } from 'zod';
import { evaluateCase, safeEvaluateCase } from '../case/parse.js';
import { CaseEventSchema, CaseInputSchema } from '../case/schema.js';
import { CLI_CATALOGUES } from '../common/messages.js';
import { pickSummary, summarizeTimeline } from '../format/summary.js';
import { ruleEntries } from '../law/rule-of.js';
import { SOURCES } from '../law/sources.js';
import type { CaseInput } from '../types.js';
import { worklist } from '../worklist.js';
import { answerBatchLine, batchLineAnswerer } from './ndjson.js';
import { PROBLEMS, type ProblemCode, prefixIssues, problem } from './problem.js';
import {
  BatchAnswerLineSchema,
  BatchLineSchema,
  CaseSummarySchema,
  CompactTimelineSchema,
  caseTimelineSchema,
  EVALUATE_QUERY_PARAMS,
  EvaluateRequestSchema,
  FieldsSchema,
  HealthSchema,
  InputIssueSchema,
  LegalSourceSchema,
  ProblemSchema,
  RulesSchema,
  SummaryLineSchema,
  ValidateResponseSchema,
  WorkItemSchema,
  WorklistQuerySchema,
  WorklistResponseSchema,
} from './schemas.js';

/** A JSON object: the OpenAPI document, a part of it, or a request or response example. */
export type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

/** The example case of the document (the README's case, one step done). */
export const EXAMPLE_CASE: CaseInput = {
  id: 'E-1027',
  firstSickDay: '2025-01-06',
  events: [
    { type: 'probleemanalyse', date: '2025-02-12' },
    { type: 'plan-van-aanpak', date: '2025-02-24' },
  ],
};
/** The `asOf` of the examples. */
export const EXAMPLE_AS_OF = '2025-03-10';
const BAD_CASE = { firstSickDay: '2025-02-30', events: [{ type: 'probleemanalyse', date: '2025-13-01' }] };

function componentSchemas(): Json {
  const registry = z.registry<{ id: string }>();
  registry.add(CaseInputSchema, { id: 'CaseInput' });
  registry.add(CaseEventSchema, { id: 'CaseEvent' });
  registry.add(EvaluateRequestSchema, { id: 'EvaluateRequest' });
  registry.add(caseTimelineSchema(), { id: 'CaseTimeline' });
  registry.add(CaseSummarySchema, { id: 'CaseSummary' });
  registry.add(CompactTimelineSchema, { id: 'CompactTimeline' });
  registry.add(InputIssueSchema, { id: 'InputIssue' });
  registry.add(ProblemSchema, { id: 'Problem' });
  registry.add(ValidateResponseSchema, { id: 'ValidateResponse' });
  registry.add(BatchLineSchema, { id: 'BatchLine' });
  registry.add(SummaryLineSchema, { id: 'SummaryLine' });
  registry.add(BatchAnswerLineSchema, { id: 'BatchAnswerLine' });
  registry.add(WorkItemSchema, { id: 'WorkItem' });
  registry.add(WorklistResponseSchema, { id: 'WorklistResponse' });
  registry.add(HealthSchema, { id: 'Health' });
  registry.add(LegalSourceSchema, { id: 'LegalSource' });
  registry.add(RulesSchema, { id: 'Rules' });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, Json> };
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return schemas;
}

function paramSchema(schema: z.ZodType): Json {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Json;
  delete json.$schema;
  return json;
}

/**
 * The schema of one line of an NDJSON body (`x-item-schema`, an extension: OpenAPI 3.1 has no item
 * schema for streamed media types). A Schema Object that refers to the component, not a bare
 * Reference Object: `$ref` is not allowed as the value of an extension (redocly's spec rules).
 */
const itemSchema = (name: string): Json => ({ allOf: [ref(name)] });

const problemResponse = (description: string, codes: readonly ProblemCode[], example?: Json): Json => ({
  description: `${description} (${codes.map((c) => `\`${c}\``).join(', ')})`,
  content: { 'application/problem+json': { schema: ref('Problem'), ...(example === undefined ? {} : { example }) } },
});

/**
 * The examples of the document, with the request each answers: the tests send every request
 * example to a running server and compare the answer with the response example.
 *
 * @example
 * openApiExamples().evaluate.response.asOf //=> '2025-03-10'
 */
export function openApiExamples(): {
  evaluate: { request: Json; response: Json };
  evaluateSummary: { request: Json; response: Json };
  invalidCase: { request: Json; response: Json };
  validate: { request: Json; response: Json };
  batch: { query: { asOf: string; fields: string }; request: string; response: string };
  batchTimeline: { query: { asOf: string }; request: string; response: string };
  worklist: { query: { asOf: string; within: string }; request: string; response: Json };
} {
  const timeline = evaluateCase(EXAMPLE_CASE, { asOf: EXAMPLE_AS_OF });
  const summary = pickSummary(summarizeTimeline(timeline), ['status', 'currentWeek', 'next', 'overdue']);
  const bad = safeEvaluateCase(BAD_CASE, { asOf: EXAMPLE_AS_OF });
  const issues = prefixIssues('case', bad.success ? [] : bad.issues);
  const invalid = problem('invalid_case', 'en', 'example-request-id', (m) => m.serve.problem.invalidInput(issues.length), issues);
  const batchLines = [
    JSON.stringify(EXAMPLE_CASE),
    JSON.stringify({ id: 'E-1028', firstSickDay: '2025-02-30' }),
    JSON.stringify({ id: 'E-1029', firstSickDay: '2024-11-18', events: [{ type: 'probleemanalyse', date: '2025-01-08' }] }),
  ];
  const fields = ['status', 'currentWeek', 'next', 'overdue'] as const;
  const answerSummaryLine = batchLineAnswerer({ asOf: EXAMPLE_AS_OF, fields });
  const worklistCases = [
    { id: 'E-1027', firstSickDay: '2025-01-06', events: [{ type: 'probleemanalyse', date: '2025-02-12' }] },
    { id: 'E-1030', firstSickDay: '2025-02-17' },
  ];
  const work = worklist(worklistCases, { asOf: EXAMPLE_AS_OF, withinDays: 14 });
  const validateBad = { firstSickDay: '2025-01-06', events: [{ type: 'evaluatie', date: '2024-12-01' }] };
  const validated = safeEvaluateCase(validateBad, { asOf: EXAMPLE_AS_OF });
  return {
    evaluate: { request: { case: EXAMPLE_CASE, asOf: EXAMPLE_AS_OF }, response: timeline as unknown as Json },
    evaluateSummary: { request: { case: EXAMPLE_CASE, asOf: EXAMPLE_AS_OF, fields: 'summary' }, response: summary as Json },
    invalidCase: { request: { case: BAD_CASE, asOf: EXAMPLE_AS_OF }, response: invalid as unknown as Json },
    validate: {
      request: validateBad,
      response: { valid: false, issues: validated.success ? [] : validated.issues } as Json,
    },
    batch: {
      query: { asOf: EXAMPLE_AS_OF, fields: 'summary' },
      request: `${batchLines.join('\n')}\n`,
      response: batchLines.map((line, i) => answerSummaryLine(line, i + 1)).join(''),
    },
    batchTimeline: {
      query: { asOf: EXAMPLE_AS_OF },
      request: `${JSON.stringify(EXAMPLE_CASE)}\n`,
      response: answerBatchLine(JSON.stringify(EXAMPLE_CASE), 1, { asOf: EXAMPLE_AS_OF, fields: null }),
    },
    worklist: {
      query: { asOf: EXAMPLE_AS_OF, within: '14' },
      request: `${worklistCases.map((c) => JSON.stringify(c)).join('\n')}\n`,
      response: {
        asOf: EXAMPLE_AS_OF,
        withinDays: 14,
        counts: { cases: worklistCases.length, invalid: 0, items: work.items.length },
        items: work.items,
        invalid: [],
      } as unknown as Json,
    },
  };
}

/**
 * The OpenAPI 3.1 document served at `/openapi.json`.
 *
 * @example
 * openApiDocument().openapi //=> '3.1.0'
 */
export function openApiDocument(version = '0.1.0'): Json {
  const ex = openApiExamples();
  const asOfParam = {
    name: 'asOf',
    in: 'query',
    required: false,
    description: 'Evaluate every case on this day (default: today in Europe/Amsterdam)',
    schema: paramSchema(z.iso.date()),
    example: EXAMPLE_AS_OF,
  };
  const fieldsParam = {
    name: 'fields',
    in: 'query',
    required: false,
    description: FieldsSchema.description,
    schema: paramSchema(FieldsSchema),
    example: 'summary',
  };
  // POST /v1/evaluate's query parameters: the envelope's fields it also reads from the query, each
  // described as in the body (a flag as the text `true` or `false`).
  const evaluateParams = EVALUATE_QUERY_PARAMS.map((name) => {
    const { description, ...json } = paramSchema(EvaluateRequestSchema.shape[name]);
    const schema = json.type === 'boolean' ? { type: 'string', enum: ['true', 'false'] } : json;
    return { name, in: 'query', required: false, description: `${String(description)}. The body's \`${name}\` wins.`, schema };
  });
  // The worklist's parameters: its query schema (src/server/schemas.ts), one parameter per key.
  const worklistExamples: Readonly<Record<string, string>> = { asOf: EXAMPLE_AS_OF, within: '14' };
  const worklistParams = Object.entries(WorklistQuerySchema.shape).map(([name, schema]) => {
    const { description, ...json } = paramSchema(schema);
    const example = worklistExamples[name];
    return { name, in: 'query', required: false, description, schema: json, ...(example === undefined ? {} : { example }) };
  });
  const common400 = problemResponse('Broken JSON or a request the API cannot read', ['invalid_json', 'invalid_request']);
  const common415 = problemResponse('Another Content-Type than application/json', ['unsupported_media_type']);
  const common413 = problemResponse('The body is larger than the body limit (default 1 MiB)', ['body_too_large']);
  // The GET operations take no input, so their only client error is the one of every listed path:
  // another method is a 405 problem with an `Allow` header. Listed so that each operation has a 4xx answer.
  const methodNotAllowed = problemResponse('Another method on this path (the Allow header names those it takes)', ['method_not_allowed']);
  return {
    openapi: '3.1.0',
    info: {
      title: 'poortwachter',
      version,
      summary: 'Every step of the Dutch Wet verbetering poortwachter, with its deadline, legal basis and status.',
      description:
        'The HTTP service of the poortwachter package (`poortwachter serve`). Send the first sick day and the events of a ' +
        'sickness case; get every Poortwachter step with its due date, legal basis and status. Errors are RFC 9457 problem ' +
        'details (`application/problem+json`) in Dutch or English (`Accept-Language`, default nl); every answer carries an ' +
        '`x-request-id` header (a sane incoming one is echoed). Security: the service has no authentication of its own ' +
        '(`security: []`); it listens on 127.0.0.1 unless told otherwise. To reach it from elsewhere, put TLS and ' +
        'authentication in front of it (a reverse proxy).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    // No authentication in the service itself (see info.description): every operation is open.
    security: [],
    tags: [
      { name: 'cases', description: 'Evaluate and validate cases' },
      { name: 'reference', description: 'Schemas and legal sources' },
      { name: 'operations', description: 'Health checks' },
    ],
    paths: {
      '/v1/evaluate': {
        post: {
          operationId: 'evaluateCase',
          tags: ['cases'],
          summary: 'The timeline of one case',
          parameters: evaluateParams,
          description:
            'The body holds the case and how to evaluate it. Without `fields` the answer is the whole timeline, the facts ' +
            "of every step (the library's `evaluateCase`; titles and legal bases are the rule table's, by milestone id: " +
            'GET /v1/rules); with `explain: true` every milestone also carries its `derivation`; with `fields` only those ' +
            'summary fields. `compact: true` (0.2) answers the same as the whole timeline. `asOf`, `fields`, `compact` and ' +
            '`explain` may also be query parameters (the body wins). An invalid case is a 422 problem ' +
            'whose `issues` name every field (paths start with "case").',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: ref('EvaluateRequest'),
                examples: {
                  timeline: { summary: 'The whole timeline', value: ex.evaluate.request },
                  summary: { summary: 'Only the summary fields', value: ex.evaluateSummary.request },
                },
              },
            },
          },
          responses: {
            '200': {
              description: 'The timeline, or the summary fields asked for',
              content: {
                'application/json': {
                  schema: { anyOf: [ref('CaseTimeline'), ref('CompactTimeline'), ref('CaseSummary')] },
                  examples: {
                    timeline: { summary: 'The whole timeline', value: ex.evaluate.response },
                    summary: { summary: 'fields: summary', value: ex.evaluateSummary.response },
                  },
                },
              },
            },
            '400': common400,
            '413': common413,
            '415': common415,
            // The request of this example breaks the schema on purpose, so it is not a request example
            // (an example must be valid against its schema): it is named in the description instead.
            '422': problemResponse(
              `The case (or asOf, fields) is invalid; the example answers the body ${JSON.stringify(ex.invalidCase.request)}`,
              ['invalid_case'],
              ex.invalidCase.response,
            ),
          },
        },
      },
      '/v1/batch': {
        post: {
          operationId: 'evaluateBatch',
          tags: ['cases'],
          summary: 'Many cases: NDJSON in, NDJSON out, streamed',
          description:
            'One case per line (as CaseInput, optionally with an `id`), read and answered line by line while the body is still ' +
            'arriving: exactly one answer line per input line, in order, in the line format of `poortwachter batch` ' +
            '(BatchLine). A broken, empty, invalid or too long line gets an `ok: false` line; the run goes on. There is no ' +
            'limit on the number of lines; each line may be as long as the body limit of a single call.',
          parameters: [asOfParam, fieldsParam],
          requestBody: {
            required: true,
            content: {
              'application/x-ndjson': {
                schema: { type: 'string', description: 'One CaseInput per line' },
                'x-item-schema': itemSchema('CaseInput'),
                example: ex.batch.request,
              },
            },
          },
          responses: {
            '200': {
              description: 'One BatchLine per input line, in order (streamed; the status is 200 even when lines are invalid)',
              content: {
                'application/x-ndjson': {
                  schema: { type: 'string', description: 'One BatchLine per line' },
                  'x-item-schema': itemSchema('BatchAnswerLine'),
                  example: ex.batch.response,
                },
              },
            },
            '400': problemResponse('Invalid query parameters', ['invalid_request']),
            '415': problemResponse('Another Content-Type than application/x-ndjson', ['unsupported_media_type']),
          },
        },
      },
      '/v1/worklist': {
        post: {
          operationId: 'worklist',
          tags: ['cases'],
          summary: 'The open steps over many cases, by date',
          description:
            'One case per line (CaseInput with an `id`, which is required here), read while the body arrives. The answer is ' +
            'every open step that is overdue or due within `within` days of `asOf` (and with `includeWindows=true` every ' +
            'step whose window opens in that range), sorted by date, then severity, then case id: the object of ' +
            '`poortwachter worklist --format json`, streamed item by item (or with `format=ndjson` one item per line, then ' +
            'an `ok: false` line per invalid input line). Lines that are not a valid case with an id are listed under `invalid` ' +
            'by line number; nothing is dropped. `limit`, `counts`, `actor` and `kind` ask for less, as the CLI options do. ' +
            'At a forced shutdown the body is no longer read: the answer covers the lines read and ends with ' +
            '`interrupted: true` and `afterLine` (ndjson: a last line `{"ok":false,"interrupted":true,"afterLine":N,…}`).',
          parameters: worklistParams,
          requestBody: {
            required: true,
            content: {
              'application/x-ndjson': {
                schema: { type: 'string', description: 'One CaseInput with an id per line' },
                'x-item-schema': itemSchema('CaseInput'),
                example: ex.worklist.request,
              },
            },
          },
          responses: {
            '200': {
              description: 'The worklist',
              content: {
                'application/json': { schema: ref('WorklistResponse'), example: ex.worklist.response },
                'application/x-ndjson': {
                  schema: { type: 'string', description: 'With format=ndjson: one WorkItem per line, then ok:false lines' },
                },
              },
            },
            '400': problemResponse('Invalid query parameters', ['invalid_request']),
            '415': problemResponse('Another Content-Type than application/x-ndjson', ['unsupported_media_type']),
          },
        },
      },
      '/v1/validate': {
        post: {
          operationId: 'validateCase',
          tags: ['cases'],
          summary: 'Check a case against the input rules',
          description: 'The body is the case itself. The answer is the object of `poortwachter validate --format json`.',
          requestBody: { required: true, content: { 'application/json': { schema: ref('CaseInput'), example: ex.validate.request } } },
          responses: {
            '200': {
              description: 'Whether the case is valid, with every issue',
              content: { 'application/json': { schema: ref('ValidateResponse'), example: ex.validate.response } },
            },
            '400': common400,
            '413': common413,
            '415': common415,
          },
        },
      },
      '/v1/schemas/case-input': {
        get: {
          operationId: 'caseInputSchema',
          tags: ['reference'],
          summary: 'JSON Schema (draft 2020-12) of a case',
          responses: {
            '200': {
              description: 'The schema of `poortwachter schema`',
              content: { 'application/schema+json': { schema: { type: 'object' } } },
            },
            '405': methodNotAllowed,
          },
        },
      },
      '/v1/schemas/case-timeline': {
        get: {
          operationId: 'caseTimelineSchema',
          tags: ['reference'],
          summary: 'JSON Schema (draft 2020-12) of a timeline',
          responses: {
            '200': {
              description: 'The schema of the evaluation result',
              content: { 'application/schema+json': { schema: { type: 'object' } } },
            },
            '405': methodNotAllowed,
          },
        },
      },
      '/v1/schemas/batch-line': {
        get: {
          operationId: 'batchLineSchema',
          tags: ['reference'],
          summary: 'JSON Schema (draft 2020-12) of one batch answer line (without fields)',
          responses: {
            '200': {
              description: 'The schema of `poortwachter schema batch-line`',
              content: { 'application/schema+json': { schema: { type: 'object' } } },
            },
            '405': methodNotAllowed,
          },
        },
      },
      '/v1/rules': {
        get: {
          operationId: 'rules',
          tags: ['reference'],
          summary: 'The rule table by milestone id: titles, kind, actor, consequence, legal basis',
          description:
            "What every timeline leaves to the rules: look a milestone up by its `id` (the library's `ruleOf(id)`, " +
            "`poortwachter sources`). A `protocol` step is the employer's own: its title is in the timeline.",
          responses: {
            '200': {
              description: 'Every milestone rule, in the order of the process',
              content: { 'application/json': { schema: ref('Rules'), example: { milestones: ruleEntries().slice(0, 1) } } },
            },
            '405': methodNotAllowed,
          },
        },
      },
      '/v1/sources': {
        get: {
          operationId: 'legalSources',
          tags: ['reference'],
          summary: 'The legal sources the rules cite, by key',
          responses: {
            '200': {
              description: 'Every source, by key',
              content: {
                'application/json': {
                  schema: { type: 'object', additionalProperties: ref('LegalSource') },
                  example: { wia23: SOURCES.wia23 },
                },
              },
            },
            '405': methodNotAllowed,
          },
        },
      },
      '/healthz': {
        get: {
          operationId: 'health',
          tags: ['operations'],
          summary: 'Liveness: the process answers',
          responses: {
            '200': { description: 'Alive', content: { 'application/json': { schema: ref('Health'), example: { status: 'ok' } } } },
            '405': methodNotAllowed,
          },
        },
      },
      '/readyz': {
        get: {
          operationId: 'ready',
          tags: ['operations'],
          summary: 'Readiness: 503 while shutting down',
          responses: {
            '200': { description: 'Ready', content: { 'application/json': { schema: ref('Health'), example: { status: 'ready' } } } },
            '503': {
              description: 'Shutting down: requests in flight finish, new ones go elsewhere',
              content: { 'application/json': { schema: ref('Health'), example: { status: 'shutting-down' } } },
            },
            '405': methodNotAllowed,
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          tags: ['reference'],
          summary: 'This document',
          responses: {
            '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } },
            '405': methodNotAllowed,
          },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      'x-problem-types': Object.fromEntries(
        Object.entries(PROBLEMS).map(([code, p]) => [
          code,
          {
            status: p.status,
            title: {
              nl: CLI_CATALOGUES.nl.serve.problemTitle[code as ProblemCode],
              en: CLI_CATALOGUES.en.serve.problemTitle[code as ProblemCode],
            },
          },
        ]),
      ),
    },
  };
}
