// Shared by esm.mjs and cjs.cjs: every subpath of the installed package's `exports`, and what
// `poortwachter/server` must do with and without Fastify (an optional peer dependency).
// SMOKE_FASTIFY: '1' when the scratch project has installed Fastify, '0' when it has not.
const assert = require('node:assert/strict');

/** `poortwachter`, `poortwachter/server`, `poortwachter/schema.json`, … from the installed package.json. */
function subpaths() {
  const pkg = require('poortwachter/package.json');
  return Object.keys(pkg.exports).map((key) => ({ key, spec: `poortwachter${key.slice(1)}`, json: key.endsWith('.json') }));
}

/** Checks one loaded subpath; `load` is the import or require that gave `mod` (or threw `error`). */
async function checkSubpath({ key, spec }, mod, error) {
  const withFastify = process.env.SMOKE_FASTIFY === '1';
  if (key === './server' && !withFastify) {
    assert.ok(error, `${spec} loaded without fastify installed`);
    assert.equal(error.code, 'ERR_POORTWACHTER_MISSING_PEER', `${spec} without fastify: ${error.message}`);
    assert.match(error.message, /npm install fastify@5/);
    return `${spec} (no fastify: says how to add it)`;
  }
  if (error) throw new Error(`${spec}: ${error.code ?? ''} ${error.message}`);
  if (key === '.') {
    assert.equal(typeof mod.evaluateCase, 'function');
    // The renderers live in `poortwachter/format` only (0.3): the main entry does not carry them.
    assert.equal(mod.renderCsv, undefined, `${spec} still exports renderCsv`);
  }
  if (key === './format') {
    // The renderers, on the main entry's timeline: the CSV header row and an iCalendar file.
    const { evaluateCase } = require('poortwachter');
    const t = evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10' });
    assert.equal(mod.renderCsv(t).split('\r\n')[0], mod.TIMELINE_CSV_COLUMNS.join(','), `${spec} renderCsv`);
    assert.match(mod.renderIcs(t), /^BEGIN:VCALENDAR\r\n/, `${spec} renderIcs`);
    assert.equal(typeof mod.renderHtmlReport, 'function');
    assert.equal(typeof mod.renderTable, 'function');
    assert.equal(typeof mod.summarizeTimeline(t).status, 'string');
    assert.equal(mod.evaluateCase, undefined, `${spec} re-exports the engine`);
  }
  if (key === './server') {
    assert.equal(typeof mod.createServer, 'function');
    const app = mod.createServer();
    const r = await app.inject({ method: 'GET', url: '/healthz' });
    await app.close();
    assert.equal(r.statusCode, 200, `${spec} GET /healthz: ${r.statusCode} ${r.body}`);
  }
  if (key.endsWith('schema.json')) assert.match((mod.default ?? mod).$schema, /json-schema.org/, spec);
  if (key === './package.json') assert.equal((mod.default ?? mod).name, 'poortwachter');
  return spec;
}

module.exports = { subpaths, checkSubpath };
