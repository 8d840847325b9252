/**
 * `page-exports.js`, the renderers of the case page's downloads: ICS, Excel CSV and the HTML report
 * (the JSON download needs none). Loaded by page.js after its first drawing (src/page/chunks.ts);
 * what they share with page.js (the catalogues, the picture, the calendar) they take from page.js
 * (scripts/build-page.mjs), not in a copy of their own.
 *
 * @module
 */
import { renderCsv } from '../format/csv.js';
import { renderHtmlReport } from '../format/html.js';
import { renderIcs } from '../format/ics.js';
import { registerChunk } from './chunks.js';

/** The renderers this script hands to page.js. */
export const EXPORT_RENDERERS = { renderCsv, renderHtmlReport, renderIcs } as const;

registerChunk('exports', EXPORT_RENDERERS);
