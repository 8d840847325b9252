import { defineConfig } from 'tsup';

// ESM: one file per module (`bundle: false`), so that with `"sideEffects": false` an application's
// bundler keeps only the modules it uses — `import { evaluateCase }` leaves out zod, the schemas and
// the renderers. CJS: one bundled file for `require`. The CLI: one bundled ESM file (`serve` loads
// the server and Fastify on demand, a split chunk). `poortwachter/server` (the web service): the
// per-module ESM build plus its own CJS bundle; Fastify stays external everywhere. `poortwachter/format`
// (the renderers): the same, dist/format/index.js and dist/format.cjs.
// `npm run build` empties dist/ first; no config cleans (they run in parallel).
export default defineConfig([
  {
    entry: ['src/**/*.ts', '!src/cli/**', '!src/page/**'],
    format: ['esm'],
    bundle: false,
    dts: { entry: { index: 'src/index.ts', server: 'src/server/index.ts', format: 'src/format/index.ts' } },
    sourcemap: true,
    clean: false,
    target: 'node20',
  },
  {
    entry: { index: 'src/index.ts', server: 'src/server/index.ts', format: 'src/format/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'node20',
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
