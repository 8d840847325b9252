/**
 * The numbers of the law, as data, versioned by the date they take effect (OpenFisca style).
 *
 * Every offset the engine uses comes from here; the engine contains no day counts of its own.
 * Counted days are 1-based: counted day 1 is the first sick day, counted day n the date on which
 * the case reaches its n-th counted sick day (docs/law.md#counting). A version applies to cases
 * whose first sick day is on or after its `validFrom` (until the next version takes over).
 *
 * @module
 */

/** All numeric rule parameters. */
export interface LawParameters {
  /** Melding aan de bedrijfsarts (advice), counted day. Practice "binnen een week" (docs/law.md#melding-bedrijfsarts). */
  readonly meldingBedrijfsartsDay: number;
  /** Week-3 signal (advice), counted day: end of week 3. Best practice, no legal basis (docs/law.md#signalering-week-3). */
  readonly signaleringDay: number;
  /** Probleemanalyse due, counted day: end of week 6 (D1+41). docs/law.md#probleemanalyse. */
  readonly probleemanalyseDay: number;
  /** Probleemanalyse under the strict legal reading "binnen zes weken na" (D1+42). docs/law.md#phrasings. */
  readonly probleemanalyseLegalDay: number;
  /** Plan van aanpak and casemanager: counted days after the probleemanalyse. docs/law.md#plan-van-aanpak. */
  readonly planVanAanpakAfterDays: number;
  /** Evaluation interval in counted days (policy default): UWV practice, docs/law.md#evaluatie. */
  readonly evaluatieIntervalDays: number;
  /** 42e-weeksmelding window opens: start of week 42. docs/law.md#42e-weeksmelding. */
  readonly melding42WindowDay: number;
  /** 42e-weeksmelding due: the first day after week 42 (D1+294), then Atw. docs/law.md#42e-weeksmelding. */
  readonly melding42Day: number;
  /** Maximum fine for a late or wrong 42e-weeksmelding, euro (ZW 38). docs/law.md#42e-weeksmelding. */
  readonly melding42MaxFine: number;
  /** Eerstejaarsevaluatie window: weeks 46–52. docs/law.md#eerstejaarsevaluatie. */
  readonly ejeWindowDay: number;
  readonly ejeDay: number;
  /** Vervroegde IVA request window: after 3 weeks until the end of week 68. docs/law.md#vervroegde-iva. */
  readonly ivaWindowDay: number;
  readonly ivaLastDay: number;
  /** Length of the wachttijd in counted days: 104 weeks. BW 7:629 lid 1, WIA 23 lid 1. */
  readonly wachttijdDays: number;
  /** UWV's WIA letter expected this many days before the last day of the wachttijd (week 89). */
  readonly wiaBriefBeforeEndDays: number;
  /**
   * …and at the latest by the end of week 89 (WIA 64 lid 2): D1+623 here, one day after the
   * statute's D1+622 (docs/law.md#wia-brief-uwv; the difference is listed in docs/rules.md §8).
   */
  readonly wiaBriefLatestBeforeEndDays: number;
  /** Re-integratieverslag and eindevaluatie: 13 weeks before the end (WIA 25 lid 3). */
  readonly rivBeforeEndDays: number;
  /** WIA-aanvraag: 11 weeks before the end (WIA 64 lid 3). */
  readonly wiaAanvraagBeforeEndDays: number;
  /** After a late UWV letter the application is timely within 4 weeks (WIA 64 lid 6). */
  readonly wiaAanvraagAfterLetterDays: number;
  /** Samentelling: periods with a fit gap shorter than this many days are one case. BW 7:629 lid 10. */
  readonly samentellingGapDays: number;
  /** Loonsanctie at most 52 weeks (WIA 25 lid 9). */
  readonly loonsanctieMaxWeeks: number;
  /** Vrijwillige verlenging at least 13 weeks (WIA 24; UWV). */
  readonly verlengingMinWeeks: number;
  /** Wage obligation for an employee at AOW age, in weeks (BW 7:629 lid 2 sub b). */
  readonly aowWageWeeks: number;
  /** Einde dienstverband: sick at least this many counted days → full RIV (10 weeks). docs/law.md#einde-dienstverband. */
  readonly eindeDienstverbandFullRivDays: number;
  /** Einde dienstverband: sick at least this many counted days → shortened RIV (6 weeks). docs/law.md#einde-dienstverband. */
  readonly eindeDienstverbandShortRivDays: number;
  /** Frequent absence window in days (12 months), for the advisory signal. docs/law.md#frequent-verzuim. */
  readonly frequentAbsenceWindowDays: number;
}

/** One version of the parameters: the values that change from `validFrom` on, with the reason. */
export interface ParameterVersion {
  /** First sick day on or after which this version applies (ISO date). */
  readonly validFrom: string;
  readonly values: Partial<LawParameters>;
  /** Why: the act or decision that changed the numbers. */
  readonly source: string;
}

/** The base version: the rules as in force for the 104-week regime (docs/law.md). */
export const BASE_PARAMETERS: LawParameters = Object.freeze({
  meldingBedrijfsartsDay: 7,
  signaleringDay: 21,
  probleemanalyseDay: 42,
  probleemanalyseLegalDay: 43,
  planVanAanpakAfterDays: 14,
  evaluatieIntervalDays: 42,
  melding42WindowDay: 288,
  melding42Day: 295,
  melding42MaxFine: 455,
  ejeWindowDay: 316,
  ejeDay: 364,
  ivaWindowDay: 22,
  ivaLastDay: 476,
  wachttijdDays: 728,
  wiaBriefBeforeEndDays: 111,
  wiaBriefLatestBeforeEndDays: 104,
  rivBeforeEndDays: 91,
  wiaAanvraagBeforeEndDays: 77,
  wiaAanvraagAfterLetterDays: 28,
  samentellingGapDays: 28,
  loonsanctieMaxWeeks: 52,
  verlengingMinWeeks: 13,
  aowWageWeeks: 13,
  eindeDienstverbandFullRivDays: 70,
  eindeDienstverbandShortRivDays: 42,
  frequentAbsenceWindowDays: 365,
});

/**
 * First sick day from which the engine's rules are verified (docs/law.md#eindevaluatie: the week-91/93 RIV and
 * WIA-aanvraag timeline applies since 1 July 2013). Earlier cases are computed with these rules and
 * flagged `RULES_BEFORE_COVERAGE`.
 */
export const RULES_COVERAGE_FROM = '2013-07-01';

/**
 * Changes after the base version, oldest first. Each entry lists only what changed.
 */
export const PARAMETER_VERSIONS: readonly ParameterVersion[] = Object.freeze([
  {
    validFrom: '2023-07-01',
    values: { aowWageWeeks: 6 },
    source:
      'BW 7:629 lid 2 sub b as amended: 6 weeks instead of 13 for sickness from 1 July 2023 (https://cs-opleidingen.nl/actueel/wet-werken-na-de-aow-gerechtigde-leeftijd/)',
  },
]);
