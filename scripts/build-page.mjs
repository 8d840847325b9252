#!/usr/bin/env node
// Builds the case page (src/page/) into dist/page/: index.html, page.css and page.js — one script
// with the engine, the renderers and both catalogues in it, for the browser (no Node modules; the
// build fails if one is imported). `poortwachter serve` answers them at `/`, `poortwachter page`
// writes them out. Zod stays out: the page checks input with the engine's own checks
// (src/page/compute.ts); the build fails if zod, luxon or a Node module gets in.
import { copyFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const out = new URL('../dist/page/', import.meta.url);
const shim = new URL('../src/page/date-format.ts', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
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
  // date-fns with its locales was a sixth of the script: the renderers' few patterns are formatted
  // by a small stand-in, checked against date-fns by test/page/date-format.test.ts.
  alias: {
    'date-fns/format': shim,
    'date-fns/locale/nl': shim,
    'date-fns/locale/en-GB': shim,
  },
});
const banned = Object.keys(result.metafile.inputs).filter((p) => /node_modules\/(zod|luxon|date-fns)\//.test(p) || p.startsWith('node:'));
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
