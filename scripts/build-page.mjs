#!/usr/bin/env node
// Builds the case page (src/page/) into dist/page/: index.html, page.css and three scripts for the
// browser (no Node modules; the build fails if one is imported). `poortwachter serve` answers them
// at `/`, `poortwachter page` writes them out (src/common/page-files.ts). The page checks input with
// the library's one schema (src/case/parse.ts, built on the tree-shakable zod/mini); the build fails
// if zod's classic API or its locales, luxon, date-fns or a Node module gets in.
//
// - page.js: everything the first view of a case needs — the engine, the one schema, the form, the
//   table, the picture, the findings, the wage phases, the dossier, the Dutch words they show — and
//   nothing else: no legal sources (WITHOUT_LEGAL_BASIS), no English words, no explanation words.
// - page-en.js (src/page/chunk-en.ts): the English words. In page.js the English catalogue, the
//   page's English words and the English input-issue words are empty objects (STUBS below) that
//   page.js fills from page-en.js when it has run (src/page/main.ts, withWords); until then, reading
//   a word of the English catalogue that is not in EAGER_EN throws, so that a renderer reading one
//   when it is loaded fails loudly, and an English input-issue message is empty (page.js makes the
//   messages again once the words are here).
// - page-exports.js (src/page/chunk-exports.ts): the renderers of ICS, CSV and the HTML report, and
//   the explanation of a date with its legal sources. Every module it shares with page.js is taken
//   from page.js, which hands those modules to it through the global `poortwachterShared`: one copy
//   of the engine, the catalogues, the picture and the calendar, and the English catalogue that
//   page-en.js filled — except the modules of COPIED_LATER, of which it bundles its own copy.
//
// page.js asks for both later scripts as soon as it has drawn the page (src/page/chunks.ts).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minifySync } from 'rolldown/utils';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = new URL('../dist/page/', import.meta.url);
const src = (p) => `src/${p}`;
const shim = `${root}src/page/date-format.ts`;
mkdirSync(out, { recursive: true });

function fail(message) {
  process.stderr.write(`build-page: ${message}\n`);
  process.exit(1);
}

const common = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2022', 'chrome100', 'firefox100', 'safari15.4'],
  legalComments: 'none',
  charset: 'utf8',
  metafile: true,
  logLevel: 'warning',
  // date-fns with its locales was a sixth of the script: the renderers' few patterns are formatted
  // by a small stand-in, checked against date-fns by test/page/page.test.ts.
  alias: {
    'date-fns/format': shim,
    'date-fns/locale/nl': shim,
    'date-fns/locale/en-GB': shim,
  },
};

/** The keys of the English catalogue read while page.js starts (src/format/report-common.ts: STATUS_LABELS), kept in page.js. */
const EAGER_EN = ['lang', 'status'];
/** The keys of the English catalogue read while page-exports.js starts (src/format/csv.ts: TIMELINE_CSV_HEADERS), which it brings (src/page/nl-late.ts). */
const LATE_EN = ['csvHeaders'];

/** The English catalogue's `keys`, as JSON: en.ts is bundled alone and imported here. */
async function englishWords(keys) {
  const r = await build({ ...common, entryPoints: [src('i18n/en.ts')], format: 'esm', metafile: false, minify: false, write: false });
  const url = `data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`;
  const { enCatalogue } = await import(url);
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, enCatalogue[k]])));
}

/**
 * The keys of the Dutch catalogue read only by page-exports.js (the HTML report, the table, ICS, the
 * CSV's headers and its words for people) and by an explanation on request (the derivations, the
 * reasons, the non-working days): page.js holds src/i18n/nl.ts without them; page-exports.js brings
 * them (src/page/nl-late.ts) and puts them into the catalogue before its other modules run.
 */
const LATE_NL = ['derivation', 'derivationPart', 'reason', 'nonWorkingDay', 'report', 'table', 'ics', 'statusHelp', 'csvHeaders'];

