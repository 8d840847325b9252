import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateCase, explain, flagMessage } from '../../src/index.js';
import { cliPath, ensureBuilt, expectNoStack, root, runCli } from './helpers.js';

const sample = join(root, 'examples/sample-case.json');
const complex = join(root, 'examples/complex-case.json');
const sampleJson = readFileSync(sample, 'utf8');

beforeAll(ensureBuilt);

describe.concurrent('poortwachter timeline', () => {
  it('prints the CaseTimeline as JSON (the facts), with each finding’s message in --lang behind the engine fields', async () => {
    const expected = evaluateCase(JSON.parse(sampleJson), { asOf: '2025-06-02' });
    for (const lang of ['nl', 'en'] as const) {
      const r = await runCli(['timeline', '--case', sample, '--as-of', '2025-06-02', '--format', 'json', '--lang', lang]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      const printed = JSON.parse(r.stdout);
      expect(printed).toEqual({
        ...expected,
        flags: expected.flags.map((f) => ({ ...f, message: flagMessage(f, lang, { dates: 'iso' }) })),
      });
      expect(Object.keys(printed.milestones[0])).toEqual(Object.keys(expected.milestones[0] ?? {}));
      expect(Object.keys(printed.flags[0])).toEqual([...Object.keys(expected.flags[0] ?? {}), 'message']);
    }
  });

  it('--explain: each milestone also with its derivation and explanation in --lang behind the engine fields', async () => {
    const expected = evaluateCase(JSON.parse(sampleJson), { asOf: '2025-06-02', explain: true });
    for (const lang of ['nl', 'en'] as const) {
      const args = ['timeline', '--case', sample, '--as-of', '2025-06-02', '--format', 'json', '--lang', lang, '--explain'];
      const r = await runCli(args);
      expect(r.code).toBe(0);
      const printed = JSON.parse(r.stdout);
      expect(printed).toEqual({
        ...expected,
        milestones: expected.milestones.map((m) => ({ ...m, explanation: explain(m, lang, { dates: 'iso' }) })),
        flags: expected.flags.map((f) => ({ ...f, message: flagMessage(f, lang, { dates: 'iso' }) })),
      });
      // Behind the existing JSON: the engine's keys first, in their order, then the words.
      expect(Object.keys(printed.milestones[0])).toEqual([...Object.keys(expected.milestones[0] ?? {}), 'explanation']);
      expect(printed.milestones[0]).toHaveProperty('derivation');
    }
  });

  it('defaults to JSON when stdout is not a terminal', async () => {
    const r = await runCli(['timeline', '--first-sick-day', '2025-01-06', '--as-of', '2025-03-10']);
    expect(r.code).toBe(0);
    const expected = evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10' });
    expect(JSON.parse(r.stdout).milestones.map((m: { due: string }) => m.due)).toEqual(expected.milestones.map((m) => m.due));
  });

  it('gives the same output under TZ=Pacific/Kiritimati, UTC and America/Los_Angeles', async () => {
    const args = ['timeline', '--case', complex, '--as-of', '2025-06-02'];
    for (const format of ['json', 'table', 'csv']) {
      const runs = await Promise.all(
        ['Pacific/Kiritimati', 'UTC', 'America/Los_Angeles'].map((TZ) => runCli([...args, '--format', format], { env: { TZ } })),
      );
      for (const r of runs) expect(r.code).toBe(0);
      expect(runs[0]?.stdout).toBe(runs[1]?.stdout);
      expect(runs[0]?.stdout).toBe(runs[2]?.stdout);
    }
  });

  it('defaults --as-of to today in Europe/Amsterdam, whatever the machine time zone', async () => {
    for (const TZ of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const before = DateTime.now().setZone('Europe/Amsterdam').toISODate();
      const r = await runCli(['timeline', '--first-sick-day', '2025-01-06', '--format', 'json'], { env: { TZ } });
      const after = DateTime.now().setZone('Europe/Amsterdam').toISODate();
      expect(r.code).toBe(0);
      expect([before, after]).toContain(JSON.parse(r.stdout).asOf);
    }
  });

  it('reads the case from stdin with --case -', async () => {
    const r = await runCli(['timeline', '--case', '-', '--as-of', '2025-06-02', '--format', 'json'], { input: sampleJson });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).firstSickDay).toBe('2025-01-06');
  });

  it('takes the first sick day from --first-sick-day when the case file has none', async () => {
    const r = await runCli(['timeline', '--first-sick-day', '2025-01-06', '--case', '-', '--as-of', '2025-03-10', '--format', 'json'], {
      input: JSON.stringify({ events: [{ type: 'probleemanalyse', date: '2025-02-12' }] }),
    });
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout);
    expect(t.milestones.find((m: { id: string }) => m.id === 'probleemanalyse').status).toBe('done');
  });

  it('refuses a --first-sick-day that contradicts the case file', async () => {
    const r = await runCli(['timeline', '--first-sick-day', '2025-01-07', '--case', sample, '--as-of', '2025-03-10']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/wijkt af van --first-sick-day/);
  });

  it('renders the README table: Dutch weekday and date, week numbers, no colour when piped', async () => {
    const r = await runCli(['timeline', '--case', sample, '--as-of', '2025-06-02', '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).toContain('eerste ziektedag ma 6 jan. 2025');
    expect(r.stdout).toMatch(/^\s+6\s+zo 16-02-2025\s+Probleemanalyse\s+bedrijfsarts\s+gedaan\s+12-02-2025$/m);
    expect(r.stdout).toMatch(/Evaluatie plan van aanpak 2 .* verstreken\s*$/m);
  });

  it('fits the table in 100 columns for every example in nl and en, and gives the wide form with --wide', async () => {
    for (const file of ['examples/sample-case.json', 'examples/complex-case.json']) {
      for (const lang of ['nl', 'en']) {
        const args = ['timeline', '--case', file, '--as-of', '2025-06-02', '--format', 'table', '--lang', lang];
        const narrow = await runCli(args);
        expect(narrow.code).toBe(0);
        // Code points: the table holds no wide characters, and the marks and accents are one column.
        const widest = (text: string): number => Math.max(...text.split('\n').map((l) => [...l].length));
        expect(widest(narrow.stdout), `${file} ${lang}`).toBeLessThanOrEqual(100);
        const wide = await runCli([...args, '--wide']);
        expect(wide.code).toBe(0);
        expect(widest(wide.stdout), `${file} ${lang} --wide`).toBeGreaterThan(140);
        expect(wide.stdout).toMatch(lang === 'nl' ? /^Week {2}Vanaf +Uiterlijk/m : /^Week {2}From +Due/m);
      }
    }
  });

  it('colours the status with FORCE_COLOR and never with NO_COLOR', async () => {
    const args = ['timeline', '--case', sample, '--as-of', '2025-06-02', '--format', 'table'];
    const forced = await runCli(args, { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\u001b\[1;31mverstreken/);
    const off = await runCli(args, { env: { NO_COLOR: '1' } });
    expect(off.stdout).not.toMatch(/\u001b\[/);
  });

  it('speaks English with --lang en', async () => {
    const r = await runCli(['timeline', '--case', sample, '--as-of', '2025-06-02', '--format', 'table', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('first sick day Mo 6 Jan 2025');
    expect(r.stdout).toMatch(/Problem analysis \(occupational +occupational physician +done +2025-02-12\n +physician\)\n/);
  });

  it('writes CSV with a header row and one row per milestone', async () => {
    const r = await runCli(['timeline', '--case', sample, '--as-of', '2025-06-02', '--format', 'csv']);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\r\n');
    expect(rows.at(-1)).toBe('');
    expect(rows[0]).toBe(
      'id,occurrence,kind,actor,title,window_start,due,week,counted_day,legal_latest,status,completed_on,legal_basis,status_label',
    );
    expect(rows.length - 2).toBe(evaluateCase(JSON.parse(sampleJson), { asOf: '2025-06-02' }).milestones.length);
  });

  it('writes iCalendar that ical.js parses, one event per step on its due date, confirmed while open', async () => {
    const r = await runCli(['timeline', '--case', complex, '--as-of', '2025-06-02', '--format', 'ics', '--id', 'E-17']);
    expect(r.code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(r.stdout)).getAllSubcomponents('vevent');
    const steps = evaluateCase(JSON.parse(readFileSync(complex, 'utf8')), { asOf: '2025-06-02' }).milestones.filter(
      (m) => m.kind !== 'info',
    );
    expect(events.map((e) => e.getFirstPropertyValue('dtstart')?.toString())).toEqual(steps.map((m) => m.due));
    const open = (m: (typeof steps)[number]) => ['overdue', 'due-soon', 'upcoming', 'suspended'].includes(m.status);
    expect(events.map((e) => e.getFirstPropertyValue('status'))).toEqual(steps.map((m) => (open(m) ? 'CONFIRMED' : 'CANCELLED')));
    expect(events.every((e) => String(e.getFirstPropertyValue('uid')).startsWith('poortwachter-E-17-'))).toBe(true);
  });

  it('writes the HTML report with --format html and with the report alias', async () => {
    const a = await runCli(['timeline', '--case', sample, '--as-of', '2025-06-02', '--format', 'html']);
    const b = await runCli(['report', '--case', sample, '--as-of', '2025-06-02']);
    expect(a.code).toBe(0);
    expect(a.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(b.stdout).toBe(a.stdout);
  });

  it("names the case in the report's title: the case's id, or --id", async () => {
    const input = JSON.stringify({ id: 'E-000123', firstSickDay: '2025-01-06' });
    const own = await runCli(['report', '--case', '-', '--as-of', '2025-03-10'], { input });
    expect(own.stdout).toContain('<title>Poortwachter-verslag E-000123 — eerste ziektedag 6 januari 2025</title>');
    const given = await runCli(['report', '--case', '-', '--as-of', '2025-03-10', '--id', 'dossier 7', '--lang', 'en'], { input });
    expect(given.stdout).toContain('<title>Poortwachter report dossier 7 — first day of sickness 6 January 2025</title>');
  });

  it('exits 1 with --fail-on overdue only when a legal step is overdue', async () => {
    const overdue = await runCli(['timeline', '--case', sample, '--as-of', '2025-06-02', '--format', 'json', '--fail-on', 'overdue']);
    expect(overdue.code).toBe(1);
    expect(overdue.stdout.length).toBeGreaterThan(1000); // the output is still complete
    const early = await runCli(['timeline', '--first-sick-day', '2025-01-06', '--as-of', '2025-01-10', '--fail-on', 'overdue']);
    expect(early.code).toBe(0);
    const late = await runCli(['timeline', '--case', complex, '--as-of', '2024-06-01', '--fail-on', 'late']);
    expect(late.code).toBe(1);
    const lateOnlyOverdue = await runCli(['timeline', '--case', complex, '--as-of', '2024-06-01', '--fail-on', 'overdue']);
    expect(lateOnlyOverdue.code).toBe(0);
  });
});

describe.concurrent('poortwachter timeline: bad input (exit 2, one line per problem, no stack trace)', () => {
  const cases: [string, string[], string | undefined, RegExp][] = [
    [
      'malformed JSON',
      ['timeline', '--case', '-'],
      '{"firstSickDay": "2025-01-06",',
      /^stdin: geen geldige JSON: de invoer houdt halverwege op \(regel 1, kolom 31\)$/,
    ],
    ['a stray character', ['timeline', '--case', '-'], '{"a" 1}', /^stdin: geen geldige JSON: onverwacht teken '1' \(regel 1, kolom 6\)$/],
    ['an empty stdin', ['timeline', '--case', '-'], '', /^stdin: de invoer is leeg/],
    [
      'an impossible first sick day',
      ['timeline', '--first-sick-day', '2025-02-30'],
      undefined,
      /--first-sick-day '2025-02-30' is geen geldige datum/,
    ],
    [
      'an impossible --as-of',
      ['timeline', '--first-sick-day', '2025-01-06', '--as-of', '2024-13-01'],
      undefined,
      /--as-of '2024-13-01' is geen geldige datum/,
    ],
    [
      'an unknown flag',
      ['timeline', '--first-sick-day', '2025-01-06', '--colour'],
      undefined,
      /^poortwachter timeline: onbekende optie '--colour' \(zie 'poortwachter timeline --help'\)$/,
    ],
    [
      'an unknown flag, in English when --lang en comes after it',
      ['timeline', '--colour', '--lang', 'en'],
      undefined,
      /^poortwachter timeline: unknown option '--colour' \(see 'poortwachter timeline --help'\)$/,
    ],
    [
      'a missing option value',
      ['timeline', '--first-sick-day'],
      undefined,
      /^poortwachter timeline: optie '--first-sick-day' mist een waarde/,
    ],
    [
      'a missing option value (en)',
      ['timeline', '--lang=en', '--first-sick-day'],
      undefined,
      /^poortwachter timeline: option '--first-sick-day' needs a value/,
    ],
    [
      'an unknown format',
      ['timeline', '--first-sick-day', '2025-01-06', '--format', 'xml'],
      undefined,
      /--format moet table, json, csv, ics of html zijn \(niet 'xml'\)/,
    ],
    [
      'an unknown language',
      ['timeline', '--first-sick-day', '2025-01-06', '--lang', 'de'],
      undefined,
      /--lang moet nl of en zijn \(niet 'de'\)/,
    ],
    [
      'a missing file',
      ['timeline', '--case', 'no/such/case.json'],
      undefined,
      /^no\/such\/case\.json: kan niet lezen \(bestand bestaat niet\)$/,
    ],
    [
      'a missing file (en)',
      ['timeline', '--case', 'no/such/case.json', '--lang', 'en'],
      undefined,
      /^no\/such\/case\.json: cannot read \(no such file\)$/,
    ],
    ['no case at all', ['timeline'], undefined, /geef --first-sick-day JJJJ-MM-DD of --case BESTAND/],
    ['a stray argument', ['timeline', 'case.json'], undefined, /onverwacht argument 'case\.json'/],
    ['an unknown command', ['timelines'], undefined, /^poortwachter: onbekende opdracht 'timelines'/],
    ['an unknown command (en)', ['timelines', '--lang', 'en'], undefined, /^poortwachter: unknown command 'timelines'/],
    ['JSON that is not an object', ['timeline', '--case', '-'], '[1,2]', /^stdin: \(root\): verwacht object/],
    [
      'an unexpected token, naming line and column (Node 20 gives no position for it)',
      ['timeline', '--case', '-'],
      '{\n  "firstSickDay": "2025-01-06",\n  "events": [}\n',
      /^stdin: geen geldige JSON: onverwacht teken '\}' \(regel 3, kolom 14\)$/,
    ],
    [
      'an unexpected token, in English with --lang en',
      ['timeline', '--case', '-', '--lang', 'en'],
      '{"firstSickDay": tru}',
      /^stdin: not valid JSON: unexpected character '\}' \(line 1, column 21\)$/,
    ],
    [
      'a Dutch-order --first-sick-day, suggesting the ISO date',
      ['timeline', '--first-sick-day', '06-01-2025'],
      undefined,
      /--first-sick-day '06-01-2025' is geen geldige datum .*; bedoelde u 2025-01-06\? \(gelezen als DD-MM-JJJJ\)$/,
    ],
    [
      'a Dutch-order firstSickDay in the case, suggesting the ISO date (en)',
      ['timeline', '--case', '-', '--lang', 'en'],
      '{"firstSickDay": "6/1/2025"}',
      /^stdin: firstSickDay: '6\/1\/2025' is not a valid date .*; did you mean 2025-01-06\? \(read as DD-MM-YYYY, the Dutch order\)$/,
    ],
    [
      'a misspelt event type, suggesting the nearest known one',
      ['timeline', '--case', '-'],
      '{"firstSickDay": "2025-01-06", "events": [{"type": "probleemanalyze", "date": "2025-02-10"}]}',
      /^stdin: events\[0\]\.type: onbekende soort gebeurtenis 'probleemanalyze'.*; bedoelde u 'probleemanalyse'\?$/,
    ],
    [
      'an --as-of before the first sick day',
      ['timeline', '--first-sick-day', '2025-01-06', '--as-of', '2025-01-01', '--format', 'table'],
      undefined,
      /^poortwachter timeline: De peildatum 2025-01-01 ligt vóór de eerste ziektedag 2025-01-06/,
    ],
    [
      'an --as-of before the first sick day (en, report)',
      ['report', '--first-sick-day', '2025-01-06', '--as-of', '2025-01-05', '--lang', 'en'],
      undefined,
      /^poortwachter report: The as-of date 2025-01-05 is before the first sick day 2025-01-06/,
    ],
  ];
  for (const [name, args, input, message] of cases) {
    it(`rejects ${name}`, async () => {
      const r = await runCli(args, input === undefined ? {} : { input });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expectNoStack(r.stderr);
      expect(r.stderr.trimEnd().split('\n')[0]).toMatch(message);
    });
  }

  it('lists every problem of an invalid case on its own line, naming the field', async () => {
    const input = JSON.stringify({
      firstSickDay: '2024-02-30',
      events: [
        { type: 'probleemanalyse', date: '2025-13-01' },
        { type: 'gedanst', date: '2025-01-01' },
      ],
    });
    const r = await runCli(['timeline', '--case', '-', '--lang', 'en'], { input });
    expect(r.code).toBe(2);
    expectNoStack(r.stderr);
    const messages = r.stderr.trimEnd().split('\n');
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/^stdin: firstSickDay: '2024-02-30' is not a valid date/);
    expect(messages[1]).toMatch(/^stdin: events\[0\]\.date: /);
    expect(messages[2]).toMatch(/^stdin: events\[1\]\.type: unknown event type 'gedanst'/);
  });
});

describe.concurrent('poortwachter: help and version', () => {
  for (const command of ['timeline', 'report', 'batch', 'validate', 'schema', 'sources']) {
    it(`prints help with an example for ${command}, in Dutch and in English`, async () => {
      const nl = await runCli([command, '--help']);
      expect(nl.code).toBe(0);
      expect(nl.stdout).toMatch(new RegExp(`^Gebruik: poortwachter ${command}`));
      expect(nl.stdout).toMatch(/Voorbeeld(?:en)?:\n {2}poortwachter /);
      const en = await runCli([command, '--help', '--lang', 'en']);
      expect(en.code).toBe(0);
      expect(en.stdout).toMatch(new RegExp(`^Usage: poortwachter ${command}`));
      expect(en.stdout).toMatch(/Examples?:\n {2}poortwachter /);
    });
  }

  it('prints the main help, and usage to stderr with exit 2 when no command is given', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Opdrachten:');
    const en = await runCli(['--lang', 'en', '--help']);
    expect(en.stdout).toContain('Commands:');
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('Gebruik: poortwachter <opdracht>');
  });

  it('prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });

  it('is an executable ESM file with a shebang', () => {
    expect(readFileSync(cliPath, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
