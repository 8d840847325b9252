// CommonJS consumer of the installed tarball (run by smoke.mjs on Node 20, 22 and 24).
const assert = require('node:assert/strict');
const pw = require('poortwachter');

const t = pw.evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10' });
assert.equal(t.countedSickDays, 64);
assert.equal(t.currentWeek, 10);
const bad = pw.safeEvaluateCase(
  { firstSickDay: '2025-01-06', events: [{ type: 'verlenging', date: '2025-03-01', weeks: 1e308 }] },
  { asOf: '2025-03-10' },
);
assert.equal(bad.success, false);
assert.deepEqual(bad.issues[0].path, ['events', 0, 'weeks']);
assert.throws(() => pw.evaluateCase({ firstSickDay: 'x' }, { asOf: '2025-03-10' }), pw.PoortwachterError);
assert.equal(require('poortwachter/schema.json').type, 'object');
assert.equal(require('poortwachter/package.json').name, 'poortwachter');
// Every subpath of `exports` (issue 21).
const { subpaths, checkSubpath } = require('./subpaths.cjs');
(async () => {
  const seen = [];
  for (const sub of subpaths()) {
    let mod;
    let error;
    try {
      mod = require(sub.spec);
    } catch (e) {
      error = e;
    }
    seen.push(await checkSubpath(sub, mod, error));
  }
  console.log(`cjs: required ${seen.join(', ')}`);
  console.log(`cjs ok (${Object.keys(pw).length} exports)`);
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