/** src/i18n/nl.ts split in two: the catalogue without LATE_NL (for page.js), and the LATE_NL properties' source text. */
async function splitDutch() {
  const file = `${root}src/i18n/nl.ts`;
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  let catalogue;
  for (const st of sf.statements)
    if (ts.isVariableStatement(st))
      for (const d of st.declarationList.declarations)
        if (d.name.getText(sf) === 'nlCatalogue' && d.initializer && ts.isObjectLiteralExpression(d.initializer)) catalogue = d;
  if (catalogue === undefined) fail('src/i18n/nl.ts: no `export const nlCatalogue = { … }` to split');
  const late = catalogue.initializer.properties.filter((p) => LATE_NL.includes(p.name?.getText(sf)));
  const missing = LATE_NL.filter((k) => !late.some((p) => p.name.getText(sf) === k));
  if (missing.length > 0) fail(`src/i18n/nl.ts has no ${missing.join(', ')} (LATE_NL)`);
  let rest = text;
  for (const p of [...late].reverse()) {
    const end = text[p.end] === ',' ? p.end + 1 : p.end;
    rest = rest.slice(0, p.getFullStart()) + rest.slice(end);
  }
  const prelude = text.slice(0, catalogue.parent.parent.getFullStart());
  return {
    page: rest,
    late: `${prelude}\nimport { nlCatalogue } from './nl.ts';\nimport { enCatalogue } from './en.ts';\nimport { ${Object.keys(dates.months)
      .map((k) => `${k} as ${k}Dates`)
      .join(
        ', ',
      )} } from '../page/date-format.ts';\nObject.assign(nlCatalogue, {\n${late.map((p) => `${p.getText(sf)},`).join('\n')}\n});\nObject.assign(enCatalogue, ${await englishWords(LATE_EN)});\n${Object.entries(
      dates.months,
    )
      .map(([k, months]) => `Object.assign(${k}Dates, { monthWide: ${months} });\n`)
      .join('')}`,
  };
}
/**
 * src/page/date-format.ts split in two: for page.js without the months' full names (`monthWide`,
 * read only by the HTML report's heading, in page-exports.js), and those names by locale (page-exports.js
 * puts them back into page.js's locales, src/page/nl-late.ts).
 */
