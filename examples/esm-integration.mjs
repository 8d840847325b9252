#!/usr/bin/env node
// An ESM integration: an HR script that checks one case and lists what is due.
// Run after `npm run build`:  node examples/esm-integration.mjs [case.json] [as-of]
import { readFileSync } from 'node:fs';
import { safeEvaluateCase } from 'poortwachter';
import { summarizeTimeline } from 'poortwachter/format';

const file = process.argv[2] ?? new URL('./sample-case.json', import.meta.url);
const asOf = process.argv[3] ?? '2025-06-02';

// Untrusted input (a file, a form, an API): safeEvaluateCase returns issues instead of throwing.
const result = safeEvaluateCase(JSON.parse(readFileSync(file, 'utf8')), { asOf });
if (!result.success) {
  for (const issue of result.issues) console.error(issue.message.nl);
  process.exitCode = 2;
} else {
  const timeline = result.data;
  const summary = summarizeTimeline(timeline);
  console.log(`case from ${timeline.firstSickDay}, as of ${asOf}: ${timeline.status}, week ${timeline.currentWeek}`);
  for (const step of summary.overdue) console.log(`overdue: ${step.id} #${step.occurrence} (due ${step.due})`);
  if (summary.next) console.log(`next:    ${summary.next.id} #${summary.next.occurrence} (due ${summary.next.due})`);
  console.log(`wachttijd ends ${timeline.wachttijd.lastDay}; WIA from ${timeline.wachttijd.wiaStart}`);
}
