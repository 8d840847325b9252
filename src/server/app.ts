/**
 * The HTTP service of `poortwachter serve`: a Fastify 5 application with the `/v1` endpoints,
 * health checks, the OpenAPI document and the API page. Errors are RFC 9457 problem details in
 * Dutch or English; every answer carries an `x-request-id`.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest, fastify, LogController } from 'fastify';
import { DateTime } from 'luxon';
import { createBatchLineEvaluator, eventsCapIssue } from '../batch/line.js';
import { isIsoDate } from '../calendar/isoDate.js';
import { toInputIssues } from '../case/issues.js';
import { parseJson } from '../case/parse-json.js';
import { caseInputJsonSchema, MAX_EVENTS, parseCaseInput, safeEvaluateCase } from '../case/schema.js';
import type { Lang } from '../format/labels.js';
import { parseSummaryFields, pickSummary, SUMMARY_FIELDS, type SummaryField, summarizeTimeline } from '../format/summary.js';
import { SOURCES } from '../law/sources.js';
import type { InputIssue, IsoDate } from '../types.js';
import { renderApiPage } from './api-page.js';
import { ndjsonLines } from './ndjson.js';
import { openApiDocument } from './openapi.js';
import { invalidCaseDetail, langFromHeader, type ProblemCode, prefixIssues, problem } from './problem.js';
import { caseTimelineJsonSchema, EvaluateRequestSchema } from './schemas.js';

/**
 * Options of {@link createServer}. Every limit has a default that suits an HR system calling from
 * the same network; `poortwachter serve` exposes each as a flag.
 *
 * @example
 * const options: ServerOptions = { bodyLimit: 256 * 1024, maxEvents: 500, log: true };
 */
export interface ServerOptions {
  /** Largest JSON body of a single call, in bytes (default 1 MiB); also the longest batch line, in characters. */
  readonly bodyLimit?: number | undefined;
  /** Most events per case (default 1000; at most the library's `MAX_EVENTS`, 10 000). */
  readonly maxEvents?: number | undefined;
  /** Time to receive a whole request, in ms, batch bodies included (default 300 000; 0: none). */
  readonly requestTimeout?: number | undefined;
  /** Time a connection may stay silent, in ms, while a request is in progress (default 30 000). */
  readonly idleTimeout?: number | undefined;
  /** Time an idle keep-alive connection is kept open, in ms (default 5 000). */
  readonly keepAliveTimeout?: number | undefined;
  /** One JSON log line per request on stdout (pino, via Fastify); default off. */
  readonly log?: boolean | undefined;
  /** The default `asOf` when a request gives none (default: today in Europe/Amsterdam). */
  readonly today?: (() => IsoDate) | undefined;
}

/** The defaults of {@link ServerOptions}. */
export const SERVER_DEFAULTS = Object.freeze({
  bodyLimit: 1024 * 1024,
  maxEvents: 1000,
  requestTimeout: 300_000,
  idleTimeout: 30_000,
  keepAliveTimeout: 5_000,
});

const NDJSON = 'application/x-ndjson';
const JSON_TYPE = 'application/json; charset=utf-8';
const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';
const EMPTY_JSON = 'POORTWACHTER_EMPTY_JSON';
const INVALID_JSON = 'POORTWACHTER_INVALID_JSON';
const REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/** One log line per request (Fastify's default is two: incoming and completed). */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}
  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = {
      method: request.method,
      url: request.url,
      statusCode: reply.statusCode,
      responseTime: Math.round(reply.elapsedTime * 100) / 100,
    };
    if (error) reply.log.error({ ...line, err: { type: error.name, message: error.message } }, 'request errored');
    else reply.log.info(line, 'request');
  }
}

let todayCache = { at: 0, day: '' };
/** Today in Europe/Amsterdam, recomputed at most once a second (luxon costs ~15 µs a call). */
function todayInAmsterdam(): IsoDate {
  const now = Date.now();
  if (now - todayCache.at > 1000) todayCache = { at: now, day: DateTime.fromMillis(now, { zone: 'Europe/Amsterdam' }).toISODate() ?? '' };
  return todayCache.day;
}