function splitDates() {
  const sf = ts.createSourceFile(shim, readFileSync(shim, 'utf8'), ts.ScriptTarget.Latest, true);
  const months = {};
  const strip = (context) => {
    const visit = (node) => {
      if (
        ts.isPropertyAssignment(node) &&
        node.name.getText(sf) === 'monthWide' &&
        ts.isArrayLiteralExpression(node.initializer) &&
        ts.isVariableDeclaration(node.parent.parent)
      ) {
        months[node.parent.parent.name.getText(sf)] = node.initializer.getText(sf);
        return ts.factory.updatePropertyAssignment(node, node.name, ts.factory.createArrayLiteralExpression([]));
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (root) => ts.visitNode(root, visit);
  };
  const out = ts.transform(sf, [strip]).transformed[0];
  if (Object.keys(months).join() !== 'nl,enGB') fail('src/page/date-format.ts: no `monthWide: [ … ]` in `nl` and `enGB` to take out');
  return { page: ts.createPrinter().printFile(out), months };
}
const dates = splitDates();
const dutch = await splitDutch();

/**
 * src/page/nl-late.ts in the page's build: the LATE_NL and LATE_EN words, put into the catalogues.
 * Injected into page-exports.js (esbuild's `inject`), so that it runs before the renderers' modules,
 * which read some of them when they load.
 */
const lateDutch = {
  name: 'dutch-later',
  setup(b) {
    b.onResolve({ filter: /\/src\/page\/nl-late\.ts$/ }, (args) => ({ path: args.path, sideEffects: true }));
    b.onLoad({ filter: /\/src\/page\/nl-late\.ts$/ }, () => ({ contents: dutch.late, loader: 'ts', resolveDir: `${root}src/i18n` }));
  },
};

/**
 * src/case/schema.ts without the schemas' descriptions (for their JSON Schema, which the page does not
 * make): each call of its `described` replaced by its first argument, the schema, and each
 * `z.globalRegistry.add(…);` left out — so neither zod's registry nor the words come into page.js.
 */
function withoutDescriptions(file) {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  let calls = 0;
  const strip = (context) => {
    const visit = (node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'described') {
        calls += 1;
        return ts.visitNode(node.arguments[0], visit);
      }
      if (ts.isExpressionStatement(node) && /^z\.globalRegistry\.add\(/.test(node.expression.getText())) return undefined;
      return ts.visitEachChild(node, visit, context);
    };
    return (root) => ts.visitNode(root, visit);
  };
  const out = ts.transform(sf, [strip]).transformed[0];
  if (calls === 0) fail('src/case/schema.ts: no described(…) to take the descriptions out of');
  return ts.createPrinter().printFile(out);
}

/**
 * src/law/milestones.ts for page.js, in two parts:
 * - `page`: without the steps' legal bases (page.js shows none: an explanation and the downloads, in
 *   page-exports.js, read them from a whole copy of the module) and without their English titles
 *   (page-en.js brings them, src/page/en-titles.ts, and page.js puts them into the titles when it has
 *   run). Each `legalBasis: [SOURCES.…]` of the rule text is left out, so that no citation or address
 *   of src/law/sources.ts comes into page.js (a rule's `legalBasis` is `undefined` there, and reading
 *   it fails loudly), and each `en: '…'` of a `title: { nl, en }`.
 * - `titles`: the English titles by milestone id, for page-en.js.
 */
function splitMilestones() {
  const file = `${root}src/law/milestones.ts`;
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  let bases = 0;
  const titles = {};
  const strip = (context) => {
    const visit = (node) => {
      if (
        ts.isPropertyAssignment(node) &&
        node.name.getText(sf) === 'legalBasis' &&
        ts.isArrayLiteralExpression(node.initializer) &&
        node.initializer.elements.every((e) => /^SOURCES\./.test(e.getText(sf)))
      ) {
        bases += 1;
        return undefined;
      }
      if (ts.isPropertyAssignment(node) && node.name.getText(sf) === 'title' && ts.isObjectLiteralExpression(node.initializer)) {
        const id = node.parent.parent.name.text;
        const en = node.initializer.properties.find((p) => p.name?.getText(sf) === 'en');
        if (typeof id !== 'string' || en === undefined || !ts.isStringLiteral(en.initializer))
          fail(`src/law/milestones.ts: a title without an English string (${id})`);
        titles[id] = en.initializer.text;
        return ts.factory.updatePropertyAssignment(
          node,
          node.name,
          ts.factory.updateObjectLiteralExpression(
            node.initializer,
            node.initializer.properties.filter((p) => p !== en),
          ),
        );
      }
      return ts.visitEachChild(node, visit, context);
    };
    return (root) => ts.visitNode(root, visit);
  };
  const out = ts.transform(sf, [strip]).transformed[0];
  if (bases === 0) fail('src/law/milestones.ts: no `legalBasis: [SOURCES.…]` to take out');
  if (Object.keys(titles).length === 0) fail('src/law/milestones.ts: no `title: { nl, en }` to take the English out of');
  return { page: ts.createPrinter().printFile(out), titles };
}
const milestones = splitMilestones();

/**
 * The modules of page.js that page-exports.js bundles its own copy of instead of taking them from
 * page.js: what only page-exports.js reads of them — the explanation of a date (compute.ts,
 * view.ts, the catalogue's `explain`), the legal sources (milestones.ts), the registration of a
 * later script (chunks.ts) — then stays out of page.js.
 * Each is stateless (functions and constants made from the modules both share), so two copies
 * behave as one.
 */
const COPIED_LATER = new Set([
  'src/i18n/index.ts',
  'src/law/milestones.ts',
  'src/page/chunks.ts',
  'src/page/compute.ts',
  'src/page/view.ts',
]);

/** The English modules in page.js: empty until page-en.js has run (main.ts fills them with Object.assign). */
const STUBS = {
  [src('i18n/en.ts')]: `const eager = ${await englishWords(EAGER_EN)};
export const enCatalogue = new Proxy(eager, {
  get(t, k) {
    if (typeof k !== 'string' || k in t) return t[k];
    throw new Error('poortwachter page: the English catalogue was read (' + k + ') before page-en.js had run');
  },
});`,
  [src('i18n/page-en.ts')]: 'export const pageEn = {};',
  // Every input issue is made with its message in both languages: until page-en.js has run, the
  // English one is empty (page.js makes the messages again when it switches to English).
  [src('i18n/issues-en.ts')]: `export const enIssues = { lang: 'en', message: new Proxy({}, { get: (t, k) => t[k] ?? (() => '') }) };
export const enSuggestions = { lang: 'en', date: () => '', eventType: () => '' };`,
  [src('i18n/nl.ts')]: dutch.page,
};

const stubs = {
  name: 'english-later',
  setup(b) {
    // The entry imports main.ts for what it does (package.json says `"sideEffects": false`).
    b.onResolve({ filter: /^\.\/src\/page\/main\.ts$/ }, () => ({ path: `${root}src/page/main.ts`, sideEffects: true }));
    // zod's compiler generates code, which the page's Content-Security-Policy does not allow:
    // src/case/compile.ts gives way to src/page/no-compile.ts.
    b.onResolve({ filter: /^\.\/compile\.js$/ }, (args) =>
      args.importer.endsWith('/src/case/parse.ts') ? { path: `${root}src/page/no-compile.ts` } : undefined,
    );
    // The schemas' descriptions are for their JSON Schema, which the page does not make (withoutDescriptions).
    b.onLoad({ filter: /\/src\/case\/schema\.ts$/ }, (args) => ({ contents: withoutDescriptions(args.path), loader: 'ts' }));
    b.onLoad({ filter: /\/src\/law\/milestones\.ts$/ }, () => ({ contents: milestones.page, loader: 'ts' }));
    b.onLoad({ filter: /\/src\/page\/date-format\.ts$/ }, () => ({ contents: dates.page, loader: 'ts' }));
    b.onLoad({ filter: /\/src\/i18n\/(en|page-en|nl|issues-en)\.ts$/ }, (args) => {
      const key = args.path.slice(root.length);
      return key in STUBS ? { contents: STUBS[key], loader: key.endsWith('nl.ts') ? 'ts' : 'js' } : undefined;
    });
  },
};

/**
 * The key in `globalThis.poortwachterShared` of the name `name` of the module `path` that a later
 * script takes from page.js: the name itself, or with its module's number where two modules hand
 * over the same name.
 */
function sharedKey(shared, path, name) {
  const twice = [...shared].filter(([, names]) => names.has(name)).length > 1;
  return twice ? `${name}$${[...shared.keys()].sort().indexOf(path)}` : name;
}

/** page.js, handing to the later scripts what they take from it: `shared` maps a module to the names taken (globalThis.poortwachterShared). */
function buildMain(shared) {
  // Each name under an alias of its module's number: two modules may export the same name.
  const modules = [...shared.keys()]
    .sort()
    .map((p, i) => ({ p, i, names: [...shared.get(p)].sort() }))
    .filter(({ names }) => names.length > 0);
  const contents = `${modules.map(({ p, i, names }) => `import { ${names.map((n) => `${n} as m${i}_${n}`).join(', ')} } from './${p}';`).join('\n')}
import './src/page/main.ts';
${modules.length === 0 ? '' : `globalThis.poortwachterShared = { ${modules.flatMap(({ p, i, names }) => names.map((n) => `${JSON.stringify(sharedKey(shared, p, n))}: m${i}_${n}`)).join(', ')} };`}`;
  return build({
    ...common,
    stdin: { contents, resolveDir: root, sourcefile: 'page.js', loader: 'js' },
    outfile: fileURLToPath(new URL('page.js', out)),
    plugins: [stubs],
  });
}

/** The key of a resolved module: its path from the repository's root. */
const keyOf = (path) => (path.startsWith(root) ? path.slice(root.length) : path);

/**
 * The key of the module an import of page-exports.js resolves to, when page.js holds it (`inMain`);
 * `undefined` for the entry, for a module of its own, and for the inner resolve this makes.
 */
async function moduleOfMain(b, args, inMain) {
  if (args.kind === 'entry-point' || args.pluginData?.inner === true) return undefined;
  const found = await b.resolve(args.path, {
    kind: args.kind,
    importer: args.importer,
    resolveDir: args.resolveDir,
    pluginData: { inner: true },
  });
  return found.errors.length === 0 && inMain.has(keyOf(found.path)) ? keyOf(found.path) : undefined;
}

/**
 * The modules of page.js (`inMain`) that page-exports.js imports, with the names it imports: its
 * sources bundled once as ESM with those modules left out, whose `import { … } from` lines say it.
 */
async function namesTaken(inMain) {
  const r = await build({
    ...common,
    entryPoints: [src('page/chunk-exports.ts')],
    format: 'esm',
    minify: false,
    metafile: false,
    write: false,
    inject: [`${root}src/page/nl-late.ts`],
    plugins: [
      {
        name: 'leave-out-page-js',
        setup(b) {
          b.onResolve({ filter: /.*/ }, async (args) => {
            const key = await moduleOfMain(b, args, inMain);
            return key === undefined ? undefined : { path: key, external: true };
          });
        },
      },
      lateDutch,
    ],
  });
  const taken = new Map();
  const unread = new Set();
  const imports = /^import\s*(.*?)\s*from\s*"([^"]+)";$/gms;
  const text = r.outputFiles[0].text;
  // A name is taken when the code reads it: esbuild keeps the whole import of a re-export (`export { … } from`) of a copied module.
  const code = text.replace(imports, '');
  for (const m of text.matchAll(imports)) {
    const names = /^\{([^}]*)\}$/.exec(m[1]);
    if (names === null) fail(`page-exports.js imports ${m[2]} as ${m[1]}: only named imports can be taken from page.js`);
    const set = taken.get(m[2]) ?? new Set();
    for (const n of names[1]
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)) {
      const [name, local = name] = n.split(/\s+as\s+/);
      if (new RegExp(`(?<![\\w$.])${local.replace(/\$/g, '\\$')}(?![\\w$])`).test(code)) set.add(name);
      else unread.add(`${m[2]}#${name}`);
    }
    taken.set(m[2], set);
  }
  for (const k of unread) if (taken.get(k.slice(0, k.indexOf('#')))?.has(k.slice(k.indexOf('#') + 1))) unread.delete(k);
  return { taken, unread };
}

