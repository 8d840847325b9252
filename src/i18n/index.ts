/**
 * Rendering: the message catalogues (Dutch and English) and the functions that turn the engine's
 * data — derivations, statuses, flags, labels — into words. The engine itself has none.
 *
 * @module
 */
import { MILESTONE_RULES } from '../law/milestones.js';
import type {
  Actor,
  CaseEventType,
  CaseStatus,
  DerivationStep,
  Flag,
  FlagCode,
  FlagParams,
  IsoDate,
  LocalizedText,
  Milestone,
  MilestoneId,
  MilestoneKind,
  MilestoneStatus,
  Severity,
  StatusReason,
} from '../types.js';
import type { Catalogue, Lang, RenderContext } from './catalogue.js';
import { readableDate } from './dates.js';
import { enCatalogue } from './en.js';
import { nlCatalogue } from './nl.js';

export type {
  Catalogue,
  IcsWords,
  Lang,
  PictureSummary,
  PictureWords,
  ReasonOf,
  RenderContext,
  ReportWords,
  StepOf,
  TableWords,
} from './catalogue.js';
export { numericDate, readableDate } from './dates.js';
export {
  enIssues,
  ISSUE_CATALOGUES,
  type IssueCatalogue,
  inputIssue,
  issueMessage,
  nlIssues,
  pathName,
  withIssueMessage,
} from './issues.js';

/** The catalogues by language. */
export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = Object.freeze({ nl: nlCatalogue, en: enCatalogue });

/** The languages, Dutch first (the default). */
export const LANGS: readonly Lang[] = Object.freeze(['nl', 'en'] as const);

/**
 * Whether `value` is a language poortwachter speaks.
 *
 * @example
 * isLang('nl') //=> true
 * isLang('de') //=> false
 */
export function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en';
}

/** Options of the render functions. */
export interface RenderOptions {
  /** How to show a date: `readable` (`zo 16 feb. 2025`, the default) or `iso` (`2025-02-16`). */
  readonly dates?: 'readable' | 'iso' | undefined;
}

const TITLES: ReadonlyMap<string, LocalizedText> = new Map(MILESTONE_RULES.map((r) => [r.id, r.title]));

/** The render context for `lang`: how dates and step names are shown. */
export function renderContext(lang: Lang, options?: RenderOptions): RenderContext {
  const iso = options?.dates === 'iso';
  return {
    date: iso ? (d) => d : (d) => readableDate(d, lang),
    step: (id, occurrence) => stepName(id, occurrence, lang),
    stepRef: (id, occurrence) => stepRef(id, occurrence, lang),
  };
}

/** A step's name in `lang`, with its occurrence where it repeats (`Evaluatie plan van aanpak 2`). */
function stepName(id: string, occurrence: number, lang: Lang): string {
  const title = TITLES.get(id)?.[lang] ?? id;
  return id === 'evaluatie' || occurrence > 1 ? `${title} ${occurrence}` : title;
}

/** A step inside a sentence: `het plan van aanpak`, `evaluatie 2`, else the article and the lower-cased title. */
function stepRef(id: string, occurrence: number, lang: Lang): string {
  const cat = CATALOGUES[lang];
  const ref = cat.stepRef[id] ?? `${cat.article} ${lowerFirst(TITLES.get(id)?.[lang] ?? id)}`;
  return id === 'evaluatie' || occurrence > 1 ? `${ref} ${occurrence}` : ref;
}

const lowerFirst = (s: string): string => (s.length > 1 && s[1] === s[1]?.toLowerCase() ? s[0]?.toLowerCase() + s.slice(1) : s);

/**
 * The title of a milestone in `lang`, with its occurrence when the step repeats (evaluaties): the
 * rule table's title of its `id`, or the milestone's own `title` (a `protocol` step's, the employer's words).
 *
 * @example
 * milestoneTitle({ id: 'evaluatie', occurrence: 2 }, 'nl') //=> 'Evaluatie plan van aanpak 2'
 */
export function milestoneTitle(
  m: Pick<Milestone, 'id' | 'occurrence'> & { readonly title?: LocalizedText | undefined },
  lang: Lang,
): string {
  const title = m.title?.[lang] ?? TITLES.get(m.id)?.[lang] ?? m.id;
  return m.id === 'evaluatie' || m.occurrence > 1 ? `${title} ${m.occurrence}` : title;
}

