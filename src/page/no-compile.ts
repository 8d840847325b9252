/**
 * The case page's stand-in for src/case/compile.ts (an alias of scripts/build-page.mjs): the schema
 * as it is, checked by zod's runtime parser — the page's Content-Security-Policy allows no
 * generated code.
 *
 * @module
 */
import type * as z from 'zod/mini';

/** The schema itself: no compiled fast path in the page. */
export function compiled<T extends z.ZodMiniType>(schema: T): T {
  return schema;
}
