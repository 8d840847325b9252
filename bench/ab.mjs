// A/B: bundle src at a git ref and the working tree; interleave batches; report medians (cpu time).
// CHECKED=1: time evaluateChecked on input checked once (the engine alone, without the parse step).

import { loadAB } from './lib/ab-engines.mjs';
import * as c from './lib/cases.mjs';

const ref = process.argv[2] ?? 'HEAD';
const { A, B } = await loadAB(ref, 'ab');
const cases = { typical: c.typicalCase(), fresh: c.freshCase(), long: c.longCase() };
const n = 4000;
const checked = process.env.CHECKED === '1';
let sink = 0; // keeps the results observable
function batch(lib, k) {
  const opt = { asOf: k.asOf };
  if (checked) {
    const input = lib.checkCaseInput(k.input).data;
    const o = lib.parseEvaluateOptions(opt).data;
    const u0 = process.cpuUsage();
    for (let i = 0; i < n; i++) sink += lib.evaluateChecked(input, o).milestones.length;
    const u = process.cpuUsage(u0);
    return (u.user + u.system) / n;
  }
  const u0 = process.cpuUsage();
  for (let i = 0; i < n; i++) sink += lib.evaluateCase(k.input, opt).milestones.length;
  const u = process.cpuUsage(u0);
  return (u.user + u.system) / n;
}
for (const [name, k] of Object.entries(cases)) {
  const a = [],
    b = [];
  for (let r = 0; r < 60; r++) {
    a.push(batch(A, k));
    b.push(batch(B, k));
  }
  a.splice(0, 10);
  b.splice(0, 10);
  a.sort((x, y) => x - y);
  b.sort((x, y) => x - y);
  const med = (x) => x[x.length >> 1];
  console.log(
    `${name.padEnd(8)} ${ref}: ${med(a).toFixed(2)} µs  working tree: ${med(b).toFixed(2)} µs  (B/A ${(med(b) / med(a)).toFixed(2)}; min ${a[0].toFixed(2)} vs ${b[0].toFixed(2)})`,
  );
}
console.log(checked ? 'evaluateChecked (the engine alone)' : 'evaluateCase', 'sink', sink > 0);