/**
 * How a milestone's dates came about, one line per step, in `lang`: the window's start, the due
 * date (with any Atw roll or branch), the strict legal latest and the reason for its status. Needs
 * the milestone's `derivation`: evaluate with `explain: true` (without one: no lines).
 *
 * @example
 * const pa = evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-02-10', explain: true }).milestones.find((m) => m.id === 'probleemanalyse')!;
 * explain(pa, 'nl') //=> ['Ziektedag 42 (week 6) = eerste ziektedag ma 6 jan. 2025 + 41 dagen = zo 16 feb. 2025', 'Strikt juridisch: Ziektedag 43 …']
 * explain(pa, 'en') //=> ['Counted day 42 (week 6) = first sick day Mo 6 Jan 2025 + 41 days = Su 16 Feb 2025', …]
 */
export function explain(m: Pick<Milestone, 'derivation'>, lang: Lang, options?: RenderOptions): string[] {
  const cat = CATALOGUES[lang];
  const c = renderContext(lang, options);
  const d = m.derivation;
  const out: string[] = [];
  if (d === undefined) return out;
  if (d.windowStart !== null) for (const s of d.windowStart) out.push(`${cat.derivationPart.windowStart} ${stepLine(s, cat, c)}`);
  for (const s of d.due) out.push(stepLine(s, cat, c));
  if (d.legalLatest !== null) for (const s of d.legalLatest) out.push(`${cat.derivationPart.legalLatest} ${stepLine(s, cat, c)}`);
  if (d.reason !== null) out.push(reasonText(d.reason, lang, options));
  return out;
}

/**
 * One derivation step in words.
 *
 * @example
 * explainStep({ kind: 'verlenging', weeks: 13, date: '2027-04-04' }, 'nl') //=> '+ 13 weken vrijwillige verlenging (WIA art. 24) = zo 4 apr. 2027'
 */
export function explainStep(step: DerivationStep, lang: Lang, options?: RenderOptions): string {
  return stepLine(step, CATALOGUES[lang], renderContext(lang, options));
}

function stepLine(s: DerivationStep, cat: Catalogue, c: RenderContext): string {
  // One call per kind, each with its own step type (a switch keeps the types exact).
  const d = cat.derivation;
  switch (s.kind) {
    case 'counted':
      return d.counted(s, c);
    case 'afterStep':
      return d.afterStep(s, c);
    case 'beforeEnd':
      return d.beforeEnd(s, c);
    case 'verlenging':
      return d.verlenging(s, c);
    case 'atwRoll':
      return d.atwRoll(s, c);
    case 'atwTwoWorkingDays':
      return d.atwTwoWorkingDays(s, c);
    case 'firstWerkdag':
      return d.firstWerkdag(s, c);
    case 'lastWorkingDay':
      return d.lastWorkingDay(s, c);
    case 'vangnet':
      return d.vangnet(s, c);
    case 'letterReceived':
      return d.letterReceived(s, c);
    case 'lateLetter':
      return d.lateLetter(s, c);
    case 'lateLetterExcluded':
      return d.lateLetterExcluded(s, c);
    case 'eindeDienstverband':
      return d.eindeDienstverband(s, c);
    case 'lateApplication':
      return d.lateApplication(s, c);
    case 'loonsanctie':
      return d.loonsanctie(s, c);
    case 'loonsanctieAfterEnd':
      return d.loonsanctieAfterEnd(s, c);
    case 'loonsanctieDecisionLate':
      return d.loonsanctieDecisionLate(s, c);
    case 'bekorting':
      return d.bekorting(s, c);
    case 'aow':
      return d.aow(s, c);
    case 'employmentEnds':
      return d.employmentEnds(s, c);
    case 'calendarDays':
      return d.calendarDays(s, c);
    default:
      return s satisfies never;
  }
}

/**
 * Why a step is not applicable or suspended, in words.
 *
 * @example
 * reasonText({ code: 'window-closed', date: '2026-04-22' }, 'en') //=> 'The window closed on We 22 Apr 2026 without an application'
 */
export function reasonText(reason: StatusReason, lang: Lang, options?: RenderOptions): string {
  const r = CATALOGUES[lang].reason;
  const c = renderContext(lang, options);
  switch (reason.code) {
    case 'aow-before-wia':
      return r['aow-before-wia'](reason, c);
    case 'aow-reached':
      return r['aow-reached'](reason, c);
    case 'employment-ended':
      return r['employment-ended'](reason, c);
    case 'case-closed':
      return r['case-closed'](reason, c);
    case 'suspended':
      return r.suspended(reason, c);
    case 'window-closed':
      return r['window-closed'](reason, c);
    case 'vangnet-grond':
      return r['vangnet-grond'](reason, c);
    case 'eigenrisicodrager':
      return r.eigenrisicodrager(reason, c);
    default:
      return reason satisfies never;
  }
}

