#!/usr/bin/env node
// The API reports: every public name of each entry of `exports` that has types (`poortwachter`,
// `poortwachter/format`, `poortwachter/server`), with its signature, as API Extractor writes it from
// the built declarations (dist/*.d.ts), checked into etc/*.api.md.
//
//   node scripts/api-report.mjs            (npm run api; a stage of npm test) fails when the build's
//                                          API differs from a checked-in report, and prints the diff
//   node scripts/api-report.mjs --update   (npm run api:update) rewrites the reports; commit them
//
// A change of the public API is then a visible diff of etc/ in review: a name added, removed or
// changed, on purpose. Run after `npm run build`. The entries are read from package.json `exports`
// (each one whose `import.types` is a .d.ts), so a new subpath needs a report before it passes.
// One TypeScript program serves the three entries (API Extractor's CompilerState): a few seconds.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { CompilerState, Extractor, ExtractorConfig, ExtractorLogLevel } = require('@microsoft/api-extractor');

const root = fileURLToPath(new URL('..', import.meta.url));
const update = process.argv.includes('--update');
const t0 = performance.now();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** `.` → `poortwachter`, `./format` → `poortwachter-format`: the report's file name (without `.api.md`). */
const entries = Object.entries(pkg.exports)
  .filter(([, v]) => typeof v === 'object' && typeof v.import?.types === 'string')
  .map(([key, v]) => ({ key, dts: join(root, v.import.types), report: key === '.' ? pkg.name : `${pkg.name}-${key.slice(2)}` }));

const missing = entries.filter((e) => !existsSync(e.dts));
if (missing.length > 0) {
  process.stdout.write(`api: no ${missing.map((e) => e.dts).join(', ')}: run \`npm run build\` first\n`);
  process.exit(1);
}

/** API Extractor's configuration of one entry: the report only (no doc model, no .d.ts rollup). */
function configOf(entry) {
  return ExtractorConfig.prepare({
    configObject: {
      projectFolder: root,
      newlineKind: 'lf',
      mainEntryPointFilePath: entry.dts,
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            target: 'ES2022',
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            lib: ['ES2022'],
            types: ['node'],
            strict: true,
            skipLibCheck: true,
          },
          files: entries.map((e) => e.dts),
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: entry.report,
        reportFolder: join(root, 'etc'),
        reportTempFolder: join(root, '.tmp', 'api'),
        includeForgottenExports: false,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        extractorMessageReporting: {
          default: { logLevel: 'warning' },
          // Release tags (@public, @beta) are not used: every exported name is public.
          'ae-missing-release-tag': { logLevel: 'none' },
          // A public signature that names a type the entry does not export: an error (below: unless the
          // main entry exports it, as `CaseTimeline` for `poortwachter/format`), not a note in the report.
          'ae-forgotten-export': { logLevel: 'error', addToApiReportFile: false },
          // Undocumented members and links TSDoc cannot resolve across entries: typedoc checks both
          // (npm run docs:api, `notDocumented` and `invalidLink` as errors).
          'ae-undocumented': { logLevel: 'none' },
          'ae-unresolved-link': { logLevel: 'none' },
          // Names exported by two entries (the output schemas by `.` and `./server`) are fine.
          'ae-different-release-tags': { logLevel: 'none' },
        },
        // TSDoc style (e.g. the `@module` and `@example` tags as this project writes them) is typedoc's job.
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
    packageJsonFullPath: join(root, 'package.json'),
  });
}

if (update) mkdirSync(join(root, 'etc'), { recursive: true });
const configs = entries.map(configOf);
const compilerState = CompilerState.create(configs[0], { additionalEntryPoints: entries.map((e) => e.dts) });

/** The names the main entry exports: a subpath's signatures may name these without exporting them. */
const mainNames = (() => {
  const main = entries.find((e) => e.key === '.');
  const program = compilerState.program;
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(main.dts);
  const symbol = file === undefined ? undefined : checker.getSymbolAtLocation(file);
  return new Set(symbol === undefined ? [] : checker.getExportsOfModule(symbol).map((s) => s.name));
})();
let failed = 0;
for (const [i, entry] of entries.entries()) {
  const messages = [];
  const result = Extractor.invoke(configs[i], {
    localBuild: update,
    compilerState,
    showVerboseMessages: false,
    messageCallback: (m) => {
      m.handled = true;
      const forgotten = m.messageId === 'ae-forgotten-export' ? /The symbol "([^"]+)"/.exec(m.text)?.[1] : undefined;
      if (forgotten !== undefined && entry.key !== '.' && mainNames.has(forgotten)) return;
      // API Extractor's own notes (`console-…`: a report created, copied or changed) are said below.
      if (m.messageId.startsWith('console-')) return;
      if (m.logLevel === ExtractorLogLevel.Error || m.logLevel === ExtractorLogLevel.Warning) {
        const where = m.sourceFilePath ? ` (${m.sourceFilePath.replace(root, '')}:${m.sourceFileLine})` : '';
        messages.push(`  ${m.messageId}: ${m.text}${where}`);
      }
    },
  });
  const file = `etc/${entry.report}.api.md`;
  const changed = result.apiReportChanged;
  const ok = messages.length === 0 && (update || !changed);
  if (!ok) failed++;
  process.stdout.write(
    `${ok ? 'ok' : 'FAIL'} ${pkg.name}${entry.key.slice(1)} → ${file}${changed ? (update ? ' (updated)' : ' differs from the build') : ''}\n`,
  );
  for (const m of messages) process.stdout.write(`${m}\n`);
  if (changed && !update && !existsSync(join(root, file))) {
    process.stdout.write(`  no ${file}: \`npm run api:update\` writes it; commit it\n`);
  } else if (changed && !update) {
    const tmp = join(root, '.tmp', 'api', `${entry.report}.api.md`);
    const diff = spawnSync('git', ['diff', '--no-index', '--no-color', '--', join(root, file), tmp], { encoding: 'utf8' });
    process.stdout.write(diff.stdout.split('\n').slice(4).join('\n'));
    process.stdout.write(`  the public API changed: if on purpose, \`npm run api:update\` and commit ${file}\n`);
  }
}
process.stdout.write(
  `api: ${entries.length - failed} of ${entries.length} reports match the build${update ? ' (updated)' : ''} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`,
);
process.exitCode = failed === 0 ? 0 : 1;
