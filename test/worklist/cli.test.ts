/**
 * `poortwachter worklist` as a user runs it: the built CLI in a subprocess (test/cli/helpers.ts
 * builds dist/ when it is missing), in Dutch and English, every format, invalid lines and exit codes.
 */
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { worklist } from '../../src/index.js';
import { ensureBuilt, expectNoStack, lines, runCli } from '../cli/helpers.js';

const AS_OF = '2025-06-02';
const CASES = [
  { id: 'E-1', firstSickDay: '2025-04-14' }, // probleemanalyse due 2025-05-25: overdue
  { id: 'E-2', firstSickDay: '2025-04-28', events: [{ type: 'melding-bedrijfsarts', date: '2025-04-29' }] }, // probleemanalyse 2025-06-08
  { id: 7, firstSickDay: '2024-01-08', events: [{ type: 'hersteld', date: '2024-01-20' }] }, // closed long ago: nothing
  { id: 'a,"b"', firstSickDay: '2025-05-26' }, // melding 2025-06-01 overdue, signalering 2025-06-15
];
const valid = CASES.map((c) => JSON.stringify(c));
const input = [valid[0], '{not json', valid[1], '{"firstSickDay":"2025-05-01"}', valid[2], valid[3]].join('\n');
const expected = worklist(CASES, { asOf: AS_OF, withinDays: 14 });

beforeAll(() => {
  ensureBuilt();
});

describe('poortwachter worklist', () => {
  it('json: the library result, invalid lines by line number; stderr names them; exit 0', async () => {
    const r = await runCli(['worklist', '-', '--as-of', AS_OF, '--format', 'json'], { input });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.items).toEqual(JSON.parse(JSON.stringify(expected.items)));
    expect(out.counts).toEqual({ cases: 6, invalid: 2, items: expected.items.length });
    expect(out.invalid.map((i: { line: number }) => i.line)).toEqual([2, 4]);
    expect(lines(r.stderr)).toEqual([
      expect.stringMatching(/^poortwachter worklist: regel 2 is geen geldige JSON/),
      expect.stringMatching(/^poortwachter worklist: regel 4: id ontbreekt/),
      'poortwachter worklist: 2 van 6 regels ongeldig (hierboven per regel)',
    ]);
    expectNoStack(r.stderr);
  });

  it('table in Dutch and English fits 100 columns, with the counts', async () => {
    const nl = await runCli(['worklist', '-', '--as-of', AS_OF, '--format', 'table'], { input });
    const en = await runCli(['worklist', '-', '--as-of', AS_OF, '--format', 'table', '--lang', 'en'], { input });
    expect(nl.stdout).toContain('Poortwachter-werklijst');
    expect(nl.stdout).toContain('Probleemanalyse');
    expect(nl.stdout).toContain('verstreken');
    expect(nl.stdout).toContain('6 verzuimgevallen gelezen, 2 ongeldig');
    expect(en.stdout).toContain('Poortwachter worklist');
    expect(en.stdout).toContain('overdue');
    expect(en.stdout).toContain('6 cases read, 2 invalid');
    expect(en.stderr).toContain('line 2 is not valid JSON');
    for (const out of [nl.stdout, en.stdout]) for (const l of lines(out)) expect([...l].length).toBeLessThanOrEqual(100);
  });

  it('csv: RFC 4180 with a header and one row per item, the case id quoted', async () => {
    const r = await runCli(['worklist', '-', '--as-of', AS_OF, '--format', 'csv'], { input });
    const rows = r.stdout.split('\r\n').filter((l) => l !== '');
    expect(rows[0]).toBe(
      'case_id,step,protocol_step,occurrence,title,kind,actor,trigger,window_start,due,legal_latest,week,status,days_until_due,consequence',
    );
    expect(rows).toHaveLength(expected.items.length + 1);
    expect(r.stdout).toContain('"a,""b""",melding-bedrijfsarts,,1,');
  });

  it('ics: one VEVENT per item with a stable caseId/step/occurrence UID', async () => {
    const r = await runCli(['worklist', '-', '--as-of', AS_OF, '--format', 'ics', '--lang', 'en'], { input });
    const cal = new ICAL.Component(ICAL.parse(r.stdout));
    const events = cal.getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual(
      expected.items.map(
        (i) =>
          `${String(i.caseId).replace(/[^A-Za-z0-9._-]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}/${i.milestoneId}/${i.occurrence}@poortwachter`,
      ),
    );
    expect(events[0]?.getFirstPropertyValue('summary')).toMatch(/^\[/);
    for (const l of r.stdout.split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
  });

  it('html: a self-contained page with escaped case ids', async () => {
    const r = await runCli(['worklist', '-', '--as-of', AS_OF, '--format', 'html', '--lang', 'en'], { input });
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).toContain('<html lang="en">');
    expect(r.stdout).toContain('a,&quot;b&quot;');
    expect(r.stdout).not.toMatch(/<script|https?:\/\//);
  });

  it('exits 2 when every line is invalid, 0 on an empty input, 2 on bad usage', async () => {
    const all = await runCli(['worklist', '-', '--as-of', AS_OF, '--format', 'json'], { input: 'x\n{"id":1}\n' });
    expect(all.code).toBe(2);
    expect(JSON.parse(all.stdout).counts).toEqual({ cases: 2, invalid: 2, items: 0 });
    const empty = await runCli(['worklist', '-', '--as-of', AS_OF, '--format', 'json'], { input: '' });
    expect(empty.code).toBe(0);
    const bad = await runCli(['worklist', '-', '--within', 'soon', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--within must be a whole number/);
    const badNl = await runCli(['worklist', '-', '--within', '-3']);
    expect(badNl.code).toBe(2);
    expectNoStack(badNl.stderr);
  });

  it('--include-windows adds the steps whose window opens; --help shows the command', async () => {
    // Counted day 288 of a case from 2024-08-19 is 2025-06-02: the 42nd-week window opens today.
    const c = JSON.stringify({ id: 'W', firstSickDay: '2024-08-19' });
    const r = await runCli(['worklist', '-', '--as-of', AS_OF, '--format', 'json', '--within', '0', '--include-windows'], { input: c });
    expect(JSON.parse(r.stdout).items.map((i: { milestoneId: string; trigger: string }) => `${i.milestoneId}:${i.trigger}`)).toContain(
      '42e-weeksmelding:window',
    );
    const help = await runCli(['worklist', '--help']);
    expect(help.stdout).toMatch(/^Gebruik: poortwachter worklist/);
    const helpEn = await runCli(['worklist', '--help', '--lang', 'en']);
    expect(helpEn.stdout).toMatch(/^Usage: poortwachter worklist/);
  });
});
