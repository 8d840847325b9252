// What `import { evaluateCase } from 'poortwachter'` bundles, per module: minified bytes (esbuild's
// metafile) and the brotli size of that module's part of the bundle compressed alone; zod, date-fns
// and luxon external, as the first entry of .size-limit.json. Bundles src/ of the working tree, or
// of another checkout (`node bench/bundle-modules.mjs /path/to/checkout [names]`).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { build, transform } from 'esbuild';

const root = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const names = process.argv[3] ?? 'evaluateCase';
if (!existsSync(join(root, 'package.json')))
  throw new Error(`${root}: no package.json (its sideEffects: false is what lets the bundle leave modules out)`);
const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const common = {
  stdin: { contents: `export { ${names} } from './src/index.ts'`, resolveDir: root, loader: 'ts' },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  external: ['zod', 'zod/*', 'date-fns', 'date-fns/*', 'luxon'],
  logLevel: 'error',
};
const whole = await build({ ...common, minify: true, metafile: true });
const text = whole.outputFiles[0].contents;
const inputs = Object.values(whole.metafile.outputs)[0].inputs;
// The parts: the bundle with its `// src/…` comments (whitespace kept), each part then minified alone.
const marked = (await build({ ...common, minifySyntax: true, minifyIdentifiers: true })).outputFiles[0].text.split(
  /^\/\/ (?:.*\/)?src\/(.*)$/m,
);
const part = {};
for (let i = 1; i < marked.length; i += 2) {
  const code = await transform(marked[i + 1], { minifyWhitespace: true }).then(
    (r) => r.code,
    () => marked[i + 1].replace(/\n\s*/g, ''),
  );
  part[marked[i]] = brotli(code);
}
console.log(`{ ${names} }: ${text.length} B minified, ${brotli(text)} B brotli`);
for (const [file, { bytesInOutput }] of Object.entries(inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) {
  const name = file.replace(/^.*src\//, '');
  if (bytesInOutput > 0) console.log(`${String(bytesInOutput).padStart(7)} ${String(part[name] ?? '').padStart(6)}  ${name}`);
}
