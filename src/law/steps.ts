/**
 * One record per milestone id (`MilestoneId`), as data: actor, kind, how its window and due date
 * are derived, how branches affect it, and what missing it costs — everything the engine reads.
 * Titles and legal bases (the words and citations, the same for every case) live in
 * ./milestones.ts, which only the renderers and the rule lookups import: the engine's bundle does
 * not carry them. Adding or changing a step touches this file and the catalogues, not the engine.
 *
 * @module
 */
import type { Actor, CaseEventType, ConsequenceCode, ImpliedBasis, MilestoneId, MilestoneKind } from '../types.js';
import type { LawParameters } from './parameters.js';

/**
 * The number a date rule reads: a parameter of the law table (see {@link LawParameters}), or one of
 * the two the employer's policy sets ({@link PolicyParamName}).
 */
export type ParamName = keyof LawParameters | PolicyParamName;

/**
 * The date-rule numbers that are practice, not law: the melding aan de bedrijfsarts "binnen een
 * week" (`policy.meldingBedrijfsartsDay`, default 7) and an evaluation every six weeks
 * (`policy.evaluationIntervalDays`, default 42); docs/rules.md §2 and §7. A rule table does not
 * hold them, so a law change cannot silently be overruled by a policy default.
 */
export type PolicyParamName = 'meldingBedrijfsartsDay' | 'evaluatieIntervalDays';

/** How a date is derived. Forward rules count sick days (samentelling); backward rules count calendar days. */
export type DateRule =
  /**
   * The date of counted day `param`; with `plusVerlenging`, moved on by the weeks of vrijwillige
   * verlenging (the UWV letter: WIA 64 lid 2 lets it come with the verlenging decision).
   */
  | { readonly from: 'counted'; readonly param: ParamName; readonly plusVerlenging?: true }
  /** `param` counted days after `step` was completed, or after its due date while it is not. */
  | { readonly from: 'afterStep'; readonly step: MilestoneId; readonly param: ParamName }
  /** Repeating: `param` counted days after the previous occurrence (or after `step` for the first). */
  | { readonly from: 'chain'; readonly step: MilestoneId; readonly param: ParamName }
  /** `param` calendar days before the last day of the wachttijd (never rolled: Atw art. 1 lid 2). */
  | { readonly from: 'beforeEnd'; readonly param: ParamName }
  /** The last day of the wachttijd. */
  | { readonly from: 'end' }
  /** The last day of employment (`einde-dienstverband`). */
  | { readonly from: 'eindeDienstverband' }
  /** The vangnet melding to UWV: by the 4th day, or within 6 weeks, by the ground (`CaseInput.vangnet`). */
  | { readonly from: 'vangnet' }
  /**
   * The date of counted day `param`, then the first werkdag on or after it: UWV's own term for the
   * 42e-weeksmelding ("uiterlijk de eerste werkdag na de 42e ziekteweek"), its `legalLatest`.
   */
  | { readonly from: 'firstWerkdag'; readonly param: ParamName };

