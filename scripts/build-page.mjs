#!/usr/bin/env node
// Builds the case page (src/page/) into dist/page/: index.html, page.css and page.js — one script
// with the engine, the renderers and both catalogues in it, for the browser (no Node modules; the
// build fails if one is imported). `poortwachter serve` answers them at `/`, `poortwachter page`
// writes them out. The page checks input with the library's one schema (src/case/parse.ts, built
// on the tree-shakable zod/mini); the build fails if zod's classic API or its locales, luxon or a
// Node module gets in.
import { copyFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const out = new URL('../dist/page/', import.meta.url);
const shim = new URL('../src/page/date-format.ts', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
/** zod's compiler generates code, which the page's Content-Security-Policy does not allow: src/case/compile.ts gives way to src/page/no-compile.ts. */
const noCompile = {
  name: 'no-compile',
  setup(b) {
    b.onResolve({ filter: /^\.\/compile\.js$/ }, (args) =>
      args.importer.endsWith('/src/case/parse.ts') ? { path: new URL('../src/page/no-compile.ts', import.meta.url).pathname } : undefined,
    );
  },
};
const result = await build({
  entryPoints: [new URL('../src/page/main.ts', import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2022', 'chrome100', 'firefox100', 'safari15.4'],
  outfile: new URL('page.js', out).pathname,
  legalComments: 'none',
  charset: 'utf8',
  metafile: true,
  logLevel: 'warning',
  plugins: [noCompile],
  // date-fns with its locales was a sixth of the script: the renderers' few patterns are formatted
  // by a small stand-in, checked against date-fns by test/page/date-format.test.ts.
  alias: {
    'date-fns/format': shim,
    'date-fns/locale/nl': shim,
    'date-fns/locale/en-GB': shim,
  },
});
// What ends up in the script (zod/mini re-exports its locales; tree-shaken, they add no byte).
const bundled = Object.values(result.metafile.outputs).flatMap((o) =>
  Object.entries(o.inputs)
    .filter(([, i]) => i.bytesInOutput > 0)
    .map(([p]) => p),
);
const banned = bundled.filter(
  (p) =>
    /node_modules\/(luxon|date-fns)\//.test(p) ||
    (/node_modules\/zod\//.test(p) && !/node_modules\/zod\/(v4\/core|v4\/mini|mini)\//.test(p)) ||
    p.startsWith('node:'),
);
if (banned.length > 0) {
  process.stderr.write(`build-page: the page must not bundle ${banned.join(', ')}\n`);
  process.exit(1);
}
await build({
  entryPoints: [new URL('../src/page/page.css', import.meta.url).pathname],
  minify: true,
  outfile: new URL('page.css', out).pathname,
  logLevel: 'warning',
});
copyFileSync(new URL('../src/page/index.html', import.meta.url), new URL('index.html', out));
