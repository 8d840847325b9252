/**
 * The numbers of the law, as data, versioned by the date they take effect (OpenFisca style).
 *
 * Every offset the engine uses comes from here; the engine contains no day counts of its own.
 * Counted days are 1-based: counted day 1 is the first sick day, counted day n the date on which
 * the case reaches its n-th counted sick day (docs/rules.md), docs/law.md. A version applies to cases
 * whose first sick day is on or after its `validFrom` (until the next version takes over).
 *
 * @module
 */

/**
 * All numeric parameters of the law. Two numbers the date rules also read are the employer's
 * practice, not the law's, and so are settings of the policy, not of this table: the day of the
 * melding aan de bedrijfsarts (`policy.meldingBedrijfsartsDay`) and the interval of the evaluations
 * (`policy.evaluationIntervalDays`); see {@link PolicyParamName}.
 */
export interface LawParameters {
  /** Week-3 signal (advice), counted day: end of week 3. docs/law.md; a Dutch text on case management (docs/sources.md#casemanagement). */
  readonly signaleringDay: number;
  /** Probleemanalyse due, counted day: end of week 6 (D1+41). docs/law.md */
  readonly probleemanalyseDay: number;
  /** Probleemanalyse under the strict legal reading "binnen zes weken na" (D1+42). docs/law.md */
  readonly probleemanalyseLegalDay: number;
  /** Plan van aanpak and casemanager: counted days after the probleemanalyse. docs/law.md */
  readonly planVanAanpakAfterDays: number;
  /** 42e-weeksmelding window opens: start of week 42. docs/law.md */
  readonly melding42WindowDay: number;
  /**
   * 42e-weeksmelding due: "uiterlijk op de eerste dag nadat de ongeschiktheid … 42 weken heeft
   * geduurd" (ZW 38 lid 1): D1+294, whatever the weekday — not rolled (Atw art. 4 a: more than twelve
   * weeks). Its `legalLatest` is the first werkdag on or after it (UWV's own term). docs/rules.md
   */
  readonly melding42Day: number;
  /**
   * Eerstejaarsevaluatie: a target, counted day 364, "in ieder geval aan het einde van het eerste
   * ziektejaar" (Regeling procesgang art. 4 lid 2 sub b); the weeks 46–52 of commentary are no window.
   */
  readonly ejeDay: number;
  /** Vervroegde IVA request window: after 3 weeks (UWV practice, not WIA 23 lid 6) until the end of week 68. docs/law.md */
  readonly ivaWindowDay: number;
  readonly ivaLastDay: number;
  /**
   * The first sick year in counted days: 52 weeks (BW 7:629 lid 1: "gedurende de eerste 52 weken
   * ten minste het … minimumloon"); counted day 365 begins year 2, the "na 12 maanden" of CAO pay steps.
   */
  readonly wageYearDays: number;
  /** Length of the wachttijd in counted days: 104 weeks. BW 7:629 lid 1, WIA 23 lid 1. */
  readonly wachttijdDays: number;
  /**
   * UWV's WIA letter expected on this counted day: the first day after 88 weeks (UWV: "Na 88 weken
   * ziekte krijgt u een brief van ons"); the WIA-aanvraag window opens then. Counted forward, so a
   * fit gap after it does not move it.
   */
  readonly wiaBriefExpectedDay: number;
  /**
   * …and at the latest "op de dag waarop de wachttijd 89 weken heeft geduurd" (WIA 64 lid 2):
   * counted day 623 = D1+622, the last day of week 89, read as ZW 38's "42 weken heeft geduurd"
   * is read for the 42e-weeksmelding. https://wetten.overheid.nl/BWBR0019057/#Hoofdstuk7_Artikel64
   */
  readonly wiaBriefLatestDay: number;
  /**
   * WIA 64 lid 6, last sentence: the 4 weeks after a late letter do not apply when the
   * 42e-weeksmelding was not made "voor de dag waarop de wachttijd 81 weken heeft geduurd": that day
   * is counted day 567 (read as lid 2's "89 weken heeft geduurd" = counted day 623), so the last good
   * day is counted day 566.
   */
  readonly melding42BeforeLetterExtensionDay: number;
  /**
   * A loonsanctie cut short (bekorting, WIA 25 lid 12–14): it ends this many days after UWV decides
   * the shortfall is repaired ("zes weken na de beslissing"), unless the decision names the day.
   */
  readonly loonsanctieBekortingDays: number;
  /**
   * The loonsanctie decision is due "uiterlijk zes weken voor de afloop van de wachttijd" (WIA 25 lid
   * 10; of the verlengde tijdvak, or the period of BW 7:629 lid 11 a): this many days before its last
   * day. A later decision shortens the sanction by the delay (lid 14).
   */
  readonly loonsanctieBeslissingBeforeEndDays: number;
  /** Re-integratieverslag and eindevaluatie: 13 weeks before the end (WIA 25 lid 3). */
  readonly rivBeforeEndDays: number;
  /** WIA-aanvraag: 11 weeks before the end (WIA 64 lid 3). */
  readonly wiaAanvraagBeforeEndDays: number;
  /** After a late UWV letter the application is timely within 4 weeks (WIA 64 lid 6). */
  readonly wiaAanvraagAfterLetterDays: number;
  /**
   * Vangnet: the melding to UWV by the 4th day of sickness (ZW 38a lid 2: day 1 + 3), and by the 4th
   * day after the ground could be clear (ZW 38b lid 2: "de vierde dag na het tijdstip": + 4).
   */
  readonly vangnetDay: number;
  /**
   * Vangnet: no-riskpolis, orgaandonatie, pregnancy before the flex period: "uiterlijk op de eerste dag
   * na zes weken gerekend vanaf die eerste werkdag" (ZW 38a lid 3): this calendar day (43 = D1+42), read
   * as ZW 38 lid 1 is read; then extended by the Atw.
   */
  readonly vangnetLateDay: number;
  /** Pregnancy: the 4-day term applies from this many weeks before the expected date of birth (the flexibiliseringsperiode). */
  readonly flexibiliseringWeeks: number;
  /** …and from this many for a multiple pregnancy. */
  readonly flexibiliseringWeeksMeerling: number;
  /** Spoor 2: decide by this counted day, the end of week 52 (UWV practice: at the latest after one year; BW 7:658a lid 1 has no day). */
  readonly spoor2BesluitDay: number;
  /** Samentelling: periods with a fit gap shorter than this many days are one case. BW 7:629 lid 10. */
  readonly samentellingGapDays: number;
  /** Loonsanctie at most 52 weeks (WIA 25 lid 9). */
  readonly loonsanctieMaxWeeks: number;
  /** Wage obligation for an employee at AOW age, in weeks (BW 7:629 lid 2 sub b). */
  readonly aowWageWeeks: number;
  /** Einde dienstverband: sick at least this many counted days → full RIV (10 weeks). docs/law.md */
  readonly eindeDienstverbandFullRivDays: number;
  /** Einde dienstverband: sick at least this many counted days → shortened RIV (6 weeks). docs/law.md */
  readonly eindeDienstverbandShortRivDays: number;
  /** Frequent absence window in days (12 months), for the advisory signal. docs/law.md */
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

/**
 * Vrijwillige verlenging at least 13 weeks: WIA art. 24 lid 1 lets UWV extend the wachttijd on a joint
 * request, and UWV sets "De minimumperiode van de verlenging is 13 weken. Er is geen maximum"
 * (docs/sources.md#uwv-erd-wga,
 * https://www.uwv.nl/werkgevers/eigenrisicodrager/eigenrisicodrager-wga/tijdens-eigen-risico-dragen-wga/detail/werknemer-is-ziek).
 * A bound of the input (`verlenging.weeks`), checked before the case's rule table is known, so a
 * constant, not a parameter of the table.
 */
export const VERLENGING_MIN_WEEKS = 13;

/** The base version: the rules as in force for the 104-week regime (docs/law.md). */
export const BASE_PARAMETERS: LawParameters = Object.freeze({
  signaleringDay: 21,
  probleemanalyseDay: 42,
  probleemanalyseLegalDay: 43,
  planVanAanpakAfterDays: 14,
  melding42WindowDay: 288,
  melding42Day: 295,
  ejeDay: 364,
  ivaWindowDay: 22,
  ivaLastDay: 476,
  wageYearDays: 364,
  wachttijdDays: 728,
  wiaBriefExpectedDay: 617,
  wiaBriefLatestDay: 623,
  melding42BeforeLetterExtensionDay: 566,
  loonsanctieBekortingDays: 42,
  loonsanctieBeslissingBeforeEndDays: 42,
  rivBeforeEndDays: 91,
  wiaAanvraagBeforeEndDays: 77,
  wiaAanvraagAfterLetterDays: 28,
  vangnetDay: 4,
  vangnetLateDay: 43,
  flexibiliseringWeeks: 6,
  flexibiliseringWeeksMeerling: 10,
  spoor2BesluitDay: 364,
  samentellingGapDays: 28,
  loonsanctieMaxWeeks: 52,
  aowWageWeeks: 13,
  eindeDienstverbandFullRivDays: 70,
  eindeDienstverbandShortRivDays: 42,
  frequentAbsenceWindowDays: 365,
});

/**
 * First sick day from which the engine's rules are verified (docs/law.md): the week-91/93 RIV and
 * WIA-aanvraag timeline applies since 1 July 2013). Earlier cases are computed with these rules and
 * flagged `RULES_BEFORE_COVERAGE`.
 */
export const RULES_COVERAGE_FROM = '2013-07-01';

/**
 * The AOW wage rule of BW 7:629 lid 2 sub b (6, before July 2023 13, weeks after AOW age) is in force
 * since this day (Wet werken na de AOW-gerechtigde leeftijd): an earlier case with an `aow-leeftijd`
 * event is computed with it and flagged `RULE_NOT_IN_FORCE` (docs/rules.md §8).
 */
export const AOW_WAGE_RULE_FROM = '2016-01-01';

/**
 * Changes after the base version, oldest first. Each entry lists only what changed.
 */
export const PARAMETER_VERSIONS: readonly ParameterVersion[] = Object.freeze([
  {
    validFrom: '2023-07-01',
    values: { aowWageWeeks: 6 },
    source: 'BW 7:629 lid 2 sub b as amended: 6 weeks instead of 13 for sickness from 1 July 2023 (docs/law.md))',
  },
]);
