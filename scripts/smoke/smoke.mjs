#!/usr/bin/env node
// Smoke test of the package as a user installs it (issue 7; docs/reliability.md §3):
//   npm pack → npm install <tarball> in a scratch project under the OS temp dir → on Node 20 (this
//   machine's), 22 and 24 (the `node` package from the npm registry, via `npx -y -p node@N`):
//   ESM `import` and CJS `require` of every subpath of `exports`, and the `poortwachter` bin. First as a
//   library-only install (no Fastify, an optional peer dependency: `poortwachter/server` and
//   `poortwachter serve` must say how to add it), then with Fastify added (issue 21).
// Run after `npm run build`. Env: POORTWACHTER_SMOKE_NODES (default "20,22,24"; the running major is
// this node itself, the others come from the registry); POORTWACHTER_PACKED_TARBALL: a tarball
// `npm pack` already made (npm test packs once for this and scripts/check-package.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const nodes = (process.env.POORTWACHTER_SMOKE_NODES ?? '20,22,24').split(',').map((s) => s.trim());
const t0 = performance.now();
let failed = 0;

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 300_000, ...opts, env: { ...process.env, NO_COLOR: '1', ...opts.env } });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  return r;
}

function must(r, what) {
  if (r.status !== 0) throw new Error(`${what} exited with ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r;
}

const scratch = mkdtempSync(join(tmpdir(), 'poortwachter-smoke-'));
try {
  // 1. Pack exactly what `npm publish` would ship (or take the tarball npm test packed).
  const given = process.env.POORTWACHTER_PACKED_TARBALL;
  let tarballPath;
  if (given !== undefined && given !== '') {
    if (!existsSync(given)) throw new Error(`POORTWACHTER_PACKED_TARBALL does not exist: ${given}`);
    tarballPath = given;
    process.stdout.write(`using the packed ${given.split('/').pop()} (POORTWACHTER_PACKED_TARBALL)\n`);
  } else {
    must(sh('npm', ['pack', '--silent', '--pack-destination', scratch], { cwd: root }), 'npm pack');
    const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack produced no tarball');
    tarballPath = join(scratch, tarball);
    process.stdout.write(`packed ${tarball}\n`);
  }

  // 2. Install it into a fresh project (its dependencies come from the registry or the npm cache).
  const app = join(scratch, 'app');
  sh('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'smoke-app', private: true, version: '0.0.0' }));
  must(
    sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarballPath], { cwd: app }),
    'npm install <tarball>',
  );
  // A library-only install has no web server in it (Fastify is an optional peer dependency).
  const pulled = ['fastify', 'pino'].filter((p) => existsSync(join(app, 'node_modules', p)));
  if (pulled.length > 0) {
    failed++;
    process.stdout.write(`FAIL: a library-only install pulled ${pulled.join(', ')}\n`);
  } else process.stdout.write('ok library-only install: no fastify, no pino\n');
  for (const f of ['esm.mjs', 'cjs.cjs', 'subpaths.cjs']) writeFileSync(join(app, f), sh('cat', [join(here, f)]).stdout);

  // 3. The checks, per Node version: without Fastify, then with it.
  const binaries = new Map();
  /** The node binary of major `v`: npx once per version, to find the binary of the `node` package. */
  const nodeOf = (v) => {
    if (v === process.versions.node.split('.')[0]) return process.execPath;
    if (!binaries.has(v))
      binaries.set(
        v,
        must(sh('npx', ['-y', '-p', `node@${v}`, 'node', '-p', 'process.execPath'], { cwd: scratch }), `npx -p node@${v}`).stdout.trim(),
      );
    return binaries.get(v);
  };
  for (const withFastify of [false, true]) {
    if (withFastify) {
      const range = JSON.parse(readFileSync(join(app, 'node_modules', 'poortwachter', 'package.json'), 'utf8')).peerDependencies.fastify;
      must(
        sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', `fastify@${range}`], { cwd: app }),
        'npm install fastify',
      );
      process.stdout.write(`added fastify@${range} (the peer dependency of poortwachter/server and serve)\n`);
    }
    for (const v of nodes) checks(v, withFastify);
  }

  /** The checks on Node major `v`. */
  function checks(v, withFastify) {
    const node = [nodeOf(v)];
    const run = (args, input, timeout = 300_000) => {
      const [cmd, ...pre] = node;
      return sh(cmd, [...pre, ...args], { cwd: app, input, timeout, env: { SMOKE_FASTIFY: withFastify ? '1' : '0' } });
    };
    const version = run(['--version']).stdout.trim();
    const results = [];
    const check = (name, r, ok) => {
      const good = r.status === 0 && ok(r);
      results.push(`${good ? 'ok' : 'FAIL'} ${name}`);
      if (!good) {
        failed++;
        process.stdout.write(`--- ${name} on ${version}: exit ${r.status}\n${r.stdout.slice(0, 2000)}\n${r.stderr.slice(0, 2000)}\n`);
      }
    };
    check('import (ESM)', run(['esm.mjs']), (r) => r.stdout.includes('esm ok'));
    check('require (CJS)', run(['cjs.cjs']), (r) => r.stdout.includes('cjs ok'));
    const bin = join(app, 'node_modules', '.bin', 'poortwachter');
    check('bin --version', run([bin, '--version']), (r) => /^\d+\.\d+\.\d+/.test(r.stdout));
    check(
      'bin timeline --format json',
      run([bin, 'timeline', '--first-sick-day', '2025-01-06', '--as-of', '2025-03-10', '--format', 'json']),
      (r) => {
        const t = JSON.parse(r.stdout);
        return t.wachttijd.lastDay === '2027-01-03' && t.milestones.some((m) => m.id === 'probleemanalyse' && m.due === '2025-02-16');
      },
    );
    // batch exits 2 when a line is invalid (after writing every line): check the lines and the status.
    const b = run(
      [bin, 'batch', '-', '--as-of', '2025-03-10', '--fields', 'summary'],
      '{"firstSickDay":"2025-01-06","id":"a"}\n{"firstSickDay":"2025-02-30"}\n',
    );
    const lines = b.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const batchOk =
      b.status === 2 && lines.length === 2 && lines[0].ok === true && lines[0].id === 'a' && lines[1].ok === false && lines[1].line === 2;
    results.push(`${batchOk ? 'ok' : 'FAIL'} bin batch (stdin, one bad line → exit 2)`);
    if (!batchOk) {
      failed++;
      process.stdout.write(`--- batch on ${version}: exit ${b.status}\n${b.stdout}\n${b.stderr}\n`);
    }
    const bad = run([bin, 'validate', '-'], '{"firstSickDay":"2025-02-30"}');
    const validateOk = bad.status === 2 && bad.stderr.includes('firstSickDay') && !/\n\s+at /.test(bad.stderr);
    results.push(`${validateOk ? 'ok' : 'FAIL'} bin validate (invalid → exit 2, no stack trace)`);
    if (!validateOk) failed++;
    if (!withFastify) {
      // `serve` without Fastify: how to add it, in the user's language; exit 2, no stack trace.
      for (const [lang, words] of [
        ['nl', 'Voeg het toe naast poortwachter'],
        ['en', 'Add it beside poortwachter'],
      ]) {
        // A server that did start is stopped by the timeout (SIGTERM): then the check fails.
        const s = run([bin, 'serve', '--port', '0', '--lang', lang], undefined, 20_000);
        const serveOk =
          s.status === 2 && s.stderr.includes(words) && s.stderr.includes('npm install fastify@5') && !/\n\s+at /.test(s.stderr);
        results.push(`${serveOk ? 'ok' : 'FAIL'} bin serve --lang ${lang} without fastify (exit 2, how to add it)`);
        if (!serveOk) {
          failed++;
          process.stdout.write(
            `--- serve --lang ${lang} on ${version}: exit ${s.status}\n${s.stdout.slice(0, 2000)}\n${s.stderr.slice(0, 2000)}\n`,
          );
        }
      }
    }
    process.stdout.write(`Node ${version}, ${withFastify ? 'with fastify' : 'library only'}: ${results.join(', ')}\n`);
  }
} catch (error) {
  failed++;
  process.stdout.write(`FAIL: ${error.message}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.stdout.write(
  `smoke: ${failed === 0 ? 'all good' : `${failed} failure(s)`} on Node ${nodes.join(', ')} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`,
);
process.exitCode = failed === 0 ? 0 : 1;
