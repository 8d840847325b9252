/**
 * The shape of a message catalogue: every word poortwachter shows a person, for one language.
 * The engine returns codes, numbers and dates; a catalogue renders them. Both catalogues
 * (`nl`, `en`) implement this interface, so a key missing from one is a type error (and a test
 * compares their keys at run time too).
 *
 * @module
 */
import type {
  Actor,
  CaseEventType,
  CasemanagerType,
  CaseStatus,
  ConsequenceCode,
  DerivationStep,
  DerivationStepKind,
  Fine,
  FlagCode,
  FlagParams,
  IsoDate,
  MilestoneKind,
  MilestoneStatus,
  Severity,
  SkippedDay,
  StatusReason,
  StatusReasonCode,
} from '../types.js';

/** The languages poortwachter speaks: Dutch (the default for people) and English. */
export type Lang = 'nl' | 'en';

/** What a message function may use besides its own parameters. */
export interface RenderContext {
  /** Formats a date for people in this language (ISO in, e.g. `zo 16 feb. 2025` out). */
  readonly date: (iso: IsoDate) => string;
  /** The name of a step, with its occurrence where it repeats (`Evaluatie plan van aanpak 2`). */
  readonly step: (id: string, occurrence: number) => string;
  /** A step as referred to inside a sentence, with its article (`het plan van aanpak`, `evaluatie 2`). */
  readonly stepRef: (id: string, occurrence: number) => string;
}

/** The step of kind `K`. */
export type StepOf<K extends DerivationStepKind> = Extract<DerivationStep, { readonly kind: K }>;
/** The reason with code `K`. */
export type ReasonOf<K extends StatusReasonCode> = Extract<StatusReason, { readonly code: K }>;

/** Every word for one language. */
export interface Catalogue {
  /** The language of this catalogue. */
  readonly lang: Lang;
  /** Milestone statuses: one set of words for every output. */
  readonly status: Readonly<Record<MilestoneStatus, string>>;
  /** A short description of each status, for legends. */
  readonly statusHelp: Readonly<Record<MilestoneStatus, string>>;
  /**
   * Status words for the steps nobody on the employer's side takes — UWV's letter, the end of the
   * wachttijd, the employee's option — by milestone id, where `status` would misread (UWV's late
   * letter is not something "done late"; an expected date is not "planned").
   */
  readonly stepStatus: Readonly<Record<string, Readonly<Partial<Record<MilestoneStatus, string>>>>>;
  /** Case statuses. */
  readonly caseStatus: Readonly<Record<CaseStatus, string>>;
  /** Who has to act. */
  readonly actor: Readonly<Record<Actor, string>>;
  /** Kinds of milestone. */
  readonly kind: Readonly<Record<MilestoneKind, string>>;
  /** Severities of a finding (words, so that they read without colour). */
  readonly severity: Readonly<Record<Severity, string>>;
  /** How a sentence refers to a step (with its article), where the lower-cased title will not do. */
  readonly stepRef: Readonly<Record<string, string>>;
  /** The article before a step's lower-cased title when `stepRef` has none (`de`, `the`). */
  readonly article: string;
  /** Event types, as a person names them. */
  readonly eventType: Readonly<Record<CaseEventType, string>>;
  /** Why a day is no working day under the Atw. */
  readonly nonWorkingDay: Readonly<Record<SkippedDay['reason'], string>>;
  /** What missing a step costs. */
  readonly consequence: { readonly [K in ConsequenceCode]: (fine: Fine | null) => string };
  /** One line per derivation step. */
  readonly derivation: { readonly [K in DerivationStepKind]: (step: StepOf<K>, c: RenderContext) => string };
  /** Prefixes of the lines that derive the window's start and the strict legal latest. */
  readonly derivationPart: { readonly windowStart: string; readonly legalLatest: string };
  /** Why a step is not applicable or suspended. */
  readonly reason: { readonly [K in StatusReasonCode]: (reason: ReasonOf<K>, c: RenderContext) => string };
  /** The finding with each code; `label` names the step it is about, or is `null`. */
  readonly flag: { readonly [C in FlagCode]: (params: FlagParams[C], label: string | null, c: RenderContext) => string };
  /** The words of the timeline picture (SVG): bands, legend, axis, the markers' text alternatives. */
  readonly picture: PictureWords;
  /** The words of the HTML report: headings, summary, column names. */
  readonly report: ReportWords;
  /** The words of the text table. */
  readonly table: TableWords;
  /** The column names of the timeline CSV for people (`excel-nl`), in the order of the CSV's columns. */
  readonly csvHeaders: readonly string[];
  /** The words of the calendar (ICS). */
  readonly ics: IcsWords;
}

