// Every test file runs in exactly one tier (test/tiers.ts): a file listed there that does not exist
// would silently run nowhere, and a unit-tier file that starts processes would run four times.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOCKING_TESTS, PROCESS_TESTS } from './tiers.js';

const root = join(import.meta.dirname, '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [relative(root, join(dir, e.name))] : [],
  );
}

describe('test tiers', () => {
  it('lists only files that exist, once each', () => {
    for (const f of PROCESS_TESTS) expect(existsSync(join(root, f)), f).toBe(true);
    expect(new Set(PROCESS_TESTS).size).toBe(PROCESS_TESTS.length);
  });

  it('keeps process-starting tests out of the unit tier', () => {
    // child processes, a browser, or the helpers in test/cli/helpers.ts that run the built CLI
    const spawns = (f: string, text: string) =>
      /from '(node:)?child_process'|playwright|from '\.\.\/cli\/helpers\.js'/.test(text) ||
      (f.startsWith('test/cli/') && text.includes("from './helpers.js'"));
    const unit = testFiles(join(root, 'test')).filter((f) => !PROCESS_TESTS.includes(f) && f !== 'test/tiers.test.ts');
    expect(unit.length).toBeGreaterThan(20);
    const offenders = unit.filter((f) => spawns(f, readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('puts every process-starting test in the process tier', () => {
    // the check above is not vacuous: each listed file does start processes
    for (const f of PROCESS_TESTS) {
      const text = readFileSync(join(root, f), 'utf8');
      expect(/runCli|runNode|cliPath|child_process|chromium|playwright/.test(text), f).toBe(true);
    }
  });

  it('gives every file that mocks a module its own module graph', () => {
    for (const f of MOCKING_TESTS) expect(existsSync(join(root, f)), f).toBe(true);
    const mocking = testFiles(join(root, 'test')).filter(
      (f) => f !== 'test/tiers.test.ts' && /\bvi\.(mock|doMock|stubGlobal|stubEnv)\(/.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(mocking.filter((f) => !PROCESS_TESTS.includes(f)).sort()).toEqual([...MOCKING_TESTS].sort());
  });
});
