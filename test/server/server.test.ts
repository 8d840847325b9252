// The web service, in process: a real server on a free loopback port (127.0.0.1, port 0), every
// endpoint, the OpenAPI examples against the schemas and against the server's own answers, and the
// faults (malformed JSON, wrong content type, huge body, a client that disconnects mid-batch).
// Bounded: small inputs, a 20 s timeout per request; the server is always closed.
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { PassThrough, Readable } from 'node:stream';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compactTimelineJson } from '../../src/batch/line.js';
import { BatchLineSchema, batchLineJsonSchema, CaseTimelineSchema, caseTimelineJsonSchema } from '../../src/case/timeline-schema.js';
import { runCli } from '../../src/cli/run.js';
import { pageDir } from '../../src/common/page-files.js';
import { type CaseInput, caseInputJsonSchema, evaluateCase, ruleEntries, worklist } from '../../src/index.js';
import { SOURCES } from '../../src/law/sources.js';
import { createServer } from '../../src/server/app.js';
import { answerBatchLine } from '../../src/server/ndjson.js';
import { openApiDocument, openApiExamples } from '../../src/server/openapi.js';
import {
  BatchAnswerLineSchema,
  CompactTimelineSchema,
  caseTimelineSchema,
  EvaluateRequestSchema,
  ProblemSchema,
  RulesSchema,
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
  app = createServer({ maxEvents: 50, bodyLimit: 64 * 1024, lineLimit: 32 * 1024, today: () => '2025-03-10' });
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

  it('POST /v1/evaluate: the lean timeline; compact (0.2) answers the same; explain (body or query) adds the derivations', async () => {
    const full = await send(`${base}/v1/evaluate`, 'POST', JSON.stringify({ case: CASE, asOf: '2025-03-10' }), JSON_HEADERS);
    expect(full.body).toBe(JSON.stringify(evaluateCase(CASE, { asOf: '2025-03-10' })));
    expect(full.body).not.toContain('"derivation"');
    const compact = await send(
      `${base}/v1/evaluate`,
      'POST',
      JSON.stringify({ case: CASE, asOf: '2025-03-10', compact: true }),
      JSON_HEADERS,
    );
    expect(compact.body).toBe(compactTimelineJson(evaluateCase(CASE, { asOf: '2025-03-10' })));
    expect(compact.body).toBe(full.body);
    expect(CompactTimelineSchema.safeParse(JSON.parse(compact.body)).success).toBe(true);
    const viaQuery = await send(`${base}/v1/evaluate?compact=true&asOf=2025-03-10`, 'POST', JSON.stringify({ case: CASE }), JSON_HEADERS);
    expect(viaQuery.body).toBe(compact.body);
    const bad = problemOf(await send(`${base}/v1/evaluate?compact=yes`, 'POST', JSON.stringify({ case: CASE }), JSON_HEADERS));
    expect(bad.issues).toEqual([expect.objectContaining({ path: ['compact'], code: 'invalid_type' })]);
    const explained = await send(
      `${base}/v1/evaluate`,
      'POST',
      JSON.stringify({ case: CASE, asOf: '2025-03-10', explain: true }),
      JSON_HEADERS,
    );
    expect(explained.body).toBe(JSON.stringify(evaluateCase(CASE, { asOf: '2025-03-10', explain: true })));
    expect(CaseTimelineSchema.safeParse(JSON.parse(explained.body)).success).toBe(true);
    const explainedViaQuery = await send(
      `${base}/v1/evaluate?explain=true&asOf=2025-03-10`,
      'POST',
      JSON.stringify({ case: CASE }),
      JSON_HEADERS,
    );
    expect(explainedViaQuery.body).toBe(explained.body);
    const badExplain = problemOf(await send(`${base}/v1/evaluate?explain=yes`, 'POST', JSON.stringify({ case: CASE }), JSON_HEADERS));
    expect(badExplain.issues).toEqual([expect.objectContaining({ path: ['explain'], code: 'invalid_type' })]);
  });

  it('POST /v1/evaluate: a null in the body gives way to the query parameter, and is dropped without one', async () => {
    const post = (query: string, body: object) => send(`${base}/v1/evaluate${query}`, 'POST', JSON.stringify(body), JSON_HEADERS);
    const onDay = (asOf: string, explain = false) => JSON.stringify(evaluateCase(CASE, { asOf, explain }));
    expect((await post('?asOf=2025-04-01', { case: CASE, asOf: null })).body).toBe(onDay('2025-04-01'));
    expect((await post('', { case: CASE, asOf: null })).body).toBe(onDay('2025-03-10')); // today() of this server
    expect((await post('?explain=true', { explain: null, case: CASE, asOf: '2025-04-01' })).body).toBe(onDay('2025-04-01', true));
    expect((await post('?asOf=2025-05-01', { case: CASE, asOf: '2025-04-01' })).body).toBe(onDay('2025-04-01')); // the body wins
    // The issues name the body's fields in its order, then the query's.
    const bad = problemOf(await post('?fields=nope&asOf=2025-13-01', { extra: 1, case: CASE, compact: null }));
    expect((bad.issues as { path: string[] }[]).map((i) => i.path.join('.'))).toEqual(['asOf', 'fields', 'extra']);
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

  it('POST /v1/batch: fields, a line too long (the line limit, 32 kB here, not the body limit), the events cap; bad query parameters are a 400 problem', async () => {
    const long = JSON.stringify({
      firstSickDay: '2025-01-06',
      events: [{ type: 'deskundigenoordeel', date: '2025-02-01', note: 'x'.repeat(40_000) }],
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
      issues: [{ code: 'too_big', path: [], params: { origin: 'string', maximum: 32768 } }],
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
    const parsed = WorklistResponseSchema.parse(JSON.parse(r.body));
    const answer = { ...parsed, items: parsed.items ?? [] };
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
      ['within', 'too_small'],
      ['includeWindows', 'invalid_value'],
    ]);
  });

  it('POST /v1/worklist: a negative or fractional within is named as a number, not as text (issue 21)', async () => {
    const issueOf = async (within: string) =>
      (
        problemOf(await send(`${base}/v1/worklist?asOf=2025-03-10&within=${within}`, 'POST', '{}\n', { ...NDJSON_HEADERS })).issues as {
          code: string;
          message: { nl: string; en: string };
        }[]
      )[0];
    const negative = await issueOf('-3');
    expect(negative?.code).toBe('too_small');
    expect(negative?.message.en).toBe('within: -3 is too small (at least 0)');
    expect(negative?.message.nl).not.toMatch(/tekst/);
    const fraction = await issueOf('1.5');
    expect(fraction?.message.en).toBe("within: expected whole number, received number '1.5'");
    expect((await issueOf('abc'))?.message.en).toBe("within: expected whole number, received text 'abc'");
    expect((await issueOf('99999'))?.code).toBe('too_big');
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

  it('GET /v1/rules: per milestone id its titles, kind, actor, consequence and legal basis (what a timeline leaves out)', async () => {
    const rules = JSON.parse((await send(`${base}/v1/rules`, 'GET')).body);
    expect(RulesSchema.safeParse(rules).success).toBe(true);
    expect(rules).toEqual(JSON.parse(JSON.stringify({ milestones: ruleEntries() })));
    const pa = rules.milestones.find((r: { id: string }) => r.id === 'probleemanalyse');
    expect(pa).toMatchObject({ title: { nl: 'Probleemanalyse' }, kind: 'legal', actor: 'bedrijfsarts', consequence: 'loonsanctie' });
    expect(pa.legalBasis).toEqual(pa.sources.map((key: keyof typeof SOURCES) => SOURCES[key]));
    // Every milestone of a timeline is found by its id.
    const ids = new Set(rules.milestones.map((r: { id: string }) => r.id));
    for (const m of evaluateCase(CASE, { asOf: '2025-03-10' }).milestones) expect(ids.has(m.id), m.id).toBe(true);
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
        '/v1/rules',
        '/healthz',
        '/readyz',
      ]),
    );
    // POST /v1/evaluate publishes the query parameters it reads, and reads each one it publishes:
    // every published one with its example value is a 200, any other a 422 naming it.
    const params = doc.paths['/v1/evaluate'].post.parameters as { name: string; schema: { enum?: string[] } }[];
    expect(params.map((p) => p.name)).toEqual(['asOf', 'fields', 'compact', 'explain']);
    const values: Record<string, string> = { asOf: '2025-03-10', fields: 'summary', compact: 'true', explain: 'false' };
    for (const p of params) {
      if (p.schema.enum !== undefined) expect(p.schema.enum).toContain(values[p.name]);
      const ok = await send(`${base}/v1/evaluate?${p.name}=${values[p.name]}`, 'POST', JSON.stringify({ case: CASE }), JSON_HEADERS);
      expect(ok.status, p.name).toBe(200);
    }
    const other = problemOf(await send(`${base}/v1/evaluate?within=14`, 'POST', JSON.stringify({ case: CASE }), JSON_HEADERS));
    expect(other.issues).toEqual([expect.objectContaining({ path: ['within'], code: 'unknown_field' })]);
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

  it('the curl example of /docs names the port the server really listens on (issue 21)', async () => {
    expect(base).not.toMatch(/:8080$/);
    const page = (await send(`${base}/docs`, 'GET')).body;
    expect(page).toContain(`curl -s -X POST ${base}/v1/evaluate`);
    expect(page).not.toContain(':8080/v1/evaluate');
    // A Host header that is not a plain host[:port] is never echoed: the listening address instead.
    const port = new URL(base).port;
    const odd = await app.inject({ method: 'GET', url: '/docs', headers: { host: 'x"><b>y</b>' } });
    expect(odd.body).toContain(`curl -s -X POST http://127.0.0.1:${port}/v1/evaluate`);
    expect(odd.body).not.toContain('<b>y</b>');
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

describe('a forced shutdown (issue: a batch cut mid-line after a 200)', () => {
  it('interrupt: the batch stops reading, answers what it read and ends with one whole interrupted line saying after which line', async () => {
    const interrupt = new AbortController();
    const own = createServer({ interrupt: interrupt.signal, today: () => '2025-03-10' });
    const url = await own.listen({ port: 0, host: '127.0.0.1' });
    const line = `${JSON.stringify(CASE)}\n`;
    try {
      const body = await new Promise<string>((resolve, reject) => {
        let writer: NodeJS.Timeout | undefined;
        const req = request(`${url}/v1/batch?fields=status`, { method: 'POST', headers: NDJSON_HEADERS, timeout: 20_000 }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c.toString('utf8');
            interrupt.abort(); // the first answers are here, the client is still sending
          });
          res.on('end', () => {
            clearInterval(writer);
            resolve(text);
          });
          res.on('error', reject);
        });
        req.on('error', () => {}); // the server may close while the client still writes
        req.on('timeout', () => req.destroy(new Error('batch timed out')));
        // The client keeps sending, 20 lines every 10 ms, for at most 5 s (then it ends its body).
        let sent = 0;
        writer = setInterval(() => {
          if (sent >= 500) {
            clearInterval(writer);
            req.end();
          } else {
            req.write(line.repeat(20));
            sent++;
          }
        }, 10);
      });
      const out = ndjson(body); // every line whole
      const last = out.at(-1) as Record<string, unknown>;
      expect(last).toMatchObject({ ok: false, interrupted: true, afterLine: out.length - 1 });
      expect((last.message as { en: string }).en).toContain(`send them again, from line ${out.length}`);
      expect(BatchAnswerLineSchema.safeParse(last).success).toBe(true); // the OpenAPI line schema knows it
      expect(out.length - 1).toBeLessThan(10_000); // it stopped reading long before the client was done
      expect(out.slice(0, -1).every((l, i) => l.ok === true && l.line === i + 1)).toBe(true);
      // and the server closes, its connections too, without waiting for the client's body to end
      const started = Date.now();
      await own.close();
      expect(Date.now() - started).toBeLessThan(4000);
    } finally {
      interrupt.abort();
      await own.close();
    }
  });

  it('interrupt while the client sends nothing: the interrupted line comes at once (afterLine: the last line answered)', async () => {
    const interrupt = new AbortController();
    const own = createServer({ interrupt: interrupt.signal, today: () => '2025-03-10' });
    const url = await own.listen({ port: 0, host: '127.0.0.1' });
    try {
      const body = await new Promise<string>((resolve, reject) => {
        const req = request(`${url}/v1/batch?fields=status`, { method: 'POST', headers: NDJSON_HEADERS, timeout: 20_000 }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c.toString('utf8');
            if (text.includes('"line":3')) setTimeout(() => interrupt.abort(), 50);
          });
          res.on('end', () => resolve(text));
          res.on('error', reject);
        });
        req.on('error', () => {});
        req.on('timeout', () => req.destroy(new Error('batch timed out')));
        req.write(`${JSON.stringify(CASE)}\n`.repeat(3)); // and then silence, never ended
      });
      expect(ndjson(body)).toEqual([
        { ok: true, line: 1, status: 'sick' },
        { ok: true, line: 2, status: 'sick' },
        { ok: true, line: 3, status: 'sick' },
        expect.objectContaining({ ok: false, interrupted: true, afterLine: 3 }),
      ]);
    } finally {
      await own.close();
    }
  });
});

