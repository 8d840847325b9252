#!/usr/bin/env node
// Checks the built package as users get it (issue 7; docs/reliability.md §3):
//   1. publint --strict          package.json fields, exports, files (warnings count as errors)
//   2. attw --pack .             types resolve for node10, node16 (ESM and CJS) and bundlers
//   3. a browser bundle          esbuild, platform 'browser', of the library entry: no `node:` import,
//                                no Node builtin, and it runs in a bare JS realm (no process, no
//                                require, no Buffer) and gives the same timeline as Node.
//   4. every export's files        each target of `exports` (import and require) is in the tarball,
//                                and so is every file it reaches by a relative import or require
//                                (issue 21: dist/server/app.js imported a dist/cli/io.js the build
//                                leaves out). Loading each subpath in Node is scripts/smoke's job.
// Run after `npm run build`. Every check works on one `npm pack` of the build, unpacked under .tmp/
// (inside the repository, so that bundling still finds zod, luxon and date-fns in node_modules): a
// concurrent `npm run build` on the same tree cannot change what is checked halfway through.
// POORTWACHTER_PACKED_TARBALL: a tarball `npm pack` already made (npm test packs once for this
// script and the smoke test); without it, this script packs the build itself.
// Exit code 1 when anything fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
let failed = 0;
const step = (name) => process.stdout.write(`\n=== ${name} ===\n`);
const fail = (msg) => {
  failed++;
  process.stdout.write(`FAIL: ${msg}\n`);
};

/** The JS file of an installed bin (node_modules/.bin entries are symlinks to it). */
const bin = (_pkg, name) => `${root}/node_modules/.bin/${name}`;

