/**
 * A compact summary of a timeline for batch runs and dashboards: status, the next step due, the
 * overdue steps. Only `legal` milestones count here: `advice` steps (melding-bedrijfsarts,
 * signalering-week-3) are best practice and `info` milestones are nobody's duty, so neither makes a
 * case overdue (the full timeline still shows their status).
 *
 * @module
 */
import type { CaseStatus, CaseTimeline, IsoDate, Milestone, MilestoneId, MilestoneStatus } from '../types.js';
import { stepKey } from './labels.js';

/**
 * A reference to one milestone of a timeline.
 *
 * @example
 * const next: StepRef = { id: 'evaluatie', occurrence: 3, due: '2025-06-30', status: 'upcoming' };
 */
export interface StepRef {
  readonly id: MilestoneId;
  readonly occurrence: number;
  readonly due: IsoDate;
  readonly status: MilestoneStatus;
}

/**
 * What {@link summarizeTimeline} returns; every key is also a `--fields` name of `poortwachter batch`.
 *
 * @example
 * const { next, overdue }: CaseSummary = summarizeTimeline(timeline);
 */
export interface CaseSummary {
  readonly firstSickDay: IsoDate;
  readonly asOf: IsoDate;
  readonly status: CaseStatus;
  readonly currentWeek: number;
  readonly countedSickDays: number;
  /** The legal step due first that is not done yet and not overdue (`due-soon` or `upcoming`), or `null`. */
  readonly next: StepRef | null;
  /** Legal steps past their due date and not done. */
  readonly overdue: readonly StepRef[];
  /** Legal steps done after their due date. */
  readonly doneLate: readonly StepRef[];
  /** Last day of the wachttijd (waiting period). */
  readonly lastDay: IsoDate;
  /** First day of a WIA benefit. */
  readonly wiaStart: IsoDate;
  /** Last day of the employer's wage obligation (loondoorbetaling). */
  readonly wageObligationEnd: IsoDate;
  /** The distinct codes of the findings with severity `error` or `warning`, in order of first appearance. */
  readonly flags: readonly string[];
}

/**
 * The names `--fields` accepts, in their output order.
 *
 * @example
 * const fields: SummaryField[] = ['status', 'next', 'overdue'];
 */
export type SummaryField = keyof CaseSummary;

/**
 * Every summary field, in output order.
 *
 * @example
 * SUMMARY_FIELDS.includes('wiaStart') //=> true
 */
export const SUMMARY_FIELDS: readonly SummaryField[] = [
  'firstSickDay',
  'asOf',
  'status',
  'currentWeek',
  'countedSickDays',
  'next',
  'overdue',
  'doneLate',
  'lastDay',
  'wiaStart',
  'wageObligationEnd',
  'flags',
];

/**
 * The fields of `--fields summary`: id (always echoed), status, next due step, overdue steps.
 *
 * @example
 * DEFAULT_SUMMARY_FIELDS //=> ['status', 'currentWeek', 'next', 'overdue']
 */
export const DEFAULT_SUMMARY_FIELDS: readonly SummaryField[] = ['status', 'currentWeek', 'next', 'overdue'];

const ref = (m: Milestone): StepRef => ({ id: m.id, occurrence: m.occurrence, due: m.due, status: m.status });

/**
 * Summarizes a timeline: the next legal step due, the overdue and late ones, the key dates.
 *
 * @example
 * summarizeTimeline(evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10' })).overdue
 * //=> [{ id: 'probleemanalyse', occurrence: 1, due: '2025-02-16', status: 'overdue' }, …]
 */
