// node bench/json.mjs — the timeline's JSON: JSON.stringify against timelineJson (src/common/timeline-json.ts,
// issue 22), same run, on the three bench cases (bench/lib/cases.mjs), lean and explained.
//
// First checks that both give the same text for every case and mode, and stops with an error if not.
// Then mitata measures, per case and mode:
//   - the text alone (timelineJson's is a rope of a few hundred pieces, JSON.stringify's flat);
//   - the text and its UTF-8 length (`Buffer.byteLength`, what Fastify computes for content-length),
//     which flattens the rope: the cost a server pays before the socket write;
//   - evaluateCase itself, for scale.
// The table shows mitata's median wall time per call (a sample is the mean of a batch of calls), the
// process CPU time per call and the ratio stringify ÷ timelineJson from this run. Bundles the working
// tree with esbuild (bench/lib/engine.mjs), so no build is needed.
//   node bench/json.mjs [--json out.json]
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { do_not_optimize, measure } from 'mitata';
import { freshCase, longCase, typicalCase } from './lib/cases.mjs';
import { cpuPerCall } from './lib/cpu.mjs';
import { loadEngine } from './lib/engine.mjs';

const { lib } = await loadEngine({ dist: false, also: [`export { timelineJson } from './common/timeline-json.ts';`] });
const { evaluateCase, timelineJson } = lib;

const load0 = loadavg();
const cases = [
  ['typical', typicalCase()],
  ['fresh', freshCase()],
  ['long', longCase()],
];
const modes = [
  ['lean', {}],
  ['explain', { explain: true }],
];

// 1. The same text, or stop.
for (const [name, c] of cases) {
  for (const [mode, extra] of modes) {
    const t = evaluateCase(c.input, { asOf: c.asOf, ...extra });
    if (timelineJson(t) !== JSON.stringify(t)) {
      console.error(`timelineJson differs from JSON.stringify: ${name}, ${mode}`);
      process.exit(1);
    }
  }
}

// 2. The measurements (wall by mitata, CPU by process.cpuUsage, as in bench/index.mjs).
const rows = [];
async function time(caseName, mode, impl, fn) {
  for (const end = performance.now() + 300; performance.now() < end; ) for (let i = 0; i < 64; i++) fn();
  const s = await measure(fn, { min_cpu_time: 1e9 * (process.env.BENCH_SECONDS ? +process.env.BENCH_SECONDS : 0.5) });
  s.cpu = cpuPerCall(fn, 2e5);
  rows.push({ caseName, mode, impl, s });
}
for (const [name, c] of cases) {
  for (const [mode, extra] of modes) {
    const opts = { asOf: c.asOf, ...extra };
    const t = evaluateCase(c.input, opts);
    await time(name, mode, 'JSON.stringify', () => do_not_optimize(JSON.stringify(t)));
    await time(name, mode, 'timelineJson', () => do_not_optimize(timelineJson(t)));
    await time(name, mode, 'JSON.stringify + byteLength', () => do_not_optimize(Buffer.byteLength(JSON.stringify(t))));
    await time(name, mode, 'timelineJson + byteLength', () => do_not_optimize(Buffer.byteLength(timelineJson(t))));
    if (mode === 'lean') await time(name, mode, '(evaluateCase)', () => do_not_optimize(evaluateCase(c.input, opts)));
  }
}

// 3. The table.
const fmt = (ns) => (ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(1)} ns`);
const load1 = loadavg();
console.log(
  `poortwachter bench/json — ${new Date().toISOString()}; node ${process.version}; ${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
);
console.log(`load average before ${load0.map((x) => x.toFixed(2)).join(' ')}, after ${load1.map((x) => x.toFixed(2)).join(' ')}`);
console.log('median: wall time per call over mitata samples; cpu/call: process CPU time per call; ratios from this run.\n');
console.log(
  `${'case'.padEnd(8)} ${'mode'.padEnd(8)} ${'implementation'.padEnd(30)} ${'bytes'.padStart(6)} ${'median'.padStart(10)} ${'cpu/call'.padStart(10)}  stringify ÷ this`,
);
const summary = {};
for (const [name, c] of cases) {
  for (const [mode, extra] of modes) {
    const bytes = JSON.stringify(evaluateCase(c.input, { asOf: c.asOf, ...extra })).length;
    const of = (impl) => rows.find((r) => r.caseName === name && r.mode === mode && r.impl === impl)?.s;
    for (const r of rows.filter((x) => x.caseName === name && x.mode === mode)) {
      const base = r.impl.endsWith('byteLength') ? of('JSON.stringify + byteLength') : of('JSON.stringify');
      const ratio = r.impl.startsWith('timelineJson') ? `${(base.p50 / r.s.p50).toFixed(2)}×` : '';
      console.log(
        `${name.padEnd(8)} ${mode.padEnd(8)} ${r.impl.padEnd(30)} ${String(bytes).padStart(6)} ${fmt(r.s.p50).padStart(10)} ${fmt(r.s.cpu).padStart(10)}  ${ratio}`,
      );
      summary[`${name} / ${mode} / ${r.impl}`] = { median_ns: r.s.p50, cpu_ns_per_call: r.s.cpu, bytes };
    }
  }
}
const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0)
  writeFileSync(
    process.argv[jsonAt + 1],
    JSON.stringify(
      { date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model, load: [load0, load1], results: summary },
      null,
      2,
    ),
  );
