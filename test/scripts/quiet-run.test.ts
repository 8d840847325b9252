/**
 * A quiet first run (issue 21 item 8): `npm run example` builds only when the sources changed;
 * `npm test` prints one line per green stage and everything of a red one; audit:prod says "skipped"
 * when it could not ask the advisory service (it said "ok").
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, no types
import { buildIsCurrent, inputsHash, writeStamp } from '../../scripts/build-stamp.mjs';
// @ts-expect-error: a plain .mjs script, no types
import { lastLine, saysSkipped, stageBlock } from '../../scripts/test-report.mjs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };

describe('npm run example builds only when the sources changed', () => {
  const root = mkdtempSync(join(tmpdir(), 'poortwachter-stamp-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const put = (file: string, text: string) => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  put('src/index.ts', 'export const a = 1;\n');
  put('src/cli/main.ts', 'console.log(1);\n');
  put('package.json', '{}');
  for (const f of ['dist/cli.js', 'dist/index.js', 'dist/index.cjs', 'dist/case-input.schema.json']) put(f, '');

  it('the example script checks the stamp instead of always running the build', () => {
    expect(pkg.scripts.example).toMatch(/^node scripts\/build-stamp\.mjs ensure && node dist\/cli\.js timeline /);
    expect(pkg.scripts.example).not.toMatch(/npm run build/);
    expect(pkg.scripts.build).toMatch(/&& node scripts\/build-stamp\.mjs write$/);
  });

  it('is current after a stamp, and stale after a source change, a new file or a missing output', () => {
    expect(buildIsCurrent(root)).toBe(false); // never stamped
    writeStamp(root);
    expect(buildIsCurrent(root)).toBe(true);
    const before = inputsHash(root);
    put('src/index.ts', 'export const a = 2;\n');
    expect(buildIsCurrent(root)).toBe(false);
    put('src/index.ts', 'export const a = 1;\n');
    expect(inputsHash(root)).toBe(before); // contents, not mtimes
    expect(buildIsCurrent(root)).toBe(true);
    put('src/new.ts', '');
    expect(buildIsCurrent(root)).toBe(false);
    writeStamp(root);
    rmSync(join(root, 'dist/cli.js'));
    expect(buildIsCurrent(root)).toBe(false);
  });
});

describe('npm test output', () => {
  const long = `${Array.from({ length: 500 }, (_, i) => ` ✓ test ${i}`).join('\n')}\n\n check-package: all good\n`;

  it("prints one line for a green stage, with the stage's own verdict line", () => {
    const block = stageBlock({ name: 'check:package', verdict: 'ok', seconds: 12.34, output: long }) as string;
    expect(block).toBe('━━━ check:package: ok in 12.3 s ━━━ check-package: all good\n');
    expect(stageBlock({ name: 'typecheck', verdict: 'ok', seconds: 20, output: '' })).toBe('━━━ typecheck: ok in 20.0 s ━━━\n');
  });

  it('prints the whole output of a red stage, and of every stage when verbose', () => {
    const red = stageBlock({ name: 'unit', verdict: 'failed', detail: 'exit 1', seconds: 1, output: long }) as string;
    expect(red.split('\n').length).toBeGreaterThan(500);
    expect(red).toContain('━━━ unit: FAILED (exit 1) in 1.0 s ━━━');
    expect(
      (stageBlock({ name: 'lint', verdict: 'ok', seconds: 1, output: long, verbose: true }) as string).split('\n').length,
    ).toBeGreaterThan(500);
  });

  it('takes the last line with text, without colour codes', () => {
    expect(lastLine('a\n\x1b[32mb ok\x1b[39m\n\n  \n')).toBe('b ok');
    expect(lastLine('')).toBe('');
  });

  it('lists audit:prod as skipped when it could not reach the advisory service', () => {
    const out =
      '(no verdict about the dependencies; set POORTWACHTER_AUDIT_STRICT=1 to make this an error)\n' +
      'npm audit --omit=dev: skipped — could not reach the advisory service: 405 Method Not Allowed\n';
    expect(saysSkipped(out)).toBe(true);
    expect(saysSkipped('npm audit --omit=dev: clean (3 runtime packages, 0 vulnerabilities)\n')).toBe(false);
    expect(stageBlock({ name: 'audit:prod', verdict: 'skipped', detail: 'could not run its check', seconds: 2, output: out })).toMatch(
      /^━━━ audit:prod: skipped \(could not run its check\) in 2\.0 s ━━━ npm audit --omit=dev: skipped — could not reach/,
    );
  });

  it('audit-prod.mjs ends with the "skipped" line when the service is unavailable (not "ok")', () => {
    const src = readFileSync(new URL('../../scripts/audit-prod.mjs', import.meta.url), 'utf8');
    expect(src).toContain('npm audit --omit=dev: skipped');
    expect(src).not.toMatch(/WARNING npm audit --omit=dev could not reach/);
  });
});
