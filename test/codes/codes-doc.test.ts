/** docs/codes.md is what scripts/write-codes.ts makes from the catalogues: it never goes stale. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { codesMarkdown } from '../../scripts/write-codes.js';

it('docs/codes.md equals the generated codes document (run `npm run docs:codes`)', () => {
  expect(readFileSync(new URL('../../docs/codes.md', import.meta.url), 'utf8')).toBe(codesMarkdown());
});
