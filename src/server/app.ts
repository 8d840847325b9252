/**
 * The HTTP service of `poortwachter serve`: a Fastify 5 application with the `/v1` endpoints,
 * health checks, the OpenAPI document and the API page. Errors are RFC 9457 problem details in
 * Dutch or English; every answer carries an `x-request-id`.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DateTime } from 'luxon';
import { compactTimelineJson, eventsCapIssue, idOf, invalidLine } from '../batch/line.js';
import { isIsoDate } from '../calendar/isoDate.js';
import { caseInputJsonSchema, MAX_EVENTS, parseCaseInput, safeEvaluateCase } from '../case/schema.js';
import { batchLineJsonSchema, caseTimelineJsonSchema } from '../case/timeline-schema.js';
import { type JsonBreak, parseJson } from '../common/json.js';
import { parseNdjsonLine } from '../common/ndjson-line.js';
import { oneLine as oneLineOfError } from '../common/one-line.js';
import { packageVersion } from '../common/package-version.js';
import { parseSummaryFields, pickSummary, SUMMARY_FIELDS, type SummaryField, summarizeTimeline } from '../format/summary.js';
import type { CliCatalogue } from '../i18n/cli-catalogue.js';
import type { Lang } from '../i18n/index.js';
import { inputIssue, jsonType, quote, shownValue } from '../i18n/issues.js';
import { SOURCES } from '../law/sources.js';
import type { InputIssue, IsoDate } from '../types.js';
import { caseWorkItems, compareWorkItems, type WorkItem } from '../worklist.js';
import { apiPageTemplate, originOf } from './api-page.js';
import { fastify, LogController } from './fastify.js';
import { answerBatchLine, ndjsonLines } from './ndjson.js';
import { openApiDocument } from './openapi.js';
import { langFromHeader, type ProblemCode, prefixIssues, problem } from './problem.js';

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

/** The `fields` of a request: `null` (the whole timeline) or the summary fields, or its issues. */
function fieldsOf(where: string, value: unknown): { fields: readonly SummaryField[] | null; issues: InputIssue[] } {
  if (value === undefined) return { fields: null, issues: [] };
  if (typeof value === 'string') {
    const parsed = parseSummaryFields(value);
    if (parsed.ok) return { fields: parsed.fields, issues: [] };
    return {
      fields: null,
      issues: [
        inputIssue([where], 'invalid_value', { value: quote(parsed.unknown.join(',')), allowed: ['summary', 'all', ...SUMMARY_FIELDS] }),
      ],
    };
  }
  return {
    fields: null,
    issues: [inputIssue([where], 'invalid_type', { expected: 'string', received: jsonType(value), value: shownValue(value) })],
  };
}

/** The issues of an `asOf` that is given but not a real date. */
function asOfIssues(value: unknown): InputIssue[] {
  if (value === undefined || (typeof value === 'string' && isIsoDate(value))) return [];
  if (typeof value !== 'string')
    return [inputIssue(['asOf'], 'invalid_type', { expected: 'string', received: jsonType(value), value: shownValue(value) })];
  return [inputIssue(['asOf'], 'invalid_date', { value: quote(value) })];
}

/** The issues of query parameters other than `allowed`. */
function unknownParams(query: Record<string, unknown>, allowed: readonly string[]): InputIssue[] {
  return Object.keys(query)
    .filter((k) => !allowed.includes(k))
    .map((k) => inputIssue([k], 'unknown_field', { field: k }));
}

