/**
 * Stage 5 of the engine: where a step stands on `asOf` (see docs/rules.md, "Statuses"), and the
 * reason when a branch makes it `not-applicable` or `suspended`.
 *
 * @module
 */
import { formatIsoDate } from '../calendar/isoDate.js';
import type { StepRule } from '../law/steps.js';
import type { MilestoneStatus, StatusReason } from '../types.js';
import { MILESTONE_STATUSES } from '../vocab.js';
import type { Ctx } from './context.js';
import { countedIndex } from './counting.js';

/** A status with the reason for it, where a branch decided it. */
export interface Judged {
  readonly status: MilestoneStatus;
  readonly reason: StatusReason | null;
}

/** One frozen object per plain status: most steps need no reason and allocate nothing. */
const JUDGED = Object.freeze(
  Object.fromEntries(MILESTONE_STATUSES.map((status) => [status, Object.freeze({ status, reason: null })])),
) as Readonly<Record<MilestoneStatus, Judged>>;

/**
 * The status of a step due on `due` (NaN `completedOn`: not recorded). `statutoryDue` is the date
 * before the Atw roll: a recovery after it does not undo a duty that has arisen.
 */
export function statusOf(rule: StepRule, due: number, completedOn: number, ctx: Ctx, statutoryDue: number = due): Judged {
  if (!Number.isNaN(completedOn) && !rule.selfCompleting) return completedOn <= due ? JUDGED.done : JUDGED['done-late'];
  if (rule.notWithVangnet && ctx.vangnet !== null) {
    // Ziektewet art. 38 lid 4: article 38 does not apply to a verzekerde with ziekengeld on a vangnet
    // ground (art. 29 lid 2 e, f, g): no 42e-weeksmelding and no fine, from day 1 (docs/rules.md).
    return { status: 'not-applicable', reason: { code: 'vangnet-grond', grond: ctx.vangnet.grond } };
  }
  if (rule.notForEigenrisicodrager && ctx.eigenrisicodrager) {
    // ZW 38 lid 2 binds "de werkgever die geen eigenrisicodrager is" (docs/rules.md §8).
    return { status: 'not-applicable', reason: { code: 'eigenrisicodrager' } };
  }
  // A fact not recorded is NaN, and every comparison with NaN is false: no branch below applies then.
  if (rule.wiaRelated && ctx.aowDate <= ctx.wiaStart) {
    return { status: 'not-applicable', reason: { code: 'aow-before-wia', aowDate: formatIsoDate(ctx.aowDate) } };
  }
  if (rule.employerStep && due >= ctx.aowDate) {
    return { status: 'not-applicable', reason: { code: 'aow-reached', aowDate: formatIsoDate(ctx.aowDate) } };
  }
  if (rule.employerStep && due > ctx.eindeDienstverband) {
    return {
      status: 'not-applicable',
      reason: {
        code: 'employment-ended',
        lastDayOfEmployment: formatIsoDate(ctx.eindeDienstverband),
        sickDays: sickDaysAtEnd(ctx),
        report: null,
      },
    };
  }
  if (statutoryDue >= ctx.fitFrom) {
    if (ctx.caseStatus === 'closed') {
      return {
        status: 'not-applicable',
        reason: { code: 'case-closed', fitFrom: formatIsoDate(ctx.fitFrom), gapDays: ctx.p.samentellingGapDays },
      };
    }
    if (ctx.caseStatus === 'recovered') {
      return { status: 'suspended', reason: { code: 'suspended', fitFrom: formatIsoDate(ctx.fitFrom), asOf: formatIsoDate(ctx.asOf) } };
    }
  }
  if (rule.selfCompleting) return ctx.asOf >= due ? JUDGED.done : byDate(due, Number.NaN, ctx);
  if (rule.optional && ctx.asOf > due) return { status: 'not-applicable', reason: { code: 'window-closed', date: formatIsoDate(due) } };
  return byDate(due, completedOn, ctx);
}

/** Counted sick days on the last day of employment. */
export function sickDaysAtEnd(ctx: Ctx): number {
  return countedIndex(ctx.iv, ctx.eindeDienstverband);
}

/** The status by date alone: done, done late, overdue, due soon or upcoming. */
export function timeStatus(due: number, completedOn: number, ctx: Ctx): MilestoneStatus {
  return byDate(due, completedOn, ctx).status;
}

/** {@link timeStatus} as its shared object (each read by its name: a lookup by a status string would be a megamorphic load). */
function byDate(due: number, completedOn: number, ctx: Ctx): Judged {
  if (!Number.isNaN(completedOn)) return completedOn <= due ? JUDGED.done : JUDGED['done-late'];
  if (ctx.asOf > due) return JUDGED.overdue;
  return due - ctx.asOf <= ctx.policy.dueSoonDays ? JUDGED['due-soon'] : JUDGED.upcoming;
}
