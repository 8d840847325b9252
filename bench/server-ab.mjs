// node bench/server-ab.mjs <cliA> <cliB> [rounds] [seconds] [body-extra-json] — two builds of the web
// service side by side (e.g. main's dist/cli.js in a checkout of main, and this tree's), interleaved.
//
// Starts both servers (`node <cli> serve --port 0`, loopback), warms each up for 1 s, then runs
// `rounds` rounds (default 6) of `seconds` s (default 3) each: per round and server, GET /healthz and
// POST /v1/evaluate with the typical case (bench/lib/cases.mjs; `body-extra-json` is merged into the
// request body, e.g. '{"fields":"summary"}'), autocannon with 10 connections. The order of A and B
// alternates between rounds, so a change of the machine's load hits both alike. Reports per server
// the median server CPU time per answer (user + system of the server process from /proc/<pid>/stat,
// divided by the answers), the per-round values, the median request rate, and the ratio to /healthz
// by CPU and by rate, taken within each round. Build both first. No test asserts a time.
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { typicalCase } from './lib/cases.mjs';
import { cpuMicros, startServer as start } from './lib/serve.mjs';

const [cliA, cliB, roundsArg = '6', secondsArg = '3', extra = '{}'] = process.argv.slice(2);
if (cliA === undefined || cliB === undefined) {
  console.error('usage: node bench/server-ab.mjs <cliA> <cliB> [rounds] [seconds] [body-extra-json]');
  process.exit(2);
}
const rounds = Number(roundsArg);
const seconds = Number(secondsArg);

const cannon = (opts) =>
  new Promise((resolve, reject) => {
    autocannon({ connections: 10, maxOverallRequests: 1_000_000, ...opts }, (error, r) => (error ? reject(error) : resolve(r)));
  });

const typical = typicalCase();
const body = JSON.stringify({ case: typical.input, asOf: typical.asOf, ...JSON.parse(extra) });
const servers = { A: await start(cliA), B: await start(cliB) };
const runs = { A: { evaluate: [], healthz: [] }, B: { evaluate: [], healthz: [] } };

async function once(k, what, duration) {
  const { child, url } = servers[k];
  const opts =
    what === 'evaluate'
      ? { url: `${url}/v1/evaluate`, method: 'POST', headers: { 'content-type': 'application/json' }, body }
      : { url: `${url}/healthz` };
  const c0 = cpuMicros(child.pid);
  const r = await cannon({ ...opts, duration });
  const cpu = cpuMicros(child.pid) - c0;
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${k} ${what}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return {
    micros: cpu / Math.max(1, r.requests.total),
    rate: r.requests.average,
    bytes: r.throughput.total / Math.max(1, r.requests.total),
  };
}

const load0 = loadavg();
try {
  for (const k of ['A', 'B']) {
    await once(k, 'evaluate', 1);
    await once(k, 'healthz', 1);
  }
  for (let i = 0; i < rounds; i++) {
    for (const k of i % 2 === 0 ? ['A', 'B'] : ['B', 'A']) {
      runs[k].healthz.push(await once(k, 'healthz', seconds));
      runs[k].evaluate.push(await once(k, 'evaluate', seconds));
    }
  }
} finally {
  for (const s of Object.values(servers)) s.child.kill();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load1 = loadavg();
console.log(
  `${rounds} rounds of ${seconds} s; load average before ${load0.map((x) => x.toFixed(2)).join(' ')}, after ${load1.map((x) => x.toFixed(2)).join(' ')}`,
);
for (const [k, cli] of [
  ['A', cliA],
  ['B', cliB],
]) {
  const { evaluate: ev, healthz: hz } = runs[k];
  console.log(
    `${k} (${cli}): POST /v1/evaluate ${median(ev.map((x) => x.micros)).toFixed(1)} µs server CPU per answer (rounds ${ev.map((x) => x.micros.toFixed(0)).join(' ')}), ` +
      `${median(ev.map((x) => x.rate)).toFixed(0)} req/s, ${ev[0].bytes.toFixed(0)} B; GET /healthz ${median(hz.map((x) => x.micros)).toFixed(1)} µs, ` +
      `${median(hz.map((x) => x.rate)).toFixed(0)} req/s; of /healthz by server CPU ${(100 * median(ev.map((x, i) => hz[i].micros / x.micros))).toFixed(0)} %, ` +
      `by rate ${(100 * median(ev.map((x, i) => x.rate / hz[i].rate))).toFixed(0)} %`,
  );
}
