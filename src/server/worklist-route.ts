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
import { isIsoDate } from '../calendar/isoDate.js';
import { parseNdjsonLine } from '../common/ndjson-line.js';
import { renderWorklist, type WorklistAnswer, type WorklistInvalidLine } from '../format/worklist.js';
import { inputIssue, jsonType, quote, shownValue } from '../i18n/issues.js';
import { worklistEn } from '../i18n/worklist-en.js';
import { worklistNl } from '../i18n/worklist-nl.js';
import type { InputIssue, IsoDate, MilestoneKind } from '../types.js';
import { ACTORS } from '../vocab.js';
import { caseWorkItems, type WorklistOptions } from '../worklist.js';
import { createTopWorkItems, createWorkItemCounts, createWorkItemStore, type WorkItemSink } from '../worklist-store.js';
import { untilAborted } from './interrupt.js';
import { ndjsonLines } from './ndjson.js';

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

const QUERY = ['asOf', 'within', 'includeWindows', 'format', 'limit', 'counts', 'actor', 'kind'] as const;
const FORMATS = ['json', 'ndjson'] as const;
const KINDS: readonly MilestoneKind[] = ['legal', 'advice', 'protocol'];
const NDJSON = 'application/x-ndjson; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/** A whole number from `min` to `max` in a query parameter, or its issue. */
function intParam(name: string, value: unknown, min: number, max: number, issues: InputIssue[]): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && /^-?\d{1,15}$/.test(value)) {
    const n = Number(value);
    if (n >= min && n <= max) return n;
    issues.push(
      n < min
        ? inputIssue([name], 'too_small', { origin: 'number', minimum: min, value })
        : inputIssue([name], 'too_big', { origin: 'number', maximum: max, value }),
    );
    return undefined;
  }
  // A query value is always text: name what it reads as (`1.5`: a number; `abc`: text).
  const received = typeof value === 'string' && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(value) ? 'number' : jsonType(value);
  issues.push(inputIssue([name], 'invalid_type', { expected: 'int', received, value: shownValue(value) }));
  return undefined;
}

/** A comma-separated list of `allowed` values in a query parameter, or its issue. */
function listParam<T extends string>(name: string, value: unknown, allowed: readonly T[], issues: InputIssue[]): T[] | undefined {
  if (value === undefined) return undefined;
  const parts = typeof value === 'string' ? value.split(',').map((v) => v.trim()) : [];
  const bad = typeof value === 'string' ? parts.find((v) => !(allowed as readonly string[]).includes(v)) : value;
  if (bad !== undefined) {
    issues.push(inputIssue([name], 'invalid_value', { value: quote(bad), allowed }));
    return undefined;
  }
  return parts as T[];
}

/** A `true`/`false` query parameter, or its issue. */
function boolParam(name: string, value: unknown, issues: InputIssue[]): boolean {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  issues.push(inputIssue([name], 'invalid_value', { value: quote(value), allowed: ['true', 'false'] }));
  return false;
}

/**
 * Answers `POST /v1/worklist` (the body is the raw NDJSON stream).
 *
 * @example
 * scope.post('/v1/worklist', (request, reply) => answerWorklist(request, reply, ctx));
 */
export async function answerWorklist(request: FastifyRequest, reply: FastifyReply, ctx: WorklistRouteContext): Promise<FastifyReply> {
  const query = (request.query ?? {}) as Record<string, unknown>;
  const issues: InputIssue[] = Object.keys(query)
    .filter((k) => !(QUERY as readonly string[]).includes(k))
    .map((k) => inputIssue([k], 'unknown_field', { field: k }));
  const asOfValue = query.asOf;
  if (asOfValue !== undefined && !(typeof asOfValue === 'string' && isIsoDate(asOfValue))) {
    issues.push(
      typeof asOfValue === 'string'
        ? inputIssue(['asOf'], 'invalid_date', { value: quote(asOfValue) })
        : inputIssue(['asOf'], 'invalid_type', { expected: 'string', received: jsonType(asOfValue), value: shownValue(asOfValue) }),
    );
  }
  const withinDays = intParam('within', query.within ?? '14', 0, 36_500, issues) ?? 14;
  const windows = boolParam('includeWindows', query.includeWindows, issues);
  const counts = boolParam('counts', query.counts, issues);
  const limit = intParam('limit', query.limit, 1, 100_000_000, issues);
  const actors = listParam('actor', query.actor, ACTORS, issues);
  const kinds = listParam('kind', query.kind, KINDS, issues);
  const format = listParam('format', query.format, FORMATS, issues)?.[0] ?? 'json';
  const input = request.body as Readable;
  if (issues.length > 0) {
    input.resume(); // drain what the client sends, so it can read the answer
    return ctx.invalidQuery(request, reply, issues);
  }
  const asOf = (asOfValue as IsoDate | undefined) ?? ctx.today();
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
        const r = caseWorkItems(parsed.value, n - 1, options);
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
