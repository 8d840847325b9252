/**
 * The timeline as an aligned text table for a terminal: week of sickness, window, due date with the
 * Dutch (or English) weekday, step, who acts, status and the day it was done, then the findings.
 *
 * @module
 */
import type { CaseTimeline, Flag, MilestoneStatus } from '../types.js';
import {
  actorLabel,
  caseStatusLabel,
  flagMessage,
  kindLabel,
  type Lang,
  milestoneTitle,
  readableDate,
  severityLabel,
  statusLabel,
} from './labels.js';

/**
 * Options of {@link renderTable}.
 *
 * @example
 * renderTable(timeline, { lang: 'en', color: process.stdout.isTTY })
 */
export interface RenderTableOptions {
  /** Language of headings, labels and dates. Default `nl`. */
  readonly lang?: Lang | undefined;
  /** Colour the status with ANSI escapes (the CLI turns this on for a TTY without `NO_COLOR`). Default false. */
  readonly color?: boolean | undefined;
}

const ANSI: Readonly<Record<MilestoneStatus, string>> = {
  done: '\u001b[32m',
  'done-late': '\u001b[33m',
  overdue: '\u001b[1;31m',
  'due-soon': '\u001b[1;33m',
  upcoming: '',
  suspended: '\u001b[2m',
  'not-applicable': '\u001b[2m',
};
const RESET = '\u001b[0m';
const BOLD = '\u001b[1m';

/** A mark per severity besides its word, so that findings read apart without colour. */
const SEVERITY_MARK: Readonly<Record<Flag['severity'], string>> = { error: '!!', warning: ' !', info: ' i' };
const SEVERITY_ANSI: Readonly<Record<Flag['severity'], string>> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[2m' };

const TEXT = {
  nl: {
    heading: 'Poortwachter',
    firstSickDay: 'eerste ziektedag',
    asOf: 'peildatum',
    week: 'week',
    countedDays: 'ziektedagen',
    lastDay: 'einde wachttijd',
    wiaStart: 'WIA vanaf',
    wageEnd: 'loondoorbetaling t/m',
    columns: ['Week', 'Vanaf', 'Uiterlijk', 'Stap', 'Wie', 'Status', 'Gedaan op'],
    flags: 'Bevindingen',
    none: 'Geen bevindingen.',
  },
  en: {
    heading: 'Poortwachter',
    firstSickDay: 'first sick day',
    asOf: 'as of',
    week: 'week',
    countedDays: 'counted sick days',
    lastDay: 'end of wachttijd',
    wiaStart: 'WIA from',
    wageEnd: 'wage obligation until',
    columns: ['Week', 'From', 'Due', 'Step', 'Who', 'Status', 'Done on'],
    flags: 'Findings',
    none: 'No findings.',
  },
} as const;

/**
 * Renders a timeline as an aligned table with a header (case status, week, wachttijd) and the
 * findings below. Advice and info steps are marked as such after their title. Ends with a newline.
 *
 * @example
 * renderTable(evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10' }), { lang: 'nl' })
 * //=> 'Poortwachter · eerste ziektedag ma 6 jan. 2025 · peildatum ma 10 mrt. 2025\n…'
 */
export function renderTable(timeline: CaseTimeline, options: RenderTableOptions = {}): string {
  const lang: Lang = options.lang === 'en' ? 'en' : 'nl';
  const color = options.color === true;
  const t = TEXT[lang];
  const paint = (code: string, text: string): string => (color && code !== '' ? `${code}${text}${RESET}` : text);

  const out: string[] = [];
  out.push(
    paint(
      BOLD,
      `${t.heading} · ${t.firstSickDay} ${readableDate(timeline.firstSickDay, lang)} · ${t.asOf} ${readableDate(timeline.asOf, lang)}`,
    ),
  );
  out.push(
    [
      `${caseStatusLabel(timeline.status, lang)}, ${t.week} ${timeline.currentWeek} (${timeline.countedSickDays} ${t.countedDays})`,
      `${t.lastDay} ${readableDate(timeline.wachttijd.lastDay, lang)}`,
      `${t.wiaStart} ${readableDate(timeline.wachttijd.wiaStart, lang)}`,
      `${t.wageEnd} ${readableDate(timeline.wageObligationEnd, lang)}`,
    ].join(' · '),
  );
  out.push('');

  const rows: { cells: string[]; status: MilestoneStatus }[] = timeline.milestones.map((m) => ({
    status: m.status,
    cells: [
      String(m.week),
      m.windowStart === null ? '' : readableDate(m.windowStart, lang),
      readableDate(m.due, lang),
      m.kind === 'legal' ? milestoneTitle(m, lang) : `${milestoneTitle(m, lang)} (${kindLabel(m.kind, lang)})`,
      actorLabel(m.actor, lang),
      statusLabel(m.status, lang),
      m.completedOn === null ? '' : readableDate(m.completedOn, lang),
    ],
  }));
  const header = [...t.columns];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r.cells[i] ?? '').length)));
  const STATUS_COL = 5;
  const line = (cells: readonly string[], status: MilestoneStatus | null): string =>
    cells
      .map((c, i) => {
        const padded = i === 0 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0);
        return i === STATUS_COL && status !== null ? paint(ANSI[status], padded) : padded;
      })
      .join('  ')
      .trimEnd();
  out.push(paint(BOLD, line(header, null)));
  for (const r of rows) out.push(line(r.cells, r.status));
  out.push('');

  out.push(paint(BOLD, t.flags));
  if (timeline.flags.length === 0) out.push(`  ${t.none}`);
  for (const f of timeline.flags) {
    out.push(
      `  ${paint(SEVERITY_ANSI[f.severity], SEVERITY_MARK[f.severity])} ${severityLabel(f.severity, lang)}: ${flagMessage(f, lang)}`,
    );
  }
  return `${out.join('\n')}\n`;
}
