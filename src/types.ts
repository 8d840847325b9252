/**
 * The public data types of poortwachter: the case that goes in and the timeline that comes out
 * (DESIGN.md §2, a contract: names and shapes here are relied on by other code).
 *
 * @module
 */
import type { IsoDate } from './calendar/isoDate.js';
import type { LegalBasis } from './law/sources.js';

export type { IsoDate } from './calendar/isoDate.js';
export type { LegalBasis } from './law/sources.js';

/** Text in Dutch and English. */
export interface LocalizedText {
  readonly nl: string;
  readonly en: string;
}

/** The milestone ids of DESIGN.md §4 (a contract). */
export type MilestoneId =
  | 'melding-bedrijfsarts'
  | 'signalering-week-3'
  | 'probleemanalyse'
  | 'plan-van-aanpak'
  | 'casemanager'
  | 'evaluatie'
  | '42e-weeksmelding'
  | 'eerstejaarsevaluatie'
  | 'vervroegde-iva'
  | 'wia-brief-uwv'
  | 'eindevaluatie'
  | 're-integratieverslag'
  | 'wia-aanvraag'
  | 'einde-wachttijd'
  | 'ziekmelding-uwv-einde-dienstverband';

/** `legal`: required by law; `advice`: best practice; `info`: a date to know, nobody's duty. */
export type MilestoneKind = 'legal' | 'advice' | 'info';

/** Who has to act. */
export type Actor = 'werkgever' | 'werknemer' | 'bedrijfsarts' | 'uwv' | 'werkgever+werknemer';

/** Where a step stands relative to `asOf` (DESIGN.md §3). */
export type MilestoneStatus = 'done' | 'done-late' | 'overdue' | 'due-soon' | 'upcoming' | 'suspended' | 'not-applicable';

/** `recovered`: fit for less than 28 days (the case may resume); `closed`: fit for 28 days or more. */
export type CaseStatus = 'sick' | 'recovered' | 'closed';

/** Who the casemanager is (seed 004: four kinds of casemanager). */
export type CasemanagerType = 'leidinggevende' | 'hr' | 'extern' | 'taakdelegatie';

/** Milestone ids that can be recorded as a completed step. */
export type StepEventType = Exclude<MilestoneId, 'wia-brief-uwv' | 'einde-wachttijd'>;

interface EventBase {
  /** The day it happened (or, for facts such as `aow-leeftijd`, the day it takes effect). */
  readonly date: IsoDate;
  /** Free text for the dossier; never interpreted. */
  readonly note?: string | undefined;
}

/** A completed step; `type` is the milestone id. */
export interface StepEvent extends EventBase {
  readonly type: Exclude<StepEventType, 'casemanager'>;
}

/** The casemanager was appointed. */
export interface CasemanagerEvent extends EventBase {
  readonly type: 'casemanager';
  readonly casemanagerType?: CasemanagerType | undefined;
}

/** Full recovery in the own job; `date` is the first fit day. */
export interface HersteldEvent extends EventBase {
  readonly type: 'hersteld';
}
/** Sick again after `hersteld`; `date` is the first sick day of the new period. */
export interface ZiekEvent extends EventBase {
  readonly type: 'ziek';
}
/** Partial return to work; never stops the clock. */
export interface GedeeltelijkHersteldEvent extends EventBase {
  readonly type: 'gedeeltelijk-hersteld';
  readonly percentage?: number | undefined;
}
/** Pregnancy and maternity leave from `date` to `until`, both inclusive. */
export interface ZwangerschapsverlofEvent extends EventBase {
  readonly type: 'zwangerschapsverlof';
  readonly until: IsoDate;
}
/** The UWV letter about the WIA application arrived. */
export interface WiaBriefOntvangenEvent extends EventBase {
  readonly type: 'wia-brief-ontvangen';
}
/** Vrijwillige verlenging of the wachttijd granted (WIA 24), at least 13 weeks. */
export interface VerlengingEvent extends EventBase {
  readonly type: 'verlenging';
  readonly weeks: number;
}
/** Loonsanctie imposed by UWV (WIA 25 lid 9), 1–52 weeks. */
export interface LoonsanctieEvent extends EventBase {
  readonly type: 'loonsanctie';
  readonly weeks: number;
}
/** End of employment; `date` is the last day of employment. */
export interface EindeDienstverbandEvent extends EventBase {
  readonly type: 'einde-dienstverband';
}
/** The employee reaches AOW age on `date`. */
export interface AowLeeftijdEvent extends EventBase {
  readonly type: 'aow-leeftijd';
}
/** A deskundigenoordeel was requested from UWV (no deadline; recorded for the dossier). */
export interface DeskundigenoordeelEvent extends EventBase {
  readonly type: 'deskundigenoordeel';
}