/** page-exports.js: its imports of page.js's modules (`inMain`) read the names `taken` from page.js (and the `unread` ones, imported but never read, are `undefined`). */
function sharedWithMain(inMain, { taken, unread }) {
  return {
    name: 'shared-with-page-js',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        const key = await moduleOfMain(b, args, inMain);
        return key === undefined ? undefined : { path: key, namespace: 'page-js' };
      });
      b.onLoad({ filter: /.*/, namespace: 'page-js' }, (args) => {
        const names = [...(taken.get(args.path) ?? [])];
        const none = [...unread].filter((k) => k.startsWith(`${args.path}#`)).map((k) => k.slice(args.path.length + 1));
        return {
          contents: `${
            names.length === 0
              ? ''
              : `const m = globalThis.poortwachterShared;\nexport const ${names.map((n) => `${n} = m[${JSON.stringify(sharedKey(taken, args.path, n))}]`).join(', ')};\n`
          }${none.map((n) => `export const ${n} = undefined;\n`).join('')}`,
          loader: 'js',
        };
      });
    },
  };
}

const inputsOf = (result) => Object.keys(result.metafile.inputs).filter((p) => !p.startsWith('page-js:') && p !== '<stdin>');

const first = await buildMain(new Map());
const ofMain = new Set(inputsOf(first));
const inMain = new Set([...ofMain].filter((p) => !COPIED_LATER.has(p)));
const names = await namesTaken(inMain);
const exportsChunk = await build({
  ...common,
  entryPoints: [src('page/chunk-exports.ts')],
  outfile: fileURLToPath(new URL('page-exports.js', out)),
  inject: [`${root}src/page/nl-late.ts`],
  plugins: [sharedWithMain(inMain, names), lateDutch],
});
const main = await buildMain(names.taken);
const english = await build({
  ...common,
  entryPoints: [src('page/chunk-en.ts')],
  outfile: fileURLToPath(new URL('page-en.js', out)),
  plugins: [
    {
      name: 'english-titles',
      setup(b) {
        // The English titles of the steps, as data (page.js's titles have none: splitMilestones).
        b.onLoad({ filter: /\/src\/page\/en-titles\.ts$/ }, () => ({
          contents: `export const EN_TITLES = ${JSON.stringify(milestones.titles)};`,
          loader: 'js',
        }));
      },
    },
  ],
});

