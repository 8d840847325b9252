// Property tests on vitest: `test.prop([arbitraries], parameters)(name, predicate)`, the API of
// @fast-check/vitest, in the few lines this suite uses. That package imports vitest's node side,
// which took ~3 s per test file (measured: a file with one trivial property, 3.2 s to import
// against 17 ms for fast-check and vitest's test API), i.e. minutes per `npm test` across the
// time zones and most of each StrykerJS mutant run.
//
// As in @fast-check/vitest: the seed is drawn per test (unless fc.configureGlobal sets one) and put
// in the test's name, so a failure can be replayed with `{ seed }`; a predicate may return a
// boolean, nothing, or a promise of either; fast-check shrinks a failure and reports the
// counterexample.
import fc from 'fast-check';
import { test as vitestTest } from 'vitest';

export { fc };

/** A property holds unless the predicate throws or returns (a promise of) `false`. */
type Predicate<Ts extends unknown[]> = (...args: Ts) => unknown;

function propOf(base: typeof vitestTest) {
  return <Ts extends [unknown, ...unknown[]]>(arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> }, parameters: fc.Parameters<Ts> = {}) =>
    (name: string, predicate: Predicate<Ts>, timeout?: number): void => {
      const seed = parameters.seed ?? fc.readConfigureGlobal().seed ?? Date.now() ^ (Math.random() * 0x100000000);
      const property = fc.asyncProperty<Ts>(
        ...(arbitraries as unknown as { [K in keyof Ts]: fc.Arbitrary<Ts[K]> }),
        async (...args: Ts): Promise<boolean> => (await predicate(...args)) !== false,
      );
      base(`${name} (with seed=${seed})`, () => fc.assert(property, { ...parameters, seed }), timeout);
    };
}

/** `test.prop(arbitraries, parameters)(name, predicate, timeout?)`: a vitest test that checks a property. */
export const test = { prop: propOf(vitestTest) } as const;
