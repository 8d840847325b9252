// A/B of the parse step: src bundled at a git ref and the working tree (as bench/ab.mjs), interleaved;
// medians of CPU time per call. The parse step is timed as checkCaseInput + parseEvaluateOptions (the
// valid path evaluateCase takes before evaluateChecked), beside the whole evaluateCase call.
//
//   node bench/parse-ab.mjs [ref]   (default HEAD)

import { loadAB } from './lib/ab-engines.mjs';
import * as c from './lib/cases.mjs';

const ref = process.argv[2] ?? 'HEAD';
const { A, B } = await loadAB(ref, 'parse-ab');
const cases = { typical: c.typicalCase(), fresh: c.freshCase(), long: c.longCase() };
const n = 4000;
let sink = 0; // keeps the results observable
const parse = (lib, k, opt) => {
  for (let i = 0; i < n; i++) sink += lib.checkCaseInput(k.input).success && lib.parseEvaluateOptions(opt).success ? 1 : 0;
};
const whole = (lib, k, opt) => {
  for (let i = 0; i < n; i++) sink += lib.evaluateCase(k.input, opt).milestones.length;
};
const time = (f) => {
  const u0 = process.cpuUsage();
  f();
  const u = process.cpuUsage(u0);
  return (u.user + u.system) / n;
};
const med = (x) => {
  x.splice(0, 8);
  x.sort((p, q) => p - q);
  return x[x.length >> 1];
};
for (const [name, k] of Object.entries(cases)) {
  const opt = { asOf: k.asOf };
  const r = { pa: [], pb: [], wa: [], wb: [] };
  for (let i = 0; i < 48; i++) {
    r.pa.push(time(() => parse(A, k, opt)));
    r.pb.push(time(() => parse(B, k, opt)));
    r.wa.push(time(() => whole(A, k, opt)));
    r.wb.push(time(() => whole(B, k, opt)));
  }
  const [pa, pb, wa, wb] = [med(r.pa), med(r.pb), med(r.wa), med(r.wb)];
  console.log(
    `${name.padEnd(8)} parse ${ref}: ${pa.toFixed(2)} µs  working tree: ${pb.toFixed(2)} µs (B/A ${(pb / pa).toFixed(2)})   evaluateCase ${wa.toFixed(2)} → ${wb.toFixed(2)} µs (B/A ${(wb / wa).toFixed(2)})`,
  );
}
console.log('sink', sink > 0);
