/**
 * The CLI's argument edges (issue 21 item 9), in process through `runCli`: a negative number after a
 * value option reaches that option's own check (parseArgs alone called it "takes no value"); an
 * option that needs a value followed by another option says the value is missing; a value option
 * given twice is refused (exit 2), whichever command.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { negativeValuesJoined } from '../../src/cli/args.js';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';

async function run(argv: readonly string[], input = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdin = new PassThrough();
  stdin.end(input);
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (c: Buffer) => out.push(c.toString('utf8')));
  stderr.on('data', (c: Buffer) => err.push(c.toString('utf8')));
  const io: CliIo = { stdin, stdout, stderr, env: { NO_COLOR: '1' } };
  const code = await runCli(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const CASE = '{"id":"a","firstSickDay":"2025-01-06"}\n';

describe('CLI argument edges', () => {
  it('joins a negative number to the value option before it, and nothing after --', () => {
    const options = { within: { type: 'string' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean' } } as const;
    expect(negativeValuesJoined(['--within', '-5', 'x'], options)).toEqual(['--within=-5', 'x']);
    expect(negativeValuesJoined(['-o', '-1'], options)).toEqual(['--out=-1']);
    expect(negativeValuesJoined(['--help', '-5'], options)).toEqual(['--help', '-5']);
    expect(negativeValuesJoined(['--within', '--help'], options)).toEqual(['--within', '--help']);
    expect(negativeValuesJoined(['--', '--within', '-5'], options)).toEqual(['--', '--within', '-5']);
  });

  it('worklist --within -5: the range of --within, not "takes no value" (nl and en)', async () => {
    for (const [lang, words] of [
      ['nl', /--within.*'-5'/],
      ['en', /--within.*'-5'/],
    ] as const) {
      const r = await run(['worklist', '-', '--as-of', '2025-03-10', '--within', '-5', '--lang', lang], CASE);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(words);
      expect(r.stderr).not.toMatch(/neemt geen waarde|does not take a value/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('timeline --as-of -5: the date check names the value', async () => {
    const r = await run(['timeline', '--first-sick-day', '2025-01-06', '--as-of', '-5', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--as-of.*'-5'/);
  });

  it('an option that needs a value followed by another option: the value is missing', async () => {
    const r = await run(['timeline', '--first-sick-day', '2025-01-06', '--as-of', '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("poortwachter timeline: option '--as-of' needs a value (see 'poortwachter timeline --help')\n");
  });

  it('a repeated --as-of is refused with both values, exit 2 (nl and en)', async () => {
    const argv = ['timeline', '--first-sick-day', '2025-01-06', '--as-of', '2025-03-10', '--as-of', '2025-04-01'];
    const nl = await run(argv);
    expect(nl.code).toBe(2);
    expect(nl.stdout).toBe('');
    expect(nl.stderr).toBe(
      "poortwachter timeline: optie '--as-of' staat er 2 keer ('2025-03-10', '2025-04-01'); geef hem één keer (zie 'poortwachter timeline --help')\n",
    );
    const en = await run([...argv, '--lang', 'en']);
    expect(en.stderr).toBe(
      "poortwachter timeline: option '--as-of' is given 2 times ('2025-03-10', '2025-04-01'); give it once (see 'poortwachter timeline --help')\n",
    );
  });

  it('refuses a repeated value option on every command, also --as-of=… written inline', async () => {
    const r = await run(['batch', '-', '--as-of=2025-03-10', '--as-of', '2025-03-10', '--lang', 'en'], CASE);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/option '--as-of' is given 2 times/);
    const w = await run(['worklist', '-', '--within', '7', '--within', '14', '--as-of', '2025-03-10', '--lang', 'en'], CASE);
    expect(w.code).toBe(2);
    expect(w.stderr).toMatch(/option '--within' is given 2 times \('7', '14'\)/);
  });
});
