#!/usr/bin/env node
// Summarises reports/mutation/mutation.json (written by `npm run test:mutation`): the score and the
// counts per file, then every surviving and uncovered mutant with its place, mutator and replacement,
// grouped by file — the list docs/reliability.md §7 is kept from.
//
//   node scripts/mutation-summary.mjs [reports/mutation/mutation.json] [--survivors]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'reports/mutation/mutation.json';
const report = JSON.parse(readFileSync(file, 'utf8'));
const KEYS = ['Killed', 'Survived', 'NoCoverage', 'Timeout', 'RuntimeError', 'CompileError', 'Ignored'];

const rows = [];
const total = Object.fromEntries(KEYS.map((k) => [k, 0]));
for (const [name, f] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
  const c = Object.fromEntries(KEYS.map((k) => [k, 0]));
  for (const m of f.mutants) c[m.status] = (c[m.status] ?? 0) + 1;
  for (const k of KEYS) total[k] += c[k];
  rows.push([name, c]);
}
// Stryker's score: detected (killed + timeout) over valid mutants (everything but ignored and errors).
const score = (c) => {
  const detected = c.Killed + c.Timeout;
  const valid = detected + c.Survived + c.NoCoverage;
  return valid === 0 ? 100 : (100 * detected) / valid;
};
const line = (name, c) =>
  `| ${name} | ${score(c).toFixed(1)} % | ${c.Killed} | ${c.Timeout} | ${c.Survived} | ${c.NoCoverage} | ${c.Ignored} |`;
process.stdout.write('| file | score | killed | timeout | survived | no coverage | ignored (static) |\n|---|---|---|---|---|---|---|\n');
for (const [name, c] of rows) process.stdout.write(`${line(name, c)}\n`);
process.stdout.write(`${line('**all**', total)}\n`);

if (args.includes('--survivors')) {
  for (const [name, f] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const left = f.mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage');
    if (left.length === 0) continue;
    process.stdout.write(`\n## ${name} (${left.length})\n`);
    const src = f.source.split('\n');
    for (const m of left.sort((a, b) => a.location.start.line - b.location.start.line)) {
      const at = m.location.start;
      const code = (src[at.line - 1] ?? '').trim().slice(0, 110);
      process.stdout.write(
        `- ${at.line}:${at.column} ${m.status === 'NoCoverage' ? '(no coverage) ' : ''}${m.mutatorName}: ${JSON.stringify(m.replacement ?? '').slice(0, 60)}\n    ${code}\n`,
      );
    }
  }
}
