// Behaviour on a terminal, under a real pseudo-terminal from util-linux `script` (skipped without it).
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliPath, ensureBuilt, root } from './helpers.js';

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

function onTty(command: string, env: Record<string, string | undefined> = {}): string {
  const merged: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env };
  for (const k of Object.keys(merged)) if (merged[k] === undefined) delete merged[k];
  return execFileSync('script', ['-qec', command, '/dev/null'], {
    cwd: root,
    encoding: 'utf8',
    env: merged as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

beforeAll(ensureBuilt);

describe.runIf(hasScript).concurrent('on a terminal', () => {
  const node = `'${process.execPath}' '${cliPath}'`;

  it('defaults timeline to the coloured table', () => {
    const out = onTty(`${node} timeline --first-sick-day 2025-01-06 --as-of 2025-03-10`);
    expect(out).toMatch(/^\u001b\[1mPoortwachter · eerste ziektedag ma 6 jan\. 2025/);
    expect(out).toMatch(/\u001b\[1;31mverstreken/);
  });

  it('leaves the colour out when NO_COLOR is set', () => {
    const out = onTty(`${node} timeline --first-sick-day 2025-01-06 --as-of 2025-03-10`, { NO_COLOR: '1' });
    expect(out).toContain('Poortwachter · eerste ziektedag');
    expect(out).not.toMatch(/\u001b\[/);
  });

  it('shows the final batch count on a terminal stderr', () => {
    const input = join(root, 'examples/payroll-export.ndjson');
    const out = onTty(`${node} batch '${input}' --as-of 2025-06-02 --fields status 2>&1 >/dev/null`);
    expect(out).toMatch(/poortwachter batch: 200 verzuimgevallen, 200 in orde, 0 ongeldig, \d+ met een verstreken stap/);
  });
});
