// Loads the engine for the benchmarks: bundles src/index.ts with esbuild (the bundler tsup uses for
// dist/) into node_modules/.cache, so a bench run measures the working tree and never races a
// concurrent `npm run build` over dist/. `--dist` loads dist/index.js (what ships) instead;
// ENGINE_SRC=<dir> bundles another copy of src/ (e.g. a checkout of an older commit).
// `lib` is the public entry plus the calendar helpers the floor and the peers use (`parseIsoDate`,
// `formatIsoDate`, `atwHolidays`), which are internal since 0.3 and so loaded from their modules.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// `also`: more export lines for the bundle, relative to src/ (e.g. a module the entry does not export).
export async function loadEngine({ dist = process.argv.includes('--dist'), also = [] } = {}) {
  if (dist) {
    const at = (file) => import(pathToFileURL(join(root, 'dist', file)).href);
    const [index, isoDate, atw] = await Promise.all([at('index.js'), at('calendar/isoDate.js'), at('calendar/atw.js')]);
    const { parseIsoDate, formatIsoDate } = isoDate;
    return { lib: { ...index, parseIsoDate, formatIsoDate, atwHolidays: atw.atwHolidays }, from: 'dist/index.js' };
  }
  const outdir = join(root, 'node_modules', '.cache', 'poortwachter-bench');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `engine-${process.pid}-${Date.now()}.mjs`);
  const src = process.env.ENGINE_SRC ?? join(root, 'src');
  await build({
    stdin: {
      contents: [
        `export * from './index.ts';`,
        `export { formatIsoDate, parseIsoDate } from './calendar/isoDate.ts';`,
        `export { atwHolidays } from './calendar/atw.ts';`,
        ...also,
      ].join('\n'),
      resolveDir: src,
      sourcefile: 'bench-entry.ts',
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'error',
    // Same as the published bundle: dependencies stay external.
    packages: 'external',
  });
  const lib = await import(pathToFileURL(outfile).href);
  if (!process.env.KEEP_BUNDLE) rmSync(outfile, { force: true });
  return { lib, from: 'src/ (esbuild bundle of the working tree)' };
}
