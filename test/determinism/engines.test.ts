/**
 * Every package an install of this repository puts in node_modules runs on the oldest Node the
 * project supports (`engines.node`, >=20.19): otherwise npm prints `EBADENGINE` on a first
 * `npm install` under Node 20 (issue 21 item 8: cookie@2.0.2, via fastify → light-my-request, wants
 * Node >= 22; package.json `overrides` pins cookie 1.x, which light-my-request's only use —
 * `stringifySetCookie` — also has). Optional platform packages npm skips silently are left out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[]; optional?: boolean }>;
};
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { engines: { node: string } };

type Version = readonly [number, number, number];

function parse(v: string): Version {
  const m = /^v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?/.exec(v.trim());
  if (m === null) throw new Error(`cannot read the version '${v}'`);
  const n = (s: string | undefined) => (s === undefined || s === 'x' || s === '*' ? 0 : Number(s));
  return [Number(m[1]), n(m[2]), n(m[3])];
}

function cmp(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/**
 * Whether `version` satisfies a node-semver range of the forms engines fields use: `||`, spaces
 * (and), `>=`, `>`, `<=`, `<`, `=`, `^`, `~`, `X`, `X.x`, `*`. Anything else throws.
 *
 * @example
 * satisfies('20.19.0', '^22.20 || ^24.12 || >=25') //=> false
 */
function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.split('||').some((alt) =>
    alt
      .replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1')
      .trim()
      .split(/\s+/)
      .filter((c) => c !== '')
      .every((c) => {
        if (c === '*' || c === 'x') return true;
        const m = /^(>=|<=|>|<|=|\^|~)?(.+)$/.exec(c);
        if (m === null) throw new Error(`cannot read the range '${range}'`);
        const op = m[1] ?? '';
        const w = parse(m[2] as string);
        const parts = (m[2] as string).split('.').filter((p) => /^\d+$/.test(p)).length;
        if (op === '>=') return cmp(v, w) >= 0;
        if (op === '>') return cmp(v, w) > 0;
        if (op === '<=') return cmp(v, w) <= 0;
        if (op === '<') return cmp(v, w) < 0;
        if (op === '^') return cmp(v, w) >= 0 && v[0] === w[0];
        if (op === '~') return cmp(v, w) >= 0 && v[0] === w[0] && (parts < 2 || v[1] === w[1]);
        // '=' or a bare version: X, X.Y or X.Y.Z (missing parts are wildcards)
        return v[0] === w[0] && (parts < 2 || v[1] === w[1]) && (parts < 3 || v[2] === w[2]);
      }),
  );
}

describe('engines of the installed packages', () => {
  const oldest = (/\d+\.\d+(\.\d+)?/.exec(pkg.engines.node) as RegExpExecArray)[0];

  it('reads the ranges it meets', () => {
    expect(oldest).toBe('20.19');
    expect(satisfies('20.19.0', '>=22')).toBe(false);
    expect(satisfies('20.19.0', '>=18')).toBe(true);
    expect(satisfies('20.19.0', '^20.19.0 || >=22')).toBe(true);
    expect(satisfies('20.19.0', '^22.20 || ^24.12 || >=25')).toBe(false);
    expect(satisfies('20.19.0', '>= 14.17')).toBe(true);
    expect(satisfies('20.19.0', '>=10 <21')).toBe(true);
    expect(satisfies('20.19.0', '20.x')).toBe(true);
  });

  it(`admit Node ${oldest} (no EBADENGINE on a first install under Node 20)`, () => {
    const bad = Object.entries(lock.packages)
      .filter(([name, p]) => name !== '' && p.optional !== true)
      .flatMap(([name, p]) => {
        const range = Array.isArray(p.engines) ? undefined : p.engines?.node;
        return range !== undefined && !satisfies(`${oldest}.0`, range) ? [`${name}@${p.version}: node ${range}`] : [];
      });
    expect(bad).toEqual([]);
  });
});
