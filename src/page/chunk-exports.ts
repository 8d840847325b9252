/**
 * `page-exports.js`, what the case page's first view does not need: the downloads' ICS, Excel CSV
 * and HTML report (the JSON download needs none), and the explanation of a date with its legal
 * sources. Loaded by page.js as soon as it has drawn the page (src/page/chunks.ts), so that both work
 * offline from then on. The engine, the picture and the catalogues it takes from page.js
 * (scripts/build-page.mjs), not in a copy of its own; the explanations' words, the renderers' Dutch
 * words (./nl-late.ts) and the legal sources it brings, and puts the Dutch words into page.js's
 * catalogue first.
 *
 * @module
 */
import { renderCsv } from '../format/csv.js';
import { renderHtmlReport } from '../format/html.js';
import { renderIcs } from '../format/ics.js';
import type { Lang } from '../i18n/index.js';
import type { PageWords } from '../i18n/page-nl.js';
import type { IsoDate, Milestone } from '../types.js';
import { registerChunk } from './chunks.js';
import { explainedTimeline, explainMilestone } from './compute.js';
import { fillDutch } from './nl-late.js';
import { explanationHtml as explanationView } from './view.js';

/** The explanation of milestone `m` of the case `input` on `asOf`, as HTML: how its dates came about and its legal bases. */
function explanationHtml(m: Milestone, input: unknown, asOf: IsoDate, lang: Lang, words: PageWords): string {
  return explanationView(m, explainMilestone(input, asOf, m, lang), words);
}

/** What this script hands to page.js. */
export const EXPORT_RENDERERS = { renderCsv, renderHtmlReport, renderIcs, explainedTimeline, explanationHtml } as const;

fillDutch();
registerChunk('exports', EXPORT_RENDERERS);
