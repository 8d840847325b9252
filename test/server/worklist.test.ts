// POST /v1/worklist at scale (issue 24) and at shutdown (issue 20): the same options as the CLI
// (format=ndjson, counts, limit, actor, kind), the answer streamed; with ServerOptions.interrupt
// aborted while the body is still arriving, the answer covers the lines read and ends with one
// whole `interrupted` element. A real server on 127.0.0.1 port 0, small inputs, 20 s per request.
import { request } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { worklist } from '../../src/index.js';
import { createServer } from '../../src/server/app.js';
import { ndjson, problemOf, send } from './helpers.js';

const NDJSON_HEADERS = { 'content-type': 'application/x-ndjson' };
const AS_OF = '2025-06-02';
const CASES = Array.from({ length: 60 }, (_, i) => ({
  id: `E-${String(i).padStart(3, '0')}`,
  firstSickDay: `2025-0${1 + (i % 5)}-${String(1 + (i % 27)).padStart(2, '0')}`,
}));
const BODY = `${CASES.map((c) => JSON.stringify(c)).join('\n')}\n`;
const expected = worklist(CASES, { asOf: AS_OF, withinDays: 14 }).items;
const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

let app: FastifyInstance;
let base = '';
const interrupt = new AbortController();

beforeAll(async () => {
  app = createServer({ today: () => AS_OF, interrupt: interrupt.signal });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await app?.close();
});

describe('POST /v1/worklist: the options of the CLI', () => {
  it('format=ndjson: one item per line, in order, as the library', async () => {
    const r = await send(`${base}/v1/worklist?format=ndjson`, 'POST', BODY, NDJSON_HEADERS);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    expect(r.headers['cache-control']).toBe('no-store');
    expect(expected.length).toBeGreaterThan(20);
    expect(ndjson(r.body)).toEqual(plain(expected));
  });

  it('limit, counts, actor and kind', async () => {
    const top = JSON.parse((await send(`${base}/v1/worklist?limit=5`, 'POST', BODY, NDJSON_HEADERS)).body);
    expect(top.items).toEqual(plain(expected.slice(0, 5)));
    expect(top.counts).toEqual({ cases: 60, invalid: 0, items: 5, found: expected.length });
    const counts = JSON.parse((await send(`${base}/v1/worklist?counts=true`, 'POST', BODY, NDJSON_HEADERS)).body);
    expect(counts.items).toBeUndefined();
    expect(Object.values(counts.byActor as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(expected.length);
    const only = JSON.parse((await send(`${base}/v1/worklist?actor=werkgever&kind=legal`, 'POST', BODY, NDJSON_HEADERS)).body);
    expect(only.items).toEqual(plain(expected.filter((i) => i.actor === 'werkgever' && i.kind === 'legal')));
    const bad = problemOf(await send(`${base}/v1/worklist?limit=0&kind=info&format=csv&counts=yes`, 'POST', BODY, NDJSON_HEADERS));
    expect(bad.status).toBe(400);
    expect((bad.issues as { path: string[] }[]).map((i) => i.path[0]).sort()).toEqual(['counts', 'format', 'kind', 'limit']);
  });
});

describe('POST /v1/worklist at a forced shutdown', () => {
  it('stops reading, answers the lines read and ends with interrupted and afterLine', async () => {
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${base}/v1/worklist?format=ndjson`, { method: 'POST', headers: NDJSON_HEADERS, timeout: 20_000 }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        res.on('error', reject);
      });
      req.on('error', (e) => (e.message.includes('EPIPE') || e.message.includes('ECONNRESET') ? undefined : reject(e)));
      req.on('timeout', () => req.destroy(new Error('timeout')));
      // 10 lines, then nothing more: the body never ends; the server is made to stop.
      req.write(
        CASES.slice(0, 10)
          .map((c) => `${JSON.stringify(c)}\n`)
          .join(''),
      );
      setTimeout(() => interrupt.abort(), 300);
    });
    expect(answer.status).toBe(200);
    const out = ndjson(answer.body);
    const last = out.at(-1) as Record<string, unknown>;
    expect(last).toMatchObject({ ok: false, interrupted: true, afterLine: 10 });
    expect((last.message as { en: string }).en).toMatch(/from line 11/);
    expect(out.slice(0, -1)).toEqual(plain(worklist(CASES.slice(0, 10), { asOf: AS_OF, withinDays: 14 }).items));
  });

  it('json: the document ends with interrupted, afterLine and message', async () => {
    // The signal is aborted now: a new request is answered at once, covering no line.
    const r = await send(`${base}/v1/worklist`, 'POST', BODY, NDJSON_HEADERS);
    const doc = JSON.parse(r.body);
    expect(Object.keys(doc).slice(-3)).toEqual(['interrupted', 'afterLine', 'message']);
    expect(doc.interrupted).toBe(true);
    expect(doc.counts.items).toBe(doc.items.length);
    expect(doc.afterLine).toBe(doc.counts.cases);
  });
});
