// npm run bench:server — the web service (`poortwachter serve`), loopback only, every run bounded.
//
// Starts the built CLI (`node dist/cli.js serve --port 0`) as a child process, so the load
// generator (autocannon, in this process) and the server each have their own event loop, and
// measures, side by side on the same server:
//   1. GET /healthz                                  requests/s, p50 and p99 latency
//   2. POST /v1/evaluate, the typical case (bench/lib/cases.mjs), whole timeline    ″
//   3. POST /v1/evaluate, the typical case, compact: true (the timeline of a batch line)  ″
//      and fields=summary                                                            ″
//   4. POST /v1/batch with N generated cases (default 20 000; bench/lib/cases.mjs randomCase,
//      seed 1), whole timelines and fields=summary: cases/s from the first byte sent to the last
//      byte received (median of --repeat runs)
// autocannon: --connections (default 10) connections, --duration (default 5) s per run and at most
// 1 000 000 requests, after a 1 s warm-up; the request scenarios interleaved over --rounds (default 3)
// rounds, medians reported, ratios to /healthz taken within a round. Build first (npm run bench:server does).
//   node bench/server.mjs [--duration 5] [--rounds 3] [--connections 10] [--cases 20000] [--repeat 3] [--json out.json]
//                         [--cpu-prof DIR]   (the server writes a V8 CPU profile into DIR when it stops)
//                         [--only healthz,evaluate,compact,summary,batch]   (a subset of the runs)
import { existsSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { day, iso, randomCase, rng, typicalCase } from './lib/cases.mjs';
import { cpuMicros, startServer as start } from './lib/serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const duration = Number(arg('duration', '5'));
const connections = Number(arg('connections', '10'));
const cases = Number(arg('cases', '20000'));
const repeat = Number(arg('repeat', '3'));
const rounds = Number(arg('rounds', '3'));
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first (npm run bench:server does).');
  process.exit(2);
}

const profileDir = arg('cpu-prof', undefined);
const only = new Set(arg('only', 'healthz,evaluate,compact,summary,batch').split(','));

const startServer = () => start(cli, profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);