export function summarizeTimeline(timeline: CaseTimeline): CaseSummary {
  let next: Milestone | null = null;
  const overdue: StepRef[] = [];
  const doneLate: StepRef[] = [];
  for (const m of timeline.milestones) {
    if (m.kind !== 'legal') continue;
    if (m.status === 'overdue') overdue.push(ref(m));
    else if (m.status === 'done-late') doneLate.push(ref(m));
    else if ((m.status === 'due-soon' || m.status === 'upcoming') && (next === null || m.due < next.due)) next = m;
  }
  const flags: string[] = [];
  for (const f of timeline.flags) if (f.severity !== 'info' && !flags.includes(f.code)) flags.push(f.code);
  return {
    firstSickDay: timeline.firstSickDay,
    asOf: timeline.asOf,
    status: timeline.status,
    currentWeek: timeline.currentWeek,
    countedSickDays: timeline.countedSickDays,
    next: next === null ? null : ref(next),
    overdue,
    doneLate,
    lastDay: timeline.wachttijd.lastDay,
    wiaStart: timeline.wachttijd.wiaStart,
    wageObligationEnd: timeline.wageObligationEnd,
    flags,
  };
}

/**
 * Parses a `--fields` value: `summary` (the default fields: `status`, `currentWeek`, `next`,
 * `overdue`), `all`, or a comma-separated list of {@link SUMMARY_FIELDS}. Returns the fields, or the
 * unknown names.
 *
 * @example
 * parseSummaryFields('status,next') //=> { ok: true, fields: ['status', 'next'] }
 * parseSummaryFields('status,nope') //=> { ok: false, unknown: ['nope'] }
 */
export function parseSummaryFields(
  text: string,
): { readonly ok: true; readonly fields: readonly SummaryField[] } | { readonly ok: false; readonly unknown: readonly string[] } {
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== 'id');
  if (text.trim() === 'summary') return { ok: true, fields: DEFAULT_SUMMARY_FIELDS };
  if (text.trim() === 'all') return { ok: true, fields: SUMMARY_FIELDS };
  const known = new Set<string>(SUMMARY_FIELDS);
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length > 0) return { ok: false, unknown };
  // Output order is the canonical order, whatever order the user typed.
  return { ok: true, fields: SUMMARY_FIELDS.filter((f) => names.includes(f)) };
}

/**
 * The chosen fields of a summary, as a plain object in field order.
 *
 * @example
 * pickSummary(summarizeTimeline(timeline), ['status', 'next'])
 * //=> { status: 'sick', next: { id: 'plan-van-aanpak', occurrence: 1, due: '2025-03-02', status: 'due-soon' } }
 */
export function pickSummary(summary: CaseSummary, fields: readonly SummaryField[]): Partial<CaseSummary> {
  const out: Record<string, unknown> = {};
  for (const f of fields) out[f] = summary[f];
  return out as Partial<CaseSummary>;
}

/**
 * The CSV columns of one summary field (structured fields spread over several columns).
 *
 * @example
 * summaryCsvColumns('next') //=> ['next_step', 'next_due', 'next_status']
 */
export function summaryCsvColumns(field: SummaryField): readonly string[] {
  switch (field) {
    case 'next':
      return ['next_step', 'next_due', 'next_status'];
    case 'overdue':
      return ['overdue_count', 'overdue_steps'];
    case 'doneLate':
      return ['done_late_count', 'done_late_steps'];
    default:
      return [field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)];
  }
}

/**
 * The CSV values of one summary field, matching {@link summaryCsvColumns}; step lists are
 * `id#occurrence` keys joined with `;`.
 *
 * @example
 * summaryCsvValues(summary, 'overdue') //=> [2, 'probleemanalyse#1;evaluatie#2']
 */
export function summaryCsvValues(summary: CaseSummary, field: SummaryField): readonly (string | number | null)[] {
  switch (field) {
    case 'next':
      return summary.next === null ? [null, null, null] : [stepKey(summary.next), summary.next.due, summary.next.status];
    case 'overdue':
      return [summary.overdue.length, summary.overdue.map(stepKey).join(';')];
    case 'doneLate':
      return [summary.doneLate.length, summary.doneLate.map(stepKey).join(';')];
    case 'flags':
      return [summary.flags.join(';')];
    default:
      return [summary[field]];
  }
}
