// npm run bench:batch — `poortwachter batch` over generated NDJSON (targets: docs/performance.md#targets, issue 6).
//
// For each size (default 100 000 and 1 000 000 lines) and each output mode (the full timeline per
// line, the default; and `--fields summary`), runs
//   /usr/bin/time -v node dist/cli.js batch <file> --as-of 2026-01-15 [--fields summary] > /dev/null
// and reports wall time, CPU time, cases/s, peak RSS (maximum resident set size of the child) and
// the RSS growth from the smallest to the largest size. Inputs are generated once into .tmp/bench/
// by bench/gen-ndjson.mjs (deterministic, seed 1). Build first: the script runs dist/cli.js.
//   node bench/batch.mjs [--sizes 100000,1000000] [--modes full,summary] [--cli dist/cli.js] [--json out.json]
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const sizes = arg('sizes', '100000,1000000').split(',').map(Number);
const modes = arg('modes', 'full,summary').split(',');
const AS_OF = '2026-01-15';
const cli = arg('cli', join(root, 'dist', 'cli.js'));
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first (npm run bench:batch does).');
  process.exit(2);
}
const hasTime = existsSync('/usr/bin/time');

function input(n) {
  const file = join(root, '.tmp', 'bench', `cases-${n}.ndjson`);
  if (!existsSync(file)) {
    const r = spawnSync(process.execPath, [join(root, 'bench', 'gen-ndjson.mjs'), String(n), file, '--as-of', AS_OF, '--seed', '1'], {
      stdio: 'inherit',
    });
    if (r.status !== 0) process.exit(1);
  }
  return file;
}

function run(file, mode) {
  const args = [cli, 'batch', file, '--as-of', AS_OF, ...(mode === 'summary' ? ['--fields', 'summary'] : [])];
  const devnull = openSync('/dev/null', 'w');
  const t0 = process.hrtime.bigint();
  // Without /usr/bin/time the child reports its own maxRSS via a preloaded module.
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], {
        stdio: ['ignore', devnull, 'pipe'],
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      })
    : spawnSync(process.execPath, ['--import', join(root, 'bench', 'lib', 'report-rss.mjs'), ...args], {
        stdio: ['ignore', devnull, 'pipe'],
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  closeSync(devnull);
  const err = r.stderr ?? '';
  const num = (re) => {
    const m = err.match(re);
    return m ? Number(m[1]) : Number.NaN;
  };
  const status = hasTime ? num(/Exit status: (\d+)/) : r.status;
  if (status !== 0) {
    console.error(`batch exited with ${status}:\n${err.slice(0, 2000)}`);
    process.exit(1);
  }
  const rssKb = hasTime ? num(/Maximum resident set size \(kbytes\): (\d+)/) : num(/maxRSS=(\d+)/);
  const cpu = hasTime ? num(/User time \(seconds\): ([\d.]+)/) + num(/System time \(seconds\): ([\d.]+)/) : Number.NaN;
  return { wall, cpu, rssMb: rssKb / 1024 };
}

const load0 = loadavg();
const results = [];
for (const n of sizes) {
  const file = input(n);
  for (const mode of modes) {
    const r = run(file, mode);
    results.push({ n, mode, bytes: statSync(file).size, ...r });
    console.error(`  ${n} lines, ${mode}: ${r.wall.toFixed(2)} s wall, ${r.rssMb.toFixed(1)} MB peak RSS`);
  }
}
const load1 = loadavg();

console.log(
  `\npoortwachter batch bench — ${new Date().toISOString()}; node ${process.version}; ${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
);
console.log(`load average before ${load0.map((x) => x.toFixed(2)).join(' ')}, after ${load1.map((x) => x.toFixed(2)).join(' ')}`);
console.log('NOTE: other processes may have been running on this machine; wall time includes waiting for a core.\n');
console.log(
  `${'lines'.padStart(9)}  ${'output'.padEnd(22)} ${'input'.padStart(8)} ${'wall'.padStart(8)} ${'cpu'.padStart(8)} ${'cases/s'.padStart(10)} ${'peak RSS'.padStart(10)}`,
);
for (const r of results) {
  console.log(
    `${r.n.toLocaleString('en-US').padStart(9)}  ${(r.mode === 'full' ? 'full timeline (default)' : '--fields summary').padEnd(22)} ${`${(r.bytes / 1e6).toFixed(0)} MB`.padStart(8)} ${`${r.wall.toFixed(2)} s`.padStart(8)} ${`${r.cpu.toFixed(2)} s`.padStart(8)} ${Math.round(
      r.n / r.wall,
    )
      .toLocaleString('en-US')
      .padStart(10)} ${`${r.rssMb.toFixed(1)} MB`.padStart(10)}`,
  );
}
console.log('\nTargets (docs/performance.md#targets):');
for (const mode of modes) {
  const small = results.find((r) => r.mode === mode && r.n === Math.min(...sizes));
  const large = results.find((r) => r.mode === mode && r.n === Math.max(...sizes));
  const label = mode === 'full' ? 'full timeline' : '--fields summary';
  if (small.n === 100000)
    console.log(
      `  ${label}: 100 000 cases ≤ 5 s wall: ${small.wall.toFixed(2)} s — ${small.wall <= 5 ? 'met' : 'NOT MET'}; peak RSS ≤ 150 MB: ${small.rssMb.toFixed(1)} MB — ${small.rssMb <= 150 ? 'met' : 'NOT MET'}`,
    );
  if (large !== small) {
    const growth = (large.rssMb / small.rssMb - 1) * 100;
    console.log(
      `  ${label}: RSS ${small.n.toLocaleString('en-US')} → ${large.n.toLocaleString('en-US')} lines: ${small.rssMb.toFixed(1)} → ${large.rssMb.toFixed(1)} MB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} %) — ${Math.abs(growth) <= 10 ? 'flat (within 10 %)' : 'NOT within 10 %'}`,
    );
  }
}
const out = arg('json', undefined);
if (out)
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, load: [load0, load1], results }, null, 2));
