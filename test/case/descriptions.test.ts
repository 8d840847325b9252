/**
 * src/case/descriptions.ts gives the schemas of src/case/schema.ts their descriptions from outside
 * (so that evaluateCase's bundle carries none): every copy schema.ts makes for a description
 * (`described`: a clone, the same definition as its `_zod.parent`) has one, and the entry's schemas are the objects
 * the parse step checks with.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as published from '../../src/case/descriptions.js';
import * as checks from '../../src/case/schema.js';

type Node = { _zod: { def: Record<string, unknown>; parent?: Node } };
const isSchema = (v: unknown): v is Node => typeof v === 'object' && v !== null && '_zod' in v;

/** Every schema below `root` (itself included), once. */
function schemasOf(root: Node, seen = new Set<Node>()): Set<Node> {
  if (seen.has(root)) return seen;
  seen.add(root);
  for (const value of Object.values(root._zod.def)) {
    const children = Array.isArray(value)
      ? value
      : isSchema(value)
        ? [value]
        : typeof value === 'object' && value !== null
          ? Object.values(value)
          : [];
    for (const child of children) if (isSchema(child)) schemasOf(child, seen);
  }
  return seen;
}

describe('the descriptions of the input schemas', () => {
  it('are on every copy schema.ts makes for one', () => {
    const all = [...schemasOf(published.CaseInputSchema as unknown as Node), ...schemasOf(published.PolicySchema as unknown as Node)];
    // A copy: a clone of its parent with the same definition (a check, too, makes a child, with a definition of its own).
    const copies = all.filter((s) => s._zod.parent !== undefined && s._zod.parent._zod.def === s._zod.def);
    expect(copies.length).toBeGreaterThan(30);
    for (const s of copies)
      expect(z.globalRegistry.get(s as unknown as z.ZodMiniType)?.description, JSON.stringify(s._zod.def.type)).toMatch(/\w/);
  });

  it('are given to the objects the parse step checks with', () => {
    expect(published.CaseInputSchema).toBe(checks.CaseInputSchema);
    expect(published.CaseEventSchema).toBe(checks.CaseEventSchema);
    expect(published.PolicySchema).toBe(checks.PolicySchema);
    expect(z.globalRegistry.get(checks.CaseInputSchema)?.description).toBe('A sickness case for poortwachter');
    const properties = published.caseInputJsonSchema().properties as Record<string, { description?: string }>;
    expect(properties.firstSickDay?.description).toBe('Eerste ziektedag: day 1 of the wachttijd (WIA 23 lid 2)');
  });
});
