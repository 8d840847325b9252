// docs/dossier.md, the Dutch page on the case file (issue 21): every event type of the schema is on
// it, and every JSON example on it is valid input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseInputJsonSchema } from '../../src/case/schema.js';
import { parseCaseInput } from '../../src/index.js';

const text = readFileSync(join(import.meta.dirname, '../../docs/dossier.md'), 'utf8');
const examples = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] as string) as Record<string, unknown>);

/** Every event `type` the JSON Schema of a case accepts. */
function eventTypes(): string[] {
  const events = (
    caseInputJsonSchema().properties as Record<
      string,
      { items: { oneOf: { properties: { type: { const?: string; enum?: string[] } } }[] } }
    >
  ).events;
  return events?.items.oneOf.flatMap((o) => o.properties.type.enum ?? [o.properties.type.const ?? '']) ?? [];
}

describe('docs/dossier.md', () => {
  it('names every event type and every field of the case', () => {
    const types = eventTypes();
    expect(types.length).toBeGreaterThan(20);
    for (const type of types) expect(text, type).toContain(`\`${type}\``);
    for (const field of ['firstSickDay', 'events', 'id', 'vangnet', 'note', 'casemanagerType', 'percentage', 'until', 'weeks', 'step']) {
      expect(text, field).toContain(`\`${field}\``);
    }
  });

  it('gives examples that are valid input, a whole case or one event of it', () => {
    expect(examples.length).toBeGreaterThan(5);
    for (const example of examples) {
      const input = 'type' in example ? { firstSickDay: '2025-01-06', events: [example] } : example;
      const r = parseCaseInput(input);
      expect(r.success, JSON.stringify(r.success ? null : r.issues)).toBe(true);
    }
  });
});
