/**
 * The HTTP service of `poortwachter serve`: a Fastify 5 application with the `/v1` endpoints,
 * health checks, the OpenAPI document and the API page. Errors are RFC 9457 problem details in
 * Dutch or English; every answer carries an `x-request-id`.
 *
 * @module
 */
import { createHash, randomUUID } from 'node:crypto';
import { type IncomingMessage, STATUS_CODES } from 'node:http';
import { Readable } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DateTime } from 'luxon';
import { eventsCapIssue, invalidLine } from '../batch/line.js';
import { DEFAULT_MAX_LINE_CHARS } from '../batch/ndjson-lines.js';
import { parseCaseInput, safeEvaluateCase, schemaIssues } from '../case/parse.js';
import { caseInputJsonSchema, MAX_EVENTS } from '../case/schema.js';
import { batchLineJsonSchema, caseTimelineJsonSchema } from '../case/timeline-schema.js';
import { type JsonBreak, parseJson } from '../common/json.js';
import { oneLine as oneLineOfError } from '../common/one-line.js';
import { packageVersion } from '../common/package-version.js';
import { PAGE_CSP, PAGE_FILES, PAGE_TYPES, readPage } from '../common/page-files.js';
import { timelineJson } from '../common/timeline-json.js';
import { parseSummaryFields, pickSummary, type SummaryField, summarizeTimeline } from '../format/summary.js';
import type { CliCatalogue } from '../i18n/cli-catalogue.js';
import type { Lang } from '../i18n/index.js';
import { inputIssue } from '../i18n/issues.js';
import { ruleEntries } from '../law/rule-of.js';
import { SOURCES } from '../law/sources.js';
import type { InputIssue, IsoDate } from '../types.js';
import { apiPageTemplate, originOf } from './api-page.js';
import { fastify, LogController } from './fastify.js';
import { interruptedLine, untilAborted } from './interrupt.js';
import { batchLineAnswerer, ndjsonLines } from './ndjson.js';
import { openApiDocument } from './openapi.js';
import { langFromHeader, PROBLEMS, type ProblemCode, prefixIssues, problem } from './problem.js';
import { BatchQuerySchema, EVALUATE_QUERY_PARAMS, EvaluateEnvelopeSchema } from './schemas.js';
import { answerWorklist } from './worklist-route.js';

/**
 * Options of {@link createServer}. Every limit has a default that suits an HR system calling from
 * the same network; `poortwachter serve` exposes each as a flag.
 *
 * @example
 * const options: ServerOptions = { bodyLimit: 256 * 1024, maxEvents: 500, log: true };
 */
export interface ServerOptions {
  /** Largest JSON body of a single call, in bytes (default 1 MiB). Batch bodies have no limit: they stream. */
  readonly bodyLimit?: number | undefined;
  /** Longest line of a batch or worklist body, in characters (default 1 MiB); a longer line is a `too_big` issue line. */
  readonly lineLimit?: number | undefined;
  /** Most events per case (default 1000; at most the library's `MAX_EVENTS`, 10 000). */
  readonly maxEvents?: number | undefined;
  /** Time to receive a whole request, in ms, batch bodies included (default 300 000; 0: none): the long timeout of streamed batches. */
  readonly requestTimeout?: number | undefined;
  /**
   * Time to receive the headers, and for a single call (everything but `/v1/batch` and
   * `/v1/worklist`) headers and body, in ms (default 10 000): a client that trickles its request
   * gets a 408 problem and the connection is closed. With the body limit it is the minimum rate
   * of a single call (1 MiB in 10 s).
   */
  readonly bodyTimeout?: number | undefined;
  /** Most connections open at once (default 4096); a connection beyond it is closed at once. */
  readonly maxConnections?: number | undefined;
  /** Time a connection may stay silent, in ms, while a request is in progress (default 30 000). */
  readonly idleTimeout?: number | undefined;
  /**
   * Time an idle keep-alive connection is kept open, in ms (default 65 000). Longer than the idle
   * time of the clients in front of it (Node's own agent: 5 s; load balancers: 60 s), so that the
   * client, not the server, closes an idle connection: at equal times a request sent on a
   * connection the server is closing at that moment fails with ECONNRESET.
   */
  readonly keepAliveTimeout?: number | undefined;
  /** One JSON log line per request on stdout (pino, via Fastify); default off. */
  readonly log?: boolean | undefined;
  /** The default `asOf` when a request gives none (default: today in Europe/Amsterdam). */
  readonly today?: (() => IsoDate) | undefined;
  /**
   * Interrupts the streamed answers when it aborts (`poortwachter serve`: at `--shutdown-timeout`
   * or a second signal): `/v1/batch` and `/v1/worklist` stop reading their body, answer the lines
   * already read and end with `interrupted` and `afterLine` (`/v1/batch`: the line of
   * `interruptedLine`, `{"ok":false,"interrupted":true,"afterLine":N,…}`), then the connection is closed.
   */
  readonly interrupt?: AbortSignal | undefined;
  /** Serve the case page at `/` (default `true` when the package is built; `false`: `/` redirects to `/docs`). */
  readonly page?: boolean | undefined;
  /**
   * Marks the start of a shutdown when it aborts: from then on `/readyz` answers 503, so a load
   * balancer stops sending requests, while every other request is still served; `close()` follows
   * (`poortwachter serve`: after `--drain` seconds). `close()` alone does the same.
   */
  readonly shutdown?: AbortSignal | undefined;
}

