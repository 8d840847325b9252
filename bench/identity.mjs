// Behaviour check for performance work: evaluates a fixed set of generated cases (the three bench
// cases, 600 random cases on several asOf dates, with and without policy options) and compares
// JSON.stringify of every result with a recorded baseline, byte for byte.
//
//   node bench/identity.mjs --record   # before a change: writes bench/results/identity.tmp
//   node bench/identity.mjs            # after: compares, exits 1 on the first difference

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { day, freshCase, iso, longCase, randomCase, rng, typicalCase } from './lib/cases.mjs';
import { loadEngine } from './lib/engine.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, 'results', 'identity.tmp');
const { lib, from } = await loadEngine();

const inputs = [typicalCase(), freshCase(), longCase()].map((c) => ({ input: c.input, options: { asOf: c.asOf } }));
const r = rng(20260115);
const protocol = [
  { id: 'contact', title: { nl: 'Contact', en: 'Contact' }, actor: 'werkgever', days: 2, repeatEveryDays: 21 },
  { id: 'gesprek', title: { nl: 'Gesprek', en: 'Talk' }, actor: 'werkgever', days: 5, after: 'probleemanalyse' },
  { id: 'vervolg', title: { nl: 'Vervolg', en: 'Follow-up' }, actor: 'werkgever', days: 10, after: 'gesprek', repeatEveryDays: 60 },
];
const policies = [
  undefined,
  { probleemanalyse: 'strict' },
  { includeAdvice: false, evaluationIntervalDays: 28, dueSoonDays: 7 },
  { firstWeeks: 'calendar' },
  { firstWeeks: 'calendar', probleemanalyse: 'strict', protocol },
];
// Facts that open the rarer branches of the rule table (vangnet, einde dienstverband, AOW, the UWV
// letter, verlenging, loonsanctie), added to some random cases.
const extras = (d1, i) =>
  [
    [],
    [{ type: 'einde-dienstverband', date: iso(d1 + 200 + (i % 300)) }],
    [{ type: 'aow-leeftijd', date: iso(d1 + 400 + (i % 200)) }],
    [
      { type: 'wia-brief-ontvangen', date: iso(d1 + 610 + (i % 40)) },
      { type: '42e-weeksmelding', date: iso(d1 + 290 + (i % 300)) },
    ],
    [
      { type: 'verlenging', date: iso(d1 + 650), weeks: 26 },
      { type: 'eindevaluatie', date: iso(d1 + 600) },
    ],
    [{ type: 'loonsanctie', date: iso(d1 + 700), weeks: 20 }],
    [{ type: 'plan-van-aanpak', date: iso(d1 + 50), evaluatieIntervalDays: 30 }],
  ][i % 7];

for (const asOf of ['2024-02-29', '2025-04-26', '2026-01-15', '2027-12-27']) {
  for (let i = 0; i < 150; i++) {
    const input = randomCase(r, day(asOf), i);
    // Some recovered/closed cases: a recovery shortly before asOf.
    if (i % 10 === 0 && input.events.length > 0) input.events.push({ type: 'hersteld', date: iso(day(asOf) - (i % 40)) });
    inputs.push({ input, options: { asOf, policy: policies[i % 3] } });
    // The same case with the rarer branches, other policies, as a vangnet case, explained.
    const d1 = day(input.firstSickDay);
    const more = { ...input, events: [...input.events, ...extras(d1, i)] };
    if (i % 11 === 0)
      more.vangnet = {
        grond: ['zwangerschap', 'no-riskpolis', 'orgaandonatie', 'zwangerschap-na-verlof'][i % 4],
        bekendOp: iso(d1 + (i % 9)),
      };
    if (i % 13 === 0) more.eigenrisicodrager = true;
    inputs.push({ input: more, options: { asOf, policy: policies[i % 5] } });
    inputs.push({ input: more, options: { asOf, policy: policies[(i + 2) % 5], explain: true } });
  }
}
// DOSSIER=1: every evaluation with `dossier: true` (0.3: the checklist is on request), so that the
// timeline of a version before that change can be the baseline.
const withDossier = process.env.DOSSIER === '1';
const lines = inputs.map(({ input, options }) => {
  try {
    return JSON.stringify(lib.evaluateCase(input, withDossier ? { ...options, dossier: true } : options));
  } catch (e) {
    return `THROWS ${e?.name}: ${e?.message}`;
  }
});
const digest = createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
if (process.argv.includes('--record')) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, lines.join('\n'));
  console.log(`recorded ${lines.length} results (sha256 ${digest}) from ${from} to ${file}`);
} else {
  const base = readFileSync(file, 'utf8').split('\n');
  let diff = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== base[i]) {
      if (diff++ === 0) {
        const a = base[i] ?? '';
        const b = lines[i];
        let k = 0;
        while (k < a.length && a[k] === b[k]) k++;
        console.error(
          `case ${i} differs at char ${k}:\n  before: …${a.slice(Math.max(0, k - 80), k + 120)}\n  after:  …${b.slice(Math.max(0, k - 80), k + 120)}`,
        );
        console.error(`  input: ${JSON.stringify(inputs[i])}`);
      }
    }
  }
  if (diff > 0 || base.length !== lines.length) {
    console.error(`${diff} of ${lines.length} results differ from the baseline (${base.length} recorded)`);
    process.exit(1);
  }
  console.log(`identical: ${lines.length} results byte for byte (sha256 ${digest}), engine from ${from}`);
}