function runTool(label, file, args) {
  const r = spawnSync(process.execPath, [file, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  if (r.status !== 0) fail(`${label} exited with ${r.status}`);
  return r;
}

// 0. one snapshot of the package
mkdirSync(join(root, '.tmp'), { recursive: true });
const work = mkdtempSync(join(root, '.tmp', 'check-package-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
const given = process.env.POORTWACHTER_PACKED_TARBALL;
let tarballPath;
if (given !== undefined && given !== '') {
  if (!existsSync(given)) {
    process.stdout.write(`FAIL: POORTWACHTER_PACKED_TARBALL does not exist: ${given}\n`);
    process.exit(1);
  }
  tarballPath = given;
  process.stdout.write(`using the packed ${basename(given)} (POORTWACHTER_PACKED_TARBALL)\n`);
} else {
  const packed = spawnSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (packed.status !== 0 || tarball === undefined) {
    process.stdout.write(`FAIL: npm pack: ${packed.stderr}\n`);
    process.exit(1);
  }
  tarballPath = join(work, tarball);
}
spawnSync('tar', ['-xzf', tarballPath, '-C', work]);
const pkgDir = join(work, 'package');

// 1. publint
step('publint --strict');
runTool('publint', bin('publint', 'publint'), [pkgDir, '--strict']);

// 2. attw. `./schema.json` (and the two output schemas) are excluded: a JSON subpath of `exports` can never resolve under
// TypeScript's legacy node10 resolution (it ignores `exports`), and it carries no types to get
// wrong. Its resolution from ESM, CJS and bundlers is checked by scripts/smoke (Node 20/22/24)
// and by the browser bundle below.
step('attw on the packed tarball (= attw --pack .; strict profile; the *.schema.json subpaths excluded, see comment)');
runTool('attw', bin('@arethetypeswrong/cli', 'attw'), [
  tarballPath,
  '--exclude-entrypoints',
  './schema.json',
  './timeline.schema.json',
  './batch-line.schema.json',
  '--format',
  'table-flipped',
]);

// 3. browser bundle of the library entry
step('esbuild --platform=browser of the packed dist/index.js');
try {
  const result = await build({
    stdin: {
      contents: `export * from 'poortwachter'; export * from 'poortwachter/format'; export { default as caseSchema } from 'poortwachter/schema.json';`,
      resolveDir: pkgDir,
      loader: 'js',
    },
    // Resolve the package through its own `exports` (as a bundler in a user's project would).
    alias: {},
    nodePaths: [],
    absWorkingDir: pkgDir,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'poortwachter',
    write: false,
    metafile: true,
    minify: true,
    logLevel: 'silent',
    conditions: ['browser', 'import'],
    plugins: [
      {
        name: 'self',
        setup(b) {
          // `poortwachter` from inside its own repository: point at the package root.
          b.onResolve({ filter: /^poortwachter(\/.*)?$/ }, (args) => {
            const sub = args.path.slice('poortwachter'.length);
            const pj = JSON.parse(readFileSync(`${pkgDir}/package.json`, 'utf8'));
            const target = pj.exports[`.${sub}`];
            const file = typeof target === 'string' ? target : target.import.default;
            return { path: `${pkgDir}/${file.replace(/^\.\//, '')}` };
          });
        },
      },
    ],
  });
  const inputs = Object.keys(result.metafile.inputs);
  const nodeImports = [];
  for (const [file, info] of Object.entries(result.metafile.inputs)) {
    for (const imp of info.imports) if (imp.path.startsWith('node:') || imp.external) nodeImports.push(`${file} → ${imp.path}`);
  }
  if (nodeImports.length > 0) fail(`the browser bundle imports Node modules: ${nodeImports.join(', ')}`);
  const code = result.outputFiles[0].text;
  if (/\bnode:[a-z_]+/.test(code)) fail(`the browser bundle mentions a node: specifier: ${code.match(/\bnode:[a-z_]+/)[0]}`);
  process.stdout.write(`bundled ${inputs.length} modules, ${(code.length / 1024).toFixed(1)} kB minified, no node: imports\n`);
  // Where the bytes come from (per package), for the size budgets (docs/performance.md).
  const byPkg = {};
  for (const [file, info] of Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]].inputs)) {
    const m = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const key = m ? m[1] : file.replace(/^.*?(dist\/)/, '$1');
    byPkg[key] = (byPkg[key] ?? 0) + info.bytesInOutput;
  }
  const top = Object.entries(byPkg)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6);
  process.stdout.write(`  largest parts (minified): ${top.map(([k, v]) => `${k} ${(v / 1024).toFixed(1)} kB`).join(', ')}\n`);

  // Run it in a bare realm: only ECMAScript globals (no process, require, Buffer, setTimeout).
  const realm = vm.createContext({});
  vm.runInContext(code, realm, { timeout: 10_000 });
  const probe = vm.runInContext(
    `(() => {
      const p = globalThis.poortwachter;
      const input = { firstSickDay: '2025-01-06', events: [{ type: 'probleemanalyse', date: '2025-02-20' }] };
      const t = p.evaluateCase(input, { asOf: '2025-03-10' });
      const bad = p.safeEvaluateCase({ firstSickDay: '2025-02-30' }, { asOf: '2025-03-10' });
      return JSON.stringify({ t, bad, hasSchema: typeof p.caseSchema === 'object', noProcess: typeof process === 'undefined' });
    })()`,
    realm,
    { timeout: 10_000 },
  );
  const got = JSON.parse(probe);
  const lib = await import(`${pkgDir}/dist/index.js`);
  const want = lib.evaluateCase(
    { firstSickDay: '2025-01-06', events: [{ type: 'probleemanalyse', date: '2025-02-20' }] },
    { asOf: '2025-03-10' },
  );
  if (JSON.stringify(got.t) !== JSON.stringify(want)) fail('the browser bundle gives another timeline than Node');
  if (got.bad.success !== false || got.bad.issues[0]?.path?.[0] !== 'firstSickDay')
    fail('safeEvaluateCase in the browser bundle did not reject 2025-02-30');
  if (!got.hasSchema) fail('poortwachter/schema.json did not bundle');
  if (!got.noProcess) fail('the bare realm unexpectedly has process');
  if (failed === 0) process.stdout.write('runs in a bare realm (no process/require/Buffer): same timeline as Node, issues for bad input\n');
} catch (error) {
  const errs = error?.errors?.map((e) => `${e.text} (${e.location?.file ?? '?'})`).join('; ');
  fail(`browser bundle: ${errs || error?.message || error}`);
}

// 4. every file reached from `exports`
step('every file reached from `exports` is in the tarball');
{
  const pj = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  /** Every file path (relative to the package) of an `exports` value, whatever its conditions. */
  const targets = (value) =>
    typeof value === 'string' ? [value] : value === null || typeof value !== 'object' ? [] : Object.values(value).flatMap(targets);
  const seen = new Set();
  const missing = [];
  const visit = (file, from) => {
    const rel = relative(pkgDir, file);
    if (seen.has(rel)) return;
    seen.add(rel);
    if (!existsSync(file)) {
      missing.push(`${rel} (from ${from})`);
      return;
    }
    if (!/\.(c|m)?js$/.test(file)) return;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm))
      visit(join(dirname(file), m[1]), rel);
  };
  for (const [key, value] of Object.entries(pj.exports)) for (const t of targets(value)) visit(join(pkgDir, t), `exports["${key}"]`);
  if (missing.length > 0) fail(`files missing from the tarball: ${missing.join(', ')}`);
  else process.stdout.write(`${seen.size} files reached from ${Object.keys(pj.exports).length} subpaths, all in the tarball\n`);
}

process.stdout.write(`\ncheck-package: ${failed === 0 ? 'all good' : `${failed} problem(s)`}\n`);
process.exitCode = failed === 0 ? 0 : 1;
