/**
 * Words the renderers share: status, actor and kind labels in Dutch and English, and the title of
 * a milestone with its occurrence ("Evaluatie plan van aanpak 2").
 *
 * @module
 */
import type { Actor, Milestone, MilestoneKind, MilestoneStatus } from '../types.js';

/**
 * The languages the renderers speak.
 *
 * @example
 * statusLabel('upcoming', 'nl' satisfies Lang) //=> 'gepland'
 */
export type Lang = 'nl' | 'en';

const STATUS: Readonly<Record<MilestoneStatus, Readonly<Record<Lang, string>>>> = {
  done: { nl: 'gedaan', en: 'done' },
  'done-late': { nl: 'te laat gedaan', en: 'done late' },
  overdue: { nl: 'te laat', en: 'overdue' },
  'due-soon': { nl: 'binnenkort', en: 'due soon' },
  upcoming: { nl: 'gepland', en: 'upcoming' },
  suspended: { nl: 'opgeschort', en: 'suspended' },
  'not-applicable': { nl: 'n.v.t.', en: 'n/a' },
};

const ACTOR: Readonly<Record<Actor, Readonly<Record<Lang, string>>>> = {
  werkgever: { nl: 'werkgever', en: 'employer' },
  werknemer: { nl: 'werknemer', en: 'employee' },
  bedrijfsarts: { nl: 'bedrijfsarts', en: 'occupational physician' },
  uwv: { nl: 'UWV', en: 'UWV' },
  'werkgever+werknemer': { nl: 'werkgever + werknemer', en: 'employer + employee' },
};

const KIND: Readonly<Record<MilestoneKind, Readonly<Record<Lang, string>>>> = {
  legal: { nl: 'wettelijk', en: 'legal' },
  advice: { nl: 'advies', en: 'advice' },
  info: { nl: 'info', en: 'info' },
};

/**
 * The label of a milestone status.
 *
 * @example
 * statusLabel('done-late', 'nl') //=> 'te laat gedaan'
 * statusLabel('overdue', 'en') //=> 'overdue'
 */
export function statusLabel(status: MilestoneStatus, lang: Lang): string {
  return STATUS[status]?.[lang] ?? status;
}

/**
 * The label of who has to act.
 *
 * @example
 * actorLabel('werkgever+werknemer', 'en') //=> 'employer + employee'
 */
export function actorLabel(actor: Actor, lang: Lang): string {
  return ACTOR[actor]?.[lang] ?? actor;
}

/**
 * The label of a milestone kind (`legal`: wettelijk verplicht, `advice`: advies, `info`).
 *
 * @example
 * kindLabel('advice', 'nl') //=> 'advies'
 */
export function kindLabel(kind: MilestoneKind, lang: Lang): string {
  return KIND[kind]?.[lang] ?? kind;
}

/**
 * The title of a milestone in `lang`, with its occurrence when the step repeats (evaluaties).
 *
 * @example
 * milestoneTitle({ id: 'evaluatie', occurrence: 2, title: { nl: 'Evaluatie plan van aanpak', en: '…' } }, 'nl')
 * //=> 'Evaluatie plan van aanpak 2'
 */
export function milestoneTitle(m: Pick<Milestone, 'id' | 'occurrence' | 'title'>, lang: Lang): string {
  const title = m.title[lang];
  return m.id === 'evaluatie' || m.occurrence > 1 ? `${title} ${m.occurrence}` : title;
}

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
