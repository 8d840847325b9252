// File order for the StrykerJS runs (the `mutation` project of vitest.config.ts). A mutant run stops at
// the first failing test (bail), so the quick tests with hand-checked dates go first and the property
// tests, which take most of the time, last. vitest's own order (slowest file first) is the
// opposite of what a run that stops early wants, and stays the order of every other project.
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const FIRST = ['test/golden/', 'test/law/', 'test/calendar/', 'test/format/', 'test/engine/derivation', 'test/engine/input'];

function rank(file: string): number {
  const i = FIRST.findIndex((prefix) => file.includes(prefix));
  return i === -1 ? FIRST.length : i;
}

export class GoldenFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    if (files.some((f) => f.project.name !== 'mutation')) return super.sort(files);
    return [...files].sort((a, b) => rank(a.moduleId) - rank(b.moduleId) || a.moduleId.localeCompare(b.moduleId));
  }
}
