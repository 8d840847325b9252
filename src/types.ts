/**
 * The public data types of poortwachter: the case that goes in and the timeline that comes out
 * (docs/rules.md), a contract: names and shapes here are relied on by other code).
 *
 * @module
 */
import type { IsoDate } from './calendar/isoDate.js';
import type { CONSEQUENCE_CODES } from './codes.js';
import type {
  ACTORS,
  AFWIJKING_STEPS,
  CASE_STATUSES,
  CASEMANAGER_TYPES,
  FIRST_WEEKS_MODES,
  MILESTONE_IDS,
  MILESTONE_KINDS,
  MILESTONE_STATUSES,
  PROBLEEMANALYSE_MODES,
  SEVERITIES,
  VANGNET_GRONDEN,
  WAGE_PHASE_KINDS,
} from './vocab.js';

export type { IsoDate } from './calendar/isoDate.js';
export type { LegalBasis } from './law/sources.js';

/** Text in Dutch and English. */
export interface LocalizedText {
  readonly nl: string;
  readonly en: string;
}

/**
 * The milestone ids of docs/rules.md (a contract): `ziekmelding-uwv-vangnet` is the early
 * ziekmelding to UWV of a vangnet case (ZW 38a; only with `CaseInput.vangnet`), `spoor-2-besluit`
 * the advice to decide on spoor 2 after the eerstejaarsevaluatie, `protocol` a step of the
 * employer's own verzuimprotocol (`policy.protocol`; `protocolStep` says which). The list:
 * {@link MILESTONE_IDS}.
 */
export type MilestoneId = (typeof MILESTONE_IDS)[number];

/**
 * `legal`: required by law; `advice`: best practice; `info`: a date to know, nobody's duty;
 * `protocol`: the employer's own verzuimprotocol (never a legal duty).
 */
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** Who has to act. */
export type Actor = (typeof ACTORS)[number];