/** What the text alternative of the picture says: the case at a glance (dates already formatted). */
export interface PictureSummary {
  readonly firstSickDay: string;
  readonly asOf: string;
  readonly week: number;
  readonly countedSickDays: number;
  /** Sick periods of the evaluated case. */
  readonly periods: number;
  readonly lastDay: string;
  readonly wageEnd: string;
  /** Count of steps, in all and per status. */
  readonly steps: number;
  readonly done: number;
  readonly doneLate: number;
  readonly overdue: number;
  readonly dueSoon: number;
  readonly upcoming: number;
  /** The overdue steps: name and due date. */
  readonly overdueSteps: readonly { readonly label: string; readonly due: string }[];
}

/** The words of the timeline picture (src/format/svg-model.ts). */
export interface PictureWords {
  readonly sickPeriods: string;
  readonly sick: string;
  readonly sickAssumed: string;
  readonly fitGap: string;
  readonly fit: string;
  readonly previousCase: string;
  readonly countedDays: string;
  readonly leave: string;
  readonly extended: string;
  readonly loonsanctie: string;
  readonly wachttijd: string;
  readonly extendedShort: string;
  readonly noWage: string;
  readonly wachttijd104: string;
  readonly lateApplication: string;
  readonly asOf: string;
  readonly window: string;
  readonly legalLatest: string;
  readonly completed: string;
  readonly overdueSpan: string;
  /** Short for week, on the axis (`wk 13`) and in bands (`+26 wk`). */
  readonly week: string;
  readonly weekLong: string;
  readonly due: string;
  readonly doneOn: string;
  readonly receivedOn: string;
  readonly windowFrom: string;
  readonly title: string;
  readonly legend: string;
  /** The axis of weeks. */
  readonly weekOfSickness: string;
  /** The line at the end of the wachttijd, in the legend. */
  readonly wachttijdEnd: string;
  /** The band of a late WIA application, with its days (`+12 d`). */
  readonly lateApplicationDays: (days: number) => string;
  /** The band of a loonsanctie, with its weeks. */
  readonly loonsanctieWeeks: (weeks: number) => string;
  /** The text alternative of the whole picture. */
  readonly describe: (s: PictureSummary) => string;
}

/** The words of the HTML report (src/format/html.ts). */
export interface ReportWords {
  readonly docTitle: string;
  readonly titleFirstDay: string;
  readonly intro: string;
  readonly firstSickDay: string;
  readonly asOf: string;
  readonly status: string;
  readonly week: string;
  readonly counted: string;
  readonly lastDay: string;
  readonly wiaStart: string;
  readonly wageEnd: string;
  readonly previous: string;
  readonly picture: string;
  readonly pictureCaption: string;
  readonly flags: string;
  readonly noFlags: string;
  readonly milestones: string;
  readonly dossier: string;
  readonly dossierIntro: string;
  readonly colDue: string;
  readonly colWeek: string;
  readonly colStep: string;
  readonly colStatus: string;
  readonly colActor: string;
  readonly colBasis: string;
  readonly colWhy: string;
  readonly colItem: string;
  readonly colRequired: string;
  readonly colPresent: string;
  readonly colDate: string;
  readonly windowFrom: string;
  readonly legalLatest: string;
  readonly doneOn: string;
  /** UWV's step (its letter): received, not done. */
  readonly receivedOn: string;
  readonly yes: string;
  readonly no: string;
  readonly missing: string;
  readonly notYet: string;
  readonly notes: string;
  readonly footer: string;
  /** The link from a finding to its step. */
  readonly toStep: string;
  /** A deviation from a term agreed in the plan (Regeling procesgang art. 5). */
  readonly agreedDeviation: string;
  /** The dossier item of UWV's deskundigenoordeel. */
  readonly deskundigenoordeel: string;
  /** Who acts as casemanager, and which re-integratieverslag (the data holds Dutch codes). */
  readonly detail: Readonly<Record<CasemanagerType | 'volledig' | 'verkort', string>>;
}

/** The words of the text table (src/format/table.ts). */
export interface TableWords {
  readonly heading: string;
  readonly firstSickDay: string;
  readonly asOf: string;
  readonly week: string;
  readonly countedDays: string;
  readonly lastDay: string;
  readonly wiaStart: string;
  readonly wageEnd: string;
  /** The column names of the wide table. */
  readonly columns: readonly string[];
  readonly from: string;
  readonly flags: string;
  readonly none: string;
}

/** The words of the calendar (src/format/ics.ts). */
export interface IcsWords {
  readonly who: string;
  readonly status: string;
  readonly week: string;
  readonly countedDay: string;
  readonly window: string;
  readonly basis: string;
  readonly calendar: string;
  readonly case: string;
}
