/**
 * The fast path of the case check: zod's ahead-of-time compiler (`z.compile`, which generates code
 * with `new Function`) turns {@link CaseInputSchema}'s object checks into one function — about
 * 1 µs for a typical case instead of 7 with the runtime parser; invalid input falls back to the
 * runtime parser, so the issues are the same. The case page's build (scripts/build-page.mjs)
 * replaces this module (imported by src/case/parse.ts) with src/page/no-compile.ts: the page's Content-Security-Policy allows no
 * generated code, and the compiler is a third of the zod it would ship.
 *
 * @module
 */
import * as z from 'zod/mini';

/**
 * The schema with a compiled fast path (or itself, where zod cannot compile it).
 *
 * @example
 * compiled(z.strictObject({ a: z.string() })).safeParse({ a: 'x' }).success //=> true
 */
export function compiled<T extends z.ZodMiniType>(schema: T): T {
  return z.compile(schema);
}
