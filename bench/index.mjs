// npm run bench: evaluateCase against its peers and the floor (targets: docs/performance.md#targets, issue 6).
//
// For each of the three cases, the bench first checks that the luxon peer, the date-fns peer and
// (for the uninterrupted typical case) the floor produce exactly the engine's dates, and stops
// with an error if not. Then mitata measures each function; the table shows the median and the
// spread of mitata's samples (each sample is the mean of a batch of calls) and ratios from this
// same run. Options: --dist (measure dist/index.js instead of the working tree), --json <file>.

import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { do_not_optimize, measure } from 'mitata';
import { freshCase, longCase, typicalCase } from './lib/cases.mjs';
import { cpuPerCall } from './lib/cpu.mjs';
import { loadEngine } from './lib/engine.mjs';
import { compareDates, dateFnsPeer, engineDates, floorDates, luxonPeer } from './lib/peers.mjs';

const { lib, from } = await loadEngine();
const load0 = loadavg();

// The holiday list an integration keeps (ISO strings), taken from the engine's Atw calendar.
const holidays = [];
for (let y = 2020; y <= 2032; y++) for (const h of lib.atwHolidays(y)) holidays.push(lib.formatIsoDate(h.day));
const luxon = luxonPeer(holidays);
const dateFns = dateFnsPeer(holidays);

const cases = [
  ['typical', 'open case, 8 events, asOf week 30', typicalCase()],
  ['fresh', 'first sick day only, asOf day 4', freshCase()],
  ['long', '2 relapses, 15 evaluations, verlenging, asOf week 97', longCase()],
];

// 1. Equality before timing.
for (const [name, , c] of cases) {
  const t = lib.evaluateCase(c.input, { asOf: c.asOf });
  const want = engineDates(t);
  for (const [peer, fn] of [
    ['luxon', luxon],
    ['date-fns', dateFns],
  ]) {
    const diffs = compareDates(want, fn(c.input, c.asOf));
    if (diffs.length > 0) {
      console.error(`\nFAIL: the ${peer} peer does not compute the engine's dates for the ${name} case:\n  ${diffs.join('\n  ')}`);
      process.exit(1);
    }
  }
  if (name === 'typical') {
    const d1 = lib.parseIsoDate(c.input.firstSickDay);
    const pa = lib.parseIsoDate(c.input.events.find((e) => e.type === 'probleemanalyse').date);
    const ids = [
      'melding-bedrijfsarts',
      'signalering-week-3',
      'probleemanalyse',
      'probleemanalyse',
      'plan-van-aanpak',
      'casemanager',
      '42e-weeksmelding',
      '42e-weeksmelding',
      'spoor-2-besluit',
      'eerstejaarsevaluatie',
      'vervroegde-iva',
      'vervroegde-iva',
      'wia-brief-uwv',
      'eindevaluatie',
      'wia-aanvraag',
      'einde-wachttijd',
    ];
    const fields = [
      'due',
      'due',
      'due',
      'legalLatest',
      'due',
      'due',
      'windowStart',
      'due',
      'due',
      'due',
      'windowStart',
      'due',
      'due',
      'due',
      'due',
      'due',
    ];
    const got = floorDates(d1, pa);
    got.forEach((d, i) => {
      const m = t.milestones.find((x) => x.id === ids[i]);
      if (lib.formatIsoDate(d) !== m[fields[i]]) {
        console.error(`FAIL: floor date ${i} (${ids[i]}.${fields[i]}) ${lib.formatIsoDate(d)} ≠ engine ${m[fields[i]]}`);
        process.exit(1);
      }
    });
  }
}
console.log("equality: luxon and date-fns peers give the engine's dates for all 3 cases; the floor for the typical case ✓");

// 2. Timing.
const rows = [];
async function time(caseName, impl, fn) {
  // Warm-up (JIT tiers, caches) outside any measurement: 0.3 s of calls.
  for (const end = performance.now() + 300; performance.now() < end; ) for (let i = 0; i < 64; i++) fn();
  const s = await measure(fn, { min_cpu_time: 1e9 * (process.env.BENCH_SECONDS ? +process.env.BENCH_SECONDS : 0.6) });
  // CPU time per call, ~0.3 s of it (bench/lib/cpu.mjs).
  s.cpu = cpuPerCall(fn, 3e5 * (process.env.BENCH_SECONDS ? +process.env.BENCH_SECONDS / 0.6 : 1));
  rows.push({ caseName, impl, s });
  return s;
}
for (const [name, , c] of cases) {
  const opts = { asOf: c.asOf };
  const input = c.input;
  await time(name, 'evaluateCase (full CaseTimeline)', () => do_not_optimize(lib.evaluateCase(input, opts)));
  // The same with every derivation built (what the HTML report, the calendar and --explain ask for).
  const explained = { asOf: c.asOf, explain: true };
  await time(name, '(evaluateCase, explain: true)', () => do_not_optimize(lib.evaluateCase(input, explained)));
  await time(name, 'peer: luxon DateTime, Europe/Amsterdam', () => do_not_optimize(luxon(input, c.asOf)));
  await time(name, 'peer: date-fns on Date', () => do_not_optimize(dateFns(input, c.asOf)));
  if (name === 'typical') {
    const d1 = lib.parseIsoDate(input.firstSickDay);
    const pa = d1 + 38;
    await time(name, 'floor: 16 epoch-day additions', () => do_not_optimize(floorDates(d1, pa)));
    await time(name, '(floor + 16 ISO strings)', () => {
      const ds = floorDates(d1, pa);
      const out = new Array(16);
      for (let i = 0; i < 16; i++) out[i] = lib.formatIsoDate(ds[i]);
      return do_not_optimize(out);
    });
  }
}

