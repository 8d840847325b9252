/**
 * `POST /v1/worklist`: NDJSON cases in, read as a stream (one line at a time, each case evaluated
 * as it arrives and only its open steps kept, packed), the worklist out — streamed item by item in
 * `format=json` (one document, the object of `poortwachter worklist --format json` on one line) or
 * `format=ndjson` (one item per line). The same ways to ask for less as the CLI: `counts=true`,
 * `limit=N`, `actor=…`, `kind=…`. When the server is made to stop (`ServerOptions.interrupt`), the
 * body is no longer read and the answer covers the lines read, ending with `interrupted`.
 *
 * @module
 */
import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { eventsCapIssue, idOf } from '../batch/line.js';
import { schemaIssues } from '../case/parse.js';
import { parseNdjsonLine } from '../common/ndjson-line.js';
import { renderWorklist, type WorklistAnswer, type WorklistInvalidLine } from '../format/worklist.js';
import { inputIssue } from '../i18n/issues.js';
import { worklistEn } from '../i18n/worklist-en.js';
import { worklistNl } from '../i18n/worklist-nl.js';
import type { InputIssue, IsoDate } from '../types.js';
import { caseWorkItemsWith, type WorklistOptions } from '../worklist.js';
import { createTopWorkItems, createWorkItemCounts, createWorkItemStore, type WorkItemSink } from '../worklist-store.js';
import { untilAborted } from './interrupt.js';
import { ndjsonLines } from './ndjson.js';
import { WorklistQuerySchema } from './schemas.js';

/**
 * What the worklist route needs from the application.
 *
 * @example
 * const ctx: WorklistRouteContext = { lineLimit: 1 << 20, maxEvents: 1000, today: () => '2025-06-02', interrupt: undefined, invalidQuery };
 */
export interface WorklistRouteContext {
  /** The longest NDJSON line, in characters (a longer one is a `too_big` line). */
  readonly lineLimit: number;
  readonly maxEvents: number;
  readonly today: () => IsoDate;
  /** Aborts at a forced shutdown: stop reading, answer the lines read, say so at the end. */
  readonly interrupt: AbortSignal | undefined;
  /** Answers a 400 problem listing the issues of the query. */
  readonly invalidQuery: (request: FastifyRequest, reply: FastifyReply, issues: readonly InputIssue[]) => FastifyReply;
}

const NDJSON = 'application/x-ndjson; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/** The query's parameters, in the order their issues are listed. */
const PARAMS: readonly string[] = Object.keys(WorklistQuerySchema.shape);

/**
 * The issues of the query in the order the service has always listed them: unknown parameters
 * first (as they come in the query), then by parameter in the schema's key order.
 */
function inQueryOrder(issues: readonly InputIssue[], query: object): InputIssue[] {
  const keys = Object.keys(query);
  const rank = (i: InputIssue): number => {
    const name = String(i.path[0]);
    return i.code === 'unknown_field' ? keys.indexOf(name) - keys.length : PARAMS.indexOf(name);
  };
  return issues
    .map((issue, k) => ({ issue, k }))
    .sort((a, b) => rank(a.issue) - rank(b.issue) || a.k - b.k)
    .map((x) => x.issue);
}

/**
 * Answers `POST /v1/worklist` (the body is the raw NDJSON stream).
 *
 * @example
 * scope.post('/v1/worklist', (request, reply) => answerWorklist(request, reply, ctx));
 */