function cannon(opts) {
  return new Promise((resolve, reject) => {
    autocannon({ connections, maxOverallRequests: 1_000_000, ...opts }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/**
 * The server's CPU time so far in µs (user + system, from /proc/<pid>/stat; clock ticks of 10 ms on
 * Linux), or NaN where there is no /proc. With autocannon on the same 2 cores, the requests per
 * second also measure the load generator (the server sits idle while autocannon parses long
 * answers); the server's CPU time per answer is what one answer costs the service itself.
 */
const serverCpuMicros = cpuMicros;

/** One measured run of `opts` (after a 1 s warm-up on the first round). */
async function loadOnce(opts, warm) {
  if (warm) await cannon({ ...opts, duration: 1 }); // warm-up (JIT, connection pools)
  const cpu0 = serverCpuMicros(child.pid);
  const r = await cannon({ ...opts, duration });
  const cpu = serverCpuMicros(child.pid) - cpu0;
  return {
    serverCpuMicrosPerAnswer: cpu / Math.max(1, r.requests.total),
    requestsPerSecond: Math.round(r.requests.average),
    p50ms: r.latency.p50,
    p99ms: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    bytesPerRequest: Math.round(r.throughput.total / Math.max(1, r.requests.total)),
  };
}

/**
 * Every scenario, interleaved over `rounds` rounds (healthz, evaluate, …, healthz, evaluate, …), so
 * that a change in the machine's load hits all of them alike; each row is the median over its rounds
 * and each ratio is taken within a round, then the median of those ratios.
 */
async function loadInterleaved(scenarios) {
  const runs = scenarios.map(() => []);
  for (let k = 0; k < rounds; k++) {
    for (const [i, [, opts]] of scenarios.entries()) runs[i].push(await loadOnce(opts, k === 0));
  }
  return scenarios.map(([name], i) => {
    const xs = runs[i];
    const row = {
      name,
      requestsPerSecond: median(xs.map((x) => x.requestsPerSecond)),
      p50ms: median(xs.map((x) => x.p50ms)),
      p99ms: median(xs.map((x) => x.p99ms)),
      p99msWorst: Math.max(...xs.map((x) => x.p99ms)),
      requests: xs.reduce((t, x) => t + x.requests, 0),
      non2xx: xs.reduce((t, x) => t + x.non2xx, 0),
      errors: xs.reduce((t, x) => t + x.errors, 0),
      bytesPerRequest: xs[0].bytesPerRequest,
      serverCpuMicrosPerAnswer: +median(xs.map((x) => x.serverCpuMicrosPerAnswer)).toFixed(1),
      perRound: xs.map((x) => x.requestsPerSecond),
      ofHealthz:
        scenarios[0][0] === 'GET /healthz'
          ? +median(xs.map((x, k) => x.requestsPerSecond / runs[0][k].requestsPerSecond)).toFixed(3)
          : Number.NaN,
      // The same ratio by the server's own CPU time per answer (healthz ÷ this), within each round.
      cpuOfHealthz:
        scenarios[0][0] === 'GET /healthz'
          ? +median(xs.map((x, k) => runs[0][k].serverCpuMicrosPerAnswer / x.serverCpuMicrosPerAnswer)).toFixed(3)
          : Number.NaN,
    };
    console.log(
      `${name.padEnd(34)} ${String(row.requestsPerSecond).padStart(7)} req/s   p50 ${String(row.p50ms).padStart(4)} ms   p99 ${String(row.p99ms).padStart(4)} ms (worst ${row.p99msWorst})   ${(100 * row.ofHealthz).toFixed(0).padStart(3)} % of /healthz   (rounds ${row.perRound.join(', ')}; ${row.non2xx} non-2xx, ${row.errors} errors, ${row.bytesPerRequest} B/answer)\n${''.padEnd(34)} server CPU ${row.serverCpuMicrosPerAnswer} µs per answer, ${(100 * row.cpuOfHealthz).toFixed(0)} % of /healthz's rate by server CPU`,
    );
    return row;
  });
}

/** POSTs the NDJSON body in 64 kB chunks (waiting for drain) and reads the answer to its end. */
function batch(url, body, query) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let lines = 0;
    let bytes = 0;
    const req = request(`${url}/v1/batch?${query}`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' } }, (res) => {
      res.on('data', (c) => {
        bytes += c.length;
        for (let i = c.indexOf(10); i !== -1; i = c.indexOf(10, i + 1)) lines++;
      });
      res.on('end', () => resolve({ ms: performance.now() - t0, lines, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
    const buf = Buffer.from(body);
    let at = 0;
    const pump = () => {
      while (at < buf.length) {
        const chunk = buf.subarray(at, at + 65_536);
        at += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

class Skip extends Error {}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const { child, url, exited } = await startServer();
const results = {
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  loadavgBefore: loadavg().map((x) => x.toFixed(2)),
  duration,
  connections,
  load: [],
  batch: [],
};
try {
  console.log(
    `server ${url}; autocannon ${connections} connections, ${duration} s per run; load average ${results.loadavgBefore.join(' ')}`,
  );
  const typical = typicalCase();
  const json = { 'content-type': 'application/json' };
  const post = (body) => ({ url: `${url}/v1/evaluate`, method: 'POST', headers: json, body: JSON.stringify(body) });
  const scenarios = [
    ['GET /healthz', { url: `${url}/healthz` }, 'healthz'],
    ['POST /v1/evaluate (timeline)', post({ case: typical.input, asOf: typical.asOf }), 'evaluate'],
    ['POST /v1/evaluate (compact)', post({ case: typical.input, asOf: typical.asOf, compact: true }), 'compact'],
    ['POST /v1/evaluate (fields=summary)', post({ case: typical.input, asOf: typical.asOf, fields: 'summary' }), 'summary'],
  ].filter(([, , key]) => only.has(key));
  if (scenarios.length > 0) results.load.push(...(await loadInterleaved(scenarios)));

  const asOf = day('2026-01-15');
  const r = rng(1);
  if (!only.has('batch')) throw new Skip();
  let body = '';
  for (let i = 0; i < cases; i++) body += `${JSON.stringify({ id: `E-${i + 1}`, ...randomCase(r, asOf, i + 1) })}\n`;
  console.log(`batch: ${cases} generated cases, ${(body.length / 1024 / 1024).toFixed(1)} MB of NDJSON`);
  for (const [mode, query] of [
    ['timeline', `asOf=${iso(asOf)}`],
    ['fields=summary', `asOf=${iso(asOf)}&fields=summary`],
  ]) {
    await batch(url, body.slice(0, body.indexOf('\n', 1_000_000) + 1), query); // warm-up
    const runs = [];
    for (let k = 0; k < repeat; k++) runs.push(await batch(url, body, query));
    if (runs.some((x) => x.lines !== cases))
      throw new Error(`batch ${mode}: ${runs.map((x) => x.lines).join(', ')} answer lines for ${cases} cases`);
    const ms = median(runs.map((x) => x.ms));
    const row = {
      mode,
      cases,
      medianMs: Math.round(ms),
      casesPerSecond: Math.round((cases * 1000) / ms),
      runsMs: runs.map((x) => Math.round(x.ms)),
      answerMB: +(runs[0].bytes / 1024 / 1024).toFixed(1),
    };
    results.batch.push(row);
    console.log(
      `POST /v1/batch (${mode.padEnd(14)}) ${String(row.casesPerSecond).padStart(7)} cases/s   median ${row.medianMs} ms of ${repeat} (${row.runsMs.join(', ')}), answer ${row.answerMB} MB`,
    );
  }
} catch (error) {
  if (!(error instanceof Skip)) throw error;
} finally {
  child.kill('SIGTERM');
  await exited; // the CPU profile is written on exit
}
results.loadavgAfter = loadavg().map((x) => x.toFixed(2));
const out = arg('json', undefined);
if (out) writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
