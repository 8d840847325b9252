/**
 * What the renderers share: the labels (re-exported from the message catalogues in src/i18n, the
 * one set of words for every output) and two helpers on milestones.
 *
 * @module
 */
import type { Milestone } from '../types.js';

export { actorLabel, kindLabel, type Lang, milestoneTitle, statusLabel } from '../i18n/index.js';

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
