/**
 * The words of `poortwachter worklist` in English (`--lang en`).
 *
 * @module
 */
import type { WorklistWords } from './worklist-nl.js';

/**
 * The English words of `poortwachter worklist`.
 *
 * @example
 * worklistEn.counts(1000, 2, 13) //=> '1000 cases read, 2 invalid, 13 items'
 */
export const worklistEn: WorklistWords = {
  title: 'Poortwachter worklist',
  range: (asOf, withinDays) => `as of ${asOf} · overdue or due within ${withinDays} days`,
  columns: {
    due: 'Due',
    days: 'Days',
    week: 'Wk',
    case: 'Case',
    step: 'Step',
    actor: 'Who',
    status: 'Status',
    consequence: 'Consequence',
    window: 'Window from',
  },
  windowOpens: (date) => `window opens ${date}`,
  consequence: {
    loonsanctie: 'wage sanction',
    'boete-42e-week': 'fine',
    'riv-missing': 'UWV sets a term',
    'wia-aanvraag-late': 'WIA later',
    'wia-late-letter': 'WIA later',
    'vangnet-late': 'fine',
    'evaluatie-praktijk': 'UWV practice',
    advice: 'no sanction',
    protocol: 'own protocol',
    info: 'none',
  },
  counts: (cases, invalid, items) =>
    `${cases} ${cases === 1 ? 'case' : 'cases'} read, ${invalid} invalid, ${items} ${items === 1 ? 'item' : 'items'}`,
  nothing: 'Nothing overdue or due soon.',
  invalidLine: (line, id, message) => `poortwachter worklist: line ${line}${id === undefined ? '' : ` (id ${id})`}: ${message}`,
  invalidSummary: (invalid, cases) => `poortwachter worklist: ${invalid} of ${cases} lines are invalid (listed above by line)`,
  badWithin: (got, max) => `poortwachter worklist: --within must be a whole number of days from 0 to ${max} (got '${got}')`,
  interrupted: (afterLine) =>
    afterLine === 0
      ? 'interrupted: the server is stopping; this answer is not complete: send every line again'
      : `interrupted: the server is stopping; lines after line ${afterLine} were not read: send them again, from line ${afterLine + 1}`,
  badLimit: (got, max) => `poortwachter worklist: --limit must be a whole number from 1 to ${max} (got '${got}')`,
  limited: (shown, found) => `the ${shown} most urgent of ${found} items`,
  groups: { status: 'By status', week: 'By week (of the date)', actor: 'By actor', step: 'By step' },
  ics: {
    week: 'Week of sickness',
    case: 'Case',
    due: 'Due',
    legalLatest: 'Latest (strict)',
    daysLeft: (days) => (days < 0 ? `${-days} days overdue` : days === 0 ? 'today' : `${days} days left`),
  },
};