/** Everything that can happen in a case, discriminated on `type`. */
export type CaseEvent =
  | StepEvent
  | CasemanagerEvent
  | HersteldEvent
  | ZiekEvent
  | GedeeltelijkHersteldEvent
  | ZwangerschapsverlofEvent
  | WiaBriefOntvangenEvent
  | VerlengingEvent
  | LoonsanctieEvent
  | EindeDienstverbandEvent
  | AowLeeftijdEvent
  | DeskundigenoordeelEvent;

/** The `type` of every event. */
export type CaseEventType = CaseEvent['type'];

/** What goes into {@link evaluateCase}: the first sick day and what has happened since. */
export interface CaseInput {
  /** Eerste ziektedag: day 1 of the wachttijd (WIA 23 lid 2). */
  readonly firstSickDay: IsoDate;
  /** In any order; the engine sorts them. */
  readonly events?: readonly CaseEvent[] | undefined;
  /** Your own reference; echoed by `poortwachter batch`, ignored by the engine. */
  readonly id?: string | number | undefined;
}

/** Settings for the choices DESIGN.md §3 leaves open. */
export interface Policy {
  /** `week`: probleemanalyse due at the end of week 6 (D1+41); `strict`: D1+42. Default `week`. */
  readonly probleemanalyse: 'week' | 'strict';
  /** Days between evaluations of the plan van aanpak. Default 42 (UWV: at least every 6 weeks). */
  readonly evaluationIntervalDays: number;
  /** A step not done within this many days of its due date is `due-soon`. Default 14. */
  readonly dueSoonDays: number;
  /** Include the advice milestones (melding-bedrijfsarts, signalering-week-3). Default true. */
  readonly includeAdvice: boolean;
  /** Counted day of the melding aan de bedrijfsarts (advice). Default 7. */
  readonly meldingBedrijfsartsDay: number;
  /** Frequent short absence: this many sick reports within 12 months raise an advisory. Default 3. */
  readonly frequentAbsenceReports: number;
}

/** One step of the timeline. */
export interface Milestone {
  /** Which step (DESIGN.md §4). */
  readonly id: MilestoneId;
  /** 1 for one-off steps; counts the repeats of `evaluatie`. */
  readonly occurrence: number;
  /** `legal`, `advice` or `info`. */
  readonly kind: MilestoneKind;
  /** Who has to act. */
  readonly actor: Actor;
  /** The first day the step can be done, where the law sets one (42e-weeksmelding, eerstejaarsevaluatie, vervroegde IVA, WIA-aanvraag). */
  readonly windowStart: IsoDate | null;
  /** The last day to do it (for `info` milestones: the day it happens or is expected). */
  readonly due: IsoDate;
  /** The latest date under the strict legal reading, where it differs from `due`. */
  readonly legalLatest: IsoDate | null;
  /** Where the step stands on `asOf`. */
  readonly status: MilestoneStatus;
  /** The date of the event that recorded it as done, or `null`. */
  readonly completedOn: IsoDate | null;
  /** Its name in Dutch and English. */
  readonly title: LocalizedText;
  /** The articles and sources it rests on, with links. */
  readonly legalBasis: readonly LegalBasis[];
  /** How the date was derived, in words. */
  readonly explanation: readonly string[];
  /** Only on `casemanager`: the kind of casemanager, when recorded. */
  readonly casemanagerType?: CasemanagerType | null;
  /** Only on `re-integratieverslag` at einde dienstverband: `volledig` or `verkort` (LAW.md §7.1). */
  readonly variant?: 'volledig' | 'verkort' | null;
}

/** Codes of the findings about a case. */
export type FlagCode =
  | 'MILESTONE_OVERDUE'
  | 'MILESTONE_DONE_LATE'
  | 'STEP_BEFORE_WINDOW'
  | 'STEP_WHILE_CLOSED'
  | 'EVENT_AFTER_AS_OF'
  | 'ZIEK_WITHOUT_HERSTELD'
  | 'HERSTELD_TWICE'
  | 'LOONSANCTIE_OVER_MAX'
  | 'VERLENGING_AFTER_WACHTTIJD'
  | 'WIA_LETTER_LATE'
  | 'FREQUENT_ABSENCE'
  | 'ATW_CALENDAR_INCOMPLETE'
  | 'RULES_BEFORE_COVERAGE'
  | 'DUPLICATE_STEP'
  | 'NEW_CASE_STARTED';