/** Where a step stands relative to `asOf` (docs/rules.md). */
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** `recovered`: fit for less than 28 days (the case may resume); `closed`: fit for 28 days or more. */
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Who the casemanager is: four kinds, as a Dutch text on case management names them (docs/sources.md#casemanagement). */
export type CasemanagerType = (typeof CASEMANAGER_TYPES)[number];

/** Milestone ids that can be recorded as a completed step. */
export type StepEventType = Exclude<MilestoneId, 'wia-brief-uwv' | 'einde-wachttijd' | 'protocol'>;

/** What every event has: its date and an optional note. */
export interface EventBase {
  /** The day it happened (or, for facts such as `aow-leeftijd`, the day it takes effect). */
  readonly date: IsoDate;
  /** Free text for the dossier; never interpreted. */
  readonly note?: string | undefined;
}

/** A completed step; `type` is the milestone id. */
export interface StepEvent extends EventBase {
  readonly type: Exclude<StepEventType, 'casemanager' | 'plan-van-aanpak'>;
}

/**
 * The plan van aanpak was made. `evaluatieIntervalDays`: the interval of the evaluations the plan
 * fixes (Regeling procesgang art. 4 lid 2 sub b), in counted sick days; when recorded it governs
 * the evaluations and a missed one is a legal finding (docs/rules.md, "Evaluations").
 */
export interface PlanVanAanpakEvent extends EventBase {
  readonly type: 'plan-van-aanpak';
  readonly evaluatieIntervalDays?: number | undefined;
}

/** The casemanager was appointed. */
export interface CasemanagerEvent extends EventBase {
  readonly type: 'casemanager';
  readonly casemanagerType?: CasemanagerType | undefined;
}

/** A step of the employer's verzuimprotocol (`policy.protocol`) was done. */
export interface ProtocolEvent extends EventBase {
  readonly type: 'protocol';
  /** The `id` of the protocol step. */
  readonly step: string;
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
/**
 * Bekorting of a loonsanctie (WIA 25 lid 12–14): `date` is UWV's decision that the shortfall is
 * repaired; the sanction ends six weeks later, or on `until` when the decision names that day.
 */
export interface LoonsanctieBekortEvent extends EventBase {
  readonly type: 'loonsanctie-bekort';
  readonly until?: IsoDate | undefined;
}
/** End of employment; `date` is the last day of employment. */
export interface EindeDienstverbandEvent extends EventBase {
  readonly type: 'einde-dienstverband';
}
/** The employee reaches AOW age on `date`. */
export interface AowLeeftijdEvent extends EventBase {
  readonly type: 'aow-leeftijd';
}
/** The steps whose terms the Regeling procesgang sets, from which an agreed deviation may depart (art. 5). */
export type AfwijkingStep = (typeof AFWIJKING_STEPS)[number];

/**
 * Werkgever and werknemer agreed, with reasons, to depart from the term of `step` (Regeling
 * procesgang art. 5: "gemotiveerd worden afgeweken"): the step is not flagged late or missing, and
 * the dossier shows the deviation. `occurrence`: which evaluation (all when absent).
 */
export interface AfwijkingEvent extends EventBase {
  readonly type: 'afwijking';
  readonly step: AfwijkingStep;
  readonly occurrence?: number | undefined;
  /** Why: the motivation the Regeling asks for. */
  readonly motivering: string;
}

/** A deskundigenoordeel was requested from UWV (no deadline; recorded for the dossier). */
export interface DeskundigenoordeelEvent extends EventBase {
  readonly type: 'deskundigenoordeel';
}

/** Everything that can happen in a case, discriminated on `type`. */
export type CaseEvent =
  | StepEvent
  | PlanVanAanpakEvent
  | CasemanagerEvent
  | HersteldEvent
  | ZiekEvent
  | GedeeltelijkHersteldEvent
  | ZwangerschapsverlofEvent
  | WiaBriefOntvangenEvent
  | VerlengingEvent
  | LoonsanctieEvent
  | LoonsanctieBekortEvent
  | ProtocolEvent
  | EindeDienstverbandEvent
  | AowLeeftijdEvent
  | DeskundigenoordeelEvent
  | AfwijkingEvent;

/** The `type` of every event. */
export type CaseEventType = CaseEvent['type'];

/**
 * Why a case falls under the Ziektewet vangnet: sick from pregnancy before the pregnancy leave
 * (`zwangerschap`, ZW 29a) or from pregnancy or childbirth after it (`zwangerschap-na-verlof`,
 * ZW 29a), an employee with a `no-riskpolis` (ZW 29b), sick from `orgaandonatie` (ZW 29a).
 */
export type VangnetGrond = (typeof VANGNET_GRONDEN)[number];

/** The vangnet facts of a case. */
export interface Vangnet {
  readonly grond: VangnetGrond;
  /** When the ground became known to the employer (default: the first sick day). */
  readonly bekendOp?: IsoDate | undefined;
  /** The expected date of birth (`zwangerschap`): from 6 weeks before it the melding is due within 4 days. */
  readonly uitgerekendeDatum?: IsoDate | undefined;
  /** A multiple pregnancy: the period starts 10 weeks before the expected date instead of 6. */
  readonly meerling?: boolean | undefined;
}

/** What goes into {@link evaluateCase}: the first sick day and what has happened since. */
export interface CaseInput {
  /** Eerste ziektedag: day 1 of the wachttijd (WIA 23 lid 2). */
  readonly firstSickDay: IsoDate;
  /** In any order; the engine sorts them. */
  readonly events?: readonly CaseEvent[] | undefined;
  /** Your own reference; echoed by `poortwachter batch`, ignored by the engine. */
  readonly id?: string | number | undefined;
  /**
   * A vangnet case (Ziektewet art. 29a, 29b): the employer reports it to UWV early to claim a
   * Ziektewet benefit; adds the `ziekmelding-uwv-vangnet` step.
   */
  readonly vangnet?: Vangnet | undefined;
  /**
   * The employer is eigenrisicodrager for the Ziektewet: the ziekmelding to UWV at the end of
   * employment (Ziektewet art. 38 lid 2, "de werkgever die geen eigenrisicodrager is") does not apply.
   */
  readonly eigenrisicodrager?: boolean | undefined;
}

/** Settings for the choices docs/rules.md leaves open. */
export interface Policy {
  /** `week`: probleemanalyse due at the end of week 6 (D1+41); `strict`: D1+42. Default `week`. */
  readonly probleemanalyse: (typeof PROBLEEMANALYSE_MODES)[number];
  /**
   * How the probleemanalyse (six weeks after day 1) and the plan van aanpak (two weeks after the
   * probleemanalyse) count across a fit gap: `calendar` (default: the text has no samentelling
   * clause, the earlier date), or `counted` (sick days only, as the wachttijd counts). docs/rules.md §8.
   */
  readonly firstWeeks: (typeof FIRST_WEEKS_MODES)[number];
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
  /**
   * The employer's own verzuimprotocol: steps evaluated and flagged like the statutory ones, as
   * milestones of kind `protocol` (never a legal duty). Default none.
   */
  readonly protocol: readonly ProtocolStep[];
  /**
   * Percentages of the wage per phase (BW 7:629 lid 1: at least 70 %, and in the first year at least
   * the minimum wage; many CAOs pay more, often 100 % in year 1). Default 70 in every phase.
   */
  readonly wagePercentages: Readonly<Record<WagePhaseKind, number>>;
}

/**
 * One step of an employer's verzuimprotocol: due `days` counted sick days after day 1 or after
 * another step (done, or its due date while it is not), optionally repeating every `repeatEveryDays`
 * counted days until the wachttijd ends. Recorded as done with `{ type: 'protocol', step: id, date }`.
 *
 * @example
 * { id: 'contact-leidinggevende', title: { nl: 'Contact met leidinggevende', en: 'Contact with the manager' },
 *   actor: 'werkgever', days: 2, repeatEveryDays: 7 }
 */
export interface ProtocolStep {
  /** Kebab-case, unique within the protocol. */
  readonly id: string;
  /** Its name, in the employer's words, in Dutch and English. */
  readonly title: LocalizedText;
  readonly actor: Actor;
  /** Counted sick days after `after` (day 1 when absent: day 1 itself is 0). */
  readonly days: number;
  /** A milestone id or an earlier protocol step's id to count from; day 1 when absent. */
  readonly after?: string | undefined;
  /** Repeat every this many counted days until the wachttijd ends. */
  readonly repeatEveryDays?: number | undefined;
}

/** One step of the timeline. */
export interface Milestone {
  /** Which step (see docs/rules.md). */
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
  /**
   * The latest date allowed, for steps that have one beside `due`: the strict legal reading
   * (probleemanalyse, plan van aanpak), UWV's own term for the 42e-weeksmelding (the first werkdag on or
   * after its statutory day: the same day when that is a werkdag), the UWV letter's legal latest.
   */
  readonly legalLatest: IsoDate | null;
  /** Where the step stands on `asOf`. */
  readonly status: MilestoneStatus;
  /** The date of the event that recorded it as done, or `null`. */
  readonly completedOn: IsoDate | null;
  /**
   * Week of sickness (ziekteweek) of `due`: week n holds counted days 7(n−1)+1 … 7n, so fit days
   * between periods (samentelling) and pregnancy leave are not counted. The one source of the week
   * every renderer shows.
   */
  readonly week: number;
  /** Counted sick day (ziektedag) of `due`: 1 on the first sick day, gaps not counted. */
  readonly countedDay: number;
  /** What missing it costs, as a code (the same for every case of this step; `MILESTONE_RULES`). */
  readonly consequence: ConsequenceCode;
  /**
   * Only on `protocol` milestones: the employer's name for the step (from `policy.protocol`, not in
   * the rule table). Every other step's title and legal basis are the rule's: `ruleOf(id)`.
   */
  readonly title?: LocalizedText;
  /**
   * How the dates were derived and why the status is what it is, as data; `explain()` renders it.
   * Only when evaluated with `explain: true` (then typed by {@link ExplainedMilestone}).
   */
  readonly derivation?: Derivation;
  /** Only on `casemanager`: the kind of casemanager, when recorded. */
  readonly casemanagerType?: CasemanagerType | null;
  /** Only on `re-integratieverslag` at einde dienstverband: `volledig` or `verkort` (see docs/rules.md). */
  readonly variant?: 'volledig' | 'verkort' | null;
  /** Only on `protocol` milestones: the id of the protocol step. */
  readonly protocolStep?: string;
}

/** A milestone evaluated with `explain: true`: with its {@link Derivation}. */
export interface ExplainedMilestone extends Milestone {
  readonly derivation: Derivation;
}

/**
 * Days a count passed over: fit days between sick periods (samentelling, BW 7:629 lid 10) and days
 * of pregnancy leave, which never count.
 */
export interface UncountedDays {
  /** Fit days (hersteld) inside the counted range. */
  readonly fit: number;
  /** Days of zwangerschapsverlof inside the counted range. */
  readonly leave: number;
}

/** An Atw holiday (Algemene termijnenwet art. 3), by a stable id. */
export type AtwHolidayId =
  | 'nieuwjaarsdag'
  | 'goede-vrijdag'
  | 'tweede-paasdag'
  | 'koningsdag'
  | 'bevrijdingsdag'
  | 'hemelvaartsdag'
  | 'tweede-pinksterdag'
  | 'eerste-kerstdag'
  | 'tweede-kerstdag'
  | 'gelijkgestelde-dag';

/** A day the Atw roll passed over, and why it is no working day. */
export interface SkippedDay {
  readonly date: IsoDate;
  /** `zaterdag`, `zondag` or the holiday. */
  readonly reason: 'zaterdag' | 'zondag' | AtwHolidayId;
}

/**
 * One step of a date's derivation. Each step ends on `date`; the last step of a list gives the
 * milestone's date. Counting steps count sick days (`uncounted` says which days they passed over).
 */
export type DerivationStep =
  /** Counted day `countedDay` = `from` (day 1) + `days` calendar days, of which `uncounted` were not counted. */
  | {
      readonly kind: 'counted';
      readonly countedDay: number;
      readonly from: IsoDate;
      readonly days: number;
      readonly uncounted: UncountedDays;
      readonly date: IsoDate;
    }
  /**
   * `countedDays` counted days after an earlier step: the day it was done (`basis: 'completed'`),
   * its due date while it is not done (`'due'`), its strict legal latest (`'legalLatest'`) or day 1
   * when the step is not in the timeline (`'day1'`).
   */
  | {
      readonly kind: 'afterStep';
      readonly step: MilestoneId;
      /** When `step` is `protocol`: which protocol step. */
      readonly protocolStep?: string;
      readonly occurrence: number;
      readonly basis: 'completed' | 'due' | 'legalLatest' | 'day1';
      readonly from: IsoDate;
      readonly countedDays: number;
      readonly uncounted: UncountedDays;
      readonly date: IsoDate;
    }
  /** `days` calendar days before the last day of the wachttijd (counted backward: never rolled by the Atw). */
  | { readonly kind: 'beforeEnd'; readonly days: number; readonly lastDay: IsoDate; readonly date: IsoDate }
  /** + `weeks` weeks of vrijwillige verlenging (WIA 24). */
  | { readonly kind: 'verlenging'; readonly weeks: number; readonly date: IsoDate }
  /** Rolled forward from `from` past the non-working days `skipped` (Atw art. 1 lid 1). */
  | { readonly kind: 'atwRoll'; readonly from: IsoDate; readonly skipped: readonly SkippedDay[]; readonly date: IsoDate }
  /**
   * Atw art. 2: a statutory term of three days or more holds at least two working days, so the term
   * that began on `termStart` is extended from `from` to `date`.
   */
  | { readonly kind: 'atwTwoWorkingDays'; readonly termStart: IsoDate; readonly from: IsoDate; readonly date: IsoDate }
  /**
   * UWV's own term for the 42e-weeksmelding, "uiterlijk de eerste werkdag na de 42e ziekteweek": from
   * the statutory day `from` (never rolled: Atw art. 4 a) to the first werkdag on or after it, past
   * `skipped` — the step's `legalLatest`.
   */
  | { readonly kind: 'firstWerkdag'; readonly from: IsoDate; readonly skipped: readonly SkippedDay[]; readonly date: IsoDate }
  /**
   * Back from `from` (the last day of employment) to the last working day on or before it, past the
   * non-working days `skipped` (Ziektewet art. 38 lid 2: "uiterlijk op de laatste werkdag").
   */
  | { readonly kind: 'lastWorkingDay'; readonly from: IsoDate; readonly skipped: readonly SkippedDay[]; readonly date: IsoDate }
  /**
   * The vangnet melding to UWV (ZW 38a): `days` calendar days after `from` (the first sick day, the
   * day the ground became known, or the start of the flexibiliseringsperiode `flexStart`).
   */
  | {
      readonly kind: 'vangnet';
      readonly grond: VangnetGrond;
      /**
       * `vierde-dag`: by the 4th day of sickness (ZW 38a lid 2); `zes-weken`: by the first day after six
       * weeks (lid 3); `vierde-dag-na`: by the 4th day after the ground became clear (ZW 38b lid 2).
       */
      readonly term: 'vierde-dag' | 'zes-weken' | 'vierde-dag-na';
      readonly from: IsoDate;
      readonly days: number;
      readonly flexStart: IsoDate | null;
      readonly date: IsoDate;
    }
  /** The UWV letter arrived on `date`: the window opens then (WIA 64 lid 2–3). */
  | { readonly kind: 'letterReceived'; readonly date: IsoDate }
  /** The letter came late: the application is timely within `days` days of receiving it (WIA 64 lid 6). */
  | { readonly kind: 'lateLetter'; readonly letter: IsoDate; readonly days: number; readonly date: IsoDate }
  /**
   * The letter came late, but its extra weeks do not apply: the 42e-weeksmelding was not made by
   * `meldingBy` (counted day 567, the end of week 81; `melding` is when it was made, or `null`) —
   * WIA 64 lid 6, last sentence. The date does not move.
   */
  | {
      readonly kind: 'lateLetterExcluded';
      readonly letter: IsoDate;
      readonly meldingBy: IsoDate;
      readonly melding: IsoDate | null;
      readonly date: IsoDate;
    }
  /**
   * Employment ends on `lastDayOfEmployment` after `sickDays` counted sick days: the step falls due on
   * the last day of employment (`report` says which re-integratieverslag is needed).
   */
  | {
      readonly kind: 'eindeDienstverband';
      readonly lastDayOfEmployment: IsoDate;
      readonly sickDays: number;
      readonly report: 'volledig' | 'verkort';
      readonly date: IsoDate;
    }
  /**
   * + `days` days: the WIA application (due `due`) was made late on `completedOn` — BW 7:629 lid 11
   * sub a. (`null` is no longer produced: an aanvraag not recorded adds nothing and raises
   * `WAGE_END_OPEN` instead.)
   */
  | {
      readonly kind: 'lateApplication';
      readonly due: IsoDate;
      readonly completedOn: IsoDate | null;
      readonly days: number;
      readonly date: IsoDate;
    }
  /**
   * + `weeks` weeks of loonsanctie (WIA 25 lid 9), not counting `leaveDays` days of pregnancy leave
   * that fell in it; `imposed` is what the events added up to before the cap.
   */
  | { readonly kind: 'loonsanctie'; readonly weeks: number; readonly imposed: number; readonly leaveDays: number; readonly date: IsoDate }
  /**
   * WIA 25 lid 11: the loonsanctie decided on `decision` gives no verlenging — it came after the period
   * it would lengthen had ended (`lastDay`: the wachttijd, with a verlenging and a recorded late
   * aanvraag's delay). The date does not move.
   */
  | {
      readonly kind: 'loonsanctieAfterEnd';
      readonly decision: IsoDate;
      readonly weeks: number;
      readonly lastDay: IsoDate;
      readonly date: IsoDate;
    }
  /**
   * WIA 25 lid 10 and 14: the decision was due by `term` (six weeks before the end of that period) and
   * came on `decision`, `days` days later: the loonsanctie "eindigt … zoveel eerder als de beschikking
   * later is afgegeven".
   */
  | {
      readonly kind: 'loonsanctieDecisionLate';
      readonly decision: IsoDate;
      readonly term: IsoDate;
      readonly days: number;
      readonly date: IsoDate;
    }
  /**
   * Bekorting (WIA 25 lid 12–14): UWV decided on `decision` that the shortfall is repaired; the
   * sanction ends `days` days later, or on the day the decision names (`days: null`).
   */
  | { readonly kind: 'bekorting'; readonly decision: IsoDate; readonly days: number | null; readonly date: IsoDate }
  /**
   * The wage obligation ends `weeks` weeks of sickness after AOW age is reached on `aowDate` (BW 7:629
   * lid 2 sub b); those weeks count sick days only (lid 10), so `uncounted` fit or leave days lengthen them.
   */
  | { readonly kind: 'aow'; readonly aowDate: IsoDate; readonly weeks: number; readonly uncounted: UncountedDays; readonly date: IsoDate }
  /** The wage obligation ends with employment on `date`. */
  | { readonly kind: 'employmentEnds'; readonly date: IsoDate }
  /**
   * `days` calendar days after day 1 (`step: null`) or after an earlier step (`basis` as in
   * `afterStep`): the probleemanalyse and plan van aanpak under `policy.firstWeeks: 'calendar'`
   * (Regeling procesgang art. 2 lid 2, art. 4 lid 1 have no samentelling clause). `fitOn`: that day
   * fell on a fit (or leave) day, so the step is due on the next sick day, `date` ("onverwijld", art. 2 lid 3).
   */
  | {
      readonly kind: 'calendarDays';
      readonly step: MilestoneId | null;
      readonly basis: 'completed' | 'due' | 'legalLatest' | 'day1';
      readonly from: IsoDate;
      readonly days: number;
      readonly fitOn: IsoDate | null;
      readonly date: IsoDate;
    };

/** The kind of a {@link DerivationStep}. */
export type DerivationStepKind = DerivationStep['kind'];

/** Why a step is `not-applicable` or `suspended`, or why a branch left its date alone. */
export type StatusReason =
  /** AOW age is reached on `aowDate`, before a WIA benefit could start. */
  | { readonly code: 'aow-before-wia'; readonly aowDate: IsoDate }
  /** AOW age was reached on `aowDate`: no Poortwachter steps after it. */
  | { readonly code: 'aow-reached'; readonly aowDate: IsoDate }
  /** Employment ended on `lastDayOfEmployment`; `report` says what is still needed at its end. */
  | {
      readonly code: 'employment-ended';
      readonly lastDayOfEmployment: IsoDate;
      readonly sickDays: number;
      readonly report: 'volledig' | 'verkort' | 'geen' | null;
    }
  /** Fit since `fitFrom` for `gapDays` days or more: the case closed before the step fell due. */
  | { readonly code: 'case-closed'; readonly fitFrom: IsoDate; readonly gapDays: number }
  /** Fit since `fitFrom`: the date assumes sickness resumes the day after `asOf`. */
  | { readonly code: 'suspended'; readonly fitFrom: IsoDate; readonly asOf: IsoDate }
  /** The employee's option lapsed: its window closed on `date` unused. */
  | { readonly code: 'window-closed'; readonly date: IsoDate }
  /** A vangnet case on `grond`: Ziektewet art. 38 (the 42e-weeksmelding, its fine) does not apply (lid 4). */
  | { readonly code: 'vangnet-grond'; readonly grond: VangnetGrond }
  /** The employer is eigenrisicodrager for the Ziektewet: no ziekmelding at the end of employment (ZW 38 lid 2). */
  | { readonly code: 'eigenrisicodrager' };

/** The code of a {@link StatusReason}. */
export type StatusReasonCode = StatusReason['code'];

/** How a milestone's dates came about and why its status is what it is: data, no prose. */
export interface Derivation {
  /** The kind of rule the date comes from (see `DateRule` in the rule table). */
  readonly rule: 'counted' | 'afterStep' | 'chain' | 'beforeEnd' | 'end' | 'eindeDienstverband' | 'vangnet' | 'firstWerkdag' | 'protocol';
  /** The steps that lead to `windowStart`, or `null` when there is no window. */
  readonly windowStart: readonly DerivationStep[] | null;
  /** The steps that lead to `due`; the last one's `date` is `due`. */
  readonly due: readonly DerivationStep[];
  /** The steps that lead to `legalLatest`, or `null`. */
  readonly legalLatest: readonly DerivationStep[] | null;
  /** Why the status is `not-applicable` or `suspended` (or what a branch decided), else `null`. */
  readonly reason: StatusReason | null;
}

/** How bad a finding is: `error` a legal step missed; `warning` late, inconsistent or at risk; `info` worth knowing. */
export type Severity = (typeof SEVERITIES)[number];

/** What missing a step costs, as a code the message catalogue renders. */
export type ConsequenceCode = (typeof CONSEQUENCE_CODES)[number];

/**
 * The fine for a late ziekmelding to UWV, by how late it is (Ziektewet art. 38 lid 3 "ten hoogste";
 * Boetebesluit socialezekerheidswetten art. 2c): at most `euro` for `daysLate` days; `max` is the
 * fine for a melding not made at all or with a wrong first sick day. UWV may lower or waive it
 * (Ziektewet art. 45a lid 8).
 */
export interface Fine {
  readonly daysLate: number;
  readonly euro: number;
  readonly max: number;
}

/** Why a step not recorded counts as done (flag `STEP_IMPLIED`): the article that says so. */
export type ImpliedBasis = 'zw-38-lid-8' | 'wia-66-lid-1' | 'wia-25-lid-9';

/** The parameters of each flag code. */
export interface FlagParams {
  /** A step was not done by `due` (`withinLegal`: `asOf` is still within `legalLatest`). */
  readonly MILESTONE_OVERDUE: {
    readonly due: IsoDate;
    readonly legalLatest: IsoDate | null;
    readonly withinLegal: boolean;
    readonly consequence: ConsequenceCode;
    /** For a ziekmelding to UWV: the fine for the days late so far (it grows with the delay). */
    readonly fine: Fine | null;
  };
  /** A step was done on `completedOn`, after `due`. */
  readonly MILESTONE_DONE_LATE: {
    readonly due: IsoDate;
    readonly completedOn: IsoDate;
    readonly legalLatest: IsoDate | null;
    readonly withinLegal: boolean;
    /** For a ziekmelding to UWV: the fine for how late it was. */
    readonly fine: Fine | null;
  };
  /** A step was done before its window opened. */
  readonly STEP_BEFORE_WINDOW: { readonly completedOn: IsoDate; readonly windowStart: IsoDate };
  /** A step is dated while the case was closed. */
  readonly STEP_WHILE_CLOSED: { readonly eventType: CaseEventType; readonly date: IsoDate; readonly fitFrom: IsoDate };
  /** An event after `asOf` was not used. */
  readonly EVENT_AFTER_AS_OF: { readonly eventType: CaseEventType; readonly date: IsoDate; readonly asOf: IsoDate };
  /** `ziek` without a preceding `hersteld`: ignored. */
  readonly ZIEK_WITHOUT_HERSTELD: { readonly date: IsoDate };
  /** `hersteld` while not sick: ignored. */
  readonly HERSTELD_TWICE: { readonly date: IsoDate };
  /** Loonsancties add up to more than the maximum; computed with the maximum. */
  readonly LOONSANCTIE_OVER_MAX: { readonly weeks: number; readonly max: number };
  /** A verlenging recorded after the wachttijd ended. */
  readonly VERLENGING_AFTER_WACHTTIJD: { readonly date: IsoDate; readonly lastDay: IsoDate };
  /** The UWV letter came after its legal latest (`received`), or had not come by then (`received: null`); an application within `afterLetterDays` of receiving it is timely. */
  readonly WIA_LETTER_LATE: { readonly latest: IsoDate; readonly received: IsoDate | null; readonly afterLetterDays: number };
  /** A late UWV letter gives no extra weeks: the 42e-weeksmelding was not made by the end of week 81 (WIA 64 lid 6). */
  readonly WIA_LETTER_EXTENSION_EXCLUDED: { readonly letter: IsoDate; readonly meldingBy: IsoDate; readonly melding: IsoDate | null };
  /**
   * A step not recorded as such is taken as done on `date`, the day of the recorded `impliedBy` event.
   * `basis` `zw-38-lid-8` or `wia-66-lid-1`: the statute says that event *is* the step (ZW 38 lid 8: an
   * aanvraag verkorte wachttijd or a verlenging request counts as the 42e-weeksmelding; WIA 66 lid 1:
   * the aanvraag verkorte wachttijd counts as the WIA aanvraag). `wia-25-lid-9`: it is inferred — a loonsanctie is imposed "bij de behandeling
   * van de aanvraag" (WIA 25 lid 9), so the aanvraag was made on or before the decision — and the real
   * date should be recorded: nothing is judged late on an inferred date.
   */
  readonly STEP_IMPLIED: { readonly impliedBy: CaseEventType; readonly date: IsoDate; readonly basis: ImpliedBasis };
  /**
   * The end of the wage obligation is open: it would move by the delay of `step` (the WIA aanvraag,
   * BW 7:629 lid 11 sub a), which is overdue since `overdueSince` and not recorded. `wageObligationEnd`
   * and `wagePhases` add nothing for it (the delay is known only once the aanvraag is made; lid 3 f may
   * leave it unpaid; WIA 64 lid 6 deems it timely when UWV sent no notice). `extensionSoFar`: the days
   * it would add if made on `asOf` — or, when a recorded event implies the step (`impliedOn`, the
   * loonsanctie decision), at most up to that day.
   */
  readonly WAGE_END_OPEN: {
    readonly step: MilestoneId;
    readonly overdueSince: IsoDate;
    readonly extensionSoFar: number;
    readonly impliedOn: IsoDate | null;
  };
  /**
   * The eindevaluatie or re-integratieverslag recorded on `completedOn` was made before the verlenging
   * of `verlenging` (WIA 24): it does not complete the step for the extended period. WIA 25 lid 4 sub b:
   * the werkgever "vult … dit reïntegratieverslag uiterlijk dertien weken voor het verstrijken van het
   * … verlengde tijdvak … aan" — by `due`; record the aanvulling as a new event.
   */
  readonly REPORT_BEFORE_VERLENGING: { readonly completedOn: IsoDate; readonly verlenging: IsoDate; readonly due: IsoDate };
  /** Many sick reports in the last 12 months. */
  readonly FREQUENT_ABSENCE: { readonly reports: number; readonly windowDays: number };
  /** The Atw calendar of `year` lacks the gelijkgestelde dagen. */
  readonly ATW_CALENDAR_INCOMPLETE: { readonly year: number; readonly knownFrom: number; readonly knownUntil: number };
  /** The first sick day is before the rules this version covers. */
  readonly RULES_BEFORE_COVERAGE: { readonly coverageFrom: IsoDate };
  /** A one-off step was recorded more than once; the first counts. */
  readonly DUPLICATE_STEP: { readonly dates: readonly IsoDate[]; readonly counted: IsoDate };
  /** An interruption of `gapDays` days (leave inside included) of 28 or more, not all leave: a new case begins on `date`. */
  readonly NEW_CASE_STARTED: { readonly date: IsoDate; readonly gapDays: number };
  /**
   * `asOf` lies before the first sick day: there is no sickness to count yet (week 0, no counted
   * days), so no status says anything. The CLI treats it as an input error (exit 2).
   */
  readonly AS_OF_BEFORE_FIRST_SICK_DAY: { readonly asOf: IsoDate; readonly firstSickDay: IsoDate };
  /**
   * The case relies on a rule that was not in force on its first sick day (`inForceFrom`): the
   * result applies the rule anyway; check the law of the time (docs/rules.md §8).
   */
  readonly RULE_NOT_IN_FORCE: { readonly rule: 'aow-loondoorbetaling'; readonly inForceFrom: IsoDate };
}

/** Codes of the findings about a case (a closed union; see docs/codes.md). */
export type FlagCode = keyof FlagParams;

/** A finding about the case with code `C`. */
export interface FlagOf<C extends FlagCode> {
  /** What kind of finding; stable, for programs. */
  readonly code: C;
  /** `error`: a legal step is missed; `warning`: late, inconsistent or at risk; `info`: worth knowing. */
  readonly severity: Severity;
  /** The milestone it is about, if any. */
  readonly milestoneId?: MilestoneId;
  /** Which occurrence, for `evaluatie` findings. */
  readonly occurrence?: number;
  /** For `protocol` milestones: the id of the protocol step. */
  readonly protocolStep?: string;
  /** The facts behind it; `flagMessage()` renders them in Dutch or English. */
  readonly params: FlagParams[C];
}

/** A finding about the case. Findings are data, never exceptions; discriminated on `code`. */
export type Flag = { [C in FlagCode]: FlagOf<C> }[FlagCode];

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
  /** An agreed, reasoned deviation from the step's term (Regeling procesgang art. 5), when recorded. */
  readonly deviation?: { readonly date: IsoDate; readonly motivering: string };
}

/** What {@link evaluateCase} returns (docs/rules.md); the JSON of `--format json`). */
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
  /**
   * How `wageObligationEnd` moved from the last day of the wachttijd: loonsanctie, AOW age, end of
   * employment. Empty when it is the last day of the wachttijd.
   */
  readonly wageObligationDerivation: readonly DerivationStep[];
  /**
   * The phases of wage payment payroll needs, in date order: sick year 1 (counted days 1–364), sick
   * year 2 (365–728), a vrijwillige verlenging, the delay of a late WIA application and a loonsanctie,
   * each ended where the wage obligation ends (AOW age, end of employment). Each lists its date
   * ranges with fit gaps and pregnancy leave left out, and the percentage of `policy.wagePercentages`.
   */
  readonly wagePhases: readonly WagePhase[];
  /** Every step, sorted by due date. */
  readonly milestones: readonly Milestone[];
  /** The findings: late, missing, inconsistent. */
  readonly flags: readonly Flag[];
  /** The parts of the re-integratiedossier, present or missing: only with `dossier: true` or `explain: true`. */
  readonly dossier?: readonly DossierItem[];
}