export async function answerWorklist(request: FastifyRequest, reply: FastifyReply, ctx: WorklistRouteContext): Promise<FastifyReply> {
  // The query checked by the schema the OpenAPI document publishes (src/server/schemas.ts).
  const raw = request.query ?? {};
  const query = WorklistQuerySchema.safeParse(raw);
  const input = request.body as Readable;
  if (!query.success) {
    input.resume(); // drain what the client sends, so it can read the answer
    return ctx.invalidQuery(request, reply, inQueryOrder(schemaIssues(WorklistQuerySchema, raw), raw));
  }
  const { within: withinDays, includeWindows: windows, counts, limit, actor: actors, kind: kinds } = query.data;
  const format = query.data.format?.[0] ?? 'json';
  const asOf = query.data.asOf ?? ctx.today();
  const options: WorklistOptions = {
    asOf,
    withinDays,
    include: { windows },
    ...(actors === undefined && kinds === undefined ? {} : { filter: { actors, kinds } }),
  };
  const countsSink = counts ? createWorkItemCounts() : null;
  const top = !counts && limit !== undefined ? createTopWorkItems(limit) : null;
  const store = countsSink === null && top === null ? createWorkItemStore(asOf) : null;
  const sink: WorkItemSink = countsSink ?? top ?? (store as WorkItemSink);
  // The options checked once for the whole body; each line's case on its own.
  const workItems = caseWorkItemsWith(options);
  const invalid: WorklistInvalidLine[] = [];
  const bad = (line: number, id: string | number | undefined, lineIssues: readonly InputIssue[]): void => {
    invalid.push(id === undefined ? { line, issues: lineIssues } : { line, id, issues: lineIssues });
  };

  let n = 0;
  const source = untilAborted(ndjsonLines(input.iterator({ destroyOnReturn: false }), ctx.lineLimit), ctx.interrupt);
  for await (const lines of source.items) {
    for (const line of lines) {
      n++;
      if (line.tooLong) {
        bad(n, undefined, [inputIssue([], 'too_big', { origin: 'string', maximum: ctx.lineLimit, value: null })]);
        continue;
      }
      try {
        const parsed = parseNdjsonLine(line.text, n);
        if (!parsed.ok) {
          bad(n, undefined, parsed.issues);
          continue;
        }
        const capped = eventsCapIssue(parsed.value, ctx.maxEvents);
        if (capped !== null) {
          bad(n, idOf(parsed.value), [capped]);
          continue;
        }
        const r = workItems(parsed.value, n - 1);
        if (r.ok) sink.add(r.id, r.items);
        else bad(n, r.id, r.issues);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        bad(n, undefined, [inputIssue([], 'internal_error', { line: n, detail: detail.replace(/\s+/g, ' ').slice(0, 300) })]);
      }
    }
  }
  const interrupted = source.interrupted();
  if (interrupted) {
    // The rest of the body is not read: close the connection once the answer is out.
    reply.header('connection', 'close');
    reply.raw.once('finish', () => {
      const socket = request.raw.socket;
      socket.end();
      setTimeout(() => socket.destroy(), 1000).unref();
    });
  }
  const answer: WorklistAnswer = {
    asOf,
    withinDays,
    cases: n,
    invalid,
    items: countsSink !== null ? null : top !== null ? top.sorted() : (store?.sorted() ?? null),
    found: sink.found(),
    limit,
    groups: countsSink?.counts(),
    interrupted: interrupted ? interruption(n) : undefined,
  };
  // Interrupted while the answer is being written (it is sorted: no line is whole yet): the rest
  // of the items is left out, and the end says so with afterLine 0.
  const signal = ctx.interrupt;
  const chunks = renderWorklist(answer, format, {
    lang: 'nl',
    pretty: false,
    cutShort: signal === undefined || interrupted ? undefined : () => (signal.aborted ? interruption(0) : undefined),
  });
  return reply
    .type(format === 'ndjson' ? NDJSON : JSON_TYPE)
    .header('cache-control', 'no-store')
    .send(Readable.from(chunks, { objectMode: false }));
}

/** The `interrupted` end of an answer that covers lines 1 … `afterLine`. */
function interruption(afterLine: number): { afterLine: number; message: { nl: string; en: string } } {
  return { afterLine, message: { nl: worklistNl.interrupted(afterLine), en: worklistEn.interrupted(afterLine) } };
}
