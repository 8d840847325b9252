#!/usr/bin/env node
// A calendar export: every open Poortwachter step of a case as an all-day event, to import into
// Outlook, Google Calendar or Apple Calendar (re-importing updates the events: the UIDs are stable).
// Run after `npm run build`:  node examples/calendar-export.mjs [case.json] [out.ics] [as-of]
// (the CLI does the same: poortwachter timeline --case case.json --format ics > out.ics)
import { readFileSync, writeFileSync } from 'node:fs';
import { evaluateCase, parseCaseInput } from 'poortwachter';
import { renderIcs } from 'poortwachter/format';

const file = process.argv[2] ?? new URL('./sample-case.json', import.meta.url);
const out = process.argv[3];
const asOf = process.argv[4] ?? '2025-06-02';

const parsed = parseCaseInput(JSON.parse(readFileSync(file, 'utf8')));
if (!parsed.success) {
  for (const issue of parsed.issues) console.error(issue.message.nl);
  process.exitCode = 2;
} else {
  const timeline = evaluateCase(parsed.data, { asOf });
  const ics = renderIcs(timeline, { lang: 'nl', caseId: parsed.data.id ?? 'sample', dtstamp: new Date() });
  if (out) {
    writeFileSync(out, ics);
    const events = ics.split('BEGIN:VEVENT').length - 1;
    console.log(`${out}: ${events} events`);
  } else {
    process.stdout.write(ics);
  }
}
