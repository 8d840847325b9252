// Writes N realistic NDJSON cases (one CaseInput with an `id` per line) for the batch benchmark.
//   node bench/gen-ndjson.mjs <count> <file> [--as-of 2026-01-15] [--seed 1] [--bad-every 0]
// Deterministic for a given seed; the case mix is bench/lib/cases.mjs randomCase (35% in the
// first 6 weeks, 40% up to week 42, 25% beyond; relapses, partial returns, late and missing steps).
// --bad-every N makes every N-th line invalid (an impossible date), to exercise ok:false lines.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { day, randomCase, rng } from './lib/cases.mjs';

const [count, file] = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
if (!count || !file) {
  console.error('usage: node bench/gen-ndjson.mjs <count> <file> [--as-of YYYY-MM-DD] [--seed n] [--bad-every n]');
  process.exit(2);
}
const asOf = day(opt('as-of', '2026-01-15'));
const r = rng(Number(opt('seed', '1')));
const badEvery = Number(opt('bad-every', '0'));
const out = createWriteStream(file);
let chunk = '';
let bytes = 0;
for (let i = 1; i <= Number(count); i++) {
  const c = randomCase(r, asOf, i);
  if (badEvery > 0 && i % badEvery === 0) c.firstSickDay = '2025-02-30';
  chunk += `${JSON.stringify(c)}\n`;
  if (chunk.length > 1 << 20) {
    bytes += chunk.length;
    if (!out.write(chunk)) await once(out, 'drain');
    chunk = '';
  }
}
bytes += chunk.length;
out.end(chunk);
await once(out, 'finish');
console.error(`wrote ${count} cases (${(bytes / 1e6).toFixed(1)} MB) to ${file}`);
