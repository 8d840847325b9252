/**
 * The data that flows between the stages of {@link evaluateCase}: checked events, the counted
 * intervals of the current case and its facts. Internal to the engine.
 *
 * @module
 */
import { daysFromCivil } from '../calendar/isoDate.js';
import type { LawParameters } from '../law/parameters.js';
import type {
  CaseEvent,
  CaseEventType,
  CaseStatus,
  DerivationStep,
  Flag,
  ImpliedBasis,
  Policy,
  UncountedDays,
  VangnetGrond,
} from '../types.js';
import type { CountedIntervals } from './counting.js';
import { leaveDaysIn } from './periods.js';

/** A checked event: its epoch day and its place in the input. */
export interface Ev {
  readonly type: CaseEventType;
  readonly day: number;
  readonly index: number;
  readonly event: CaseEvent;
}

/** Pregnancy leave as two ascending lists of epoch days (inclusive). */
export interface Leave {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** What the milestone stage needs to know about the case (stages before it fill this in). */
export interface Ctx {
  readonly p: LawParameters;
  readonly policy: Policy;
  readonly day1: number;
  readonly asOf: number;
  /** Counted intervals for deadlines (with the assumption after the last known event). */
  readonly iv: CountedIntervals;
  readonly leave: Leave;
  readonly lastDay: number;
  /** Last day of the 104 weeks before any verlenging. */
  readonly baseLastDay: number;
  readonly verlengingWeeks: number;
  readonly wiaStart: number;
  readonly caseStatus: CaseStatus;
  /** First fit day of the last period when the case is recovered or closed; NaN while sick. */
  readonly fitFrom: number;
  /** Last day of employment, or NaN. */
  readonly eindeDienstverband: number;
  /** The day AOW age is reached, or NaN. */
  readonly aowDate: number;
  /** The day the UWV letter about the WIA application arrived, or NaN. */
  readonly letter: number;
  /** Completion events per type (current case, on or before asOf), in date order. */
  readonly done: ReadonlyMap<CaseEventType, Ev[]>;
  /** Findings: each stage appends. */
  readonly flags: Flag[];
  /** The vangnet facts (epoch days; NaN where absent), or `null` for an ordinary case. */
  readonly vangnet: CheckedVangnet | null;
  /** The employer is eigenrisicodrager for the Ziektewet (`CaseInput.eigenrisicodrager`). */
  readonly eigenrisicodrager: boolean;
  /** How `lastDay` was derived (counted day 728, verlenging). */
  readonly lastDayDerivation: readonly DerivationStep[];
  /** Build each milestone's derivation (`EvaluateOptions.explain`); off, only the dates are computed. */
  readonly explain: boolean;
  /** Steps a recorded event makes done (ZW 38 lid 8, WIA 66 lid 1) or implies (WIA 25 lid 9), by the event type that records them. */
  readonly implied: ReadonlyMap<CaseEventType, Implied>;
}

/** A step taken as done on `day` because of the recorded `by` event (docs/rules.md, "Implied and assumed facts"). */
export interface Implied {
  readonly day: number;
  readonly by: CaseEventType;
  readonly basis: ImpliedBasis;
}

/** `CaseInput.vangnet` with its dates as epoch days (NaN where not given). */
export interface CheckedVangnet {
  readonly grond: VangnetGrond;
  readonly bekendOp: number;
  readonly uitgerekendeDatum: number;
  readonly meerling: boolean;
}

/** No day passed over: shared, so that the common case allocates nothing. */
export const NONE_UNCOUNTED: UncountedDays = Object.freeze({ fit: 0, leave: 0 });

/**
 * The days of `(from, to]` that a count of `counted` sick days passed over, split into leave and
 * fit days. Zero in an uninterrupted case (the shared {@link NONE_UNCOUNTED}).
 */
export function uncountedBetween(from: number, to: number, counted: number, leave: Leave): UncountedDays {
  const total = to - from - counted;
  if (total <= 0) return NONE_UNCOUNTED;
  const onLeave = Math.min(total, leaveDaysIn(from + 1, to, leave.starts, leave.ends));
  return { fit: total - onLeave, leave: onLeave };
}

/**
 * Epoch day of a date the engine formatted itself. Not `parseIsoDate`: derived dates may lie after
 * MAX_YEAR (a first sick day in late 2199 has steps in 2200–2201), where it returns NaN.
 */
export const dayOf = (d: string): number =>
  daysFromCivil(
    (d.charCodeAt(0) - 48) * 1000 + (d.charCodeAt(1) - 48) * 100 + (d.charCodeAt(2) - 48) * 10 + d.charCodeAt(3) - 48,
    (d.charCodeAt(5) - 48) * 10 + d.charCodeAt(6) - 48,
    (d.charCodeAt(8) - 48) * 10 + d.charCodeAt(9) - 48,
  );
