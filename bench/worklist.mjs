// node bench/worklist.mjs [--sizes 100000,1000000] [--formats json,csv,ndjson,table,ics,html]
//                         [--population realistic|sparse] [--cli dist/cli.js] [--trace]
//
// `poortwachter worklist` at payroll scale (issue 24). For each size, the cases are generated once
// into a temporary file, then for each format this script starts
//   /usr/bin/time -v node dist/cli.js worklist FILE --as-of … --within 14 --format F
// (without /usr/bin/time: node --import bench/lib/report-rss.mjs …, which prints maxRSS at exit),
// counts the items in what it prints (streamed, nothing kept), and reports wall time, items,
// items/s and the child's peak RSS (maximum resident set size). Build first: `npm run build`.
//
// Populations:
// - realistic (default): examples/generate-ndjson.mjs N --as-of 2025-06-02 — cases in every stage of
//   the two years, steps done late or missing: about 2.27 items per case, since every overdue step
//   of every case is listed.
// - sparse: a share `--match` (default 1 %) of cases is 35–38 days into sickness with exactly one
//   step on the list (the probleemanalyse, due in 3–6 days); the rest recovered long ago. As of
//   2026-01-15. Deterministic (a fixed linear congruential generator).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const sizes = arg('sizes', '100000,1000000').split(',').map(Number);
const formats = arg('formats', arg('format', 'json,csv,ndjson,table,ics,html')).split(',');
const population = arg('population', 'realistic');
const match = Number(arg('match', '0.01'));
const cli = arg('cli', join(root, 'dist', 'cli.js'));
const AS_OF = population === 'sparse' ? '2026-01-15' : '2025-06-02';
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(2);
}
// --trace: sample RSS / V8 heap every second in the child (bench/lib/report-rss.mjs), to tell a plateau from a leak.
const trace = process.argv.includes('--trace');
const hasTime = existsSync('/usr/bin/time') && !trace;

/** What marks one item in each format's output. */
const ITEM_MARK = {
  json: '"caseId":',
  ndjson: '{"caseId":',
  csv: '\r\n', // minus the header
  table: '\n', // minus title, range, blank, header, blank, counts
  ics: 'BEGIN:VEVENT',
  html: '<tr class=',
};
const ITEM_OFFSET = { json: 0, ndjson: 0, csv: -1, table: -6, ics: 0, html: 0 };

const DAY = 86_400_000;
function* sparseCases(n, seed = 1) {
  const asOfMs = Date.parse(`${AS_OF}T00:00:00Z`);
  const iso = (offsetDays) => new Date(asOfMs + offsetDays * DAY).toISOString().slice(0, 10);
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

/** Writes the input file of `n` cases. */
async function generate(n, file) {
  if (population === 'sparse') {
    const out = createWriteStream(file);
    let chunk = '';
    for (const c of sparseCases(n)) {
      chunk += `${JSON.stringify(c)}\n`;
      if (chunk.length >= 1 << 20) {
        if (!out.write(chunk)) await once(out, 'drain');
        chunk = '';
      }
    }
    out.end(chunk);
    await once(out, 'finish');
    return;
  }
  const out = createWriteStream(file);
  const gen = spawn(process.execPath, [join(root, 'examples', 'generate-ndjson.mjs'), String(n), '--as-of', AS_OF], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  gen.stdout.pipe(out);
  const [code] = await once(gen, 'close');
  if (code !== 0) throw new Error(`generate-ndjson.mjs exited with ${code}`);
  if (!out.writableFinished) await once(out, 'finish');
}

function run(file, format) {
  return new Promise((resolve, reject) => {
    const args = [cli, 'worklist', file, '--as-of', AS_OF, '--within', '14', '--format', format];
    const child = hasTime
      ? spawn('/usr/bin/time', ['-v', process.execPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(process.execPath, ['--import', join(root, 'bench', 'lib', 'report-rss.mjs'), ...args], {
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, BENCH_RSS_TRACE: trace ? '1' : '0' },
        });
    const t0 = process.hrtime.bigint();
    const mark = Buffer.from(ITEM_MARK[format]);
    let marks = 0;
    let carry = Buffer.alloc(0);
    let bytes = 0;
    let err = '';
    child.stdout.on('data', (b) => {
      bytes += b.length;
      const piece = carry.length === 0 ? b : Buffer.concat([carry, b]);
      for (let i = piece.indexOf(mark); i !== -1; i = piece.indexOf(mark, i + 1)) if (i + mark.length > carry.length) marks++;
      carry = piece.subarray(Math.max(0, piece.length - mark.length + 1));
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
      if (status !== 0) return reject(new Error(`worklist --format ${format} exited with ${status}: ${err.slice(0, 2000)}`));
      if (trace)
        console.log(
          err
            .trim()
            .split('\n')
            .filter((l) => l.startsWith('rss/'))
            .join('\n'),
        );
      resolve({ wall, rssMb: rssKb / 1024, items: marks + ITEM_OFFSET[format], mb: bytes / 1e6 });
    });
  });
}

console.log(
  `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; population ${population}${population === 'sparse' ? ` (match ${match})` : ''}, as of ${AS_OF}, --within 14`,
);
console.log('cases      format    items     output MB  wall s  items/s  peak RSS MB');
const dir = mkdtempSync(join(tmpdir(), 'poortwachter-worklist-bench-'));
try {
  for (const n of sizes) {
    const file = join(dir, `cases-${n}.ndjson`);
    await generate(n, file);
    for (const format of formats) {
      const r = await run(file, format);
      console.log(
        `${String(n).padEnd(10)} ${format.padEnd(7)} ${String(r.items).padStart(9)} ${r.mb.toFixed(0).padStart(11)} ${r.wall.toFixed(1).padStart(7)} ${String(Math.round(r.items / r.wall)).padStart(8)} ${r.rssMb.toFixed(0).padStart(12)}`,
      );
    }
    rmSync(file, { force: true });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