/** What the engine needs of one milestone: everything but its words and citations. */
export interface StepRule {
  readonly id: MilestoneId;
  readonly kind: MilestoneKind;
  readonly actor: Actor;
  readonly due: DateRule;
  readonly window?: DateRule;
  readonly legalLatest?: DateRule;
  /**
   * `atw`: a forward statutory term of at most twelve weeks in a formal law, extended by the
   * Algemene termijnenwet art. 1 (to the next working day) and art. 2 (two working days in a term of
   * three days or more); `none`: backward terms (art. 1 lid 2), terms over twelve weeks (art. 4 a),
   * terms of a ministeriële regeling and practice dates (docs/rules.md, "Algemene termijnenwet").
   */
  readonly roll: 'atw' | 'none';
  /** The event type that records it as done; `null` when no event does (it happens by itself). */
  readonly completedBy: CaseEventType | null;
  /** Repeats until the wachttijd ends (`evaluatie`). */
  readonly repeats?: true;
  /**
   * The due date is a target, not a last lawful day (UWV practice, or "in ieder geval aan het einde
   * van het eerste ziektejaar"): overdue is a warning, done late is info (docs/rules.md).
   */
  readonly target?: true;
  /** Happens by itself when its date comes (`einde-wachttijd`). */
  readonly selfCompleting?: true;
  /** The employee's option: when its window passes unused it lapses (`not-applicable`), no flag. */
  readonly optional?: true;
  /** An employer-side step: ends at `einde-dienstverband` (docs/law.md#einde-dienstverband). */
  readonly employerStep: boolean;
  /** Tied to a WIA benefit: ends when the employee reaches AOW age (docs/law.md#aow). */
  readonly wiaRelated: boolean;
  /** At `einde-dienstverband` this step falls due on the last day of employment instead (docs/law.md#einde-dienstverband). */
  readonly dueAtEindeDienstverband?: 'full-riv' | 'riv';
  /** Added only when employment ends during the wachttijd. */
  readonly onlyOnEindeDienstverband?: true;
  /** Added only for a vangnet case (`CaseInput.vangnet`). */
  readonly onlyWithVangnet?: true;
  /** What missing it costs, as a code the message catalogues render (see docs/codes.md). */
  readonly consequence: ConsequenceCode;
  /** Leaves a document in the re-integratiedossier (the timeline's `dossier`). */
  readonly dossier?: true;
  /**
   * Counted in calendar days under `policy.firstWeeks: 'calendar'` (Regeling procesgang art. 2 lid 2
   * and art. 4 lid 1 have no samentelling clause; docs/rules.md): from day 1 (`due.from: 'counted'`)
   * or from the step it follows (`due.from: 'afterStep'`).
   */
  readonly calendarInFirstWeeks?: true;
  /** Under `policy.probleemanalyse: 'strict'` the due date is the strict latest, and there is no separate `legalLatest`. */
  readonly strictPolicy?: true;
  /** While the `due.step` is not done, the strict latest counts `due.param` from that step's own strict latest. */
  readonly legalLatestFromStepLatest?: true;
  /**
   * WIA 64 lid 6: UWV's letter (`wia-brief-ontvangen`) opens the window; a late letter gives four weeks,
   * unless the event type named here (the 42e-weeksmelding) was not recorded by counted day
   * `melding42BeforeLetterExtensionDay`.
   */
  readonly openedByLetter?: { readonly unlessNoMelding: CaseEventType };
  /** WIA 25 lid 4: after a verlenging only the records from the (last) verlenging on complete it. */
  readonly renewedByVerlenging?: true;
  /** The milestone says which report is due at einde dienstverband (`variant`: volledig or verkort). */
  readonly variantAtEindeDienstverband?: true;
  /** The milestone carries the completing event's `casemanagerType`. */
  readonly carriesCasemanagerType?: true;
  /** The repeating interval, when the record of this event type fixes one (`evaluatieIntervalDays`), governs; the step is then legal, not a target. */
  readonly intervalAgreedIn?: CaseEventType;
  /** Ziektewet art. 38 lid 4: not applicable in a vangnet case. */
  readonly notWithVangnet?: true;
  /** ZW 38 lid 2 binds "de werkgever die geen eigenrisicodrager is": not applicable to an eigenrisicodrager. */
  readonly notForEigenrisicodrager?: true;
  /** UWV's own step: a late arrival is reported (`WIA_LETTER_LATE`) only after its `legalLatest`, never as overdue. */
  readonly lateOnlyAfterLegalLatest?: true;
  /** Made late, it moves the end of the wage obligation by its delay (BW 7:629 lid 11 sub a). */
  readonly delaysWageEnd?: true;
  /**
   * Recorded events that stand for this step (docs/rules.md, "Implied and assumed facts"), in order:
   * the first that applies holds. Each takes the earliest recorded of its `events` (ties: the first
   * listed); the step's own record keeps its date when it is on or before that day
   * (`unlessRecorded: 'on-or-before'`), or whenever there is one (`'at-all'`: only inferred).
   */
  readonly impliedBy?: readonly ImpliedRule[];
}

/** One way a recorded event stands for a step (see `StepRule.impliedBy`). */
export interface ImpliedRule {
  readonly events: readonly CaseEventType[];
  readonly basis: ImpliedBasis;
  readonly unlessRecorded: 'on-or-before' | 'at-all';
}