/** The package version (package.json beside dist/, or beside src/ when run from source). */
function packageVersion(): string {
  const require = createRequire(import.meta.url);
  for (const p of ['../package.json', '../../package.json']) {
    try {
      const pkg = require(p) as { name?: string; version?: string };
      if (pkg.name === 'poortwachter' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // try the next location
    }
  }
  return '0.0.0';
}

function issue(path: readonly (string | number)[], code: string, nl: string, en: string): InputIssue {
  return { path, code, message: { nl, en } };
}

function fieldsIssue(where: string, value: unknown): { fields: readonly SummaryField[] | null; issues: InputIssue[] } {
  if (value === undefined) return { fields: null, issues: [] };
  if (typeof value === 'string') {
    const parsed = parseSummaryFields(value);
    if (parsed.ok) return { fields: parsed.fields, issues: [] };
    const unknown = parsed.unknown.map((u) => `'${u}'`).join(', ');
    return {
      fields: null,
      issues: [
        issue(
          [where],
          'invalid_value',
          `${where}: onbekend veld ${unknown}; gebruik summary, all of een kommalijst van ${SUMMARY_FIELDS.join(', ')}`,
          `${where}: unknown field ${unknown}; use summary, all or a comma list of ${SUMMARY_FIELDS.join(', ')}`,
        ),
      ],
    };
  }
  return { fields: null, issues: [issue([where], 'invalid_type', `${where}: verwacht tekst`, `${where}: expected string`)] };
}

function asOfIssue(value: unknown): InputIssue[] {
  if (value === undefined || (typeof value === 'string' && isIsoDate(value))) return [];
  const shown = typeof value === 'string' ? `'${value.slice(0, 40)}'` : typeof value;
  return [
    issue(
      ['asOf'],
      'invalid_format',
      `asOf: ${shown} is geen geldige datum (verwacht JJJJ-MM-DD, een bestaande dag tussen 1900 en 2199)`,
      `asOf: ${shown} is not a valid date (expected YYYY-MM-DD, a real calendar day between 1900 and 2199)`,
    ),
  ];
}

// The envelope of /v1/evaluate as documented (EvaluateRequestSchema), with the case left to
// safeEvaluateCase so it is validated once, with the library's own issues.
const EnvelopeSchema = EvaluateRequestSchema.omit({ case: true });

/**
 * Creates the Fastify application of the poortwachter web service (not listening yet: call
 * `listen`). The process's signals are the caller's business (`poortwachter serve` closes the
 * server on SIGTERM and SIGINT, letting requests in flight finish).
 *
 * @example
 * const app = createServer({ maxEvents: 500 });
 * const url = await app.listen({ port: 0, host: '127.0.0.1' });
 * // … later
 * await app.close();
 */
export function createServer(options: ServerOptions = {}): FastifyInstance {
  const bodyLimit = options.bodyLimit ?? SERVER_DEFAULTS.bodyLimit;
  const maxEvents = Math.min(options.maxEvents ?? SERVER_DEFAULTS.maxEvents, MAX_EVENTS);
  const today = options.today ?? todayInAmsterdam;
  let closing = false;

  const app = fastify({
    bodyLimit,
    requestTimeout: options.requestTimeout ?? SERVER_DEFAULTS.requestTimeout,
    connectionTimeout: options.idleTimeout ?? SERVER_DEFAULTS.idleTimeout,
    keepAliveTimeout: options.keepAliveTimeout ?? SERVER_DEFAULTS.keepAliveTimeout,
    forceCloseConnections: 'idle',
    return503OnClosing: false,
    genReqId: (req: IncomingMessage) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    logger: options.log === true ? { level: 'info', formatters: { bindings: () => ({}) } } : false,
    logController: new OneLinePerRequest(),
  });

  const sendProblem = (
    request: FastifyRequest,
    reply: FastifyReply,
    code: ProblemCode,
    detail?: { nl: string; en: string },
    issues?: readonly InputIssue[],
  ): FastifyReply => {
    const lang: Lang = langFromHeader(request.headers['accept-language']);
    const body = problem(code, lang, String(request.id), detail, issues);
    return reply
      .code(body.status)
      .type(PROBLEM_TYPE)
      .header('content-language', lang)
      .header('vary', 'Accept-Language')
      .send(JSON.stringify(body));
  };

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (closing && request.url !== '/readyz' && request.url !== '/healthz') {
      reply.header('connection', 'close');
      return sendProblem(request, reply, 'shutting_down', {
        nl: 'de server stopt; probeer het opnieuw bij een andere instantie',
        en: 'the server is shutting down; retry on another instance',
      });
    }
  });
  app.addHook('preClose', async () => {
    closing = true;
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': {
        const type = String(request.headers['content-type'] ?? '').slice(0, 100);
        const want = request.url.startsWith('/v1/batch') ? NDJSON : 'application/json';
        return sendProblem(request, reply, 'unsupported_media_type', {
          nl: `Content-Type '${type}' wordt hier niet ondersteund; gebruik ${want}`,
          en: `Content-Type '${type}' is not supported here; use ${want}`,
        });
      }
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(request, reply, 'body_too_large', {
          nl: `het verzoek is groter dan ${bodyLimit} bytes; stuur veel cases via /v1/batch`,
          en: `the request body is larger than ${bodyLimit} bytes; send many cases through /v1/batch`,
        });
      case EMPTY_JSON:
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(request, reply, 'invalid_json', {
          nl: 'de body is leeg (verwacht JSON)',
          en: 'the body is empty (expected JSON)',
        });
      case INVALID_JSON:
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return sendProblem(request, reply, 'invalid_json', {
          nl: `geen geldige JSON: ${error.message}`,
          en: `not valid JSON: ${error.message}`,
        });
      default:
        break;
    }
    if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH' || (error.statusCode ?? 500) < 500) {
      const code: ProblemCode = error instanceof SyntaxError ? 'invalid_json' : 'invalid_request';
      const message = error.message.replace(/\s+/g, ' ').slice(0, 300);
      return sendProblem(request, reply, code, { nl: message, en: message });
    }
    request.log.error({ err: { type: error.name, message: error.message } }, 'internal error');
    return sendProblem(request, reply, 'internal_error', {
      nl: 'er ging iets mis in de server; de request id staat in het log',
      en: 'something went wrong in the server; the request id is in the log',
    });
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, 'not_found', {
      nl: `${request.method} ${request.url.slice(0, 200)} bestaat niet; zie /docs`,
      en: `${request.method} ${request.url.slice(0, 200)} does not exist; see /docs`,
    }),
  );

  // JSON only at the top level (text/plain is not a case), parsed by plain JSON.parse with the
  // CLI's line-and-column messages. `__proto__` keys stay inert own properties: the schemas are
  // strict objects and reject them as unknown fields.
  app.removeContentTypeParser(['text/plain', 'application/json']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = body as string;
    if (text.trim() === '') return done(Object.assign(new Error('the body is empty'), { statusCode: 400, code: EMPTY_JSON }), undefined);
    const parsed = parseJson(text);
    if (parsed.ok) return done(null, parsed.value);
    return done(
      Object.assign(new Error(parsed.message.replace(/^not valid JSON: /, '')), { statusCode: 400, code: INVALID_JSON }),
      undefined,
    );
  });

  const openapi = JSON.stringify(openApiDocument(packageVersion()));
  const apiPage = renderApiPage(JSON.parse(openapi));
  const inputSchema = JSON.stringify(caseInputJsonSchema());
  const outputSchema = JSON.stringify(caseTimelineJsonSchema());
  const sources = JSON.stringify(SOURCES);

  // --- health and documents ---------------------------------------------------------------------
  app.get('/healthz', async (_request, reply) => reply.type(JSON_TYPE).send('{"status":"ok"}'));
  app.get('/readyz', async (_request, reply) =>
    closing ? reply.code(503).type(JSON_TYPE).send('{"status":"shutting-down"}') : reply.type(JSON_TYPE).send('{"status":"ready"}'),
  );
  app.get('/openapi.json', async (_request, reply) => reply.type(JSON_TYPE).send(openapi));
  app.get('/docs', async (_request, reply) => reply.type('text/html; charset=utf-8').send(apiPage));
  app.get('/', async (_request, reply) => reply.redirect('/docs'));

  // --- /v1 ----------------------------------------------------------------------------------------
  app.get('/v1/schemas/case-input', async (_request, reply) => reply.type('application/schema+json').send(inputSchema));
  app.get('/v1/schemas/case-timeline', async (_request, reply) => reply.type('application/schema+json').send(outputSchema));
  app.get('/v1/sources', async (_request, reply) => reply.type(JSON_TYPE).send(sources));

  app.post('/v1/evaluate', async (request, reply) => {
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return sendProblem(request, reply, 'invalid_request', {
        nl: 'de body moet een JSON-object zijn: {"case": {…}, "asOf": "JJJJ-MM-DD", "fields": "…"}',
        en: 'the body must be a JSON object: {"case": {…}, "asOf": "YYYY-MM-DD", "fields": "…"}',
      });
    }
    const envelope = body as { case?: unknown; asOf?: unknown; fields?: unknown };
    const issues: InputIssue[] = [];
    const { case: _case, ...rest } = envelope;
    const parsedEnvelope = EnvelopeSchema.safeParse(rest);
    if (!parsedEnvelope.success) issues.push(...toInputIssues(parsedEnvelope.error.issues, envelope));
    const { fields, issues: fieldIssues } = fieldsIssue('fields', envelope.fields);
    if (parsedEnvelope.success) issues.push(...fieldIssues);
    if (envelope.case === undefined) {
      issues.push(issue(['case'], 'invalid_type', 'case: ontbreekt (verplicht veld)', 'case: is missing (required field)'));
    } else {
      const capped = eventsCapIssue(envelope.case, maxEvents);
      if (capped !== null) issues.push(...prefixIssues('case', [capped]));
      else if (issues.length > 0) {
        // The envelope is invalid: still report every problem of the case, in one answer.
        const parsed = parseCaseInput(envelope.case);
        if (!parsed.success) issues.push(...prefixIssues('case', parsed.issues));
      }
    }
    if (issues.length > 0) return invalidCase(request, reply, issues);
    const r = safeEvaluateCase(envelope.case, { asOf: (envelope.asOf as IsoDate | undefined) ?? today() });
    if (!r.success) return invalidCase(request, reply, prefixIssues('case', r.issues));
    const out = fields === null ? r.data : pickSummary(summarizeTimeline(r.data), fields);
    return reply.type(JSON_TYPE).send(JSON.stringify(out));
  });

  const invalidCase = (request: FastifyRequest, reply: FastifyReply, issues: readonly InputIssue[]): FastifyReply =>
    sendProblem(request, reply, 'invalid_case', invalidCaseDetail(issues.length), issues);

  app.post('/v1/validate', async (request, reply) => {
    const capped = eventsCapIssue(request.body, maxEvents);
    const r = capped === null ? parseCaseInput(request.body) : { success: false as const, issues: [capped] };
    return reply.type(JSON_TYPE).send(JSON.stringify(r.success ? { valid: true, issues: [] } : { valid: false, issues: r.issues }));
  });

  // Batch: NDJSON in, NDJSON out, streamed both ways. Its own scope: the body is not parsed (the
  // handler reads the raw stream line by line), and only NDJSON is accepted.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(NDJSON, (_request, payload, done) => done(null, payload));
    scope.post('/v1/batch', async (request, reply) => {
      const query = (request.query ?? {}) as Record<string, unknown>;
      const issues: InputIssue[] = [];
      for (const key of Object.keys(query)) {
        if (key !== 'asOf' && key !== 'fields') {
          issues.push(
            issue(
              [key],
              'unrecognized_keys',
              `onbekende parameter '${key}' (gebruik asOf en fields)`,
              `unknown parameter '${key}' (use asOf and fields)`,
            ),
          );
        }
      }
      issues.push(...asOfIssue(query.asOf));
      const { fields, issues: fieldIssues } = fieldsIssue('fields', query.fields);
      issues.push(...fieldIssues);
      const input = request.body as Readable;
      if (issues.length > 0) {
        input.resume(); // drain what the client sends, so it can read the answer
        return sendProblem(
          request,
          reply,
          'invalid_request',
          { nl: 'ongeldige queryparameters; zie issues', en: 'invalid query parameters; see issues' },
          issues,
        );
      }
      const lang = langFromHeader(request.headers['accept-language']);
      const evaluator = createBatchLineEvaluator({
        asOf: (query.asOf as IsoDate | undefined) ?? today(),
        format: 'ndjson',
        fields,
        lang,
        needSummary: false,
        maxEvents,
      });
      async function* answers(): AsyncGenerator<string> {
        let n = 0;
        try {
          for await (const lines of ndjsonLines(input, bodyLimit)) {
            let out = '';
            for (const line of lines) {
              n++;
              out += line.tooLong
                ? evaluator.invalid(n, undefined, [
                    issue(
                      [],
                      'line_too_long',
                      `regel ${n} is langer dan ${bodyLimit} tekens`,
                      `line ${n} is longer than ${bodyLimit} characters`,
                    ),
                  ]).text
                : evaluator.line(line.text, n).text;
            }
            if (out !== '') yield out;
          }
        } finally {
          if (!input.readableEnded) input.destroy();
        }
      }
      return reply
        .type(`${NDJSON}; charset=utf-8`)
        .header('cache-control', 'no-store')
        .send(Readable.from(answers(), { objectMode: false }));
    });
  });

  // A worklist endpoint (open steps over many cases, by date; `poortwachter worklist`) is planned:
  // it will be `POST /v1/worklist` here, NDJSON in like /v1/batch, and get its operation in openapi.ts.

  return app;
}
