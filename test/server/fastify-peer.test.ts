/**
 * Fastify is an optional peer dependency (issue 21 item 2): a library-only install has no web
 * server; `poortwachter/server` and `poortwachter serve` say how to add it. The installed package
 * without Fastify is checked end to end by scripts/smoke (ESM, CJS and the bin, Node 20/22/24).
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CLI_CATALOGUES } from '../../src/common/messages.js';
import { isMissingPeer } from '../../src/common/missing-peer.js';
import { FASTIFY_RANGE, loadFastify } from '../../src/server/fastify.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
};

const notFound = (id: string) => () => {
  throw Object.assign(new Error(`Cannot find module '${id}'\nRequire stack:\n- /x/dist/server/fastify.js`), { code: 'MODULE_NOT_FOUND' });
};

describe('fastify, an optional peer dependency', () => {
  it('is no dependency of the library, but an optional peer (and a devDependency for the tests)', () => {
    expect(pkg.dependencies.fastify).toBeUndefined();
    expect(pkg.dependencies.pino).toBeUndefined();
    expect(pkg.peerDependencies?.fastify).toBe(FASTIFY_RANGE);
    expect(pkg.peerDependenciesMeta?.fastify?.optional).toBe(true);
    expect(pkg.devDependencies.fastify).toBe(FASTIFY_RANGE);
  });

  it('loads fastify when it is installed', () => {
    const f = loadFastify(createRequire(import.meta.url));
    expect(typeof f.fastify).toBe('function');
    expect(typeof f.LogController).toBe('function');
  });

  it('says how to add it when it is missing: npm install fastify@5, with the range', () => {
    let caught: unknown;
    try {
      loadFastify(notFound('fastify'));
    } catch (error) {
      caught = error;
    }
    expect(isMissingPeer(caught)).toBe(true);
    const e = caught as Error & { range: string; peer: string };
    expect(e.range).toBe(FASTIFY_RANGE);
    expect(e.peer).toBe('fastify');
    expect(e.message).toMatch(/^poortwachter\/server: needs the package fastify \(\^5\.\d+\.\d+\)/);
    expect(e.message).toContain("'npm install fastify@5'");
    expect(e.message).not.toContain('\n');
  });

  it('throws any other failure as it is (a dependency of fastify missing is not fastify missing)', () => {
    expect(() => loadFastify(notFound('pino'))).toThrow(/Cannot find module 'pino'/);
    expect(() =>
      loadFastify(() => {
        throw new SyntaxError('Unexpected token');
      }),
    ).toThrow(SyntaxError);
  });

  it('has the words in Dutch and English, the same commands in both', () => {
    const nl = CLI_CATALOGUES.nl.serve.missingFastify('^5.12.8', '5');
    const en = CLI_CATALOGUES.en.serve.missingFastify('^5.12.8', '5');
    expect(nl).toContain('Voeg het toe');
    expect(en).toContain('Add it');
    const commands = (s: string) => s.match(/'[^']+'/g);
    expect(commands(nl)).toEqual(commands(en));
  });
});
