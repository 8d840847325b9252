#!/usr/bin/env node
// The measures of issue 26 ("one contract, one vocabulary, the rules wholly as data"), read off src/
// with the TypeScript compiler's own parser, so that the before/after table in CHANGELOG can be
// re-made by anyone: `node scripts/code-metrics.mjs` (add `--json` for a machine-readable line).
//
// - lines: physical lines of the .ts files in src/ (generated files included, they are source too);
// - files over 400 lines; functions over 80 lines (function declarations, methods, arrows and
//   function expressions, measured from their first to their last line);
// - `as` casts: `x as T` and `<T>x`, without `as const` (a literal type, not a cast);
// - module-level `let`: a `let` (or `var`) statement at the top level of a module;
// - milestone-id tests in the engine: a string literal equal to a milestone id in src/engine/
//   (each is a place where the engine decides by id what the rule data should say);
// - value exports of the main entry: the names src/index.ts exports that are values (functions,
//   constants, classes), and all names including types.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;
const src = join(root, 'src');

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

const files = walk(src);
const parsed = files.map((path) => {
  const text = readFileSync(path, 'utf8');
  return { path, text, sf: ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true) };
});

const lineOf = (sf, pos) => sf.getLineAndCharacterOfPosition(pos).line;

let lines = 0;
const bigFiles = [];
const longFunctions = [];
let casts = 0;
const moduleLets = [];
for (const { path, text, sf } of parsed) {
  const n = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  lines += n;
  const rel = relative(root, path);
  if (n > 400) bigFiles.push(`${rel} (${n})`);
  for (const st of sf.statements) {
    if (ts.isVariableStatement(st) && (st.declarationList.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) !== ts.NodeFlags.Const) {
      moduleLets.push(`${rel}:${lineOf(sf, st.getStart(sf)) + 1}`);
    }
  }
  const visit = (node) => {
    if (
      ts.isFunctionDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isArrowFunction(node) ||
      ts.isFunctionExpression(node) ||
      ts.isConstructorDeclaration(node) ||
      ts.isGetAccessor(node)
    ) {
      const span = lineOf(sf, node.getEnd()) - lineOf(sf, node.getStart(sf)) + 1;
      if (span > 80) {
        const name = node.name?.getText(sf) ?? '(anonymous)';
        longFunctions.push(`${rel}:${lineOf(sf, node.getStart(sf)) + 1} ${name} (${span})`);
      }
    }
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) {
      const t = node.type;
      const isConst = ts.isTypeReferenceNode(t) && t.typeName.getText(sf) === 'const';
      if (!isConst) casts += 1;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

// Milestone ids: the closed list of src/vocab.ts (before it existed, the ids of the rule table).
const vocabPath = join(src, 'vocab.ts');
const ids = (() => {
  try {
    const v = readFileSync(vocabPath, 'utf8');
    const list = v.slice(v.indexOf('MILESTONE_IDS'), v.indexOf('] as const', v.indexOf('MILESTONE_IDS')));
    return new Set([...list.matchAll(/'([a-z0-9-]+)'/g)].map((m) => m[1]));
  } catch {
    const rules = readFileSync(join(src, 'law', 'milestones.ts'), 'utf8');
    return new Set([...rules.matchAll(/\bid:\s*'([a-z0-9-]+)'/g)].map((m) => m[1]));
  }
})();
let idTests = 0;
const idTestPlaces = [];
for (const { path, sf } of parsed) {
  if (!relative(src, path).startsWith('engine/')) continue;
  const visit = (node) => {
    if (ts.isStringLiteralLike(node) && ids.has(node.text)) {
      // An import path or a property key is not a test; a literal in an expression is.
      if (!ts.isImportDeclaration(node.parent) && !ts.isPropertyAssignment(node.parent)) {
        idTests += 1;
        idTestPlaces.push(`${relative(root, path)}:${lineOf(sf, node.getStart(sf)) + 1} '${node.text}'`);
      } else if (ts.isPropertyAssignment(node.parent) && node.parent.initializer === node) {
        idTests += 1;
        idTestPlaces.push(`${relative(root, path)}:${lineOf(sf, node.getStart(sf)) + 1} '${node.text}'`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

// Exports of the main entry, resolved through re-exports by the type checker.
const program = ts.createProgram([join(src, 'index.ts')], {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  noEmit: true,
});
const checker = program.getTypeChecker();
const entry = program.getSourceFile(join(src, 'index.ts'));
const symbol = checker.getSymbolAtLocation(entry);
const exported = symbol ? checker.getExportsOfModule(symbol) : [];
const valueExports = exported.filter((s) => {
  const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
  return (target.flags & ts.SymbolFlags.Value) !== 0;
});

const result = {
  files: files.length,
  lines,
  filesOver400: bigFiles.length,
  functionsOver80: longFunctions.length,
  asCasts: casts,
  moduleLevelLet: moduleLets.length,
  milestoneIdTestsInEngine: idTests,
  valueExports: valueExports.length,
  exportedNames: exported.length,
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result));
} else {
  for (const [k, v] of Object.entries(result)) console.log(`${k.padEnd(26)} ${v}`);
  if (process.argv.includes('--detail')) {
    console.log(`\nfiles over 400 lines:\n  ${bigFiles.join('\n  ')}`);
    console.log(`\nfunctions over 80 lines:\n  ${longFunctions.join('\n  ')}`);
    console.log(`\nmodule-level let:\n  ${moduleLets.join('\n  ')}`);
    console.log(`\nmilestone-id tests in src/engine:\n  ${idTestPlaces.join('\n  ')}`);
  }
}
