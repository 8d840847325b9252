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

  it('--excel: csv for Dutch Excel (issue 21: was an unknown option)', async () => {
    const r = await runCli(['worklist', '-', '--as-of', AS_OF, '--format', 'csv', '--excel'], { input });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFFcase_id;step;protocol_step;occurrence;')).toBe(true);
    expect(r.stdout.split('\r\n').filter((l) => l !== '')).toHaveLength(expected.items.length + 1);
  });

  it('table: case ids are never cut, dates as in the timeline table (issue 21)', async () => {
    const ids = ['VZ-2024-031', 'VZ-2024-032'];
    const body = ids.map((id) => JSON.stringify({ id, firstSickDay: '2025-04-14' })).join('\n');
    const r = await runCli(['worklist', '-', '--as-of', AS_OF, '--format', 'table'], { input: body });
    for (const id of ids) expect(r.stdout).toContain(`${id} `);
    expect(r.stdout).not.toContain('VZ-2024…');
    // probleemanalyse of a case from Monday 2025-04-14: counted day 42 = Sunday 2025-05-25
    expect(r.stdout).toMatch(/^zo 25-05-2025 /m);
  });

  it('a case whose first sick day lies after --as-of is an invalid line (issue 21)', async () => {
    const body = [valid[0], JSON.stringify({ id: 'later', firstSickDay: '2025-06-03' })].join('\n');
    const r = await runCli(['worklist', '-', '--as-of', AS_OF, '--format', 'json', '--lang', 'en'], { input: body });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).invalid).toEqual([
      { line: 2, id: 'later', issues: [expect.objectContaining({ code: 'before_first_sick_day' })] },
    ]);
    expect(r.stderr).toContain('line 2 (id later): asOf: 2025-06-02 is before the first sick day (2025-06-03)');
  });

  it('ndjson: one item per line, then the invalid lines as ok:false', async () => {
    const r = await runCli(['worklist', '-', '--as-of', AS_OF, '--format', 'ndjson'], { input });
    const out = lines(r.stdout).map((l) => JSON.parse(l));
    expect(out.slice(0, expected.items.length)).toEqual(JSON.parse(JSON.stringify(expected.items)));
    expect(out.slice(expected.items.length).map((l) => [l.ok, l.line])).toEqual([
      [false, 2],
      [false, 4],
    ]);
  });

  it('--limit N: the N most urgent, with how many were found; --counts: only counts; --actor and --kind filter', async () => {
    const top = JSON.parse((await runCli(['worklist', '-', '--as-of', AS_OF, '--format', 'json', '--limit', '2'], { input })).stdout);
    expect(top.items).toEqual(JSON.parse(JSON.stringify(expected.items.slice(0, 2))));
    expect(top.counts).toEqual({ cases: 6, invalid: 2, items: 2, found: expected.items.length });
    const counts = JSON.parse((await runCli(['worklist', '-', '--as-of', AS_OF, '--format', 'json', '--counts'], { input })).stdout);
    expect(counts.items).toBeUndefined();
    expect(Object.values(counts.byStatus as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(expected.items.length);
    expect(Object.keys(counts)).toEqual(['asOf', 'withinDays', 'counts', 'byStatus', 'byWeek', 'byActor', 'byStep', 'invalid']);
    const table = await runCli(['worklist', '-', '--as-of', AS_OF, '--counts', '--format', 'table', '--lang', 'en'], { input });
    expect(table.stdout).toContain('By status');
    const only = JSON.parse(
      (await runCli(['worklist', '-', '--as-of', AS_OF, '--format', 'json', '--actor', 'bedrijfsarts', '--kind', 'legal'], { input }))
        .stdout,
    );
    expect(only.items).toEqual(JSON.parse(JSON.stringify(expected.items.filter((i) => i.actor === 'bedrijfsarts' && i.kind === 'legal'))));
    const badKind = await runCli(['worklist', '-', '--kind', 'info', '--lang', 'en']);
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toMatch(/--kind/);
    const badLimit = await runCli(['worklist', '-', '--limit', '0', '--lang', 'en']);
    expect(badLimit.code).toBe(2);
    expect(badLimit.stderr).toMatch(/--limit must be a whole number/);
    const badFormat = await runCli(['worklist', '-', '--counts', '--format', 'ics', '--lang', 'en']);
    expect(badFormat.code).toBe(2);
    expectNoStack(badFormat.stderr);
  });
});
