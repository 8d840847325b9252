// The README's first example must run as printed: extract it, point the import at the build, run it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README', () => {
  it('runs its first example against the build and prints the documented wachttijd', () => {
    const block = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const code = (block as string).replace("from 'poortwachter'", `from '${pathToFileURL(join(root, 'dist/index.js')).href}'`);
    const dir = mkdtempSync(join(tmpdir(), 'pw-readme-'));
    writeFileSync(join(dir, 'example.mjs'), code);
    const out = execFileSync(process.execPath, [join(dir, 'example.mjs')], { encoding: 'utf8' });
    // D1 2025-01-06 + 727 days = 2027-01-03 (104 weeks = 728 days; 2027-01-04 is the same weekday, Monday).
    expect(out).toContain("lastDay: '2027-01-03'");
    expect(out).toContain("wiaStart: '2027-01-04'");
    // PA done 2025-02-20 after its due date 2025-02-16 (D1 + 41): the README's example shows it late.
    expect(out).toMatch(/2025-02-16 probleemanalyse done-late/);
  });

  it('names the two commands of its first screen', () => {
    const firstScreen = readme.split('\n').slice(0, 40).join('\n');
    expect(firstScreen).toContain('npm run example');
    expect(firstScreen).toContain('npm test');
  });
});
