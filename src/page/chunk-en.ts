/**
 * `page-en.js`, the case page's English words: the English catalogue, the page's English labels,
 * the English input-issue words and the steps' English titles. Loaded by page.js after its first
 * drawing (src/page/chunks.ts); page.js carries only the Dutch ones, the default.
 *
 * @module
 */
import { enCatalogue } from '../i18n/en.js';
import { enIssues, enSuggestions } from '../i18n/issues-en.js';
import { pageEn } from '../i18n/page-en.js';
import { registerChunk } from './chunks.js';
import { EN_TITLES } from './en-titles.js';

registerChunk('en', { catalogue: enCatalogue, page: pageEn, issues: enIssues, suggestions: enSuggestions, titles: EN_TITLES });