// PAGE_METAFILES=DIR: esbuild's metafiles of the three scripts, for `esbuild --analyze` or https://esbuild.github.io/analyze/.
if (process.env.PAGE_METAFILES) {
  for (const [name, result] of Object.entries({ page: main, 'page-exports': exportsChunk, 'page-en': english }))
    writeFileSync(join(process.env.PAGE_METAFILES, `${name}.meta.json`), JSON.stringify(result.metafile));
}
const results = { 'page.js': main, 'page-exports.js': exportsChunk, 'page-en.js': english };
for (const [name, result] of Object.entries(results)) {
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
  if (banned.length > 0) fail(`${name} must not bundle ${banned.join(', ')}`);
  // What only an explanation or a download reads stays out of the first view.
  const late = name === 'page.js' ? bundled.filter((p) => p === 'src/law/sources.ts') : [];
  if (late.length > 0) fail(`page.js must not bundle ${late.join(', ')} (only page-exports.js reads it)`);
}
// Handing modules over must not pull a new one into page.js.
const added = inputsOf(main).filter((p) => !ofMain.has(p));
if (added.length > 0) fail(`page.js grew by ${added.join(', ')} when it handed modules to page-exports.js`);
// page-exports.js holds no second copy of a module of page.js (the hand-over takes them all); page-en.js
// is built on its own (the real English modules), so it must not bundle the catalogues page.js reads.
const copies = inputsOf(exportsChunk).filter((p) => inMain.has(p));

