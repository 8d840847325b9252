/**
 * The error of an optional peer dependency that is not installed (Fastify, for the web service):
 * thrown when `poortwachter/server` is loaded, recognised by `poortwachter serve`, which says in
 * the user's language how to add it.
 *
 * @module
 */

/** The `code` of the error thrown when an optional peer dependency is not installed. */
export const MISSING_PEER = 'ERR_POORTWACHTER_MISSING_PEER' as const;

/** The error thrown when Fastify is not installed: `code` {@link MISSING_PEER}, the package and its range. */
export type MissingPeerError = Error & { readonly code: typeof MISSING_PEER; readonly peer: 'fastify'; readonly range: string };

/**
 * Whether `error` is the {@link MissingPeerError} of a missing Fastify.
 *
 * @example
 * isMissingPeer(Object.assign(new Error('x'), { code: 'ERR_POORTWACHTER_MISSING_PEER' })) //=> true
 */
export function isMissingPeer(error: unknown): error is MissingPeerError {
  return (error as { code?: unknown } | null)?.code === MISSING_PEER;
}
