/**
 * `page-exports.js`, what the case page's first view does not need: the downloads' ICS, Excel CSV
 * and HTML report (the JSON download needs none), and the explanation of a date with its legal
 * sources. Loaded by page.js as soon as it has drawn the page (src/page/chunks.ts), so that both work
 * offline from then on. The engine, the picture and the catalogues it takes from page.js
 * (scripts/build-page.mjs), not in a copy of its own; the explanations' words, the renderers' Dutch
 * words (./nl-late.ts, which the build puts first) and the legal sources it brings.
 *
 * @module
 */
import { renderCsv } from '../format/csv.js';
import { renderHtmlReport } from '../format/html.js';
import { renderIcs } from '../format/ics.js';
import type { Lang } from '../i18n/index.js';
import type { PageWords } from '../i18n/page-nl.js';
import type { CaseEvent, CaseTimeline, IsoDate, Milestone } from '../types.js';
import { registerChunk } from './chunks.js';
import { explainedTimeline, explainMilestone } from './compute.js';
import { explanationHtml as explanationView } from './view.js';

/** The explanation of milestone `m` of the case `input` on `asOf`, as HTML: how its dates came about and its legal bases. */
function explanationHtml(m: Milestone, input: unknown, asOf: IsoDate, lang: Lang, words: PageWords): string {
  return explanationView(m, explainMilestone(input, asOf, m, lang), words);
}

/** The case a download is made of: its input, the as-of date, the language, the case's id and events. */
export interface ExportCase {
  readonly input: unknown;
  readonly asOf: IsoDate;
  readonly lang: Lang;
  readonly caseId: string | number | undefined;
  readonly events: readonly CaseEvent[];
}

/**
 * The download `kind` (`ics`, `csv`, `html`) of the timeline `t` of case `c`: its file name (from
 * `base`), media type and text; `null` for another kind. The ICS descriptions and the report
 * explain each date: they are made of the timeline with its derivations.
 *
 * @example
 * exportFile('csv', 'poortwachter-2025-01-06', t, c)?.[0] //=> 'poortwachter-2025-01-06.csv'
 */
function exportFile(kind: string, base: string, t: CaseTimeline, c: ExportCase): [string, string, string] | null {
  const { lang, caseId } = c;
  if (kind === 'ics')
    return [`${base}.ics`, 'text/calendar;charset=utf-8', renderIcs(explainedTimeline(c.input, c.asOf), { lang, caseId })];
  if (kind === 'csv') return [`${base}.csv`, 'text/csv;charset=utf-8', renderCsv(t, { lang, dialect: 'excel-nl' })];
  if (kind === 'html')
    return [
      `${base}.html`,
      'text/html;charset=utf-8',
      renderHtmlReport(explainedTimeline(c.input, c.asOf), { lang, events: c.events, caseId }),
    ];
  return null;
}

/** What this script hands to page.js. */
export const EXPORT_RENDERERS = { exportFile, explanationHtml } as const;

registerChunk('exports', EXPORT_RENDERERS);