/** What {@link evaluateCase} returns with `dossier: true`: the timeline with its dossier checklist. */
export interface TimelineWithDossier extends CaseTimeline {
  readonly dossier: readonly DossierItem[];
}

/** What {@link evaluateCase} returns with `explain: true`: every milestone with its derivation, and the dossier. */
export interface ExplainedTimeline extends TimelineWithDossier {
  readonly milestones: readonly ExplainedMilestone[];
}

/**
 * The parameters of each input issue code: the facts its message is made from. Values the user gave
 * are quoted as shortened JSON text (`value`), never echoed whole.
 */
export interface InputIssueParams {
  /** A required field is absent. */
  readonly missing: Readonly<Record<string, never>>;
  /**
   * The value has the wrong JSON type: `expected` one of `string`, `number`, `int` (a whole
   * number), `boolean`, `object`, `array`, `string | number`, `rule-table`, `localized-text` (`{ nl, en }`); `received` is the JSON
   * type given (`int` when a number is not whole); `value` the value for a string, number or
   * boolean, else `null`.
   */
  readonly invalid_type: { readonly expected: string; readonly received: string; readonly value: string | null };
  /**
   * Not a real calendar date `YYYY-MM-DD` from 1900 through 2199. `suggestion`: the ISO date a
   * day-month-year text means read the Dutch way (DD-MM-YYYY: `06-01-2025` → `2025-01-06`), when
   * that is a real day (added by `parseCaseInput` and `safeEvaluateCase`).
   */
  readonly invalid_date: { readonly value: string; readonly suggestion?: IsoDate };
  /**
   * An event `type` poortwachter does not know (`poortwachter schema` lists them). `suggestion`:
   * the nearest known type, when one is close (added by `parseCaseInput` and `safeEvaluateCase`).
   */
  readonly invalid_event_type: { readonly value: string; readonly suggestion?: string };
  /** A field the input does not have (`field` is its name); fields are never silently ignored. */
  readonly unknown_field: { readonly field: string };
  /** Below `minimum`: a number (`origin: 'number'`), the length of a text (`'string'`) or a list (`'array'`). */
  readonly too_small: { readonly origin: 'number' | 'string' | 'array'; readonly minimum: number; readonly value: string | null };
  /** Above `maximum`: a number, the length of a text or the number of items in a list. */
  readonly too_big: { readonly origin: 'number' | 'string' | 'array'; readonly maximum: number; readonly value: string | null };
  /** Not one of the `allowed` values. */
  readonly invalid_value: { readonly value: string; readonly allowed: readonly string[] };
  /** An event dated before the first sick day (only `aow-leeftijd` may be). */
  readonly before_first_sick_day: { readonly date: IsoDate; readonly firstSickDay: IsoDate };
  /** Leave that ends (`until`) before it starts (`date`). */
  readonly until_before_date: { readonly date: IsoDate; readonly until: IsoDate };
  /** An id that is not kebab-case (lower-case letters, digits, single hyphens), e.g. of a `policy.protocol` step. */
  readonly invalid_id: { readonly value: string };
  /** An id used by an earlier item of the same list. */
  readonly duplicate_id: { readonly value: string };
  /** The verlengingen add up to `total` weeks, more than `maximum` in all. */
  readonly total_too_big: { readonly total: number; readonly maximum: number };
  /** CLI: the text is not JSON (`line` of a batch, or `null` for a whole file; `detail` is the parser's words). */
  readonly invalid_json: { readonly line: number | null; readonly detail: string };
  /** CLI: a batch line that is empty. */
  readonly empty_line: { readonly line: number };
  /** CLI: the `file` could not be read (`detail` says why). */
  readonly unreadable: { readonly file: string; readonly detail: string };
  /** CLI: an unexpected error while evaluating a batch line (a bug: please report it). */
  readonly internal_error: { readonly line: number | null; readonly detail: string };
}

