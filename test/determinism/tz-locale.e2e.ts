/**
 * Byte-identical output whatever the machine's time zone and locale (docs/reliability.md §2, issue 7):
 * child processes under TZ = UTC, Europe/Amsterdam, America/Los_Angeles, Asia/Kathmandu (+05:45),
 * Pacific/Kiritimati (+14) and LANG/LC_ALL = C, nl_NL, en_US, tr_TR (dotless i), ar_EG (Arabic
 * digits), th_TH (Buddhist calendar), ja_JP. ICU reads LANG/LC_ALL even where the OS has no such
 * locale installed, so `Intl` defaults really change in the child.
 *
 * Compared: `JSON.stringify(evaluateCase(…))` for a few hundred cases (library, ESM build), the
 * CLI's `timeline --format json` (and table, csv, html: not required, but a report that moved a
 * date by a day would be as wrong), and `batch` NDJSON. Not compared: ics (DTSTAMP is the time of
 * the run, RFC 5545).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateCase } from '../../src/index.js';
import { lateCaseArb, validCaseArb } from '../arbitraries.js';
import { hasStackTrace, pool, run, snapshotBuild } from '../fuzz/spawn.js';

const TZS = ['UTC', 'Europe/Amsterdam', 'America/Los_Angeles', 'Asia/Kathmandu', 'Pacific/Kiritimati'];
const LOCALES = ['C', 'nl_NL.UTF-8', 'en_US.UTF-8', 'tr_TR.UTF-8', 'ar_EG.UTF-8', 'th_TH.UTF-8', 'ja_JP.UTF-8'];

/** Every time zone with LANG=C, and every locale at least once, each with a different zone. */
const ENVS: { TZ: string; LANG: string; LC_ALL: string }[] = [
  ...TZS.map((TZ) => ({ TZ, LANG: 'C', LC_ALL: 'C' })),
  ...LOCALES.slice(1).map((l, i) => ({ TZ: TZS[(i + 1) % TZS.length] as string, LANG: l, LC_ALL: l })),
];

const build = snapshotBuild();
const casesFile = join(build.dir, 'cases.ndjson');
const cases = [
  ...fc.sample(validCaseArb(15), { numRuns: 250, seed: 7 }),
  ...fc.sample(lateCaseArb(), { numRuns: 30, seed: 8 }),
  {
    input: {
      firstSickDay: '2024-03-31',
      events: [
        { type: 'hersteld' as const, date: '2024-10-27' },
        { type: 'ziek' as const, date: '2024-11-03' },
      ],
    },
    asOf: '2025-03-30',
  },
];
const AS_OF = '2025-06-02';

/** Evaluates every case of the file in the child and prints one JSON line per case. */
const LIB_SCRIPT = `
import { readFileSync } from 'node:fs';
const { evaluateCase } = await import(process.argv[1]);
const out = [];
for (const line of readFileSync(process.argv[2], 'utf8').split('\\n')) {
  if (line === '') continue;
  const { input, asOf } = JSON.parse(line);
  out.push(JSON.stringify(evaluateCase(input, { asOf })));
}
process.stdout.write(out.join('\\n'));
`;

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const results: Record<string, Record<string, string>> = {};

beforeAll(() => {
  writeFileSync(casesFile, `${cases.map((c) => JSON.stringify(c)).join('\n')}\n`);
  writeFileSync(join(build.dir, 'batch.ndjson'), `${cases.map((c) => JSON.stringify(c.input)).join('\n')}\n`);
});

afterAll(() => {
  build.remove();
  const envs = Object.keys(results).length;
  console.log(
    `determinism: ${cases.length} cases × ${envs} environments (TZ × LANG/LC_ALL): ${ENVS.map((e) => `${e.TZ}/${e.LANG}`).join(', ')}`,
  );
});

const envLabel = (e: (typeof ENVS)[number]) => `TZ=${e.TZ} LANG=${e.LANG}`;

async function outputsUnder(e: (typeof ENVS)[number]): Promise<Record<string, string>> {
  const env = { ...process.env, ...e, NO_COLOR: '1' };
  const node = (args: string[]) => run(process.execPath, args, { env, cwd: build.dir, timeoutMs: 60_000 });
  const out: Record<string, string> = {};
  const lib = await node(['--input-type=module', '-e', LIB_SCRIPT, build.index, casesFile]);
  expect(lib.code, lib.stderr).toBe(0);
  out.library = lib.stdout;
  // The batch below covers --format json for every case; here each format once, on the richest example.
  for (const format of ['json', 'table', 'csv', 'html']) {
    const r = await node([
      build.cli,
      'timeline',
      '--case',
      join(process.cwd(), 'examples', 'complex-case.json'),
      '--as-of',
      AS_OF,
      '--format',
      format,
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(hasStackTrace(r.stderr)).toBe(false);
    out[`timeline complex-case ${format}`] = r.stdout;
  }
  const b = await node([build.cli, 'batch', join(build.dir, 'batch.ndjson'), '--as-of', AS_OF]);
  expect([0, 2]).toContain(b.code);
  out.batch = b.stdout;
  return out;
}

describe('the same bytes in every time zone and locale', () => {
  it('library, CLI timeline (json, table, csv, html) and batch agree across all environments', { timeout: 300_000 }, async () => {
    const all = await pool(ENVS, 2, async (e) => [envLabel(e), await outputsUnder(e)] as const);
    for (const [label, out] of all) results[label] = out;
    const [refLabel, ref] = all[0] as (typeof all)[number];
    // The reference itself: the in-process library (this process's zone) gives the same bytes.
    expect(ref.library).toBe(cases.map((c) => JSON.stringify(evaluateCase(c.input, { asOf: c.asOf }))).join('\n'));
    expect(JSON.parse(ref['timeline complex-case json'] as string).firstSickDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const [label, out] of all) {
      for (const key of Object.keys(ref)) {
        expect(`${key} ${sha(out[key] as string)}`, `${key}: ${label} differs from ${refLabel}`).toBe(`${key} ${sha(ref[key] as string)}`);
      }
    }
  });
});
