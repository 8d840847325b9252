// The docs stand on their own: every relative link in README.md, CHANGELOG.md and docs/*.md points at
// a file of the project (and, with `#anchor`, at an anchor or heading in it), and no file of the
// project cites documents it does not contain (design notes or source tags from outside the repository).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
/** The project's own files under `dir` (generated and installed trees left out). */
function filesUnder(dir: string): string[] {
  const skip = new Set(['node_modules', 'dist', 'coverage', 'reports', 'test-artifacts', '.git', '.tmp', '.stryker-tmp', 'api']);
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    if (skip.has(e.name)) return [];
    const path = dir === '.' ? e.name : `${dir}/${e.name}`;
    return e.isDirectory() ? filesUnder(path) : [path];
  });
}

/** GitHub's heading slugs: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(file, 'utf8');
  const ids = [...text.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1] as string);
  const headings = [...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1] as string));
  return new Set([...ids, ...headings]);
}

const markdown = ['README.md', 'CHANGELOG.md', ...filesUnder('docs').filter((f) => f.endsWith('.md'))];

describe('links in the docs', () => {
  it('finds the docs', () => {
    expect(markdown).toContain('docs/rules.md');
    expect(markdown).toContain('docs/sources.md');
  });

  for (const file of markdown) {
    it(`resolves every relative link of ${file}`, () => {
      const text = readFileSync(join(root, file), 'utf8');
      const broken: string[] = [];
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1] as string;
        if (/^[a-z]+:/i.test(target)) continue; // https:, mailto:
        const [path, anchor] = target.split('#') as [string, string | undefined];
        const abs = path === '' ? join(root, file) : resolve(dirname(join(root, file)), path);
        if (!existsSync(abs)) {
          broken.push(`${target} (no such file)`);
          continue;
        }
        if (anchor !== undefined && abs.endsWith('.md') && !anchorsOf(abs).has(anchor)) broken.push(`${target} (no such anchor)`);
      }
      expect(broken).toEqual([]);
    });
  }
});

describe('citations', () => {
  it('cite only what the project contains', () => {
    // the design notes and research notes the project was started from, and their source tags
    const foreign = /\b(DESIGN|LAW|STYLE|TOOLCHAIN)\.md\b|\bDESIGN §|\bLAW §|\[[UCSL]\d+\]|\.\.\/shared\//;
    const top = readdirSync(root).filter((f) => /\.(md|ts|mjs|json)$/.test(f) && f !== 'package-lock.json');
    const files = [...top, ...['src', 'docs', 'test', 'scripts', 'bench', 'examples'].flatMap(filesUnder)].filter(
      (f) => f !== 'test/docs/links.test.ts' && /\.(md|ts|mts|cts|mjs|cjs|js|json|sh)$/.test(f),
    );
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((f) =>
      readFileSync(join(root, f), 'utf8')
        .split('\n')
        .flatMap((line, i) => (foreign.test(line) ? [`${f}:${i + 1}: ${line.trim().slice(0, 100)}`] : [])),
    );
    expect(offenders).toEqual([]);
  });
});
