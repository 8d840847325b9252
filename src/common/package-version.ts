/**
 * The package's own version, for `poortwachter --version` and the service's `/health`.
 *
 * @module
 */
import { createRequire } from 'node:module';

/**
 * The package version, read from the package.json one or two folders up: beside `dist/` for the bundled CLI and CJS builds, beside
 * `dist/common/` for the per-module ESM build, beside `src/common/` under tsx.
 *
 * @example
 * packageVersion() //=> '0.1.0'
 */
export function packageVersion(): string {
  const require = createRequire(import.meta.url);
  for (const p of ['../package.json', '../../package.json']) {
    try {
      const pkg = require(p) as { name?: string; version?: string };
      if (pkg.name === 'poortwachter' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // try the next location
    }
  }
  return 'unknown';
}