// 3. The table.
const fmt = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(1)} ns`);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const load1 = loadavg();
console.log(`\npoortwachter bench — ${new Date().toISOString()}`);
console.log(`engine: ${from}; node ${process.version}; ${cpus().length} × ${cpus()[0]?.model ?? '?'}`);
console.log(`load average before ${load0.map((x) => x.toFixed(2)).join(' ')}, after ${load1.map((x) => x.toFixed(2)).join(' ')}`);
console.log(
  'NOTE: other processes may have been running on this machine during the run; compare ratios from one run, not absolute times across runs.\n' +
    'median/p75/p99/min/max: wall time per call over mitata samples (a sample is the mean of a batch of calls); cpu/call: process CPU time per call.\n',
);
console.log(
  `${pad('case', 8)} ${pad('implementation', 40)} ${lpad('median', 10)} ${lpad('p75', 10)} ${lpad('p99', 10)} ${lpad('min', 10)} ${lpad('max', 10)} ${lpad('cpu/call', 10)} ${lpad('calls/s', 11)}  engine ÷ this (medians)`,
);
const summary = {};
for (const [name, desc] of cases) {
  console.log(`${name}: ${desc}`);
  const engine = rows.find((r) => r.caseName === name && r.impl.startsWith('evaluateCase')).s;
  for (const r of rows.filter((x) => x.caseName === name)) {
    const ratio =
      r.s === engine
        ? ''
        : r.s.p50 >= engine.p50
          ? `engine ${(r.s.p50 / engine.p50).toFixed(1)}× faster`
          : `engine ${(engine.p50 / r.s.p50).toFixed(1)}× slower`;
    console.log(
      `${pad('', 8)} ${pad(r.impl, 40)} ${lpad(fmt(r.s.p50), 10)} ${lpad(fmt(r.s.p75), 10)} ${lpad(fmt(r.s.p99), 10)} ${lpad(fmt(r.s.min), 10)} ${lpad(fmt(r.s.max), 10)} ${lpad(fmt(r.s.cpu), 10)} ${lpad(Math.round(1e9 / r.s.p50).toLocaleString('en-US'), 11)}  ${ratio}`,
    );
    summary[`${name} / ${r.impl}`] = {
      cpu_ns_per_call: r.s.cpu,
      median_ns: r.s.p50,
      p75_ns: r.s.p75,
      p99_ns: r.s.p99,
      min_ns: r.s.min,
      max_ns: r.s.max,
    };
  }
}
const t = (impl) => rows.find((r) => r.caseName === 'typical' && r.impl.startsWith(impl)).s.p50;
const e = t('evaluateCase');
const verdict = (ok) => (ok ? 'met' : 'NOT MET');
console.log('\nTargets (docs/performance.md#targets), typical case, medians of this run:');
const ecpu = rows.find((r) => r.caseName === 'typical' && r.impl.startsWith('evaluateCase')).s.cpu;
// Issue 22 states the 2 µs "on an idle core" and measures it by the two peer ratios below (same run,
// so the machine's speed and load cancel out); the absolute time is this machine's, shown beside.
const idle = loadavg()[0] < 0.5;
console.log(
  `  evaluateCase ≤ 2 µs on an idle core (≥ 500 000 cases/s; measured by the two ratios below): here ${fmt(e)} median wall (${Math.round(1e9 / e).toLocaleString('en-US')}/s), ${fmt(ecpu)} CPU per call — absolute ${verdict(e <= 2000)}${idle ? '' : ' (the machine was not idle)'}`,
);
console.log(`  ≥ 100× faster than the luxon peer: ${(t('peer: luxon') / e).toFixed(1)}× — ${verdict(t('peer: luxon') / e >= 100)}`);
console.log(`  ≥ 10× faster than the date-fns peer: ${(t('peer: date-fns') / e).toFixed(1)}× — ${verdict(t('peer: date-fns') / e >= 10)}`);
console.log(
  `  engine ÷ floor: ${(e / t('floor')).toFixed(0)}× the cost of bare integer additions for the 16 one-off dates (the engine also derives the evaluations, statuses, flags, wage phases and dossier; derivations only with explain: true)`,
);
const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0)
  writeFileSync(
    process.argv[jsonAt + 1],
    JSON.stringify(
      { date: new Date().toISOString(), from, node: process.version, cpu: cpus()[0]?.model, load: [load0, load1], results: summary },
      null,
      2,
    ),
  );
