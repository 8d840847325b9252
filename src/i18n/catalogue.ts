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
}
