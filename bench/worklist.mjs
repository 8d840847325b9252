// node bench/worklist.mjs [--sizes 100000,1000000] [--match 0.01] [--format csv] [--cli dist/cli.js] [--trace]
//
// `poortwachter worklist` over generated NDJSON streamed into its stdin through a pipe (issue 11:
// memory grows with the items returned, not the input). For each size, this script starts
//   /usr/bin/time -v node dist/cli.js worklist - --as-of 2026-01-15 --within 14 --format csv
// (without /usr/bin/time: node --import bench/lib/report-rss.mjs …, which prints maxRSS at exit),
// writes the lines into the child's stdin as they are generated (waiting for 'drain'; nothing is
// kept in memory here), counts the CSV rows it prints, and reports wall time, lines/s and the
// child's peak RSS (maximum resident set size). Build first: `npm run build`.
//
// The population: a share `--match` (default 1 %) of cases is 35–38 days into sickness, with the
// melding and the week-3 signal done, so exactly one step (the probleemanalyse, due in 3–6 days)
// is on the list; the rest were sick for a few days, reported and recovered long ago (closed: every
// step done or not applicable). Deterministic (a fixed linear congruential generator).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const sizes = arg('sizes', '100000,1000000').split(',').map(Number);
const match = Number(arg('match', '0.01'));
const format = arg('format', 'csv');
const cli = arg('cli', join(root, 'dist', 'cli.js'));
const AS_OF = '2026-01-15';
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(2);
}
// --trace: sample RSS / V8 heap every second in the child (bench/lib/report-rss.mjs), to tell a plateau from a leak.
const trace = process.argv.includes('--trace');
const hasTime = existsSync('/usr/bin/time') && !trace;

const DAY = 86_400_000;
const asOfMs = Date.parse(`${AS_OF}T00:00:00Z`);
const iso = (offsetDays) => new Date(asOfMs + offsetDays * DAY).toISOString().slice(0, 10);

function* cases(n, seed = 1) {
  let s = seed >>> 0;
  const rand = () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
  for (let i = 1; i <= n; i++) {
    const id = `E-${String(i).padStart(7, '0')}`;
    if (rand() < match) {
      const d1 = -35 - Math.floor(rand() * 4);
      yield {
        id,
        firstSickDay: iso(d1),
        events: [
          { type: 'melding-bedrijfsarts', date: iso(d1 + 1) },
          { type: 'signalering-week-3', date: iso(d1 + 15) },
        ],
      };
    } else {
      const d1 = -60 - Math.floor(rand() * 1500);
      yield {
        id,
        firstSickDay: iso(d1),
        events: [
          { type: 'melding-bedrijfsarts', date: iso(d1 + 1) },
          { type: 'hersteld', date: iso(d1 + 3 + Math.floor(rand() * 3)) },
        ],
      };
    }
  }
}

function run(n) {
  return new Promise((resolve, reject) => {
    const args = [cli, 'worklist', '-', '--as-of', AS_OF, '--within', '14', '--format', format];
    const child = hasTime
      ? spawn('/usr/bin/time', ['-v', process.execPath, ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
      : spawn(process.execPath, ['--import', join(root, 'bench', 'lib', 'report-rss.mjs'), ...args], {
          stdio: ['pipe', 'pipe', 'pipe'],
          env: { ...process.env, BENCH_RSS_TRACE: trace ? '1' : '0' },
        });
    const t0 = process.hrtime.bigint();
    let newlines = 0;
    let err = '';
    child.stdout.on('data', (b) => {
      for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) newlines++;
    });
    child.stderr.on('data', (b) => {
      err += b.toString();
      if (err.length > 1 << 20) err = err.slice(-(1 << 16));
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      const num = (re) => {
        const m = err.match(re);
        return m ? Number(m[1]) : Number.NaN;
      };
      const rssKb = hasTime ? num(/Maximum resident set size \(kbytes\): (\d+)/) : num(/maxRSS=(\d+)/);
      const status = hasTime ? num(/Exit status: (\d+)/) : code;
      if (status !== 0) return reject(new Error(`worklist exited with ${status}: ${err.slice(0, 2000)}`));
      if (trace)
        console.log(
          err
            .trim()
            .split('\n')
            .filter((l) => l.startsWith('rss/'))
            .join('\n'),
        );
      resolve({ n, wall, rssMb: rssKb / 1024, rows: format === 'csv' ? newlines - 1 : Number.NaN });
    });
    // Write as generated, in ~64 kB chunks, waiting for drain: the input never sits in memory here.
    (async () => {
      let chunk = '';
      for (const c of cases(n)) {
        chunk += `${JSON.stringify(c)}\n`;
        if (chunk.length >= 65_536) {
          if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once('drain', r));
          chunk = '';
        }
      }
      child.stdin.end(chunk);
    })().catch(reject);
  });
}

console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; as of ${AS_OF}, match ${match}, --format ${format}`);
console.log('lines      items   wall s   lines/s   peak RSS MB');
for (const n of sizes) {
  const r = await run(n);
  console.log(
    `${String(n).padEnd(10)} ${String(r.rows).padStart(6)} ${r.wall.toFixed(1).padStart(8)} ${String(Math.round(n / r.wall)).padStart(9)} ${r.rssMb.toFixed(0).padStart(13)}`,
  );
}