/** Raw bytes to the server over one TCP connection; resolves with all it answers until it closes (at most 10 s). */
function raw(url: string, bytes: string): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let text = '';
    socket.setTimeout(10_000, () => socket.destroy(new Error('raw: timeout')));
    socket.on('data', (b: Buffer) => {
      text += b.toString('latin1');
    });
    socket.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' ? resolve(text) : reject(e)));
    socket.on('close', () => resolve(text));
    socket.write(bytes);
  });
}

/** The status, headers (lower case) and body of a raw HTTP/1.1 answer. */
function parseRaw(text: string): { status: number; headers: Record<string, string>; body: string } {
  const [head = '', body = ''] = text.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

describe('the edges of HTTP', () => {
  it('every answer: nosniff, a CSP, no-store (health data: /v1/evaluate too); /docs a CSP that allows its own style only', async () => {
    const answers = [
      await send(`${base}/v1/evaluate`, 'POST', JSON.stringify({ case: CASE }), JSON_HEADERS),
      await send(`${base}/v1/validate`, 'POST', JSON.stringify(CASE), JSON_HEADERS),
      await send(`${base}/v1/batch`, 'POST', `${JSON.stringify(CASE)}\n`, NDJSON_HEADERS),
      await send(`${base}/v1/evaluate`, 'POST', '{', JSON_HEADERS),
      await send(`${base}/nowhere`, 'GET'),
      await send(`${base}/healthz`, 'GET'),
    ];
    for (const r of answers) {
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['cache-control']).toBe('no-store');
      expect(r.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    }
    const docs = await send(`${base}/docs`, 'GET');
    expect(docs.headers['x-content-type-options']).toBe('nosniff');
    const csp = String(docs.headers['content-security-policy']);
    expect(csp).toMatch(
      /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'$/,
    );
    const style = /<style>([\s\S]*?)<\/style>/.exec(docs.body)?.[1] ?? '';
    expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
  });

  it('Node-level errors are problems with an x-request-id: a bad request line, conflicting content-length, 431', async () => {
    const badLine = parseRaw(await raw(base, 'GET /healthz HTTP/1.1 extra\r\nHost: x\r\n\r\n'));
    const conflicting = parseRaw(
      await raw(
        base,
        'POST /v1/evaluate HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 2\r\ncontent-length: 3\r\n\r\n{}',
      ),
    );
    const huge = parseRaw(
      await raw(base, `GET /healthz HTTP/1.1\r\nHost: x\r\naccept-language: en\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`),
    );
    for (const [r, status, code] of [
      [badLine, 400, 'invalid_request'],
      [conflicting, 400, 'invalid_request'],
      [huge, 431, 'headers_too_large'],
    ] as const) {
      expect(r.status).toBe(status);
      expect(r.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      const p = JSON.parse(r.body) as Record<string, unknown>;
      expect(p).toMatchObject({ status, code, type: `/docs#problem-${code}` });
      expect(p.requestId).toBe(r.headers['x-request-id']);
      expect(r.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(JSON.parse(huge.body).title).toBe('Request headers too large'); // Accept-Language read from the raw request
    expect((await send(`${base}/healthz`, 'GET')).status).toBe(200);
  });

  it('a wrong method is 405 with Allow; an unknown path stays 404', async () => {
    const r = await send(`${base}/v1/evaluate`, 'GET', undefined, { 'accept-language': 'en' });
    const p = problemOf(r);
    expect(p).toMatchObject({ status: 405, code: 'method_not_allowed' });
    expect(r.headers.allow).toBe('POST');
    const d = await send(`${base}/docs`, 'DELETE');
    expect([d.status, d.headers.allow]).toEqual([405, 'GET, HEAD']);
    expect(problemOf(await send(`${base}/v1/nothing`, 'GET'))).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('a charset other than UTF-8 is 415, for single calls and for batch; utf-8 in any spelling is fine', async () => {
    for (const [path, type] of [
      ['/v1/evaluate', 'application/json; charset=utf-16'],
      ['/v1/evaluate', 'application/json;charset="ISO-8859-1"'],
      ['/v1/batch', 'application/x-ndjson; charset=utf-16le'],
    ] as const) {
      const body = path === '/v1/batch' ? `${JSON.stringify(CASE)}\n` : JSON.stringify({ case: CASE });
      expect(problemOf(await send(`${base}${path}`, 'POST', body, { 'content-type': type }))).toMatchObject({
        status: 415,
        code: 'unsupported_media_type',
      });
    }
    const ok = await send(`${base}/v1/evaluate`, 'POST', JSON.stringify({ case: CASE }), {
      'content-type': 'application/json; charset=UTF-8',
    });
    expect(ok.status).toBe(200);
  });

  it('/readyz answers 503 once the shutdown signal aborts, while the rest is still served', async () => {
    const shutdown = new AbortController();
    const own = createServer({ shutdown: shutdown.signal, today: () => '2025-03-10' });
    const url = await own.listen({ port: 0, host: '127.0.0.1' });
    try {
      expect((await send(`${url}/readyz`, 'GET')).status).toBe(200);
      shutdown.abort();
      const r = await send(`${url}/readyz`, 'GET');
      expect([r.status, JSON.parse(r.body)]).toEqual([503, { status: 'shutting-down' }]);
      expect((await send(`${url}/healthz`, 'GET')).status).toBe(200);
      expect((await send(`${url}/v1/evaluate`, 'POST', JSON.stringify({ case: CASE }), JSON_HEADERS)).status).toBe(200);
    } finally {
      await own.close();
    }
  });
});

describe('slow clients (issue: 19 990 trickling connections locked everyone out)', () => {
  it('a single call trickled byte by byte gets a 408 problem at the body timeout and its connection closed; a batch keeps streaming', async () => {
    const own = createServer({ bodyTimeout: 1000, today: () => '2025-03-10' });
    const url = await own.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = new URL(url);
      const started = Date.now();
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1');
        let text = '';
        socket.on('data', (b: Buffer) => {
          text += b.toString('utf8');
        });
        socket.on('error', reject);
        socket.on('close', () => {
          clearInterval(drip);
          resolve(text);
        });
        socket.write('POST /v1/evaluate HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{');
        const drip = setInterval(() => socket.writable && socket.write(' '), 200); // 5 bytes a second
        setTimeout(() => socket.destroy(new Error('not closed within 8 s')), 8000);
      });
      const elapsed = Date.now() - started;
      const r = parseRaw(answer);
      expect(r.status).toBe(408);
      expect(JSON.parse(r.body)).toMatchObject({ status: 408, code: 'request_timeout', requestId: r.headers['x-request-id'] });
      expect(elapsed).toBeGreaterThanOrEqual(900);
      expect(elapsed).toBeLessThan(5000);

      // Headers trickled: closed by Node's headers timeout (the body timeout too), checked each second.
      const headersStarted = Date.now();
      const headers = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1');
        let text = '';
        socket.on('data', (b: Buffer) => {
          text += b.toString('utf8');
        });
        socket.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' ? resolve(text) : reject(e)));
        socket.on('close', () => {
          clearInterval(drip);
          resolve(text);
        });
        socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n');
        const drip = setInterval(() => socket.writable && socket.write('x-a: b\r\n'), 200);
        setTimeout(() => socket.destroy(new Error('not closed within 8 s')), 8000);
      });
      expect(Date.now() - headersStarted).toBeLessThan(5000);
      expect(parseRaw(headers).status).toBe(408);

      // A batch whose body takes longer than the body timeout is not cut.
      const body = await new Promise<string>((resolve, reject) => {
        const req = request(`${url}/v1/batch?fields=status`, { method: 'POST', headers: NDJSON_HEADERS }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c.toString('utf8');
          });
          res.on('end', () => resolve(text));
          res.on('error', reject);
        });
        req.on('error', reject);
        let n = 0;
        const t = setInterval(() => {
          req.write(`${JSON.stringify(CASE)}\n`);
          if (++n === 8) {
            clearInterval(t);
            req.end();
          }
        }, 250); // 2 s in all
      });
      expect(ndjson(body)).toHaveLength(8);
    } finally {
      await own.close();
    }
  });

  it('connections beyond maxConnections are closed at once; the server serves again when they go', async () => {
    const own = createServer({ maxConnections: 20, today: () => '2025-03-10' });
    const url = await own.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(url);
    const sockets: Socket[] = [];
    try {
      const closed = await Promise.all(
        Array.from(
          { length: 30 },
          () =>
            new Promise<boolean>((resolve) => {
              const s = connect(Number(port), '127.0.0.1');
              sockets.push(s);
              s.on('error', () => {});
              s.on('connect', () =>
                s.write('POST /v1/evaluate HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{'),
              );
              s.on('close', () => resolve(true));
              setTimeout(() => resolve(false), 1500);
            }),
        ),
      );
      expect(closed.filter(Boolean)).toHaveLength(10);
      for (const s of sockets) s.destroy();
      await new Promise((r) => setTimeout(r, 200));
      expect((await send(`${url}/healthz`, 'GET')).status).toBe(200);
    } finally {
      for (const s of sockets) s.destroy();
      await own.close();
    }
  });
});
