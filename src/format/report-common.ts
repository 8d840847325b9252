/**
 * What the picture and the HTML report share: their languages, escaping for XML and HTML, dates
 * for people, and the status of a step in words and colour.
 *
 * @module
 */
// Subpath imports: the `date-fns/locale` barrel loads every locale (≈ 0.5 s at startup in Node).
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';
import { civilFromDays } from '../calendar/isoDate.js';
import { timelineDay } from '../engine/case-weeks.js';
import { CATALOGUES, type Lang, milestoneTitle } from '../i18n/index.js';
import type { IsoDate, Milestone, MilestoneStatus } from '../types.js';

/**
 * Languages of the renderers: Dutch (default) or English.
 *
 * @example
 * const lang: ReportLang = 'en';
 */
export type ReportLang = Lang;

/**
 * Escapes text for XML and HTML content and attribute values (`&`, `<`, `>`, `"`, `'`).
 *
 * @example
 * escapeXml('Plan <b> & "x"') //=> 'Plan &lt;b&gt; &amp; &quot;x&quot;'
 */
export function escapeXml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);
}

const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Formats an ISO date for people with a date-fns pattern in Dutch or English. The `Date` is built
 * from the ISO parts at local noon and read back in local time, so the calendar day is the same in
 * every time zone. Text that is not an ISO date is returned unchanged.
 *
 * @example
 * formatReportDate('2025-02-16', 'nl') //=> '16 feb. 2025'
 * formatReportDate('2025-02-16', 'en', 'EEEE d MMMM yyyy') //=> 'Sunday 16 February 2025'
 */
export function formatReportDate(date: IsoDate, lang: ReportLang, pattern = 'd MMM yyyy'): string {
  const day = timelineDay(date);
  if (Number.isNaN(day)) return date;
  return formatEpochDay(day, lang, pattern);
}

/**
 * {@link formatReportDate} of an epoch day.
 *
 * @example
 * formatEpochDay(0, 'en', 'd MMM yyyy') //=> '1 Jan 1970'
 */
export function formatEpochDay(day: number, lang: ReportLang, pattern: string): string {
  const { year, month, day: dom } = civilFromDays(day);
  const local = new Date(year, month - 1, dom, 12);
  local.setFullYear(year); // years < 100 would otherwise map to 19xx
  return format(local, pattern, { locale: lang === 'nl' ? nl : enGB });
}

/**
 * The status of a step in words, in Dutch and English: the catalogues' words (src/i18n), the same
 * in the picture, its legend, the HTML report, the table, CSV and ICS.
 *
 * @example
 * STATUS_LABELS.overdue.nl //=> 'verstreken'
 * STATUS_LABELS['done-late'].en //=> 'done late'
 */
export const STATUS_LABELS: Readonly<Record<MilestoneStatus, Readonly<Record<ReportLang, string>>>> = Object.fromEntries(
  (Object.keys(CATALOGUES.nl.status) as MilestoneStatus[]).map((s) => [s, { nl: CATALOGUES.nl.status[s], en: CATALOGUES.en.status[s] }]),
) as Record<MilestoneStatus, Readonly<Record<ReportLang, string>>>;

/**
 * Colours per status, each at least 4.5:1 against white (WCAG AA for text, 3:1 for graphics).
 * The shape carries the meaning too: circle done, diamond done late, triangle overdue, square due
 * soon, ring upcoming, square ring suspended, cross not applicable.
 *
 * @example
 * STATUS_COLORS.overdue //=> '#c21a26'
 */
export const STATUS_COLORS: Readonly<Record<MilestoneStatus, string>> = {
  done: '#1a7f37',
  'done-late': '#8a5a00',
  overdue: '#c21a26',
  'due-soon': '#a84300',
  upcoming: '#0a5cc2',
  suspended: '#57606a',
  'not-applicable': '#5f6770',
};

/**
 * The label of one milestone occurrence: its title, with the occurrence number for repeated steps.
 *
 * @example
 * milestoneLabel(evaluatie2, 'nl') //=> 'Evaluatie plan van aanpak 2'
 * milestoneLabel(probleemanalyse, 'en') //=> 'Problem analysis (occupational physician)'
 */
export function milestoneLabel(m: Milestone, lang: ReportLang): string {
  return milestoneTitle(m, lang);
}
