// The web service, in process: a real server on a free loopback port (127.0.0.1, port 0), every
// endpoint, the OpenAPI examples against the schemas and against the server's own answers, and the
// faults (malformed JSON, wrong content type, huge body, a client that disconnects mid-batch).
// Bounded: small inputs, a 20 s timeout per request; the server is always closed.
import { request } from 'node:http';
import { PassThrough, Readable } from 'node:stream';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactTimelineJson } from '../../src/batch/line.js';
import { BatchLineSchema, batchLineJsonSchema, caseTimelineJsonSchema } from '../../src/case/timeline-schema.js';
import { runCli } from '../../src/cli/run.js';
import { type CaseInput, caseInputJsonSchema, evaluateCase, worklist } from '../../src/index.js';
import { SOURCES } from '../../src/law/sources.js';
import { createServer } from '../../src/server/app.js';
import { answerBatchLine } from '../../src/server/ndjson.js';
import { openApiDocument, openApiExamples } from '../../src/server/openapi.js';
import { pageDir } from '../../src/server/page.js';
import {
  CompactTimelineSchema,
  caseTimelineSchema,
  EvaluateRequestSchema,
  ProblemSchema,
  ValidateResponseSchema,
  WorklistResponseSchema,
} from '../../src/server/schemas.js';
import { ndjson, problemOf, send } from './helpers.js';

const JSON_HEADERS = { 'content-type': 'application/json' };
const NDJSON_HEADERS = { 'content-type': 'application/x-ndjson' };
const CASE: CaseInput = { firstSickDay: '2025-01-06', events: [{ type: 'probleemanalyse', date: '2025-02-12' }] };

/** Runs the CLI in process with `input` on stdin; resolves with its stdout and exit code. */
async function cli(argv: string[], input: string): Promise<{ code: number; stdout: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  stderr.resume();
  const code = await runCli(argv, { stdin: Readable.from([input]), stdout, stderr, env: {} });
  return { code, stdout: Buffer.concat(chunks).toString('utf8') };
}

let app: FastifyInstance;
let base = '';

beforeAll(async () => {
  app = createServer({ maxEvents: 50, bodyLimit: 64 * 1024, today: () => '2025-03-10' });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await app?.close();
});

