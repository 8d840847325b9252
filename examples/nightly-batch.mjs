#!/usr/bin/env node
// The nightly payroll run: every sick employee of the export through `poortwachter batch`,
// streamed, then a short action list for HR: overdue steps, steps due this fortnight, bad records.
// Run after `npm run build`:
//   node examples/nightly-batch.mjs [export.ndjson] [as-of]
// Without a file it runs over examples/payroll-export.ndjson (made by generate-ndjson.mjs).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const file = process.argv[2] ?? fileURLToPath(new URL('./payroll-export.ndjson', import.meta.url));
const asOf = process.argv[3] ?? '2025-06-02';
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

const child = spawn(process.execPath, [cli, 'batch', file, '--as-of', asOf, '--fields', 'status,next,overdue'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});

const counts = { cases: 0, ok: 0, invalid: 0, overdue: 0, dueSoon: 0 };
const overdue = [];
const dueSoon = [];
const invalid = [];
for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
  const r = JSON.parse(line);
  counts.cases++;
  if (!r.ok) {
    counts.invalid++;
    invalid.push(`line ${r.line}${r.id === undefined ? '' : ` (${r.id})`}: ${r.issues.map((i) => i.message.nl).join('; ')}`);
    continue;
  }
  counts.ok++;
  if (r.overdue.length > 0) {
    counts.overdue++;
    overdue.push(`${r.id}: ${r.overdue.map((s) => `${s.id} #${s.occurrence} (due ${s.due})`).join(', ')}`);
  }
  if (r.next?.status === 'due-soon') {
    counts.dueSoon++;
    dueSoon.push(`${r.id}: ${r.next.id} #${r.next.occurrence} by ${r.next.due}`);
  }
}
const code = await new Promise((resolve) => child.on('close', resolve));

console.log(`Poortwachter nightly run, as of ${asOf}: ${counts.cases} cases, ${counts.ok} ok, ${counts.invalid} invalid`);
console.log(`\n${counts.overdue} cases with an overdue legal step${counts.overdue > 10 ? ' (first 10)' : ''}:`);
for (const l of overdue.slice(0, 10)) console.log(`  ${l}`);
console.log(`\n${counts.dueSoon} cases with a step due within two weeks${counts.dueSoon > 10 ? ' (first 10)' : ''}:`);
for (const l of dueSoon.slice(0, 10)) console.log(`  ${l}`);
if (invalid.length > 0) {
  console.log(`\n${invalid.length} records to fix in the export:`);
  for (const l of invalid) console.log(`  ${l}`);
}
// batch exits 2 when a record was invalid; pass that on so the scheduler notices.
process.exitCode = code === 0 ? 0 : code;
