// The two engines of an A/B run: src/ at a git ref (A) and the working tree's src/ (B), each bundled
// with esbuild (as tsup does for dist/) and loaded; the bundles and the checkout are removed once
// loaded. Used by bench/ab.mjs and bench/parse-ab.mjs.
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// The repository this script is in (a worktree too), not a fixed checkout.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function bundle(entry, out) {
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: out,
    logLevel: 'error',
    packages: 'external',
    nodePaths: [join(root, 'node_modules')],
  });
  return import(out);
}

/** `{ A, B }`: the library at `ref` and in the working tree; `name` keeps the temporary files apart. */
export async function loadAB(ref, name) {
  const dir = `/tmp/${name}-${process.pid}`;
  mkdirSync(dir, { recursive: true });
  execSync(`git -C ${root} archive ${ref} src | tar -x -C ${dir}`);
  const out = (ab) => join(root, 'node_modules', '.cache', `${name}-${ab}-${process.pid}.mjs`);
  const A = await bundle(`${dir}/src/index.ts`, out('a'));
  const B = await bundle(join(root, 'src', 'index.ts'), out('b'));
  for (const ab of ['a', 'b']) rmSync(out(ab)); // loaded: the files are no longer needed
  rmSync(dir, { recursive: true });
  return { A, B };
}
