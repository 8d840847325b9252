/**
 * The timeline picture: a case of up to two years (plus verlenging and loonsanctie) as one SVG.
 *
 * A horizontal calendar axis with month labels and the weeks of sickness (week n starts on counted
 * day 7(n−1)+1, so after a fit gap the week ticks jump with the case); sick periods as bars, fit gaps
 * (samentelling) and leave as hatched and dotted bands; one row per milestone id with a marker at
 * each due date, its window as a band, a shape per status (never colour alone), a peildatum line
 * (asOf) and overdue steps emphasised.
 *
 * Two steps: the geometry (./svg-model.ts: the timeline as boxes, lines, markers and labels with
 * their coordinates) and its serialisation (./svg-serialise.ts: the model as SVG text).
 *
 * Pure: a string from a {@link CaseTimeline}, no DOM, no clock. Positions are computed on epoch-day
 * integers; date-fns only formats labels, from a `Date` built at local noon of the calendar day.
 *
 * @module
 */
import type { Lang } from '../i18n/index.js';
import type { CaseEvent, CaseTimeline } from '../types.js';
import type { ReportLang } from './report-common.js';
import { pictureModel } from './svg-model.js';
import { serialisePicture } from './svg-serialise.js';

export {
  escapeXml,
  formatReportDate,
  milestoneLabel,
  type ReportLang,
  STATUS_COLORS,
  STATUS_LABELS,
} from './report-common.js';

/**
 * Options of {@link renderTimelineSvg}.
 *
 * @example
 * const options: RenderTimelineSvgOptions = { lang: 'en', events: input.events, idPrefix: 'case42' };
 */
export interface RenderTimelineSvgOptions {
  /** Language of labels and text alternatives. Default `nl`. */
  readonly lang?: Lang | undefined;
  /**
   * The case's events (the `events` of the `CaseInput`), optional. The timeline itself does not
   * list leave; with the events, `zwangerschapsverlof` is drawn as leave and left out of the week
   * count, as the engine does. Without them, leave inside a sick period is not visible.
   */
  readonly events?: readonly CaseEvent[] | undefined;
  /** Prefix of the `id`s inside the SVG (patterns, title), to keep them unique on a page. Default `pw`. */
  readonly idPrefix?: string | undefined;
}

/**
 * Renders the timeline of a case as a standalone SVG document fragment (`<svg …>…</svg>`), with a
 * `<title>` and `<desc>`, one `<g class="pw-milestone">` per milestone carrying `data-milestone-id`,
 * `data-occurrence`, `data-due` and `data-status`, and a legend that names every shape.
 * Each marker links to `#m-<id>-<occurrence>`, the row of the HTML report's milestone table.
 *
 * @example
 * const timeline = evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10' });
 * const svg = renderTimelineSvg(timeline, { lang: 'en' });
 * svg.startsWith('<svg') //=> true
 * svg.includes('data-milestone-id="probleemanalyse"') //=> true
 */
export function renderTimelineSvg(timeline: CaseTimeline, options: RenderTimelineSvgOptions = {}): string {
  const lang: ReportLang = options.lang === 'en' ? 'en' : 'nl';
  return serialisePicture(pictureModel(timeline, options.events, lang, options.idPrefix ?? 'pw'));
}
