/**
 * The case page's later scripts: what its first use does not need, built apart from page.js by
 * scripts/build-page.mjs and loaded from beside it (the page's own origin, the CSP's
 * `script-src 'self'`) — the English words (`page-en.js`), and the renderers of the downloads and
 * the explanation of a date (`page-exports.js`: ICS, Excel CSV, the HTML report). page.js asks for
 * both as soon as it has drawn the page, so that the language switch, the downloads and the
 * explanations work offline once the page is loaded.
 *
 * A later script hands what it holds to page.js through one global, `poortwachterChunks`
 * ({@link registerChunk}); page.js reads it when the script has run ({@link loadedChunk}).
 *
 * @module
 */
import type { Catalogue } from '../i18n/catalogue.js';
import type { IssueCatalogue, SuggestionCatalogue } from '../i18n/issues-catalogue.js';
import type { PageWords } from '../i18n/page-nl.js';
import type { EXPORT_RENDERERS } from './chunk-exports.js';

/** What `page-en.js` holds: the English catalogue, the page's English words, the English input-issue words and the steps' English titles. */
export interface EnglishWords {
  readonly catalogue: Catalogue;
  readonly page: PageWords;
  readonly issues: IssueCatalogue;
  readonly suggestions: SuggestionCatalogue;
  /** The English title of each step, by its id. */
  readonly titles: Readonly<Record<string, string>>;
}

/** What each later script holds, by its name. */
export interface Chunks {
  readonly en: EnglishWords;
  readonly exports: typeof EXPORT_RENDERERS;
}

/** A later script's name. */
export type ChunkName = keyof Chunks;

/** The file of each later script, beside page.js (scripts/build-page.mjs writes them; src/common/page-files.ts serves them). */
export const CHUNK_FILES: Readonly<Record<ChunkName, string>> = { en: 'page-en.js', exports: 'page-exports.js' };

declare global {
  /** The later scripts of the case page that have run (src/page/chunks.ts). */
  var poortwachterChunks: Partial<Chunks> | undefined;
}

/**
 * Called by a later script when it runs: hands its contents to page.js.
 *
 * @example
 * registerChunk('exports', EXPORT_RENDERERS);
 */
export function registerChunk<K extends ChunkName>(name: K, value: Chunks[K]): void {
  globalThis.poortwachterChunks = { ...globalThis.poortwachterChunks, [name]: value };
}

/**
 * What a later script holds, or `undefined` when it has not run yet.
 *
 * @example
 * loadedChunk('en')?.page.title //=> 'Poortwachter — sickness case'
 */
export function loadedChunk<K extends ChunkName>(name: K): Chunks[K] | undefined {
  return globalThis.poortwachterChunks?.[name] as Chunks[K] | undefined;
}