/**
 * A finding in words, in `lang`, naming the step it is about.
 *
 * @example
 * flagMessage({ code: 'HERSTELD_TWICE', severity: 'warning', params: { date: '2025-03-01' } }, 'nl')
 * //=> 'Hersteldmelding op za 1 mrt. 2025 terwijl de werknemer niet ziek was …'
 */
export function flagMessage(flag: Flag, lang: Lang, options?: RenderOptions): string {
  const c = renderContext(lang, options);
  const label =
    flag.milestoneId === undefined
      ? null
      : flag.protocolStep !== undefined
        ? `${CATALOGUES[lang].eventType.protocol} ‘${flag.protocolStep}’${(flag.occurrence ?? 1) > 1 ? ` ${flag.occurrence}` : ''}`
        : c.step(flag.milestoneId, flag.occurrence ?? 1);
  const render = CATALOGUES[lang].flag[flag.code] as (p: FlagParams[FlagCode], label: string | null, c: RenderContext) => string;
  const text = render(flag.params, label === null ? null : upperFirst(label), c);
  return text;
}

const upperFirst = (s: string): string => (s === '' ? s : (s[0] as string).toUpperCase() + s.slice(1));

/**
 * The word for a milestone status: one set of words for every output.
 *
 * @example
 * statusLabel('done-late', 'nl') //=> 'te laat gedaan'
 * statusLabel('overdue', 'nl') //=> 'verstreken'
 */
export function statusLabel(status: MilestoneStatus, lang: Lang): string {
  return CATALOGUES[lang].status[status] ?? status;
}

/**
 * The status word of one milestone: {@link statusLabel}, except for the steps nobody on the
 * employer's side takes (UWV's letter, the end of the wachttijd, the employee's vervroegde IVA),
 * which have their own words — UWV's late letter is "laat ontvangen", not "te laat gedaan".
 *
 * @example
 * milestoneStatusLabel({ id: 'wia-brief-uwv', status: 'done-late' }, 'nl') //=> 'laat ontvangen'
 * milestoneStatusLabel({ id: 'probleemanalyse', status: 'done-late' }, 'nl') //=> 'te laat gedaan'
 */
export function milestoneStatusLabel(m: Pick<Milestone, 'id' | 'status'>, lang: Lang): string {
  return CATALOGUES[lang].stepStatus[m.id]?.[m.status] ?? statusLabel(m.status, lang);
}

/** The word for a case status. */
export function caseStatusLabel(status: CaseStatus, lang: Lang): string {
  return CATALOGUES[lang].caseStatus[status] ?? status;
}

/**
 * Who has to act, in words.
 *
 * @example
 * actorLabel('werkgever+werknemer', 'en') //=> 'employer and employee'
 */
export function actorLabel(actor: Actor, lang: Lang): string {
  return CATALOGUES[lang].actor[actor] ?? actor;
}

/**
 * The word for a milestone kind.
 *
 * @example
 * kindLabel('advice', 'nl') //=> 'advies'
 */
export function kindLabel(kind: MilestoneKind, lang: Lang): string {
  return CATALOGUES[lang].kind[kind] ?? kind;
}

/**
 * The word for a severity, so that findings read without colour.
 *
 * @example
 * severityLabel('error', 'nl') //=> 'fout'
 */
export function severityLabel(severity: Severity, lang: Lang): string {
  return CATALOGUES[lang].severity[severity] ?? severity;
}

/** An event type, as a person names it. */
export function eventTypeLabel(type: CaseEventType, lang: Lang): string {
  return CATALOGUES[lang].eventType[type] ?? type;
}

/** The name of a milestone id in `lang` (its title, without occurrence). */
export function milestoneName(id: MilestoneId, lang: Lang): string {
  return TITLES.get(id)?.[lang] ?? id;
}

/** A date for people in `lang`, or ISO with `{ dates: 'iso' }`. */
export function formatDate(date: IsoDate, lang: Lang, options?: RenderOptions): string {
  return options?.dates === 'iso' ? date : readableDate(date, lang);
}