const EVALUATE_KEYS: ReadonlySet<string> = new Set(['case', 'asOf', 'fields', 'compact']);

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
    detail?: (m: CliCatalogue) => string,
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
  const invalidInput = (request: FastifyRequest, reply: FastifyReply, issues: readonly InputIssue[]): FastifyReply =>
    sendProblem(request, reply, 'invalid_case', (m) => m.serve.problem.invalidInput(issues.length), issues);

  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    if (closing && request.url !== '/readyz' && request.url !== '/healthz') {
      reply.header('connection', 'close');
      sendProblem(request, reply, 'shutting_down', (m) => m.serve.problem.shuttingDown);
      return;
    }
    done();
  });
  app.addHook('preClose', async () => {
    closing = true;
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    switch (error.code) {
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': {
        const type = String(request.headers['content-type'] ?? '').slice(0, 100);
        const want = request.url.startsWith('/v1/batch') || request.url.startsWith('/v1/worklist') ? NDJSON : 'application/json';
        return sendProblem(request, reply, 'unsupported_media_type', (m) => m.serve.problem.unsupportedMediaType(type, want));
      }
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendProblem(request, reply, 'body_too_large', (m) => m.serve.problem.bodyTooLarge(bodyLimit));
      case EMPTY_JSON:
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendProblem(request, reply, 'invalid_json', (m) => m.serve.problem.emptyBody);
      case INVALID_JSON: {
        const at = (error as FastifyError & { at?: JsonBreak }).at ?? null;
        return sendProblem(request, reply, 'invalid_json', (m) => m.notJson(at));
      }
      default:
        break;
    }
    if ((error.statusCode ?? 500) < 500) {
      const message = error.message.replace(/\s+/g, ' ').slice(0, 300);
      return sendProblem(request, reply, 'invalid_request', (m) => m.serve.problem.badRequest(message));
    }
    request.log.error({ err: { type: error.name, message: error.message } }, 'internal error');
    return sendProblem(request, reply, 'internal_error', (m) => m.serve.problem.internal);
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, 'not_found', (m) => m.serve.problem.notFound(request.method, request.url.slice(0, 200))),
  );

  // JSON only at the top level (text/plain is not a case), parsed by plain JSON.parse; where it
  // breaks is said with the CLI's words. `__proto__` keys stay inert own properties: the schemas are
  // strict objects and reject them as unknown fields.
  app.removeContentTypeParser(['text/plain', 'application/json']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = body as string;
    if (text.trim() === '') return done(Object.assign(new Error('the body is empty'), { statusCode: 400, code: EMPTY_JSON }), undefined);
    const parsed = parseJson(text);
    if (parsed.ok) return done(null, parsed.value);
    return done(Object.assign(new Error('not valid JSON'), { statusCode: 400, code: INVALID_JSON, at: parsed.at }), undefined);
  });

  const openapi = JSON.stringify(openApiDocument(packageVersion()));
  const apiPage = apiPageTemplate(JSON.parse(openapi));
  const inputSchema = JSON.stringify(caseInputJsonSchema());
  const outputSchema = JSON.stringify(caseTimelineJsonSchema());
  const lineSchema = JSON.stringify(batchLineJsonSchema());
  const sources = JSON.stringify(SOURCES);

  // --- health and documents ---------------------------------------------------------------------
  app.get('/healthz', (_request, reply) => {
    reply.type(JSON_TYPE).send('{"status":"ok"}');
  });
  app.get('/readyz', (_request, reply) => {
    if (closing) reply.code(503).type(JSON_TYPE).send('{"status":"shutting-down"}');
    else reply.type(JSON_TYPE).send('{"status":"ready"}');
  });
  app.get('/openapi.json', (_request, reply) => {
    reply.type(JSON_TYPE).send(openapi);
  });
  app.get('/docs', (request, reply) => {
    // The curl example names the address the page was asked on (the port the server really listens on).
    const address = app.server.address();
    const listening = typeof address === 'object' && address !== null ? `http://127.0.0.1:${address.port}` : 'http://127.0.0.1:8080';
    reply.type('text/html; charset=utf-8').send(apiPage(originOf(request.headers.host, listening)));
  });
  app.get('/', (_request, reply) => {
    reply.redirect('/docs');
  });

  // --- /v1 ----------------------------------------------------------------------------------------
  app.get('/v1/schemas/case-input', (_request, reply) => {
    reply.type('application/schema+json').send(inputSchema);
  });
  app.get('/v1/schemas/case-timeline', (_request, reply) => {
    reply.type('application/schema+json').send(outputSchema);
  });
  app.get('/v1/schemas/batch-line', (_request, reply) => {
    reply.type('application/schema+json').send(lineSchema);
  });
  app.get('/v1/sources', (_request, reply) => {
    reply.type(JSON_TYPE).send(sources);
  });

  // One case: the body is parsed once (JSON.parse), the envelope checked by hand, the case
  // validated once by safeEvaluateCase; the answer is serialised by JSON.stringify, no response schema.
  app.post('/v1/evaluate', (request, reply) => {
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      sendProblem(request, reply, 'invalid_request', (m) => m.serve.problem.notObject);
      return;
    }
    const envelope = body as { case?: unknown; asOf?: unknown; fields?: unknown; compact?: unknown };
    const query = (request.query ?? {}) as Record<string, unknown>;
    const issues: InputIssue[] = [];
    for (const key of Object.keys(envelope)) if (!EVALUATE_KEYS.has(key)) issues.push(inputIssue([key], 'unknown_field', { field: key }));
    issues.push(...unknownParams(query, ['asOf', 'fields', 'compact']));
    // asOf, fields and compact may come as query parameters too; the body wins.
    const asOf = envelope.asOf ?? query.asOf;
    const fieldsValue = envelope.fields ?? query.fields;
    const compactValue = envelope.compact ?? (query.compact === 'true' ? true : query.compact === 'false' ? false : query.compact);
    issues.push(...asOfIssues(asOf));
    if (compactValue !== undefined && typeof compactValue !== 'boolean') {
      issues.push(
        inputIssue(['compact'], 'invalid_type', { expected: 'boolean', received: jsonType(compactValue), value: shownValue(compactValue) }),
      );
    }
    const { fields, issues: fieldIssues } = fieldsOf('fields', fieldsValue);
    issues.push(...fieldIssues);
    if (envelope.case === undefined) issues.push(inputIssue(['case'], 'missing', {}));
    else {
      const capped = eventsCapIssue(envelope.case, maxEvents, ['case', 'events']);
      if (capped !== null) issues.push(capped);
      else if (issues.length > 0) {
        // The envelope is invalid: still report every problem of the case, in one answer.
        const parsed = parseCaseInput(envelope.case);
        if (!parsed.success) issues.push(...prefixIssues('case', parsed.issues));
      }
    }
    if (issues.length > 0) {
      invalidInput(request, reply, issues);
      return;
    }
    const r = safeEvaluateCase(envelope.case, { asOf: (asOf as IsoDate | undefined) ?? today() });
    if (!r.success) {
      invalidInput(request, reply, prefixIssues('case', r.issues));
      return;
    }
    const out =
      fields !== null
        ? JSON.stringify(pickSummary(summarizeTimeline(r.data), fields))
        : compactValue === true
          ? compactTimelineJson(r.data)
          : JSON.stringify(r.data);
    reply.type(JSON_TYPE).send(out);
  });

  app.post('/v1/validate', (request, reply) => {
    const capped = eventsCapIssue(request.body, maxEvents);
    const r = capped === null ? parseCaseInput(request.body) : { success: false as const, issues: [capped] };
    reply.type(JSON_TYPE).send(JSON.stringify(r.success ? { valid: true, issues: [] } : { valid: false, issues: r.issues }));
  });

  /** The lines of an NDJSON body, numbered from 1; a line longer than the body limit is its own issue. */
  async function* numberedLines(input: Readable): AsyncGenerator<{ n: number; text: string; tooLong: InputIssue | null }[]> {
    let n = 0;
    try {
      for await (const lines of ndjsonLines(input, bodyLimit)) {
        yield lines.map((line) => {
          n++;
          return {
            n,
            text: line.text,
            tooLong: line.tooLong ? inputIssue([], 'too_big', { origin: 'string', maximum: bodyLimit, value: null }) : null,
          };
        });
      }
    } finally {
      if (!input.readableEnded) input.destroy();
    }
  }

  // Batch and worklist: NDJSON in, read as a stream. Their own scope: the body is not parsed (the
  // handler reads the raw stream line by line), and only NDJSON is accepted.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(NDJSON, (_request, payload, done) => done(null, payload));

    scope.post('/v1/batch', async (request, reply) => {
      const query = (request.query ?? {}) as Record<string, unknown>;
      const { fields, issues: fieldIssues } = fieldsOf('fields', query.fields);
      const issues = [...unknownParams(query, ['asOf', 'fields']), ...asOfIssues(query.asOf), ...fieldIssues];
      const input = request.body as Readable;
      if (issues.length > 0) {
        input.resume(); // drain what the client sends, so it can read the answer
        return sendProblem(request, reply, 'invalid_request', (m) => m.serve.problem.invalidQuery, issues);
      }
      const options = { asOf: (query.asOf as IsoDate | undefined) ?? today(), fields, maxEvents };
      async function* answers(): AsyncGenerator<string> {
        for await (const lines of numberedLines(input)) {
          let out = '';
          for (const { n, text, tooLong } of lines) {
            if (tooLong !== null) out += invalidLine(n, undefined, [tooLong]);
            else {
              try {
                out += answerBatchLine(text, n, options);
              } catch (error) {
                // A safety net: whatever goes wrong with one line is that line's answer, never the end of the run.
                out += invalidLine(n, undefined, [inputIssue([], 'internal_error', { line: n, detail: oneLineOfError(error) })]);
              }
            }
          }
          if (out !== '') yield out;
        }
      }
      return reply
        .type(`${NDJSON}; charset=utf-8`)
        .header('cache-control', 'no-store')
        .send(Readable.from(answers(), { objectMode: false }));
    });

    // The worklist: every case of the body is evaluated as it arrives (only the open steps are
    // kept), then the answer is the sorted list — `poortwachter worklist --format json`.
    scope.post('/v1/worklist', async (request, reply) => {
      const query = (request.query ?? {}) as Record<string, unknown>;
      const issues = [...unknownParams(query, ['asOf', 'within', 'includeWindows']), ...asOfIssues(query.asOf)];
      const within = query.within ?? '14';
      if (typeof within !== 'string' || !/^\d{1,5}$/.test(within) || Number(within) > 36_500) {
        issues.push(
          typeof within === 'string' && /^\d{1,15}$/.test(within)
            ? inputIssue(['within'], 'too_big', { origin: 'number', maximum: 36_500, value: within })
            : typeof within === 'string' && /^-\d{1,15}$/.test(within)
              ? inputIssue(['within'], 'too_small', { origin: 'number', minimum: 0, value: within })
              : inputIssue(['within'], 'invalid_type', {
                  expected: 'int',
                  // A query value is always text: name what it reads as (`1.5`: a number; `abc`: text).
                  received: typeof within === 'string' && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(within) ? 'number' : jsonType(within),
                  value: shownValue(within),
                }),
        );
      }
      const windows = query.includeWindows;
      if (windows !== undefined && windows !== 'true' && windows !== 'false') {
        issues.push(inputIssue(['includeWindows'], 'invalid_value', { value: quote(windows), allowed: ['true', 'false'] }));
      }
      const input = request.body as Readable;
      if (issues.length > 0) {
        input.resume();
        return sendProblem(request, reply, 'invalid_request', (m) => m.serve.problem.invalidQuery, issues);
      }
      const asOf = (query.asOf as IsoDate | undefined) ?? today();
      const withinDays = Number(within);
      const options = { asOf, withinDays, include: { windows: windows === 'true' } };
      const items: WorkItem[] = [];
      const invalid: { line: number; id?: string | number; issues: readonly InputIssue[] }[] = [];
      let cases = 0;
      const bad = (line: number, id: string | number | undefined, lineIssues: readonly InputIssue[]): void => {
        invalid.push(id === undefined ? { line, issues: lineIssues } : { line, id, issues: lineIssues });
      };
      for await (const lines of numberedLines(input)) {
        for (const { n, text, tooLong } of lines) {
          cases = n;
          if (tooLong !== null) {
            bad(n, undefined, [tooLong]);
            continue;
          }
          try {
            const parsed = parseNdjsonLine(text, n);
            if (!parsed.ok) {
              bad(n, undefined, parsed.issues);
              continue;
            }
            const capped = eventsCapIssue(parsed.value, maxEvents);
            if (capped !== null) {
              bad(n, idOf(parsed.value), [capped]);
              continue;
            }
            const r = caseWorkItems(parsed.value, n - 1, options);
            if (r.ok) for (const item of r.items) items.push(item);
            else bad(n, r.id, r.issues);
          } catch (error) {
            bad(n, undefined, [inputIssue([], 'internal_error', { line: n, detail: oneLineOfError(error) })]);
          }
        }
      }
      items.sort(compareWorkItems);
      return reply
        .type(JSON_TYPE)
        .header('cache-control', 'no-store')
        .send(JSON.stringify({ asOf, withinDays, counts: { cases, invalid: invalid.length, items: items.length }, items, invalid }));
    });
  });

  return app;
}
