/**
 * One definition per milestone id (`MilestoneId`), as data: titles, actor, kind, legal basis, how
 * its window and due date are derived, how branches affect it, and what missing it costs.
 * The engine interprets these records; adding or changing a step touches this file, not the engine.
 *
 * @module
 */
import type { Actor, CaseEventType, ConsequenceCode, LocalizedText, MilestoneId, MilestoneKind } from '../types.js';
import type { LawParameters } from './parameters.js';
import { type LegalBasis, SOURCES } from './sources.js';

/** A numeric parameter of the law (see {@link LawParameters}). */
export type ParamName = keyof LawParameters;

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

/** The definition of one milestone. */
export interface MilestoneRule {
  readonly id: MilestoneId;
  readonly title: LocalizedText;
  readonly kind: MilestoneKind;
  readonly actor: Actor;
  readonly legalBasis: readonly LegalBasis[];
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
}

/** All milestone definitions, in the order of the process. */
export const MILESTONE_RULES: readonly MilestoneRule[] = Object.freeze([
  {
    id: 'melding-bedrijfsarts',
    title: { nl: 'Melding aan de bedrijfsarts', en: 'Report to the occupational physician' },
    kind: 'advice',
    actor: 'werkgever',
    legalBasis: [SOURCES.regelingArt2Lid1, SOURCES.practiceBedrijfsarts],
    due: { from: 'counted', param: 'meldingBedrijfsartsDay' },
    roll: 'none',
    completedBy: 'melding-bedrijfsarts',
    employerStep: true,
    wiaRelated: false,
    consequence: 'advice',
  },
  {
    id: 'signalering-week-3',
    title: { nl: 'Signalering dreigend langdurig verzuim (week 3)', en: 'Signal of threatening long-term absence (week 3)' },
    kind: 'advice',
    actor: 'werkgever',
    legalBasis: [SOURCES.seedCasemanagement],
    due: { from: 'counted', param: 'signaleringDay' },
    roll: 'none',
    completedBy: 'signalering-week-3',
    employerStep: true,
    wiaRelated: false,
    consequence: 'advice',
  },
  {
    id: 'ziekmelding-uwv-vangnet',
    title: { nl: 'Ziekmelding bij UWV (vangnet)', en: 'Sickness report to UWV (safety net)' },
    kind: 'legal',
    actor: 'werkgever',
    legalBasis: [SOURCES.zw38a, SOURCES.zw38b, SOURCES.zw29a29b, SOURCES.atw1, SOURCES.uwvVangnet],
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
    title: { nl: 'Probleemanalyse', en: 'Problem analysis (occupational physician)' },
    kind: 'legal',
    actor: 'bedrijfsarts',
    legalBasis: [SOURCES.regelingArt2Lid2, SOURCES.uwvStappenplan],
    due: { from: 'counted', param: 'probleemanalyseDay' },
    legalLatest: { from: 'counted', param: 'probleemanalyseLegalDay' },
    roll: 'none',
    completedBy: 'probleemanalyse',
    employerStep: true,
    wiaRelated: false,
    consequence: 'loonsanctie',
  },
  {
    id: 'plan-van-aanpak',
    title: { nl: 'Plan van aanpak', en: 'Action plan (plan van aanpak)' },
    kind: 'legal',
    actor: 'werkgever+werknemer',
    legalBasis: [SOURCES.wia25lid2, SOURCES.bw658a, SOURCES.regelingPva],
    due: { from: 'afterStep', step: 'probleemanalyse', param: 'planVanAanpakAfterDays' },
    roll: 'none',
    completedBy: 'plan-van-aanpak',
    employerStep: true,
    wiaRelated: false,
    consequence: 'loonsanctie',
  },
  {
    id: 'casemanager',
    title: { nl: 'Casemanager aangewezen', en: 'Case manager appointed' },
    kind: 'legal',
    actor: 'werkgever',
    legalBasis: [SOURCES.regelingPva, SOURCES.wia25lid2],
    due: { from: 'afterStep', step: 'probleemanalyse', param: 'planVanAanpakAfterDays' },
    roll: 'none',
    completedBy: 'casemanager',
    employerStep: true,
    wiaRelated: false,
    consequence: 'loonsanctie',
  },
  {
    id: 'evaluatie',
    title: { nl: 'Evaluatie plan van aanpak', en: 'Evaluation of the action plan' },
    kind: 'legal',
    actor: 'werkgever+werknemer',
    legalBasis: [SOURCES.wia25lid2, SOURCES.bw658a, SOURCES.uwvEvaluatie],
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
  },
  {
    id: '42e-weeksmelding',
    title: { nl: '42e-weeksmelding aan UWV', en: 'Week-42 sickness report to UWV' },
    kind: 'legal',
    actor: 'werkgever',
    legalBasis: [SOURCES.zw38, SOURCES.atw4, SOURCES.uwvEersteWerkdag42],
    window: { from: 'counted', param: 'melding42WindowDay' },
    due: { from: 'counted', param: 'melding42Day' },
    legalLatest: { from: 'firstWerkdag', param: 'melding42Day' },
    roll: 'none',
    completedBy: '42e-weeksmelding',
    employerStep: true,
    wiaRelated: true,
    consequence: 'boete-42e-week',
  },
  {
    id: 'eerstejaarsevaluatie',
    title: { nl: 'Eerstejaarsevaluatie', en: 'First-year evaluation' },
    kind: 'legal',
    actor: 'werkgever+werknemer',
    legalBasis: [SOURCES.regelingEje, SOURCES.uwvStappenplan],
    // "in ieder geval aan het einde van het eerste ziektejaar": a target, not a last lawful day; the
    // window of weeks 46–52 is commentary, so no window (docs/rules.md).
    due: { from: 'counted', param: 'ejeDay' },
    target: true,
    roll: 'none',
    completedBy: 'eerstejaarsevaluatie',
    employerStep: true,
    wiaRelated: true,
    consequence: 'loonsanctie',
  },
  {
    id: 'spoor-2-besluit',
    title: { nl: 'Besluit over spoor 2', en: 'Decision on track 2 (another employer)' },
    kind: 'advice',
    actor: 'werkgever',
    legalBasis: [SOURCES.bw658aLid1, SOURCES.beoordelingskader, SOURCES.practiceSpoor2],
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
    title: { nl: 'Vervroegde IVA-aanvraag (keuze werknemer)', en: 'Early IVA application (employee’s option)' },
    kind: 'info',
    actor: 'werknemer',
    // The window start in week 3 is UWV practice, not WIA 23 lid 6 (docs/rules.md §8).
    legalBasis: [SOURCES.wia23lid6, SOURCES.uwvVervroegdeIva],
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
    title: { nl: 'Brief van UWV over de WIA-aanvraag', en: 'UWV letter about the WIA application' },
    kind: 'info',
    actor: 'uwv',
    legalBasis: [SOURCES.wia64, SOURCES.uwvWiaBrief],
    due: { from: 'counted', param: 'wiaBriefExpectedDay', plusVerlenging: true },
    legalLatest: { from: 'counted', param: 'wiaBriefLatestDay', plusVerlenging: true },
    roll: 'none',
    completedBy: 'wia-brief-ontvangen',
    employerStep: false,
    wiaRelated: true,
    consequence: 'wia-late-letter',
  },
  {
    id: 'eindevaluatie',
    title: { nl: 'Eindevaluatie', en: 'Final evaluation' },
    kind: 'legal',
    actor: 'werkgever+werknemer',
    legalBasis: [SOURCES.wia25lid3, SOURCES.uwvStappenplan],
    due: { from: 'beforeEnd', param: 'rivBeforeEndDays' },
    roll: 'none',
    completedBy: 'eindevaluatie',
    employerStep: true,
    wiaRelated: true,
    dueAtEindeDienstverband: 'full-riv',
    consequence: 'loonsanctie',
  },
  {
    id: 're-integratieverslag',
    title: { nl: 'Re-integratieverslag', en: 'Re-integration report' },
    kind: 'legal',
    actor: 'werkgever',
    legalBasis: [SOURCES.wia25lid3],
    due: { from: 'beforeEnd', param: 'rivBeforeEndDays' },
    roll: 'none',
    completedBy: 're-integratieverslag',
    employerStep: true,
    wiaRelated: true,
    dueAtEindeDienstverband: 'riv',
    consequence: 'riv-missing',
  },
  {
    id: 'wia-aanvraag',
    title: { nl: 'WIA-aanvraag', en: 'WIA benefit application' },
    kind: 'legal',
    actor: 'werknemer',
    legalBasis: [SOURCES.wia64],
    window: { from: 'counted', param: 'wiaBriefExpectedDay', plusVerlenging: true },
    due: { from: 'beforeEnd', param: 'wiaAanvraagBeforeEndDays' },
    roll: 'none',
    completedBy: 'wia-aanvraag',
    employerStep: false,
    wiaRelated: true,
    consequence: 'wia-aanvraag-late',
  },
  {
    id: 'einde-wachttijd',
    title: { nl: 'Einde wachttijd', en: 'End of the waiting period' },
    kind: 'info',
    actor: 'uwv',
    legalBasis: [SOURCES.bw629lid1, SOURCES.wia23, SOURCES.wia24],
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
    title: { nl: 'Ziekmelding bij UWV bij einde dienstverband', en: 'Sickness report to UWV at end of employment' },
    kind: 'legal',
    actor: 'werkgever',
    legalBasis: [SOURCES.zw38ziekUitDienst],
    due: { from: 'eindeDienstverband' },
    roll: 'none',
    completedBy: 'ziekmelding-uwv-einde-dienstverband',
    employerStep: false,
    wiaRelated: false,
    onlyOnEindeDienstverband: true,
    consequence: 'boete-42e-week',
  },
] satisfies readonly MilestoneRule[]);
