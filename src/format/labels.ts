/**
 * What the renderers share: the words (re-exported from the message catalogues in src/i18n, the
 * one set of words for every output — no renderer has its own status, actor or kind words, none
 * writes an explanation or a finding itself, and the words of the picture, the report, the table,
 * the CSV headers and the calendar are the catalogue's `picture`, `report`, `table`, `csvHeaders`
 * and `ics`) and two helpers on milestones.
 *
 * @module
 */
import type { Milestone } from '../types.js';

export {
  actorLabel,
  CATALOGUES,
  caseStatusLabel,
  eventTypeLabel,
  explain,
  explainStep,
  flagMessage,
  formatDate,
  isLang,
  kindLabel,
  LANGS,
  type Lang,
  milestoneName,
  milestoneStatusLabel,
  milestoneTitle,
  numericDate,
  type RenderOptions,
  readableDate,
  reasonText,
  severityLabel,
  statusLabel,
} from '../i18n/index.js';

/**
 * A short, stable key of one milestone: `id#occurrence` (used in CSV cells and batch summaries).
 *
 * @example
 * stepKey({ id: 'evaluatie', occurrence: 3 }) //=> 'evaluatie#3'
 * stepKey({ id: 'probleemanalyse', occurrence: 1 }) //=> 'probleemanalyse#1'
 */
export function stepKey(m: Pick<Milestone, 'id' | 'occurrence'>): string {
  return `${m.id}#${m.occurrence}`;
}

/**
 * Whether a milestone still asks for action or attention: not done and still applicable
 * (`overdue`, `due-soon`, `upcoming` or `suspended`).
 *
 * @example
 * isOpen({ status: 'due-soon' }) //=> true
 * isOpen({ status: 'done-late' }) //=> false
 */
export function isOpen(m: Pick<Milestone, 'status'>): boolean {
  return m.status === 'overdue' || m.status === 'due-soon' || m.status === 'upcoming' || m.status === 'suspended';
}
