/**
 * `poortwachter/format`: the renderers behind the command's formats — the terminal table, CSV,
 * iCalendar, the HTML report and its SVG picture — and the batch summary (`--fields`), for an
 * integrator who prints a timeline the way `poortwachter timeline` does. Each takes the
 * `CaseTimeline` that `evaluateCase` returns and renders it; none computes a date. The words they
 * use come from the message catalogues of the main entry (`explain`, `statusLabel`, …).
 *
 * The main `poortwachter` entry does not re-export these: an application that only evaluates cases
 * loads no renderer.
 *
 * @example
 * import { evaluateCase } from 'poortwachter';
 * import { renderCsv } from 'poortwachter/format';
 *
 * renderCsv(evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10' })).split('\r\n')[0]
 * //=> 'id,occurrence,kind,actor,title,window_start,due,week,counted_day,legal_latest,status,completed_on,legal_basis,status_label'
 *
 * @packageDocumentation
 */

export {
  type CsvDialect,
  csvCell,
  csvRow,
  type RenderCsvOptions,
  renderCsv,
  renderWagePhasesCsv,
  TIMELINE_CSV_COLUMNS,
  TIMELINE_CSV_HEADERS,
} from './csv.js';
export { type RenderHtmlReportOptions, renderHtmlReport } from './html.js';
export { type RenderIcsOptions, renderIcs } from './ics.js';
export {
  type CaseSummary,
  parseSummaryFields,
  pickSummary,
  type StepRef,
  SUMMARY_FIELDS,
  type SummaryField,
  summarizeTimeline,
  summaryCsvColumns,
  summaryCsvValues,
} from './summary.js';
export { type RenderTimelineSvgOptions, renderTimelineSvg } from './svg.js';
export { type RenderTableOptions, renderTable } from './table.js';
