/**
 * The descriptions of the schemas (src/case/schema.ts) for their JSON Schema and OpenAPI: entries of
 * zod's global registry, as classic zod's `.describe()` — no check to run. The case page's build
 * (scripts/build-page.mjs) takes every call of these out of schema.ts: the page makes no JSON
 * Schema, so it needs neither the registry, nor the copies, nor the words.
 *
 * @module
 */
import * as z from 'zod/mini';

/**
 * A copy of the schema with a description for its JSON Schema.
 *
 * @example
 * described(z.string(), 'Your own reference') // a z.string() whose JSON Schema has that description
 */
export const described = <T extends z.ZodMiniType>(schema: T, description: string): T => {
  const copy = schema.clone() as T;
  z.globalRegistry.add(copy, { description });
  return copy;
};

/**
 * The schema itself, given a description for its JSON Schema.
 *
 * @example
 * describe(CaseInputSchema, 'A sickness case for poortwachter')
 */
export const describe = <T extends z.ZodMiniType>(schema: T, description: string): T => {
  z.globalRegistry.add(schema, { description });
  return schema;
};
