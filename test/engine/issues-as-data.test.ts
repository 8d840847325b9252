/**
 * Issue 22, words at the edge: `import { evaluateCase }` carries no message text. The modules
 * `src/engine/evaluate.ts` reaches through its imports (value and type imports alike) include no
 * catalogue of `src/i18n/`: input issues are codes and params there, rendered by the edges
 * (`parseCaseInput`, `safeEvaluateCase`, `withIssueMessage`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateCase, PoortwachterError, withIssueMessage } from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every module of src/ that `entry` reaches through relative imports and re-exports. */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const todo = [join(ROOT, entry)];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = join(dirname(file), (m[1] as string).replace(/\.js$/, '.ts'));
      if (existsSync(target)) todo.push(target);
    }
  }
  return [...seen].map((f) => relative(ROOT, f)).sort();
}

describe('words at the edge (issue 22)', () => {
  it('evaluateCase reaches no module of src/i18n (no catalogue, no message text)', () => {
    const modules = reachable('src/engine/evaluate.ts');
    expect(modules).toContain('src/engine/interpret.ts');
    expect(modules.filter((m) => m.startsWith('src/i18n/'))).toEqual([]);
  });

  it('throws its issues as data; withIssueMessage adds the words at the edge', () => {
    let issues: readonly unknown[] = [];
    try {
      evaluateCase({ firstSickDay: '2025-01-06', events: [{ type: 'probleemanalyse', date: '2025-13-01' }] }, { asOf: '2025-03-10' });
    } catch (e) {
      expect(e).toBeInstanceOf(PoortwachterError);
      issues = (e as PoortwachterError).issues;
    }
    expect(issues).toEqual([{ path: ['events', 0, 'date'], code: 'invalid_date', params: { value: "'2025-13-01'" } }]);
    const [worded] = (issues as PoortwachterError['issues']).map(withIssueMessage);
    expect(worded?.message.nl).toMatch(/^events\[0\]\.date: '2025-13-01' is geen geldige datum/);
    expect(worded?.message.en).toMatch(/^events\[0\]\.date: '2025-13-01' is not a valid date/);
  });
});
