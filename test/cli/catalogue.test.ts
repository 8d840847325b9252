/**
 * The CLI's own words (src/i18n/cli-*.ts) and the `sources` command, run in-process: both
 * catalogues have the same keys, `--lang` is found before parsing, and `poortwachter sources` gives
 * back every milestone's legal basis by id — what a compact batch line leaves out.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CLI_CATALOGUES, langFromArgv } from '../../src/cli/messages.js';
import { runCli } from '../../src/cli/run.js';
import { evaluateCase, legalBasisOf, MILESTONE_RULES, ruleOf, SOURCES } from '../../src/index.js';

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (b: Buffer) => out.push(b));
  stderr.on('data', (b: Buffer) => err.push(b));
  const stdin = new PassThrough();
  stdin.end();
  const code = await runCli(argv, { stdin, stdout, stderr, env: {} });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

describe('the CLI catalogues', () => {
  it('have the same keys in Dutch and English, and a help text for every command', () => {
    const keys = (o: object): string[] => Object.keys(o).sort();
    expect(keys(CLI_CATALOGUES.en)).toEqual(keys(CLI_CATALOGUES.nl));
    expect(keys(CLI_CATALOGUES.en.help)).toEqual(keys(CLI_CATALOGUES.nl.help));
    expect(keys(CLI_CATALOGUES.en.sources.columns)).toEqual(keys(CLI_CATALOGUES.nl.sources.columns));
    for (const [topic, text] of Object.entries(CLI_CATALOGUES.nl.help)) {
      expect(text, topic).toMatch(/^(poortwachter — |Gebruik: )/);
      expect(CLI_CATALOGUES.en.help[topic as keyof typeof CLI_CATALOGUES.en.help], topic).toMatch(/^(poortwachter — |Usage: )/);
    }
  });

  it('finds --lang in the raw arguments, the last one winning, never after --', () => {
    expect(langFromArgv(['timeline', '--colour', '--lang', 'en'])).toBe('en');
    expect(langFromArgv(['timeline', '--lang=en'])).toBe('en');
    expect(langFromArgv(['timeline', '--lang', 'en', '--lang', 'nl'])).toBe('nl');
    expect(langFromArgv(['timeline', '--lang', 'de'])).toBe('nl');
    expect(langFromArgv(['timeline', '--', '--lang', 'en'])).toBe('nl');
    expect(langFromArgv(['timeline', '--lang'])).toBe('nl');
  });

  it('reports a bad --lang before the command in Dutch, and takes a good one', async () => {
    const bad = await run(['--lang', 'de', 'timeline']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("poortwachter: --lang moet nl of en zijn (niet 'de')\n");
    const good = await run(['--lang', 'en', 'timeline', '--first-sick-day', '2025-02-30']);
    expect(good.code).toBe(2);
    expect(good.stderr).toMatch(/^poortwachter timeline: --first-sick-day '2025-02-30' is not a valid date/);
    const alone = await run(['--lang', 'en']);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toMatch(/^poortwachter — every step/);
  });
});

describe('poortwachter sources', () => {
  it('lists every source by id and every milestone with the ids of its legal basis', async () => {
    const r = await run(['sources', '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as {
      sources: Record<string, { citation: string; url: string }>;
      milestones: { id: string; title: string; sources: string[] }[];
    };
    expect(data.sources).toEqual(JSON.parse(JSON.stringify(SOURCES)));
    expect(data.milestones.map((m) => m.id)).toEqual(MILESTONE_RULES.map((rule) => rule.id));
    // The legal basis of every milestone of a timeline, rebuilt from the ids.
    const t = evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10' });
    for (const m of t.milestones) {
      const entry = data.milestones.find((x) => x.id === m.id);
      expect(entry?.sources.map((id) => data.sources[id])).toEqual(legalBasisOf(m));
      expect(entry?.title).toBe(ruleOf(m.id)?.title.en);
    }
  });

  it('prints a table in Dutch by default', async () => {
    const r = await run(['sources', '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Bronnen \(Id, Vindplaats, Adres\)\n/);
    expect(r.stdout).toContain('Stappen en hun bronnen');
    expect(r.stdout).toMatch(/ {2}probleemanalyse +Probleemanalyse +regelingArt2Lid2, uwvStappenplan\n/);
  });
});