describe('endpoints', () => {
  it('/healthz and /readyz answer, with a request id', async () => {
    const h = await send(`${base}/healthz`, 'GET');
    expect(h.status).toBe(200);
    expect(JSON.parse(h.body)).toEqual({ status: 'ok' });
    expect(h.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const r = await send(`${base}/readyz`, 'GET');
    expect([r.status, JSON.parse(r.body)]).toEqual([200, { status: 'ready' }]);
  });

  it('echoes a sane x-request-id and replaces an insane one', async () => {
    expect((await send(`${base}/healthz`, 'GET', undefined, { 'x-request-id': 'hr-system.42:a' })).headers['x-request-id']).toBe(
      'hr-system.42:a',
    );
    const bad = await send(`${base}/healthz`, 'GET', undefined, { 'x-request-id': `x${'y'.repeat(300)}` });
    expect(bad.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const spaces = await send(`${base}/healthz`, 'GET', undefined, { 'x-request-id': 'a b <script>' });
    expect(spaces.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('POST /v1/evaluate: the timeline, equal to evaluateCase', async () => {
    const r = await send(`${base}/v1/evaluate`, 'POST', JSON.stringify({ case: CASE, asOf: '2025-03-10' }), JSON_HEADERS);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(r.body)).toEqual(JSON.parse(JSON.stringify(evaluateCase(CASE, { asOf: '2025-03-10' }))));
    expect(caseTimelineSchema().safeParse(JSON.parse(r.body)).success).toBe(true);
  });

  it('POST /v1/evaluate: asOf defaults to today, fields picks the summary', async () => {
    const r = await send(`${base}/v1/evaluate`, 'POST', JSON.stringify({ case: CASE, fields: 'status,currentWeek' }), JSON_HEADERS);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ status: 'sick', currentWeek: 10 });
  });

  it('POST /v1/evaluate: compact (body or query) answers the timeline of a batch line, about half the bytes', async () => {
    const full = await send(`${base}/v1/evaluate`, 'POST', JSON.stringify({ case: CASE, asOf: '2025-03-10' }), JSON_HEADERS);
    const compact = await send(
      `${base}/v1/evaluate`,
      'POST',
      JSON.stringify({ case: CASE, asOf: '2025-03-10', compact: true }),
      JSON_HEADERS,
    );
    expect(compact.body).toBe(compactTimelineJson(evaluateCase(CASE, { asOf: '2025-03-10' })));
    expect(CompactTimelineSchema.safeParse(JSON.parse(compact.body)).success).toBe(true);
    expect(compact.body.length).toBeLessThan(full.body.length * 0.7);
    const viaQuery = await send(`${base}/v1/evaluate?compact=true&asOf=2025-03-10`, 'POST', JSON.stringify({ case: CASE }), JSON_HEADERS);
    expect(viaQuery.body).toBe(compact.body);
    const bad = problemOf(await send(`${base}/v1/evaluate?compact=yes`, 'POST', JSON.stringify({ case: CASE }), JSON_HEADERS));
    expect(bad.issues).toEqual([expect.objectContaining({ path: ['compact'], code: 'invalid_type' })]);
  });

  it('POST /v1/evaluate: an invalid case is a 422 problem naming every field, in the language asked for', async () => {
    const body = JSON.stringify({ case: { firstSickDay: '2025-02-30' }, asOf: '2025-3-10', fields: 'nope', extra: 1 });
    const nl = problemOf(await send(`${base}/v1/evaluate`, 'POST', body, JSON_HEADERS));
    expect(nl).toMatchObject({ status: 422, code: 'invalid_case', title: 'Ongeldige invoer', type: '/docs#problem-invalid_case' });
    const issues = nl.issues as { path: unknown[]; code: string; message: { nl: string; en: string } }[];
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual(
      expect.arrayContaining([
        ['extra', 'unknown_field'],
        ['asOf', 'invalid_date'],
        ['fields', 'invalid_value'],
        ['case.firstSickDay', 'invalid_date'],
      ]),
    );
    // the library's messages, written for the path from the request
    expect(issues.find((i) => i.path.join('.') === 'case.firstSickDay')?.message.nl).toMatch(
      /^case\.firstSickDay: '2025-02-30' is geen geldige datum/,
    );
    expect(ProblemSchema.safeParse(nl).success).toBe(true);
    const enR = await send(`${base}/v1/evaluate`, 'POST', body, { ...JSON_HEADERS, 'accept-language': 'de-DE, en-GB;q=0.8, nl;q=0.5' });
    expect(enR.headers['content-language']).toBe('en');
    expect(problemOf(enR)).toMatchObject({ title: 'Invalid input', detail: '4 problems in the input; see issues' });
  });

  it('POST /v1/evaluate: the server cap on events (lower than MAX_EVENTS) is an issue, not an error', async () => {
    const events = Array.from({ length: 51 }, () => ({ type: 'deskundigenoordeel', date: '2025-02-01' }));
    const p = problemOf(
      await send(`${base}/v1/evaluate`, 'POST', JSON.stringify({ case: { firstSickDay: '2025-01-06', events } }), JSON_HEADERS),
    );
    expect(p.status).toBe(422);
    expect(p.issues).toEqual([expect.objectContaining({ path: ['case', 'events'], code: 'too_big' })]);
  });

  it('POST /v1/validate: the object of validate --format json', async () => {
    const ok = await send(`${base}/v1/validate`, 'POST', JSON.stringify(CASE), JSON_HEADERS);
    expect(JSON.parse(ok.body)).toEqual({ valid: true, issues: [] });
    const bad = await send(`${base}/v1/validate`, 'POST', JSON.stringify({ firstSickDay: 'x' }), JSON_HEADERS);
    expect(bad.status).toBe(200);
    const v = ValidateResponseSchema.parse(JSON.parse(bad.body));
    expect(v.valid).toBe(false);
    expect(v.issues[0]?.path).toEqual(['firstSickDay']);
  });

  it('POST /v1/batch: one line per input line, in order, in the format of `poortwachter batch`', async () => {
    const lines = [
      JSON.stringify({ ...CASE, id: 'a' }),
      '',
      '{broken',
      JSON.stringify({ id: 7, firstSickDay: '2025-02-30' }),
      JSON.stringify(CASE),
    ];
    const input = `\ufeff${lines.join('\r\n')}`; // BOM, CRLF, no final line end
    const r = await send(`${base}/v1/batch?asOf=2025-03-10`, 'POST', input, NDJSON_HEADERS);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    // byte for byte what `poortwachter batch` prints for the same input
    const viaCli = await cli(['batch', '-', '--as-of', '2025-03-10'], input);
    expect(viaCli.code).toBe(2);
    expect(r.body).toBe(viaCli.stdout);
    const want = [`\ufeff${lines[0]}`, ...lines.slice(1)]
      .map((l, i) => answerBatchLine(l, i + 1, { asOf: '2025-03-10', fields: null }))
      .join('');
    expect(r.body).toBe(want);
    for (const line of ndjson(r.body)) expect(BatchLineSchema.safeParse(line).success, JSON.stringify(line).slice(0, 200)).toBe(true);
    expect(ndjson(r.body).map((l) => [l.line, l.ok, l.id])).toEqual([
      [1, true, 'a'],
      [2, false, undefined],
      [3, false, undefined],
      [4, false, 7],
      [5, true, undefined],
    ]);
  });

  it('POST /v1/batch: fields, a line too long, the events cap; bad query parameters are a 400 problem', async () => {
    const long = JSON.stringify({
      firstSickDay: '2025-01-06',
      events: [{ type: 'deskundigenoordeel', date: '2025-02-01', note: 'x'.repeat(70_000) }],
    });
    const capped = JSON.stringify({
      firstSickDay: '2025-01-06',
      events: Array.from({ length: 51 }, () => ({ type: 'ziek', date: '2025-01-07' })),
    });
    const r = await send(
      `${base}/v1/batch?asOf=2025-03-10&fields=status`,
      'POST',
      `${JSON.stringify(CASE)}\n${long}\n${capped}\n${JSON.stringify(CASE)}\n`,
      NDJSON_HEADERS,
    );
    const out = ndjson(r.body);
    expect(out[0]).toEqual({ ok: true, line: 1, status: 'sick' });
    expect(out[1]).toMatchObject({
      ok: false,
      line: 2,
      issues: [{ code: 'too_big', path: [], params: { origin: 'string', maximum: 65536 } }],
    });
    expect(out[2]).toMatchObject({ ok: false, line: 3, issues: [{ code: 'too_big', path: ['events'] }] });
    expect(out[3]).toEqual({ ok: true, line: 4, status: 'sick' });
    const bad = problemOf(await send(`${base}/v1/batch?asOf=2025-02-30&fields=x&y=1`, 'POST', 'x\n', NDJSON_HEADERS));
    expect(bad.status).toBe(400);
    expect((bad.issues as { path: string[] }[]).map((i) => i.path[0]).sort()).toEqual(['asOf', 'fields', 'y']);
  });

  it('POST /v1/worklist: the open steps over many cases, as `poortwachter worklist --format json` and the library', async () => {
    const cases = [
      { id: 'E-2', firstSickDay: '2025-01-06', events: [{ type: 'probleemanalyse', date: '2025-02-12' }] },
      { id: 'E-1', firstSickDay: '2025-02-17' },
      { firstSickDay: '2025-02-17' },
      { id: 'E-3', firstSickDay: '2025-02-30' },
      { id: 'E-4', firstSickDay: '2024-06-03', events: [{ type: 'hersteld', date: '2024-08-01' }] },
    ];
    const body = `${cases.map((c) => JSON.stringify(c)).join('\n')}\n\n{broken\n`;
    const r = await send(`${base}/v1/worklist?asOf=2025-03-10&within=30`, 'POST', body, NDJSON_HEADERS);
    expect(r.status).toBe(200);
    const answer = WorklistResponseSchema.parse(JSON.parse(r.body));
    expect(answer.counts).toEqual({ cases: 7, invalid: 4, items: answer.items.length });
    expect(answer.invalid.map((i) => [i.line, i.id, i.issues[0]?.code])).toEqual([
      [3, undefined, 'missing'],
      [4, 'E-3', 'invalid_date'],
      [6, undefined, 'empty_line'],
      [7, undefined, 'invalid_json'],
    ]);
    const lib = worklist(cases, { asOf: '2025-03-10', withinDays: 30 });
    expect(answer.items).toEqual(JSON.parse(JSON.stringify(lib.items)));
    expect(answer.items.map((i) => i.date)).toEqual([...answer.items.map((i) => i.date)].sort());
    const viaCli = await cli(['worklist', '-', '--as-of', '2025-03-10', '--within', '30', '--format', 'json'], body);
    expect(JSON.parse(r.body)).toEqual(JSON.parse(viaCli.stdout));
    // includeWindows adds the steps whose window opens in the range
    const w = await send(`${base}/v1/worklist?asOf=2025-03-10&within=30&includeWindows=true`, 'POST', body, NDJSON_HEADERS);
    expect(JSON.parse(w.body).counts.items).toBeGreaterThanOrEqual(answer.counts.items);
  });

  it('POST /v1/worklist: bad query parameters are a 400 problem with the library issue codes', async () => {
    const p = problemOf(
      await send(`${base}/v1/worklist?asOf=nope&within=-1&includeWindows=yes&x=1`, 'POST', '{}\n', {
        ...NDJSON_HEADERS,
        'accept-language': 'en',
      }),
    );
    expect(p).toMatchObject({
      status: 400,
      code: 'invalid_request',
      title: 'Invalid request',
      detail: 'invalid query parameters; see issues',
    });
    expect((p.issues as { path: string[]; code: string }[]).map((i) => [i.path[0], i.code])).toEqual([
      ['x', 'unknown_field'],
      ['asOf', 'invalid_date'],
      ['within', 'invalid_type'],
      ['includeWindows', 'invalid_value'],
    ]);
  });

  it('GET the schemas and the sources catalogue', async () => {
    const input = await send(`${base}/v1/schemas/case-input`, 'GET');
    expect(input.headers['content-type']).toMatch(/^application\/schema\+json/);
    expect(JSON.parse(input.body)).toEqual(caseInputJsonSchema());
    const output = JSON.parse((await send(`${base}/v1/schemas/case-timeline`, 'GET')).body);
    expect(output).toEqual(caseTimelineJsonSchema());
    expect(output.required).toEqual(expect.arrayContaining(['firstSickDay', 'milestones', 'flags']));
    expect(JSON.parse((await send(`${base}/v1/schemas/batch-line`, 'GET')).body)).toEqual(batchLineJsonSchema());
    expect(JSON.parse((await send(`${base}/v1/sources`, 'GET')).body)).toEqual(JSON.parse(JSON.stringify(SOURCES)));
  });

  it('GET /openapi.json and the API page /docs (self-contained: no script, nothing from elsewhere)', async () => {
    const doc = JSON.parse((await send(`${base}/openapi.json`, 'GET')).body);
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/v1/evaluate',
        '/v1/batch',
        '/v1/worklist',
        '/v1/validate',
        '/v1/schemas/case-input',
        '/v1/schemas/case-timeline',
        '/v1/schemas/batch-line',
        '/v1/sources',
        '/healthz',
        '/readyz',
      ]),
    );
    const page = await send(`${base}/docs`, 'GET');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('/v1/evaluate');
    expect(page.body).toContain('id="problem-invalid_case"');
    expect(page.body).not.toMatch(/<script|<link|src="http|href="http/);
    // `/` is the case page once it is built (test/server/page.test.ts), else the redirect to /docs.
    const root = await send(`${base}/`, 'GET');
    if (pageDir() === null) expect(root.headers.location).toBe('/docs');
    else expect(root.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('an unknown path is a 404 problem', async () => {
    const p = problemOf(await send(`${base}/v2/evaluate`, 'POST', '{}', JSON_HEADERS));
    expect(p).toMatchObject({ status: 404, code: 'not_found' });
  });
});

describe('OpenAPI examples', () => {
  const doc = openApiDocument();
  const ex = openApiExamples();
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({ $id: 'openapi', components: doc.components } as object);
  const check = (name: string, value: unknown): void => {
    const validate = ajv.getSchema(`openapi#/components/schemas/${name}`);
    if (validate === undefined) throw new Error(`no schema ${name}`);
    expect(validate(value), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
  };

  it('every example validates against its component schema (JSON Schema 2020-12, as other languages see it)', () => {
    check('EvaluateRequest', ex.evaluate.request);
    check('EvaluateRequest', ex.evaluateSummary.request);
    check('CaseTimeline', ex.evaluate.response);
    check('CaseSummary', ex.evaluateSummary.response);
    check('Problem', ex.invalidCase.response);
    check('CaseInput', ex.validate.request);
    check('ValidateResponse', ex.validate.response);
    for (const line of ex.batch.request.trim().split('\n')) expect(JSON.parse(line)).toBeTypeOf('object');
    for (const line of ndjson(ex.batch.response)) check('BatchAnswerLine', line);
    for (const line of ndjson(ex.batchTimeline.response)) check('BatchLine', line);
    check('WorklistResponse', ex.worklist.response);
    expect(ex.worklist.response.items).not.toEqual([]);
    // and the generated schemas agree with the zod schemas they come from
    expect(EvaluateRequestSchema.safeParse(ex.evaluate.request).success).toBe(true);
    expect(EvaluateRequestSchema.safeParse(ex.invalidCase.request).success).toBe(false);
  });

  it('the server answers each example request with its response example', async () => {
    const r1 = await send(`${base}/v1/evaluate`, 'POST', JSON.stringify(ex.evaluate.request), JSON_HEADERS);
    expect(JSON.parse(r1.body)).toEqual(ex.evaluate.response);
    const r2 = await send(`${base}/v1/evaluate`, 'POST', JSON.stringify(ex.evaluateSummary.request), JSON_HEADERS);
    expect(JSON.parse(r2.body)).toEqual(ex.evaluateSummary.response);
    const r3 = await send(`${base}/v1/evaluate`, 'POST', JSON.stringify(ex.invalidCase.request), {
      ...JSON_HEADERS,
      'accept-language': 'en',
    });
    expect({ ...problemOf(r3), requestId: 'example-request-id' }).toEqual(ex.invalidCase.response);
    const r4 = await send(`${base}/v1/validate`, 'POST', JSON.stringify(ex.validate.request), JSON_HEADERS);
    expect(JSON.parse(r4.body)).toEqual(ex.validate.response);
    const q = new URLSearchParams(ex.batch.query);
    const r5 = await send(`${base}/v1/batch?${q}`, 'POST', ex.batch.request, NDJSON_HEADERS);
    expect(r5.body).toBe(ex.batch.response);
    const r6 = await send(
      `${base}/v1/batch?${new URLSearchParams(ex.batchTimeline.query)}`,
      'POST',
      ex.batchTimeline.request,
      NDJSON_HEADERS,
    );
    expect(r6.body).toBe(ex.batchTimeline.response);
    const r7 = await send(`${base}/v1/worklist?${new URLSearchParams(ex.worklist.query)}`, 'POST', ex.worklist.request, NDJSON_HEADERS);
    expect(JSON.parse(r7.body)).toEqual(ex.worklist.response);
  });

  it('the CaseTimeline component is the library CaseTimelineSchema, not a copy', () => {
    const doc = openApiDocument();
    const timeline = (doc.components as { schemas: Record<string, { required?: string[] }> }).schemas.CaseTimeline;
    expect(timeline?.required).toEqual(caseTimelineJsonSchema().required);
  });
});

describe('faults', () => {
  it('malformed JSON: 400 invalid_json with where it broke', async () => {
    const p = problemOf(
      await send(`${base}/v1/evaluate`, 'POST', '{"case": {"firstSickDay": }', { ...JSON_HEADERS, 'accept-language': 'en' }),
    );
    expect(p).toMatchObject({ status: 400, code: 'invalid_json', title: 'Not valid JSON' });
    expect(p.detail).toMatch(/^not valid JSON/);
    const cut = problemOf(await send(`${base}/v1/evaluate`, 'POST', '{"case": {', JSON_HEADERS));
    expect(cut).toMatchObject({
      title: 'Geen geldige JSON',
      detail: 'geen geldige JSON: de invoer houdt halverwege op (regel 1, kolom 11)',
    });
    expect(problemOf(await send(`${base}/v1/validate`, 'POST', '', JSON_HEADERS))).toMatchObject({ status: 400, code: 'invalid_json' });
    expect(problemOf(await send(`${base}/v1/evaluate`, 'POST', '[1,2]', JSON_HEADERS))).toMatchObject({
      status: 400,
      code: 'invalid_request',
    });
  });

  it('a wrong content type: 415, for single calls and for batch', async () => {
    expect(
      problemOf(await send(`${base}/v1/evaluate`, 'POST', JSON.stringify({ case: CASE }), { 'content-type': 'text/plain' })),
    ).toMatchObject({
      status: 415,
      code: 'unsupported_media_type',
    });
    expect(problemOf(await send(`${base}/v1/evaluate`, 'POST', 'x', { 'content-type': 'application/x-ndjson' })).status).toBe(415);
    const b = problemOf(await send(`${base}/v1/batch`, 'POST', JSON.stringify(CASE), JSON_HEADERS));
    expect(b).toMatchObject({ status: 415, code: 'unsupported_media_type' });
    expect(b.detail).toContain('application/x-ndjson');
    expect(problemOf(await send(`${base}/v1/worklist`, 'POST', JSON.stringify(CASE), JSON_HEADERS)).status).toBe(415);
  });

  it('a huge body: 413 for a single call (the limit is 64 kB here); the server goes on', async () => {
    const huge = JSON.stringify({ case: { firstSickDay: '2025-01-06', events: [] }, pad: 'x'.repeat(2 * 1024 * 1024) });
    const p = problemOf(await send(`${base}/v1/evaluate`, 'POST', huge, JSON_HEADERS));
    expect(p).toMatchObject({ status: 413, code: 'body_too_large' });
    expect((await send(`${base}/healthz`, 'GET')).status).toBe(200);
  });

  it('a batch body far beyond the single-call limit streams through (no buffering)', async () => {
    const line = `${JSON.stringify(CASE)}\n`;
    const body = line.repeat(3000); // ≈ 240 kB > 64 kB body limit
    const r = await send(`${base}/v1/batch?asOf=2025-03-10&fields=status`, 'POST', body, NDJSON_HEADERS);
    const out = ndjson(r.body);
    expect(out).toHaveLength(3000);
    expect(out.every((l, i) => l.ok === true && l.line === i + 1)).toBe(true);
  });

  it('a client that disconnects mid-batch: the server keeps serving', async () => {
    const line = `${JSON.stringify(CASE)}\n`;
    const firstAnswer = await new Promise<string>((resolve, reject) => {
      const req = request(`${base}/v1/batch?asOf=2025-03-10`, { method: 'POST', headers: NDJSON_HEADERS }, (res) => {
        res.once('data', (chunk: Buffer) => {
          req.destroy(); // hang up with the body half sent and the answer half read
          resolve(chunk.toString('utf8'));
        });
        res.on('error', () => {});
      });
      req.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code !== 'ECONNRESET' && e.message !== 'socket hang up') reject(e);
      });
      req.write(line.repeat(200)); // and never end
    });
    expect(firstAnswer.startsWith('{"ok":true,"line":1,')).toBe(true);
    expect((await send(`${base}/healthz`, 'GET')).status).toBe(200);
    const after = await send(`${base}/v1/batch?asOf=2025-03-10&fields=status`, 'POST', line.repeat(10), NDJSON_HEADERS);
    expect(ndjson(after.body)).toHaveLength(10);
  });
});
