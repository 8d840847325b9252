/**
 * Fastify, the web framework of the service, loaded at run time: it is an optional peer dependency
 * (package.json `peerDependencies` + `peerDependenciesMeta`), so that an application that only
 * calls the library does not install a web server. When it is missing, importing
 * `poortwachter/server` (ESM or CJS) and `poortwachter serve` say how to add it, instead of
 * Node's `Cannot find package 'fastify'`.
 *
 * @module
 */
import { createRequire } from 'node:module';
import type * as Fastify from 'fastify';
import { CLI_CATALOGUES } from '../common/messages.js';
import { MISSING_PEER, type MissingPeerError } from '../common/missing-peer.js';

/** The Fastify versions the service supports: package.json's `peerDependencies.fastify` (a test keeps them equal). */
export const FASTIFY_RANGE = '^5.12.8';

/**
 * Loads Fastify with `load` (a CommonJS `require`; Fastify is a CommonJS package), or throws a
 * {@link MissingPeerError} when Fastify itself cannot be found. Any other failure (a broken install,
 * a missing dependency of Fastify) is thrown as it is.
 *
 * @example
 * loadFastify(createRequire(import.meta.url)).fastify //=> [Function: fastify]
 * loadFastify(() => { throw Object.assign(new Error("Cannot find module 'fastify'"), { code: 'MODULE_NOT_FOUND' }); })
 * // throws: poortwachter/server: needs the package fastify (^5.12.8), which is not installed: …
 */
export function loadFastify(load: (id: string) => unknown): typeof Fastify {
  try {
    return load('fastify') as typeof Fastify;
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    if ((code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND') && /['"]fastify['"]/.test(first)) {
      const major = /\d+/.exec(FASTIFY_RANGE)?.[0] ?? '5';
      const message = `poortwachter/server: ${CLI_CATALOGUES.en.serve.missingFastify(FASTIFY_RANGE, major)}`;
      const missing: MissingPeerError = Object.assign(new Error(message, { cause: error }), {
        code: MISSING_PEER,
        peer: 'fastify' as const,
        range: FASTIFY_RANGE,
      });
      throw missing;
    }
    throw error;
  }
}

const loaded = loadFastify(createRequire(import.meta.url));

/** Fastify's factory. */
export const fastify: typeof Fastify.fastify = loaded.fastify;
/** Fastify's log controller, extended by the service for one log line per request. */
export const LogController: typeof Fastify.LogController = loaded.LogController;
