/**
 * CSV per RFC 4180: comma-separated, CRLF line ends, a header row, fields quoted when they hold a
 * comma, quote, CR or LF (quotes doubled). Text cells that a spreadsheet would read as a formula
 * (`=`, `+`, `-`, `@`, tab, CR) get a leading `'` (OWASP CSV injection guard); dates stay ISO.
 *
 * @module
 */
import type { CaseTimeline } from '../types.js';
import { type Lang, milestoneTitle, statusLabel } from './labels.js';

/**
 * Options of {@link renderCsv}.
 *
 * @example
 * renderCsv(timeline, { lang: 'en' })
 */
export interface RenderCsvOptions {
  /** Language of the `title` and `status_label` columns. Default `nl`. */
  readonly lang?: Lang | undefined;
}

/**
 * The columns of {@link renderCsv}, in order.
 *
 * @example
 * TIMELINE_CSV_COLUMNS.indexOf('due') //=> 6
 */
export const TIMELINE_CSV_COLUMNS = [
  'id',
  'occurrence',
  'kind',
  'actor',
  'title',
  'window_start',
  'due',
  'week',
  'counted_day',
  'legal_latest',
  'status',
  'completed_on',
  'legal_basis',
  'status_label',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field: text guarded against formula injection and quoted when needed. Numbers, booleans
 * and `null`/`undefined` (empty) are written as they are.
 *
 * @example
 * csvCell('a,b') //=> '"a,b"'
 * csvCell('=HYPERLINK("x")') //=> '"\'=HYPERLINK(""x"")"'
 * csvCell(-3) //=> '-3'
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/**
 * One CSV record with its CRLF line end.
 *
 * @example
 * csvRow(['evaluatie', 2, 'x "y"']) //=> 'evaluatie,2,"x ""y"""\r\n'
 */
export function csvRow(values: readonly (string | number | boolean | null | undefined)[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : ',') + csvCell(values[i]);
  return `${line}\r\n`;
}

/**
 * A timeline as CSV: a header row ({@link TIMELINE_CSV_COLUMNS}) and one row per milestone, ISO
 * dates, legal bases joined with `; `. `kind`, `actor` and `status` are codes (for programs);
 * `title` and `status_label` are words in `lang` (the catalogue's, as in every other output);
 * `week` and `counted_day` are the engine's.
 *
 * @example
 * renderCsv(evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10' })).split('\r\n')[0]
 * //=> 'id,occurrence,kind,actor,title,window_start,due,week,counted_day,legal_latest,status,completed_on,legal_basis,status_label'
 */
export function renderCsv(timeline: CaseTimeline, options: RenderCsvOptions = {}): string {
  const lang: Lang = options.lang === 'en' ? 'en' : 'nl';
  let out = csvRow(TIMELINE_CSV_COLUMNS);
  for (const m of timeline.milestones) {
    out += csvRow([
      m.id,
      m.occurrence,
      m.kind,
      m.actor,
      milestoneTitle(m, lang),
      m.windowStart,
      m.due,
      m.week,
      m.countedDay,
      m.legalLatest,
      m.status,
      m.completedOn,
      m.legalBasis.map((b) => b.citation).join('; '),
      statusLabel(m.status, lang),
    ]);
  }
  return out;
}