/** A phase of wage payment: which, and at what percentage. */
export type WagePhaseKind = (typeof WAGE_PHASE_KINDS)[number];

/** One phase of the employer's wage payment (BW 7:629). */
export interface WagePhase {
  readonly kind: WagePhaseKind;
  /** First and last day of the phase. */
  readonly from: IsoDate;
  readonly until: IsoDate;
  /** The days wages are due in it: the phase with fit gaps and pregnancy leave left out, as ranges. */
  readonly ranges: readonly { readonly from: IsoDate; readonly until: IsoDate }[];
  /** Days in `ranges`. */
  readonly days: number;
  /** Percentage of the wage, from `policy.wagePercentages` (default the legal minimum, 70). */
  readonly percentage: number;
}

/**
 * What is wrong with an input field, for programs (a closed union; see docs/codes.md and
 * `INPUT_ISSUE_CODES`). The same problem gets the same code and path from every entry point:
 * `parseCaseInput`, `safeEvaluateCase`, `evaluateCase`'s error, `poortwachter batch` and `validate`.
 */
export type InputIssueCode = keyof InputIssueParams;

/**
 * A problem with the input with code `C`, as data: no words. What `evaluateCase` throws in its
 * {@link PoortwachterError}; `withIssueMessage` adds the message.
 */
export interface InputIssueDataOf<C extends InputIssueCode> {
  /** Path to the field, e.g. `['events', 2, 'date']`; `[]` for the input as a whole. */
  readonly path: readonly (string | number)[];
  /** What went wrong, for programs. */
  readonly code: C;
  /** The facts the message is made from (always set by the library). */
  readonly params?: InputIssueParams[C];
}

/** A problem with the input as data (code, path, params), discriminated on `code`. */
export type InputIssueData = { [C in InputIssueCode]: InputIssueDataOf<C> }[InputIssueCode];

/** A problem with the input with code `C`, naming the field, with its message. */
export interface InputIssueOf<C extends InputIssueCode> extends InputIssueDataOf<C> {
  /** For people, in Dutch and English; starts with the field's name. */
  readonly message: LocalizedText;
}

/** A problem with the input, naming the field, with its message; discriminated on `code`. */
export type InputIssue = { [C in InputIssueCode]: InputIssueOf<C> }[InputIssueCode];

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
