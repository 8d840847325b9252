/**
 * The case page's files (built by scripts/build-page.mjs into dist/page/) for `poortwachter serve`,
 * which answers them at `/`, and `poortwachter page --out DIR`, which writes them out. The page
 * computes in the browser: these are static files, and the server never sees a case.
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The page's files, by the name they are served and written under: the page, its script and
 * stylesheet, and the two scripts page.js loads after its first drawing (the English words, the
 * downloads' renderers: src/page/chunks.ts).
 */
export const PAGE_FILES = ['index.html', 'page.js', 'page.css', 'page-en.js', 'page-exports.js'] as const;

/** One of {@link PAGE_FILES}. */
export type PageFile = (typeof PAGE_FILES)[number];

/** The media type of each page file. */
export const PAGE_TYPES: Readonly<Record<PageFile, string>> = {
  'index.html': 'text/html; charset=utf-8',
  'page.js': 'text/javascript; charset=utf-8',
  'page.css': 'text/css; charset=utf-8',
  'page-en.js': 'text/javascript; charset=utf-8',
  'page-exports.js': 'text/javascript; charset=utf-8',
};

/**
 * The Content-Security-Policy of the page: its own script and stylesheet, nothing from another
 * origin, no inline script, no request at all from script (`connect-src` falls back to `'none'`),
 * no form submission, no framing. index.html carries the same policy in a `<meta>` (without
 * `frame-ancestors`, which a meta cannot set) for when it is served as static files.
 */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * The directory holding the built page (dist/page/), looked up from this module's place in dist/
 * (the CLI bundle, the per-module build, or src/ under a TypeScript runner), or `null` when the
 * page has not been built.
 *
 * @example
 * pageDir() //=> '/…/node_modules/poortwachter/dist/page/'
 */
export function pageDir(): string | null {
  let here: string;
  try {
    here = import.meta.url;
  } catch {
    return null;
  }
  if (typeof here !== 'string' || here === '') return null;
  for (const rel of ['./page/', '../page/', '../../dist/page/']) {
    try {
      const dir = fileURLToPath(new URL(rel, here));
      if (existsSync(`${dir}index.html`) && existsSync(`${dir}page.js`)) return dir;
    } catch {
      // try the next place
    }
  }
  return null;
}

/**
 * The page's files, read once, or `null` when the page has not been built.
 *
 * @example
 * readPage()?.['index.html'].startsWith('<!DOCTYPE html>') //=> true
 */
export function readPage(dir: string | null = pageDir()): Readonly<Record<PageFile, string>> | null {
  if (dir === null) return null;
  try {
    const files = {} as Record<PageFile, string>;
    for (const name of PAGE_FILES) files[name] = readFileSync(`${dir}${name}`, 'utf8');
    return files;
  } catch {
    return null;
  }
}
