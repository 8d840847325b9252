// ESM consumer of the installed tarball (run by smoke.mjs on Node 20, 22 and 24).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as api from 'poortwachter';
import { caseInputJsonSchema, evaluateCase, parseCaseInput, safeEvaluateCase } from 'poortwachter';

const { subpaths, checkSubpath } = createRequire(import.meta.url)('./subpaths.cjs');

const t = evaluateCase({ firstSickDay: '2025-01-06', events: [{ type: 'probleemanalyse', date: '2025-02-20' }] }, { asOf: '2025-03-10' });
assert.equal(t.milestones.find((m) => m.id === 'probleemanalyse')?.status, 'done-late');
assert.deepEqual(t.wachttijd, { lastDay: '2027-01-03', wiaStart: '2027-01-04' });
const bad = safeEvaluateCase({ firstSickDay: '2025-02-30' }, { asOf: '2025-03-10' });
assert.equal(bad.success, false);
assert.deepEqual(bad.issues[0].path, ['firstSickDay']);
assert.ok(bad.issues[0].message.nl && bad.issues[0].message.en);
assert.equal(parseCaseInput({ firstSickDay: '2025-01-06' }).success, true);
assert.equal(typeof caseInputJsonSchema(), 'object');
assert.ok(!('default' in api), 'no default export');
// The JSON Schema subpath, resolved through `exports`.
const schemaPath = createRequire(import.meta.url).resolve('poortwachter/schema.json');
assert.equal(JSON.parse(readFileSync(schemaPath, 'utf8')).type, 'object');
const { default: schema } = await import('poortwachter/schema.json', { with: { type: 'json' } });
assert.equal(schema.type, 'object');
// Every subpath of `exports` (issue 21: `poortwachter/server` once failed in ESM only).
const seen = [];
for (const sub of subpaths()) {
  let mod;
  let error;
  try {
    mod = await import(sub.spec, sub.json ? { with: { type: 'json' } } : undefined);
  } catch (e) {
    error = e;
  }
  seen.push(await checkSubpath(sub, mod, error));
}
console.log(`esm: imported ${seen.join(', ')}`);
console.log(`esm ok (${Object.keys(api).length} exports)`);
