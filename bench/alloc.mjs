// Bytes allocated per evaluateCase call, by function (V8 sampling heap profiler, counting objects
// already collected). CASE=typicalCase|freshCase|longCase [EXPLAIN=1] node bench/alloc.mjs
// (EXPLAIN=1: with `explain: true`, every derivation built; CHECKED=1: evaluateChecked on input
// checked once, the engine alone)
import { Session } from 'node:inspector/promises';
import * as c from './lib/cases.mjs';
import { loadEngine } from './lib/engine.mjs';

const { lib } = await loadEngine();
const pick = { typicalCase: c.typicalCase, freshCase: c.freshCase, longCase: c.longCase }[process.env.CASE ?? 'freshCase'];
const k = pick();
const opt = process.env.EXPLAIN === '1' ? { asOf: k.asOf, explain: true } : { asOf: k.asOf };
const evaluate =
  process.env.CHECKED === '1'
    ? (
        (input, o) => () =>
          lib.evaluateChecked(input, o)
      )(lib.checkCaseInput(k.input).data, lib.parseEvaluateOptions(opt).data)
    : () => lib.evaluateCase(k.input, opt);
for (let i = 0; i < 30000; i++) evaluate();
const s = new Session();
s.connect();
await s.post('HeapProfiler.startSampling', {
  samplingInterval: 256,
  includeObjectsCollectedByMinorGC: true,
  includeObjectsCollectedByMajorGC: true,
});
for (let i = 0; i < 20000; i++) evaluate();
const { profile } = await s.post('HeapProfiler.stopSampling');
const agg = new Map();
let tot = 0;
(function walk(n) {
  tot += n.selfSize;
  const k = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
  agg.set(k, (agg.get(k) ?? 0) + n.selfSize);
  for (const ch of n.children) walk(ch);
})(profile.head);
console.log('total sampled per call ≈', Math.round(tot / 20000), 'B');
for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 22)) console.log(String(Math.round(v / 20000)).padStart(6), 'B/call', k);
