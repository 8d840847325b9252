// Where the bytes of a default timeline go, and what the contract allows to take away.
//
//   node bench/json-bytes.mjs [case.json] [asOf]     # default: examples/sample-case.json, 2025-06-02
//
// The default timeline's JSON is fully determined by the case and the contract: JSON.stringify
// writes no whitespace, every key the contract names is present (a `null` where a value is
// undefined), and every occurrence of every step is listed. So the only ways to fewer bytes are
// contract changes; this script measures the two that are on the table (leave out `null` fields;
// look up `kind`, `actor` and `consequence` by milestone id, as titles and legal bases already are)
// and checks, over the corpus of bench/identity.mjs's cases, whether those three fields are in
// fact the same for every case of a milestone id.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshCase, longCase, typicalCase } from './lib/cases.mjs';
import { loadEngine } from './lib/engine.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? join(root, 'examples/sample-case.json');
const asOf = process.argv[3] ?? '2025-06-02';
const { lib, from } = await loadEngine();

const timeline = lib.evaluateCase(JSON.parse(readFileSync(file, 'utf8')), { asOf });
const json = JSON.stringify(timeline);
const bytes = (v) => Buffer.byteLength(JSON.stringify(v));
const kB = (n) => `${(n / 1000).toFixed(2)} kB`;

console.log(`engine: ${from}`);
console.log(`${file.replace(`${root}/`, '')}, asOf ${asOf}: ${json.length} B of JSON, ${timeline.milestones.length} milestones\n`);

console.log('top-level part            bytes');
for (const [k, v] of Object.entries(timeline)) console.log(`  ${k.padEnd(24)}${String(bytes(v)).padStart(6)}`);

// Per milestone field: the bytes of `"key":` (with its comma) and of the values, and of the nulls.
const fields = new Map();
for (const m of timeline.milestones) {
  for (const [k, v] of Object.entries(m)) {
    const f = fields.get(k) ?? { key: 0, value: 0, nulls: 0, count: 0 };
    f.key += k.length + 4; // "key": and the comma
    f.value += bytes(v);
    if (v === null) f.nulls += k.length + 4 + 4;
    f.count += 1;
    fields.set(k, f);
  }
}
console.log('\nmilestone field       present   key bytes  value bytes  bytes of its null fields');
let keyBytes = 0;
let nullBytes = 0;
for (const [k, f] of fields) {
  keyBytes += f.key;
  nullBytes += f.nulls;
  console.log(
    `  ${k.padEnd(20)}${String(f.count).padStart(7)}${String(f.key).padStart(12)}${String(f.value).padStart(13)}${String(f.nulls).padStart(12)}`,
  );
}
const sameForEveryCase = ['kind', 'actor', 'consequence'];
const lookedUp = timeline.milestones.reduce((n, m) => n + sameForEveryCase.reduce((s, k) => s + k.length + 4 + bytes(m[k]), 0), 0);
const withoutNulls = JSON.stringify(timeline, (k, v) => (v === null && k !== '' ? undefined : v)).length;
const withoutBoth = JSON.stringify({
  ...timeline,
  milestones: timeline.milestones.map((m) =>
    Object.fromEntries(Object.entries(m).filter(([k, v]) => v !== null && !sameForEveryCase.includes(k))),
  ),
}).length;
console.log(`\nkey names and their punctuation: ${kB(keyBytes)} of ${kB(json.length)} (fixed by the contract's field names)`);
console.log(`null fields: ${kB(nullBytes)}; kind/actor/consequence: ${kB(lookedUp)}`);
console.log(`\nthe contract as it is (every key, null where undefined):  ${json.length} B`);
console.log(`null fields left out:                                      ${withoutNulls} B`);
console.log(`and kind/actor/consequence looked up by id:                ${withoutBoth} B`);

// Are kind, actor and consequence the same for every case of a milestone id?
const seen = new Map();
for (const c of [typicalCase(), freshCase(), longCase()]) {
  for (const m of lib.evaluateCase(c.input, { asOf: c.asOf }).milestones) {
    for (const k of sameForEveryCase) {
      const key = `${m.id}.${k}`;
      const values = seen.get(key) ?? new Set();
      values.add(String(m[k]));
      seen.set(key, values);
    }
  }
}
const varying = [...seen].filter(([, v]) => v.size > 1).map(([k, v]) => `${k}: ${[...v].join(' | ')}`);
console.log(
  `\nkind/actor/consequence varying per case within a milestone id (bench cases): ${varying.length === 0 ? 'none' : varying.join('; ')}`,
);
