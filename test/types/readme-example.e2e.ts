/**
 * The TypeScript examples of README.md type-check against the public API (issue 7: "an example
 * that type-checks"): every ```ts block that imports from 'poortwachter' is compiled with the
 * project's strict options, 'poortwachter' resolving to src/index.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function examples(markdown: string): string[] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string).filter((code) => /from 'poortwachter'/.test(code));
}

describe('README examples', () => {
  it('every ```ts example that imports poortwachter compiles under strict', () => {
    const blocks = examples(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    expect(blocks.length).toBeGreaterThan(0);
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    const dir = mkdtempSync(join(ROOT, '.tmp', 'readme-'));
    try {
      const files = blocks.map((code, i) => {
        const file = join(dir, `example-${i + 1}.ts`);
        writeFileSync(file, `${code}\nexport {};\n`);
        return file;
      });
      const options: ts.CompilerOptions = {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        strict: true,
        noUncheckedIndexedAccess: true,
        noEmit: true,
        skipLibCheck: true,
        types: ['node'],
        lib: ['lib.es2022.d.ts'],
        paths: { poortwachter: [join(ROOT, 'src/index.ts')] },
      };
      const program = ts.createProgram(files, options);
      const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => d.file === undefined || files.includes(d.file.fileName));
      const text = diagnostics.map((d) => {
        const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
        return `${d.file?.fileName.replace(dir, 'README')}:${where ? where.line + 1 : '?'}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
      expect(text).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
