#!/usr/bin/env node
// Generates a realistic NDJSON export of sick employees, one case per line, as a payroll or HR
// system would hand it to `poortwachter batch`: short absences, cases in every stage of the two
// years, recoveries and relapses (samentelling), partial returns, some steps done late or missing.
// Deterministic: the same arguments give the same file.
//
//   node examples/generate-ndjson.mjs [count=1000] [--as-of 2025-06-02] [--seed 42] > cases.ndjson
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: { 'as-of': { type: 'string', default: '2025-06-02' }, seed: { type: 'string', default: '42' } },
  allowPositionals: true,
});
/** mulberry32: a small seeded PRNG, so the sample is the same on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Calendar dates as epoch days (UTC arithmetic only: no local midnight, no DST).
const toDay = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
const toIso = (day) => new Date(day * 86_400_000).toISOString().slice(0, 10);

async function generate(n, asOfIso, seed) {
  const random = prng(seed);
  const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const chance = (p) => random() < p;
  const asOf = toDay(asOfIso);
  let buffer = '';
  for (let i = 1; i <= n; i++) {
    // Most absences are short; a long tail runs into the second year.
    const sickFor = chance(0.45) ? between(1, 30) : chance(0.6) ? between(31, 400) : between(401, 760);
    const d1 = asOf - sickFor + 1;
    const events = [];
    const add = (type, day, extra = {}) => {
      if (day <= asOf && day >= d1) events.push({ type, date: toIso(day), ...extra });
    };
    if (chance(0.9)) add('melding-bedrijfsarts', d1 + between(0, 8));
    if (sickFor < 30 && chance(0.5)) {
      add('hersteld', d1 + between(2, sickFor));
    } else if (sickFor >= 30) {
      if (chance(0.7)) add('signalering-week-3', d1 + between(14, 24));
      const pa = d1 + between(28, 48);
      if (chance(0.92)) add('probleemanalyse', pa);
      const pva = pa + between(5, 20);
      if (chance(0.9)) {
        add('plan-van-aanpak', pva);
        add('casemanager', pva - between(0, 5), { casemanagerType: ['leidinggevende', 'hr', 'extern', 'taakdelegatie'][between(0, 3)] });
      }
      for (let e = pva + between(35, 50); e < asOf && chance(0.95); e += between(35, 50)) add('evaluatie', e);
      if (chance(0.25)) add('gedeeltelijk-hersteld', d1 + between(60, 200), { percentage: [25, 50, 75][between(0, 2)] });
      if (chance(0.1)) {
        const h = d1 + between(50, 150);
        add('hersteld', h);
        add('ziek', h + between(3, 27));
      }
      if (sickFor > 290 && chance(0.9)) add('42e-weeksmelding', d1 + between(287, 300));
      if (sickFor > 330 && chance(0.85)) add('eerstejaarsevaluatie', d1 + between(320, 370));
      if (sickFor > 600 && chance(0.5)) add('wia-brief-ontvangen', d1 + between(600, 625));
      if (sickFor > 620 && chance(0.6)) add('eindevaluatie', d1 + between(610, 640));
      if (sickFor > 620 && chance(0.6)) add('re-integratieverslag', d1 + between(615, 645));
    }
    events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    buffer += `${JSON.stringify({ id: `E-${String(i).padStart(6, '0')}`, firstSickDay: toIso(d1), events })}\n`;
    if (buffer.length > 65_536) {
      if (!process.stdout.write(buffer)) await new Promise((resolve) => process.stdout.once('drain', resolve));
      buffer = '';
    }
  }
  process.stdout.write(buffer);
}

const count = Number(positionals[0] ?? 1000);
if (!Number.isInteger(count) || count < 0) {
  process.stderr.write('usage: generate-ndjson.mjs [count] [--as-of YYYY-MM-DD] [--seed N]\n');
  process.exitCode = 2;
} else {
  await generate(count, values['as-of'], Number(values.seed));
}