/** The defaults of {@link ServerOptions}. */
export const SERVER_DEFAULTS = Object.freeze({
  bodyLimit: 1024 * 1024,
  lineLimit: DEFAULT_MAX_LINE_CHARS,
  maxEvents: 1000,
  requestTimeout: 300_000,
  bodyTimeout: 10_000,
  maxConnections: 4096,
  idleTimeout: 30_000,
  keepAliveTimeout: 65_000,
});

const NDJSON = 'application/x-ndjson';
const JSON_TYPE = 'application/json; charset=utf-8';
const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';
const EMPTY_JSON = 'POORTWACHTER_EMPTY_JSON';
const INVALID_JSON = 'POORTWACHTER_INVALID_JSON';
const REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;
/** Every answer: JSON is never a page, never framed, never cached (answers carry health data). */
const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cache-control': 'no-store',
});

/** The charset of a content type, lower case, when one is given (`application/json; charset=utf-16` → `utf-16`). */
function charsetOf(contentType: string | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]*)"?/i.exec(contentType ?? '');
  return m === null ? null : (m[1] as string).toLowerCase();
}

/** A content type whose charset is not UTF-8: 415, as the body is read as UTF-8 only. */
function wrongCharset(contentType: string | undefined): Error | null {
  const charset = charsetOf(contentType);
  if (charset === null || charset === 'utf-8' || charset === 'utf8') return null;
  return Object.assign(new Error(`charset ${charset} is not supported`), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' });
}

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

/**
 * A clock for one server: today in Europe/Amsterdam, recomputed at most once a second (luxon costs
 * ~15 µs a call). Its cache lives in the closure, not in the module, so two servers share nothing.
 */
function amsterdamToday(): () => IsoDate {
  let cache = { at: 0, day: '' };
  return () => {
    const now = Date.now();
    if (now - cache.at > 1000) cache = { at: now, day: DateTime.fromMillis(now, { zone: 'Europe/Amsterdam' }).toISODate() ?? '' };
    return cache.day;
  };
}

/** The `fields` of a request its schema checked: `null` (the whole timeline) or the summary fields. */
function fieldsOf(value: unknown): readonly SummaryField[] | null {
  if (typeof value !== 'string') return null;
  const parsed = parseSummaryFields(value);
  return parsed.ok ? parsed.fields : null;
}

/** The issues of query parameters other than `allowed`. */
function unknownParams(query: Record<string, unknown>, allowed: readonly string[]): InputIssue[] {
  const keys = Object.keys(query);
  if (keys.length === 0) return [];
  return keys.filter((k) => !allowed.includes(k)).map((k) => inputIssue([k], 'unknown_field', { field: k }));
}

/** The body of `POST /v1/evaluate`, as parsed (not checked yet). */
type Envelope = { case?: unknown; asOf?: unknown; fields?: unknown; compact?: unknown; explain?: unknown };

/** A query parameter `true` or `false` read as a boolean; anything else as it is (for the schema to reject). */
const queryFlag = (v: unknown): unknown => (v === 'true' ? true : v === 'false' ? false : v);

/**
 * The envelope of `POST /v1/evaluate` with its query parameters: `asOf`, `fields`, `compact` and
 * `explain` may come as query parameters too, and the body wins (a body value of `null` or
 * `undefined` gives way to the query's, or is dropped when the query has none). Keys keep the
 * body's order, a query's value is added after them in the order above. The body itself when the
 * query adds or drops nothing (the common case: no copy); else a copy, never changed in place.
 *
 * @example
 * withQuery({ case: {}, asOf: '2025-06-02' }, {}) //=> the same object
 * withQuery({ case: {} }, { explain: 'true' }) //=> { case: {}, explain: true }
 */
function withQuery(envelope: Envelope, query: Record<string, unknown>): Record<string, unknown> {
  let out = envelope as Record<string, unknown>;
  for (const key of EVALUATE_QUERY_PARAMS) {
    const own = envelope[key];
    if (own !== undefined && own !== null) continue; // the body wins
    const value = key === 'asOf' || key === 'fields' ? query[key] : queryFlag(query[key]);
    if (value === undefined && !(own === null || Object.hasOwn(envelope, key))) continue; // absent both ways
    if (out === envelope) out = { ...envelope };
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}

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
  const lineLimit = options.lineLimit ?? SERVER_DEFAULTS.lineLimit;
  const maxEvents = Math.min(options.maxEvents ?? SERVER_DEFAULTS.maxEvents, MAX_EVENTS);
  const today = options.today ?? amsterdamToday();
  const requestTimeout = options.requestTimeout ?? SERVER_DEFAULTS.requestTimeout;
  const bodyTimeout = options.bodyTimeout ?? SERVER_DEFAULTS.bodyTimeout;
  let closing = false;

  const app = fastify({
    bodyLimit,
    requestTimeout,
    // Node checks the headers and request timeouts every connectionsCheckingInterval (default
    // 30 s): check each second, so a trickling client is dropped near its deadline.
    http: { connectionsCheckingInterval: 1000 },
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
    clientErrorHandler(connectionError, socket) {
      const error = connectionError as unknown as { code?: string; rawPacket?: Buffer };
      // What Node's HTTP parser rejects before any route (a bad request line, conflicting
      // content-length, too-large headers, a request timeout): a problem like every other error.
      if (error.code === 'ECONNRESET' || socket.destroyed) return;
      const code: ProblemCode =
        error.code === 'HPE_HEADER_OVERFLOW'
          ? 'headers_too_large'
          : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? 'request_timeout'
            : 'invalid_request';
      const head = error.rawPacket?.subarray(0, 8192).toString('latin1') ?? '';
      const lang = langFromHeader(/\r\naccept-language:[ \t]*([^\r\n]*)/i.exec(head)?.[1]);
      const requestId = randomUUID();
      const body = JSON.stringify(
        problem(code, lang, requestId, (m) =>
          code === 'headers_too_large'
            ? m.serve.problem.headersTooLarge
            : code === 'request_timeout'
              ? m.serve.problem.requestTimeout
              : m.serve.problem.badHttp(String(error.code ?? 'HPE_INVALID')),
        ),
      );
      // Not when an answer has begun on this connection (a batch past --request-timeout): bytes of
      // another answer would corrupt it; the connection is only closed.
      const answering = (socket as unknown as { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
      if (socket.writable && !answering) {
        const headers = Object.entries(SECURITY_HEADERS)
          .map(([k, v]) => `${k}: ${v}\r\n`)
          .join('');
        socket.end(
          `HTTP/1.1 ${PROBLEMS[code].status} ${STATUS_CODES[PROBLEMS[code].status]}\r\ncontent-type: ${PROBLEM_TYPE}\r\n` +
            `content-length: ${Buffer.byteLength(body)}\r\ncontent-language: ${lang}\r\nx-request-id: ${requestId}\r\n${headers}` +
            `connection: close\r\n\r\n${body}`,
        );
      }
      socket.destroySoon();
    },
  });

  // Slow clients: a cap on connections, and the headers within the body timeout (Node's
  // headersTimeout may not exceed a non-zero requestTimeout).
  app.server.maxConnections = options.maxConnections ?? SERVER_DEFAULTS.maxConnections;
  app.server.headersTimeout = requestTimeout > 0 ? Math.min(bodyTimeout, requestTimeout) : bodyTimeout;

  const bodyTimers = new WeakMap<FastifyRequest, NodeJS.Timeout>();

  // The methods of each path, for 405 and its Allow header (HEAD comes with GET).
  const methodsOf = new Map<string, string[]>();
  app.addHook('onRoute', (route) => {
    const list = methodsOf.get(route.url) ?? [];
    for (const m of Array.isArray(route.method) ? route.method : [route.method]) if (!list.includes(m)) list.push(m);
    methodsOf.set(route.url, list);
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

  // A single call must arrive whole within the body timeout; batch and worklist bodies stream and
  // keep the long request timeout.
  app.addHook('onRequest', (request, reply, done) => {
    const url = request.routeOptions.url;
    if (bodyTimeout > 0 && url !== '/v1/batch' && url !== '/v1/worklist') {
      const timer = setTimeout(() => {
        if (reply.sent) return;
        reply.raw.once('finish', () => request.raw.socket?.destroy());
        reply.header('connection', 'close');
        sendProblem(request, reply, 'request_timeout', (m) => m.serve.problem.requestTimeout);
      }, bodyTimeout);
      timer.unref();
      bodyTimers.set(request, timer);
      reply.raw.once('close', () => clearTimeout(timer));
    }
    done();
  });
  app.addHook('preValidation', (request, _reply, done) => {
    clearTimeout(bodyTimers.get(request));
    done();
  });

  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id).headers(SECURITY_HEADERS);
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

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] as string;
    const allowed = methodsOf.get(path);
    if (allowed !== undefined && !allowed.includes(request.method)) {
      const allow = [...allowed].sort().join(', ');
      reply.header('allow', allow);
      return sendProblem(request, reply, 'method_not_allowed', (m) =>
        m.serve.problem.methodNotAllowed(request.method, path.slice(0, 200), allow),
      );
    }
    return sendProblem(request, reply, 'not_found', (m) => m.serve.problem.notFound(request.method, request.url.slice(0, 200)));
  });

  // JSON only at the top level (text/plain is not a case), parsed by plain JSON.parse; where it
  // breaks is said with the CLI's words. `__proto__` keys stay inert own properties: the schemas are
  // strict objects and reject them as unknown fields.
  app.removeContentTypeParser(['text/plain', 'application/json']);
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const charset = wrongCharset(request.headers['content-type']);
    if (charset !== null) return done(charset, undefined);
    const text = body as string;
    if (text.trim() === '') return done(Object.assign(new Error('the body is empty'), { statusCode: 400, code: EMPTY_JSON }), undefined);
    const parsed = parseJson(text);
    if (parsed.ok) return done(null, parsed.value);
    return done(Object.assign(new Error('not valid JSON'), { statusCode: 400, code: INVALID_JSON, at: parsed.at }), undefined);
  });

  const openapi = JSON.stringify(openApiDocument(packageVersion()));
  const apiPage = apiPageTemplate(JSON.parse(openapi));
  // The page's one inline style, allowed by its hash; nothing else (no script, nothing from elsewhere).
  const pageStyle = /<style>([\s\S]*?)<\/style>/.exec(apiPage('http://127.0.0.1'))?.[1] ?? '';
  const pageCsp = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(pageStyle).digest('base64')}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
  const inputSchema = JSON.stringify(caseInputJsonSchema());
  const outputSchema = JSON.stringify(caseTimelineJsonSchema());
  const lineSchema = JSON.stringify(batchLineJsonSchema());
  const sources = JSON.stringify(SOURCES);
  const rules = JSON.stringify({ milestones: ruleEntries() });

  // --- health and documents ---------------------------------------------------------------------
  app.get('/healthz', (_request, reply) => {
    reply.type(JSON_TYPE).send('{"status":"ok"}');
  });
  app.get('/readyz', (_request, reply) => {
    if (closing || options.shutdown?.aborted === true) reply.code(503).type(JSON_TYPE).send('{"status":"shutting-down"}');
    else reply.type(JSON_TYPE).send('{"status":"ready"}');
  });
  app.get('/openapi.json', (_request, reply) => {
    reply.type(JSON_TYPE).send(openapi);
  });
  app.get('/docs', (request, reply) => {
    // The curl example names the address the page was asked on (the port the server really listens on).
    const address = app.server.address();
    const listening = typeof address === 'object' && address !== null ? `http://127.0.0.1:${address.port}` : 'http://127.0.0.1:8080';
    reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', pageCsp)
      .send(apiPage(originOf(request.headers.host, listening)));
  });
  // The case page (src/page/): static files; the case is computed in the browser and never sent.
  const page = options.page === false ? null : readPage();
  if (page === null) app.get('/', (_request, reply) => reply.redirect('/docs'));
  for (const name of page === null ? [] : PAGE_FILES) {
    app.get(name === 'index.html' ? '/' : `/${name}`, (_request, reply) => {
      reply
        .type(PAGE_TYPES[name])
        .header('content-security-policy', PAGE_CSP)
        .header('x-content-type-options', 'nosniff')
        .header('referrer-policy', 'no-referrer')
        .header('cache-control', 'no-cache')
        .send(page?.[name]);
    });
  }

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
  // Per milestone id what every timeline leaves to the rule table: titles, legal basis, kind, actor, consequence.
  app.get('/v1/rules', (_request, reply) => {
    reply.type(JSON_TYPE).send(rules);
  });

  // One case: the body is parsed once (JSON.parse), the envelope checked by its published schema, the
  // case validated once by safeEvaluateCase; the answer is written by timelineJson (or JSON.stringify
  // for a summary), no response schema.
  app.post('/v1/evaluate', (request, reply) => {
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      sendProblem(request, reply, 'invalid_request', (m) => m.serve.problem.notObject);
      return;
    }
    const envelope = body as Envelope;
    const query = (request.query ?? {}) as Record<string, unknown>;
    const request_ = withQuery(envelope, query);
    // The envelope checked by the schema the OpenAPI document publishes (the case by the evaluation, once).
    const schemaProblems = schemaIssues(EvaluateEnvelopeSchema, request_);
    const queryProblems = unknownParams(query, EVALUATE_QUERY_PARAMS);
    const issues: InputIssue[] = queryProblems.length === 0 ? schemaProblems : [...schemaProblems, ...queryProblems];
    const { asOf, explain: explainValue } = request_;
    const fields = issues.length === 0 && typeof request_.fields === 'string' ? fieldsOf(request_.fields) : null;
    if (envelope.case !== undefined) {
      const capped = eventsCapIssue(envelope.case, maxEvents, ['case', 'events']);
      if (capped !== null) issues.push(capped);
      else if (issues.length > 0) {
        // The envelope is invalid: still report every problem of the case, in one answer.
        const parsed = parseCaseInput(envelope.case);
        const seen = new Set(issues.map((i) => JSON.stringify(i.path)));
        if (!parsed.success) issues.push(...prefixIssues('case', parsed.issues).filter((i) => !seen.has(JSON.stringify(i.path))));
      }
    }
    if (issues.length > 0) {
      invalidInput(request, reply, issues);
      return;
    }
    // explain: every milestone with its derivation (data; words are the client's, or the CLI's --explain).
    const r = safeEvaluateCase(envelope.case, { asOf: (asOf as IsoDate | undefined) ?? today(), explain: explainValue === true });
    if (!r.success) {
      invalidInput(request, reply, prefixIssues('case', r.issues));
      return;
    }
    // The whole timeline (with `compact: true` the same text since 0.3), written by hand: the bytes of JSON.stringify.
    const out = fields !== null ? JSON.stringify(pickSummary(summarizeTimeline(r.data), fields)) : timelineJson(r.data);
    reply.type(JSON_TYPE).send(out);
  });

  app.post('/v1/validate', (request, reply) => {
    const capped = eventsCapIssue(request.body, maxEvents);
    const r = capped === null ? parseCaseInput(request.body) : { success: false as const, issues: [capped] };
    reply.type(JSON_TYPE).send(JSON.stringify(r.success ? { valid: true, issues: [] } : { valid: false, issues: r.issues }));
  });

  /**
   * The lines of an NDJSON body, numbered from 1; a line longer than the line limit is its own
   * issue. With a `state` (a caller that can end its answer with `interruptedLine`): when
   * `options.interrupt` aborts, the lines end at once and `state.interrupted` is set; the body is
   * then left unread (see {@link closeAfterAnswer}). Without one the body is read to its end.
   */
  async function* numberedLines(
    input: Readable,
    state?: { interrupted: boolean },
  ): AsyncGenerator<{ n: number; text: string; tooLong: InputIssue | null }[]> {
    let n = 0;
    const source = untilAborted(ndjsonLines(input, lineLimit), state === undefined ? undefined : options.interrupt);
    try {
      for await (const lines of source.items) {
        yield lines.map((line) => {
          n++;
          return {
            n,
            text: line.text,
            tooLong: line.tooLong ? inputIssue([], 'too_big', { origin: 'string', maximum: lineLimit, value: null }) : null,
          };
        });
      }
    } finally {
      if (state !== undefined) state.interrupted = source.interrupted();
      // The client went away (or the answer failed): stop reading. Not when interrupted: the
      // request's socket carries the answer's last line.
      if (!input.readableEnded && !source.interrupted()) input.destroy();
    }
  }

  /**
   * After an interrupted answer has gone out: the client may still be sending its body, which is
   * no longer read. Half-close the connection (the client sees the end after the last line), and
   * drop it a second later.
   */
  function closeAfterAnswer(request: FastifyRequest, reply: FastifyReply): void {
    reply.raw.once('finish', () => {
      const socket = request.raw.socket;
      socket.end();
      // Not unref'd: a half-closed socket that is not read keeps no event loop alive, and the
      // server's close() waits for it.
      setTimeout(() => socket.destroy(), 1000);
    });
  }

  // Batch and worklist: NDJSON in, read as a stream. Their own scope: the body is not parsed (the
  // handler reads the raw stream line by line), and only NDJSON is accepted.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(NDJSON, (request, payload, done) => {
      const charset = wrongCharset(request.headers['content-type']);
      if (charset !== null) {
        payload.resume(); // drain what the client sends, so it can read the answer
        return done(charset, undefined);
      }
      return done(null, payload);
    });

    scope.post('/v1/batch', async (request, reply) => {
      const query = (request.query ?? {}) as Record<string, unknown>;
      const issues = schemaIssues(BatchQuerySchema, query);
      const fields = issues.length === 0 ? fieldsOf(query.fields) : null;
      const input = request.body as Readable;
      if (issues.length > 0) {
        input.resume(); // drain what the client sends, so it can read the answer
        return sendProblem(request, reply, 'invalid_request', (m) => m.serve.problem.invalidQuery, issues);
      }
      // The options checked once for the whole body; each line's case on its own.
      const answerLine = batchLineAnswerer({ asOf: (query.asOf as IsoDate | undefined) ?? today(), fields, maxEvents });
      const state = { interrupted: false };
      let answered = 0;
      async function* answers(): AsyncGenerator<string> {
        for await (const lines of numberedLines(input, state)) {
          let out = '';
          for (const { n, text, tooLong } of lines) {
            answered = n;
            if (tooLong !== null) out += invalidLine(n, undefined, [tooLong]);
            else {
              try {
                out += answerLine(text, n);
              } catch (error) {
                // A safety net: whatever goes wrong with one line is that line's answer, never the end of the run.
                out += invalidLine(n, undefined, [inputIssue([], 'internal_error', { line: n, detail: oneLineOfError(error) })]);
              }
            }
          }
          if (out !== '') yield out;
        }
        if (state.interrupted) {
          closeAfterAnswer(request, reply);
          yield interruptedLine(answered);
        }
      }
      return reply
        .type(`${NDJSON}; charset=utf-8`)
        .header('cache-control', 'no-store')
        .send(Readable.from(answers(), { objectMode: false }));
    });

    // The worklist (src/server/worklist-route.ts): every case evaluated as it arrives, only its
    // open steps kept (packed), the answer streamed item by item in json or ndjson.
    scope.post('/v1/worklist', (request, reply) =>
      answerWorklist(request, reply, {
        lineLimit: bodyLimit,
        maxEvents,
        today,
        interrupt: options.interrupt,
        invalidQuery: (rq, rp, issues) => sendProblem(rq, rp, 'invalid_request', (m) => m.serve.problem.invalidQuery, issues),
      }),
    );
  });

  return app;
}
