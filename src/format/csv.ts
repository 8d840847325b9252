/**
 * CSV per RFC 4180: comma-separated, CRLF line ends, a header row, fields quoted when they hold a
 * comma, quote, CR or LF (quotes doubled). Text cells that a spreadsheet would read as a formula
 * (`=`, `+`, `-`, `@`, also after leading spaces or in their full-width forms `＝＋－＠`, tab, CR) get
 * a leading `'` (OWASP CSV injection guard); dates stay ISO.
 *
 * @module
 */
import { legalBasisOf } from '../law/rule-of.js';
import type { CaseTimeline } from '../types.js';
import { actorLabel, CATALOGUES, kindLabel, type Lang, milestoneStatusLabel, milestoneTitle } from './labels.js';

/**
 * Options of {@link renderCsv}.
 *
 * @example
 * renderCsv(timeline, { lang: 'en' })
 */
export interface RenderCsvOptions {
  /** Language of the `title` and `status_label` columns. Default `nl`. */
  readonly lang?: Lang | undefined;
  /**
   * `rfc4180` (default): comma-separated, as RFC 4180, for programs. `excel-nl`: for people, what
   * Dutch Excel opens with a double-click — semicolons, a UTF-8 byte order mark so that
   * "geëvalueerd", "–" and "€" survive, a header row in `lang` ({@link TIMELINE_CSV_HEADERS}) and
   * the code columns `kind`, `actor` and `status` in words of `lang`.
   */
  readonly dialect?: CsvDialect | undefined;
}

/** `rfc4180`: commas; `excel-nl`: semicolons and a UTF-8 BOM (Dutch Excel). */
export type CsvDialect = 'rfc4180' | 'excel-nl';

/** The UTF-8 byte order mark Excel needs to read a CSV file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** The field separator of a dialect. */
export const csvSeparator = (dialect: CsvDialect | undefined): string => (dialect === 'excel-nl' ? ';' : ',');

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

/**
 * The header row of {@link renderCsv} in the `excel-nl` dialect, per language: the same columns as
 * {@link TIMELINE_CSV_COLUMNS}, named for a person.
 *
 * @example
 * TIMELINE_CSV_HEADERS.nl[6] //=> 'Uiterlijk'
 */
export const TIMELINE_CSV_HEADERS: Readonly<Record<Lang, readonly string[]>> = {
  nl: CATALOGUES.nl.csvHeaders,
  en: CATALOGUES.en.csvHeaders,
};

// Also after leading white space, and the full-width forms ＝＋－＠ (spreadsheets read both as a formula).
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;
const NEEDS_QUOTES = /[",;\r\n]/;

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
export function csvRow(values: readonly (string | number | boolean | null | undefined)[], separator = ','): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : separator) + csvCell(values[i]);
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
  const sep = csvSeparator(options.dialect);
  // Excel is for people: a header row and the code columns in words of `lang`; rfc4180 is for programs.
  const people = options.dialect === 'excel-nl';
  let out = people ? UTF8_BOM + csvRow(TIMELINE_CSV_HEADERS[lang], sep) : csvRow(TIMELINE_CSV_COLUMNS, sep);
  for (const m of timeline.milestones) {
    out += csvRow(
      [
        m.id,
        m.occurrence,
        people ? kindLabel(m.kind, lang) : m.kind,
        people ? actorLabel(m.actor, lang) : m.actor,
        milestoneTitle(m, lang),
        m.windowStart,
        m.due,
        m.week,
        m.countedDay,
        m.legalLatest,
        people ? milestoneStatusLabel(m, lang) : m.status,
        m.completedOn,
        legalBasisOf(m)
          .map((b) => b.citation)
          .join('; '),
        people ? CATALOGUES[lang].statusHelp[m.status] : milestoneStatusLabel(m, lang),
      ],
      sep,
    );
  }
  return out;
}

/** The columns of {@link renderWagePhasesCsv}, in order. */
export const WAGE_PHASES_CSV_COLUMNS = ['employee', 'phase', 'from', 'until', 'days', 'percentage', 'ranges'] as const;

/**
 * The wage phases of many employees as CSV for a payroll import: one row per employee per phase
 * (`jaar-1`, `jaar-2`, `verlenging`, `late-wia-aanvraag`, `loonsanctie`), ISO dates, the days wages are
 * due and the percentage; `ranges` lists the date ranges (fit gaps and leave left out) as
 * `from/until` joined with spaces.
 *
 * @example
 * renderWagePhasesCsv([{ id: 'E1', timeline: evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10' }) }]).split('\r\n')[1]
 * //=> 'E1,jaar-1,2025-01-06,2026-01-04,364,70,2025-01-06/2026-01-04'
 */
export function renderWagePhasesCsv(
  rows: Iterable<{ readonly id: string | number; readonly timeline: CaseTimeline }>,
  options: { readonly dialect?: CsvDialect | undefined } = {},
): string {
  const sep = csvSeparator(options.dialect);
  let out = (options.dialect === 'excel-nl' ? UTF8_BOM : '') + csvRow(WAGE_PHASES_CSV_COLUMNS, sep);
  for (const { id, timeline } of rows) {
    for (const p of timeline.wagePhases) {
      out += csvRow([id, p.kind, p.from, p.until, p.days, p.percentage, p.ranges.map((r) => `${r.from}/${r.until}`).join(' ')], sep);
    }
  }
  return out;
}
