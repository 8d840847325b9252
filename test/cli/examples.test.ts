// Every script in examples/ runs here, so none of them can rot.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root, runNode } from './helpers.js';

const dir = join(root, 'examples');
const scripts = readdirSync(dir).filter((f) => /\.(mjs|cjs|js)$/.test(f));

beforeAll(ensureBuilt);

describe.concurrent('examples', () => {
  it('has the four promised scripts (and every script is covered below)', () => {
    expect(scripts).toEqual(
      expect.arrayContaining([
        'esm-integration.mjs',
        'cjs-integration.cjs',
        'nightly-batch.mjs',
        'generate-ndjson.mjs',
        'calendar-export.mjs',
      ]),
    );
    const covered = ['esm-integration.mjs', 'cjs-integration.cjs', 'nightly-batch.mjs', 'generate-ndjson.mjs', 'calendar-export.mjs'];
    expect(scripts.filter((s) => !covered.includes(s))).toEqual([]);
  });

  it('esm-integration.mjs imports the package and lists what is due', async () => {
    const r = await runNode([join(dir, 'esm-integration.mjs')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('case from 2025-01-06, as of 2025-06-02: sick, week 22');
    expect(r.stdout).toContain('overdue: evaluatie #2 (due 2025-05-19)');
    expect(r.stdout).toContain('wachttijd ends 2027-01-03; WIA from 2027-01-04');
  });

  it('cjs-integration.cjs requires the package and writes CSV', async () => {
    const r = await runNode([join(dir, 'cjs-integration.cjs')]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[0]).toBe(
      'id,occurrence,kind,actor,title,window_start,due,week,counted_day,legal_latest,status,completed_on,legal_basis,status_label',
    );
    expect(r.stdout).toMatch(
      /\r\nprobleemanalyse,1,legal,bedrijfsarts,Problem analysis \(occupational physician\),,2025-02-16,6,42,2025-02-17,done,2025-02-12,/,
    );
  });

  it('generate-ndjson.mjs is deterministic and reproduces the committed payroll export', async () => {
    const r = await runNode([join(dir, 'generate-ndjson.mjs'), '200']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(dir, 'payroll-export.ndjson'), 'utf8'));
    const other = await runNode([join(dir, 'generate-ndjson.mjs'), '5', '--seed', '7', '--as-of', '2026-01-01']);
    expect(other.stdout.trim().split('\n')).toHaveLength(5);
    expect(other.stdout).not.toBe(r.stdout.split('\n').slice(0, 5).join('\n'));
  });

  it('nightly-batch.mjs runs the batch over the export and prints the action list', async () => {
    const r = await runNode([join(dir, 'nightly-batch.mjs')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Poortwachter nightly run, as of 2025-06-02: 200 cases, 200 ok, 0 invalid$/m);
    expect(r.stdout).toMatch(/^\d+ cases with an overdue legal step/m);
    expect(r.stdout).toMatch(/^\d+ cases with a step due within two weeks/m);
  });

  it('calendar-export.mjs writes an .ics file that ical.js reads', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pw-ics-')), 'case.ics');
    const r = await runNode([join(dir, 'calendar-export.mjs'), join(dir, 'complex-case.json'), out]);
    expect(r.code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(readFileSync(out, 'utf8'))).getAllSubcomponents('vevent');
    expect(r.stdout).toBe(`${out}: ${events.length} events\n`);
    expect(events.length).toBeGreaterThan(5);
  });
});
