#!/usr/bin/env node
// Whether dist/ is the build of the sources as they are now (issue 21 item 8: `npm run example`
// rebuilt every time, 15 s and more). `npm run build` ends with `node scripts/build-stamp.mjs write`:
// a SHA-256 of every input of the build (src/**, tsup.config.ts, tsconfig.json, package.json,
// scripts/write-schema.mjs), stored in .tmp/build-inputs.sha256 (outside dist/, so it is never
// packed). `node scripts/build-stamp.mjs ensure` builds only when dist/ is missing or the hash
// differs, and prints the build's output only when the build fails. Contents, not mtimes: a
// `git checkout` that changes nothing keeps the build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INPUTS = ['src', 'tsup.config.ts', 'tsconfig.json', 'package.json', 'scripts/write-schema.mjs'];
/** What a complete build leaves in dist/. */
const OUTPUTS = ['dist/cli.js', 'dist/index.js', 'dist/index.cjs', 'dist/case-input.schema.json'];

function files(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  try {
    return readdirSync(full, { withFileTypes: true })
      .flatMap((e) => files(root, join(path, e.name)))
      .sort();
  } catch {
    return [path];
  }
}

/** The SHA-256 of the build's inputs under `root`: each file's path and contents, in a fixed order. */
export function inputsHash(root = ROOT) {
  const h = createHash('sha256');
  for (const f of INPUTS.flatMap((p) => files(root, p))) {
    h.update(`${relative(root, join(root, f)).split('\\').join('/')}\0`);
    h.update(readFileSync(join(root, f)));
    h.update('\0');
  }
  return h.digest('hex');
}

const stampPath = (root) => join(root, '.tmp', 'build-inputs.sha256');

/** Records that dist/ under `root` is the build of the current inputs. */
export function writeStamp(root = ROOT) {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  writeFileSync(stampPath(root), `${inputsHash(root)}\n`);
}

/** Whether dist/ under `root` is complete and built from the current inputs. */
export function buildIsCurrent(root = ROOT) {
  if (!OUTPUTS.every((f) => existsSync(join(root, f)))) return false;
  const stamp = existsSync(stampPath(root)) ? readFileSync(stampPath(root), 'utf8').trim() : '';
  return stamp === inputsHash(root);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  if (command === 'write') writeStamp();
  else if (command === 'ensure') {
    if (!buildIsCurrent()) {
      process.stderr.write('building dist/ (the sources changed since the last build) …\n');
      const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) {
        process.stderr.write(`${r.stdout}${r.stderr}npm run build failed (exit ${r.status})\n`);
        process.exit(1);
      }
    }
  } else {
    process.stderr.write('usage: node scripts/build-stamp.mjs write|ensure\n');
    process.exit(2);
  }
}