if (copies.length > 0) fail(`page-exports.js must take ${copies.join(', ')} from page.js, not bundle a copy`);
const enCopies = inputsOf(english).filter((p) => /^src\/(i18n\/(index|nl|issues|issues-nl)\.ts|engine\/|format\/)/.test(p));
if (enCopies.length > 0) fail(`page-en.js must hold the English words, not a copy of ${enCopies.join(', ')}`);

// esbuild bundles and minifies; the oxc minifier (rolldown's, the one Vite uses) then minifies the
// three scripts once more, which brotli compresses by ≈ 1 kB better for page.js: it folds constants
// into template strings, writes every string in one kind of quote and names locals so that they
// repeat (docs/performance.md). The build fails if it reports an error.
for (const name of Object.keys(results)) {
  const file = new URL(name, out);
  const r = minifySync(name, readFileSync(file, 'utf8'), { compress: { target: 'es2022' } });
  if (r.errors.length > 0) fail(`${name}: the oxc minifier reports ${r.errors.map((e) => e.message).join('; ')}`);
  writeFileSync(file, r.code);
}

await build({
  entryPoints: [fileURLToPath(new URL('../src/page/page.css', import.meta.url))],
  minify: true,
  outfile: fileURLToPath(new URL('page.css', out)),
  logLevel: 'warning',
});
copyFileSync(new URL('../src/page/index.html', import.meta.url), new URL('index.html', out));