/** A finding about the case. Findings are data, never exceptions. */
export interface Flag {
  /** What kind of finding; stable, for programs. */
  readonly code: FlagCode;
  /** `error`: a legal step is missed; `warning`: late, inconsistent or at risk; `info`: worth knowing. */
  readonly severity: 'error' | 'warning' | 'info';
  /** The milestone it is about, if any. */
  readonly milestoneId?: MilestoneId;
  /** Which evaluation, for `evaluatie` findings. */
  readonly occurrence?: number;
  /** For people, in Dutch and English, with the consequence where there is one. */
  readonly message: LocalizedText;
}

/** A sickness period: `end` is the last sick day, or `null` while it lasts. */
export interface Period {
  /** First sick day of the period. */
  readonly start: IsoDate;
  /** Last sick day, or `null` while the period lasts. */
  readonly end: IsoDate | null;
  /** The first sick day of the case this period belongs to (samentelling). */
  readonly caseFirstSickDay: IsoDate;
}

/** An earlier case, closed by a recovery of 28 days or more (kept as history). */
export interface PreviousCase {
  /** Day 1 of that case. */
  readonly firstSickDay: IsoDate;
  /** Its last sick day. */
  readonly lastSickDay: IsoDate;
  /** Sick days it counted (samentelling). */
  readonly countedSickDays: number;
  /** Events recorded from its first sick day until the next case began (kept, not evaluated). */
  readonly eventCount: number;
}

/** One part of the re-integratiedossier UWV checks in the RIV-toets. */
export interface DossierItem {
  /** The part of the dossier. */
  readonly id: MilestoneId | 'deskundigenoordeel';
  /** Which one, for evaluations and deskundigenoordelen. */
  readonly occurrence: number;
  /** Whether it should be in the dossier by `asOf`. */
  readonly required: boolean;
  /** Whether it was recorded. */
  readonly present: boolean;
  /** When it was recorded, or `null`. */
  readonly date: IsoDate | null;
}

/** What {@link evaluateCase} returns (DESIGN.md §2; the JSON of `--format json`). */
export interface CaseTimeline {
  /** Day 1 of the evaluated (latest) case. */
  readonly firstSickDay: IsoDate;
  /** The day the case was evaluated on. */
  readonly asOf: IsoDate;
  /** `sick`, `recovered` (fit for under 28 days) or `closed`. */
  readonly status: CaseStatus;
  /** Counted sick days up to and including `asOf` (samentelling: fit days not counted). */
  readonly countedSickDays: number;
  /** Week of sickness `asOf` falls in (week n = counted days 7(n−1)+1 … 7n); 0 before day 1. */
  readonly currentWeek: number;
  /** Every sick period, of this case and the earlier ones. */
  readonly periods: readonly Period[];
  /** Earlier cases, closed by a recovery of 28 days or more. */
  readonly previousCases: readonly PreviousCase[];
  /** The last day of the wachttijd (104 weeks of counted sickness plus any verlenging) and the first day a WIA benefit can start. */
  readonly wachttijd: { readonly lastDay: IsoDate; readonly wiaStart: IsoDate };
  /** Last day of the employer's wage obligation. */
  readonly wageObligationEnd: IsoDate;
  /** Every step, sorted by due date. */
  readonly milestones: readonly Milestone[];
  /** The findings: late, missing, inconsistent. */
  readonly flags: readonly Flag[];
  /** The parts of the re-integratiedossier, present or missing. */
  readonly dossier: readonly DossierItem[];
}

/** A problem with the input, naming the field. */
export interface InputIssue {
  /** Path to the field, e.g. `['events', 2, 'date']`. */
  readonly path: readonly (string | number)[];
  /** What went wrong, for programs (`invalid_type`, `invalid_format`, `invalid_date`, `before_first_sick_day`, …). */
  readonly code: string;
  /** For people, in Dutch and English; starts with the field's name. */
  readonly message: LocalizedText;
}

/** Options of {@link evaluateCase}. */
export interface EvaluateOptions {
  /** The day to evaluate the case on (statuses are relative to it). */
  readonly asOf: IsoDate;
  readonly policy?: Partial<Policy> | undefined;
}

/** `{ success: true, data }` or `{ success: false, issues }`, as zod's `safeParse`. */
export type Result<T> =
  | {
      readonly success: true;
      /** The validated or computed value. */
      readonly data: T;
    }
  | {
      readonly success: false;
      /** Every problem found, each naming its field. */
      readonly issues: readonly InputIssue[];
    };