/** Every step the engine evaluates, in the order of the process. */
export const STEP_RULES: readonly StepRule[] = Object.freeze([
  {
    id: 'melding-bedrijfsarts',
    kind: 'advice',
    actor: 'werkgever',
    due: { from: 'counted', param: 'meldingBedrijfsartsDay' },
    roll: 'none',
    completedBy: 'melding-bedrijfsarts',
    employerStep: true,
    wiaRelated: false,
    consequence: 'advice',
  },
  {
    id: 'signalering-week-3',
    kind: 'advice',
    actor: 'werkgever',
    due: { from: 'counted', param: 'signaleringDay' },
    roll: 'none',
    completedBy: 'signalering-week-3',
    employerStep: true,
    wiaRelated: false,
    consequence: 'advice',
  },
  {
    id: 'ziekmelding-uwv-vangnet',
    kind: 'legal',
    actor: 'werkgever',
    due: { from: 'vangnet' },
    roll: 'atw',
    completedBy: 'ziekmelding-uwv-vangnet',
    employerStep: true,
    wiaRelated: false,
    onlyWithVangnet: true,
    consequence: 'vangnet-late',
  },
  {
    id: 'probleemanalyse',
    kind: 'legal',
    actor: 'bedrijfsarts',
    due: { from: 'counted', param: 'probleemanalyseDay' },
    legalLatest: { from: 'counted', param: 'probleemanalyseLegalDay' },
    roll: 'none',
    completedBy: 'probleemanalyse',
    employerStep: true,
    wiaRelated: false,
    consequence: 'loonsanctie',
    dossier: true,
    calendarInFirstWeeks: true,
    strictPolicy: true,
  },
  {
    id: 'plan-van-aanpak',
    kind: 'legal',
    actor: 'werkgever+werknemer',
    due: { from: 'afterStep', step: 'probleemanalyse', param: 'planVanAanpakAfterDays' },
    roll: 'none',
    completedBy: 'plan-van-aanpak',
    employerStep: true,
    wiaRelated: false,
    consequence: 'loonsanctie',
    dossier: true,
    calendarInFirstWeeks: true,
    legalLatestFromStepLatest: true,
  },
  {
    id: 'casemanager',
    kind: 'legal',
    actor: 'werkgever',
    due: { from: 'afterStep', step: 'probleemanalyse', param: 'planVanAanpakAfterDays' },
    roll: 'none',
    completedBy: 'casemanager',
    employerStep: true,
    wiaRelated: false,
    consequence: 'loonsanctie',
    calendarInFirstWeeks: true,
    legalLatestFromStepLatest: true,
    carriesCasemanagerType: true,
  },
  {
    id: 'evaluatie',
    kind: 'legal',
    actor: 'werkgever+werknemer',
    due: { from: 'chain', step: 'plan-van-aanpak', param: 'evaluatieIntervalDays' },
    roll: 'none',
    completedBy: 'evaluatie',
    repeats: true,
    // "periodiek" (WIA 25 lid 2): six weeks is UWV practice; the interval the plan fixes, once
    // recorded on the plan-van-aanpak event, governs and makes a missed one a legal finding.
    target: true,
    employerStep: true,
    wiaRelated: false,
    consequence: 'evaluatie-praktijk',
    dossier: true,
    intervalAgreedIn: 'plan-van-aanpak',
  },
  {
    id: '42e-weeksmelding',
    kind: 'legal',
    actor: 'werkgever',
    window: { from: 'counted', param: 'melding42WindowDay' },
    due: { from: 'counted', param: 'melding42Day' },
    legalLatest: { from: 'firstWerkdag', param: 'melding42Day' },
    roll: 'none',
    completedBy: '42e-weeksmelding',
    employerStep: true,
    wiaRelated: true,
    consequence: 'boete-42e-week',
    // ZW 38 lid 8: an aanvraag verkorte wachttijd or a verlenging request "ingediend zonder dat een
    // aangifte op grond van het eerste lid heeft plaatsgevonden … wordt … beschouwd als een aangifte".
    impliedBy: [{ events: ['vervroegde-iva', 'verlenging'], basis: 'zw-38-lid-8', unlessRecorded: 'on-or-before' }],
    notWithVangnet: true,
  },
  {
    id: 'eerstejaarsevaluatie',
    kind: 'legal',
    actor: 'werkgever+werknemer',
    // "in ieder geval aan het einde van het eerste ziektejaar": a target, not a last lawful day; the
    // window of weeks 46–52 is commentary, so no window (docs/rules.md).
    due: { from: 'counted', param: 'ejeDay' },
    target: true,
    roll: 'none',
    completedBy: 'eerstejaarsevaluatie',
    employerStep: true,
    wiaRelated: true,
    consequence: 'loonsanctie',
    dossier: true,
  },
  {
    id: 'spoor-2-besluit',
    kind: 'advice',
    actor: 'werkgever',
    // BW 7:658a lid 1 has no time anchor: no window; due at the end of week 52 (UWV practice).
    due: { from: 'counted', param: 'spoor2BesluitDay' },
    roll: 'none',
    completedBy: 'spoor-2-besluit',
    employerStep: true,
    wiaRelated: true,
    consequence: 'advice',
  },
  {
    id: 'vervroegde-iva',
    kind: 'info',
    actor: 'werknemer',
    // The window start in week 3 is UWV practice, not WIA 23 lid 6 (docs/rules.md §8).
    window: { from: 'counted', param: 'ivaWindowDay' },
    due: { from: 'counted', param: 'ivaLastDay' },
    roll: 'none',
    completedBy: 'vervroegde-iva',
    optional: true,
    employerStep: false,
    wiaRelated: true,
    consequence: 'info',
  },
  {
    id: 'wia-brief-uwv',
    kind: 'info',
    actor: 'uwv',
    due: { from: 'counted', param: 'wiaBriefExpectedDay', plusVerlenging: true },
    legalLatest: { from: 'counted', param: 'wiaBriefLatestDay', plusVerlenging: true },
    roll: 'none',
    completedBy: 'wia-brief-ontvangen',
    employerStep: false,
    wiaRelated: true,
    consequence: 'wia-late-letter',
    lateOnlyAfterLegalLatest: true,
  },
  {
    id: 'eindevaluatie',
    kind: 'legal',
    actor: 'werkgever+werknemer',
    due: { from: 'beforeEnd', param: 'rivBeforeEndDays' },
    roll: 'none',
    completedBy: 'eindevaluatie',
    employerStep: true,
    wiaRelated: true,
    dueAtEindeDienstverband: 'full-riv',
    consequence: 'loonsanctie',
    dossier: true,
    renewedByVerlenging: true,
  },
  {
    id: 're-integratieverslag',
    kind: 'legal',
    actor: 'werkgever',
    due: { from: 'beforeEnd', param: 'rivBeforeEndDays' },
    roll: 'none',
    completedBy: 're-integratieverslag',
    employerStep: true,
    wiaRelated: true,
    dueAtEindeDienstverband: 'riv',
    consequence: 'riv-missing',
    dossier: true,
    renewedByVerlenging: true,
    variantAtEindeDienstverband: true,
  },
  {
    id: 'wia-aanvraag',
    kind: 'legal',
    actor: 'werknemer',
    window: { from: 'counted', param: 'wiaBriefExpectedDay', plusVerlenging: true },
    due: { from: 'beforeEnd', param: 'wiaAanvraagBeforeEndDays' },
    roll: 'none',
    completedBy: 'wia-aanvraag',
    employerStep: false,
    wiaRelated: true,
    consequence: 'wia-aanvraag-late',
    impliedBy: [
      // WIA 66 lid 1: an aanvraag verkorte wachttijd "wordt tevens aangemerkt als aanvraag, bedoeld in artikel 64".
      { events: ['vervroegde-iva'], basis: 'wia-66-lid-1', unlessRecorded: 'on-or-before' },
      // WIA 25 lid 9: a loonsanctie is imposed "bij de behandeling van de aanvraag": made on or before
      // the first decision (inferred, not deemed).
      { events: ['loonsanctie'], basis: 'wia-25-lid-9', unlessRecorded: 'at-all' },
    ],
    openedByLetter: { unlessNoMelding: '42e-weeksmelding' },
    delaysWageEnd: true,
  },
  {
    id: 'einde-wachttijd',
    kind: 'info',
    actor: 'uwv',
    due: { from: 'end' },
    roll: 'none',
    completedBy: null,
    selfCompleting: true,
    employerStep: false,
    wiaRelated: true,
    consequence: 'info',
  },
  {
    id: 'ziekmelding-uwv-einde-dienstverband',
    kind: 'legal',
    actor: 'werkgever',
    due: { from: 'eindeDienstverband' },
    roll: 'none',
    completedBy: 'ziekmelding-uwv-einde-dienstverband',
    employerStep: false,
    wiaRelated: false,
    onlyOnEindeDienstverband: true,
    consequence: 'boete-42e-week',
    notWithVangnet: true,
    notForEigenrisicodrager: true,
  },
] satisfies readonly StepRule[]);
