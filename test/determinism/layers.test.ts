/**
 * Which source folder may import which (issue 21 item 1): the service (src/server) and the command
 * (src/cli) share their helpers through src/common, below both. The per-module ESM build leaves
 * src/cli out of dist/ (the CLI is one bundled file), so an import of src/cli from any other folder
 * breaks `import('poortwachter/server')` in an installed package. A static scan of the imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The repository-relative folders (`src/cli`, `src/server`, …) a file imports from, with the specifier. */
function importsOf(file: string): { spec: string; target: string }[] {
  const src = readFileSync(join(ROOT, file), 'utf8');
  const found: { spec: string; target: string }[] = [];
  for (const m of src.matchAll(/(?:from|import\s*\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const spec = m[1] as string;
    found.push({ spec, target: relative(ROOT, resolve(ROOT, dirname(file), spec)) });
  }
  return found;
}

describe('source layers', () => {
  const all = files('src');

  it('scans the service, the command and the shared helpers', () => {
    for (const dir of ['src/server/', 'src/cli/', 'src/common/']) expect(all.some((f) => f.startsWith(dir))).toBe(true);
  });

  it('imports src/cli from nowhere but src/cli (the ESM build ships no dist/cli/)', () => {
    const bad = all
      .filter((f) => !f.startsWith('src/cli/'))
      .flatMap((f) => importsOf(f).filter((i) => i.target.startsWith('src/cli/') || i.target === 'src/cli'))
      .map((i) => i.spec);
    const where = all.filter((f) => !f.startsWith('src/cli/') && importsOf(f).some((i) => i.target.startsWith('src/cli/')));
    expect({ where, bad }).toEqual({ where: [], bad: [] });
  });

  it('imports neither src/cli nor src/server from src/common (it lies below both)', () => {
    const bad = files('src/common').flatMap((f) =>
      importsOf(f)
        .filter((i) => i.target.startsWith('src/cli/') || i.target.startsWith('src/server/'))
        .map((i) => `${f} → ${i.spec}`),
    );
    expect(bad).toEqual([]);
  });

  it('imports src/server lazily only, from the `serve` command', () => {
    const bad = all
      .filter((f) => !f.startsWith('src/server/'))
      .flatMap((f) => {
        const src = readFileSync(join(ROOT, f), 'utf8');
        return [...src.matchAll(/^\s*import\s[^;]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/gm)]
          .map((m) => ({ spec: m[1] as string, type: /^\s*import\s+type\s/.test(m[0]) }))
          .filter((i) => !i.type && relative(ROOT, resolve(ROOT, dirname(f), i.spec)).startsWith('src/server/'))
          .map((i) => `${f} → ${i.spec}`);
      });
    expect(bad).toEqual([]);
  });
});
