// How the cost of evaluateCase grows with the events of a case (docs/performance.md).
// One open case, asOf in week 100; k evaluations recorded (plus the usual steps), then with
// relapses, then a pathological case with many same-day duplicate events.
//   node bench/scaling.mjs
import { do_not_optimize, measure } from 'mitata';
import { day, iso } from './lib/cases.mjs';
import { loadEngine } from './lib/engine.mjs';

const { lib } = await loadEngine();
const d1 = day('2024-01-08');
const asOf = iso(d1 + 700);
function withEvents(evaluations, relapses, duplicates) {
  const events = [
    { type: 'melding-bedrijfsarts', date: iso(d1 + 2) },
    { type: 'probleemanalyse', date: iso(d1 + 38) },
    { type: 'plan-van-aanpak', date: iso(d1 + 50) },
    { type: 'casemanager', date: iso(d1 + 50), casemanagerType: 'hr' },
  ];
  for (let k = 1; k <= evaluations; k++)
    events.push({ type: 'evaluatie', date: iso(d1 + 50 + Math.round((k * 640) / Math.max(evaluations, 1))) });
  for (let r = 0; r < relapses; r++) {
    const h = d1 + 60 + Math.floor((r * 600) / Math.max(relapses, 1));
    events.push({ type: 'hersteld', date: iso(h) }, { type: 'ziek', date: iso(h + 5) });
  }
  for (let i = 0; i < duplicates; i++) events.push({ type: 'gedeeltelijk-hersteld', date: iso(d1 + 100), percentage: 50 });
  return { firstSickDay: iso(d1), events };
}
const rows = [
  ['4 events', withEvents(0, 0, 0)],
  ['10 events', withEvents(6, 0, 0)],
  ['20 events', withEvents(16, 0, 0)],
  ['20 events + 5 relapses', withEvents(16, 5, 0)],
  ['20 events + 20 relapses', withEvents(16, 20, 0)],
  ['120 events (100 duplicates)', withEvents(16, 0, 100)],
  ['1 020 events (1 000 duplicates)', withEvents(16, 0, 1000)],
];
console.log(
  `${'case (asOf week ~100)'.padEnd(34)} ${'events'.padStart(6)} ${'milestones'.padStart(10)} ${'median'.padStart(10)} ${'p99'.padStart(10)}`,
);
for (const [name, input] of rows) {
  const opts = { asOf };
  const t = lib.evaluateCase(input, opts);
  const s = await measure(() => do_not_optimize(lib.evaluateCase(input, opts)), { min_cpu_time: 3e8 });
  const f = (ns) => `${(ns / 1e3).toFixed(2)} µs`;
  console.log(
    `${name.padEnd(34)} ${String(input.events.length).padStart(6)} ${String(t.milestones.length).padStart(10)} ${f(s.p50).padStart(10)} ${f(s.p99).padStart(10)}`,
  );
}
