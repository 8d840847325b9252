/**
 * `page-exports.js`, the case page's renderers: the timeline picture (SVG) and the downloads' ICS,
 * Excel CSV and HTML report (the JSON download needs none). Loaded by page.js as soon as it has drawn
 * the form, the summary and the table (src/page/chunks.ts); the picture is drawn when it has run;
 * what they share with page.js (the catalogues, the calendar, the escaping) they take from page.js
 * (scripts/build-page.mjs), not in a copy of their own. It brings the Dutch words only it and an
 * explanation read (./nl-late.ts) and puts them into page.js's catalogue first.
 *
 * @module
 */
import { renderCsv } from '../format/csv.js';
import { renderHtmlReport } from '../format/html.js';
import { renderIcs } from '../format/ics.js';
import { renderTimelineSvg } from '../format/svg.js';
import { registerChunk } from './chunks.js';
import { fillDutch } from './nl-late.js';

/** The renderers this script hands to page.js. */
export const EXPORT_RENDERERS = { renderCsv, renderHtmlReport, renderIcs, renderTimelineSvg } as const;

fillDutch();
registerChunk('exports', EXPORT_RENDERERS);
