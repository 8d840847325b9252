/**
 * Stage 4 of the engine: the rule interpreter. Turns each rule of the table (src/law/steps.ts) into
 * milestones — window, due date, strict legal latest, week and counted day — and, with
 * `explain: true`, the derivation that says, as data, how its dates came about. Statuses come from
 * stage 5 (status.ts), findings about each step from stage 6 (findings.ts).
 *
 * What a step does beyond its dates is a field of its rule (`dossier`, `openedByLetter`,
 * `variantAtEindeDienstverband`, …): the interpreter tests no milestone id. Each function returns
 * the epoch day it computes; the derivation steps go to the `out` array it is given, which is
 * `null` (nothing built) unless the timeline is explained. Each milestone is built once, by
 * {@link milestone}.
 *
 * @module
 */
import {
  atwNonWorkingReason,
  extendToTwoAtwWorkingDays,
  isAtwCalendarKnown,
  lastWorkingDayOnOrBefore,
  rollForwardToAtwWorkingDay,
} from '../calendar/atw.js';
import { civilFromDays, formatIsoDate } from '../calendar/isoDate.js';
import { GELIJKGESTELDE_DAGEN_KNOWN_FROM_YEAR, GELIJKGESTELDE_DAGEN_KNOWN_UNTIL_YEAR } from '../law/atw.js';
import { type DateRule, type ParamName, STEP_RULES, type StepRule } from '../law/steps.js';
import type {
  CasemanagerType,
  Derivation,
  DerivationStep,
  Flag,
  LocalizedText,
  Milestone,
  MilestoneId,
  ProtocolEvent,
  ProtocolStep,
  SkippedDay,
  StatusReason,
} from '../types.js';
import { type Ctx, dayOf, type Ev, uncountedBetween } from './context.js';
import { countedDay, countedIndex } from './counting.js';
import { reportStep } from './findings.js';
import { makeFlag } from './flags.js';
import { type Judged, sickDaysAtEnd, statusOf, timeStatus } from './status.js';

/** Every key a step record may have, in one order. */
const STEP_KEYS: readonly string[] = [...new Set(STEP_RULES.flatMap((r) => Object.keys(r)))];

/**
 * {@link STEP_RULES} with every key of {@link STEP_KEYS} present (undefined where absent), once at
 * load. The records of the law differ in their optional keys, so reading `rule.window`,
 * `rule.repeats`, … in the hot loop saw a dozen object shapes (megamorphic property loads); one
 * shape keeps them monomorphic.
 */
const ENGINE_RULES: readonly StepRule[] = STEP_RULES.map((r): StepRule => {
  const uniform: Record<string, unknown> = Object.fromEntries(STEP_KEYS.map((k) => [k, (r as unknown as Record<string, unknown>)[k]]));
  uniform.due = uniformDateRule(r.due);
  if (r.window !== undefined) uniform.window = uniformDateRule(r.window);
  if (r.legalLatest !== undefined) uniform.legalLatest = uniformDateRule(r.legalLatest);
  return uniform as unknown as StepRule;
});

function uniformDateRule(d: DateRule): DateRule {
  const x = d as { from: DateRule['from']; param?: ParamName; step?: MilestoneId; plusVerlenging?: true };
  return { from: x.from, param: x.param, step: x.step, plusVerlenging: x.plusVerlenging } as DateRule;
}

/** The steps other rules derive a date from (the only ones looked up by id while evaluating). */
const REFERENCED_STEPS: ReadonlySet<MilestoneId> = new Set<MilestoneId>(
  ENGINE_RULES.flatMap((r) => [r.due, r.window, r.legalLatest]).flatMap((d) =>
    d !== undefined && 'step' in d && d.step !== undefined ? [d.step] : [],
  ),
);

/** A milestone that later rules count from: its occurrence and dates as epoch days (NaN where absent). */
interface Ref {
  readonly occurrence: number;
  readonly due: number;
  readonly completedOn: number;
  readonly legalLatest: number;
}

/**
 * Derivation steps being collected (`explain: true`), or `null`: nothing is built. Each addition
 * makes an array of exactly the steps so far: most derivations have one step, and an array grown
 * by `push` from empty would reserve room for sixteen.
 */
type Out = { list: readonly DerivationStep[] } | null;

const NO_STEPS: readonly DerivationStep[] = Object.freeze([]);

/** A collector when `explain` is on, else `null`. */
const collect = (explain: boolean): Out => (explain ? { list: NO_STEPS } : null);

function add(out: Out, step: DerivationStep): void {
  if (out !== null) out.list = out.list.length === 0 ? [step] : [...out.list, step];
}

function addAll(out: Out, steps: readonly DerivationStep[]): void {
  if (out !== null && steps.length > 0) out.list = out.list.length === 0 ? steps.slice() : [...out.list, ...steps];
}

/** Every milestone of the case, sorted by due date (stable: rules in process order). */
export function milestonesOf(ctx: Ctx): Milestone[] {
  const milestones: Milestone[] = [];
  const byId = new Map<MilestoneId, Ref>();
  for (const rule of ENGINE_RULES) {
    if (rule.kind === 'advice' && !ctx.policy.includeAdvice) continue;
    if (rule.onlyOnEindeDienstverband && !inWachttijd(ctx.eindeDienstverband, ctx)) continue;
    if (rule.onlyWithVangnet && ctx.vangnet === null) continue;
    if (rule.repeats) chain(rule, ctx, byId, milestones);
    else milestones.push(single(rule, ctx, byId));
  }
  if (ctx.policy.protocol.length > 0) protocolMilestones(ctx, milestones);
  // Stable insertion sort by due date. The rules come in process order, so only the evaluations
  // interleave with later steps: far fewer comparisons, and no comparator calls, than
  // Array.prototype.sort. The counted day of `due` never decreases as `due` increases, so it orders
  // the dates by integers; only within a fit gap (the same counted day) do the ISO strings decide.
  for (let i = 1; i < milestones.length; i++) {
    const m = milestones[i] as Milestone;
    let j = i - 1;
    while (j >= 0 && later(milestones[j] as Milestone, m)) {
      milestones[j + 1] = milestones[j] as Milestone;
      j--;
    }
    milestones[j + 1] = m;
  }
  return milestones;
}

/** Whether `a` is due after `b` (see the sort in {@link milestonesOf}). */
const later = (a: Milestone, b: Milestone): boolean => a.countedDay > b.countedDay || (a.countedDay === b.countedDay && a.due > b.due);

const inWachttijd = (day: number, ctx: Ctx): boolean => !Number.isNaN(day) && day >= ctx.day1 && day <= ctx.lastDay;

/** The number a date rule reads: the policy's for the two practice numbers, else the law table's. */
function paramValue(name: ParamName, ctx: Ctx): number {
  if (name === 'evaluatieIntervalDays') return ctx.policy.evaluationIntervalDays;
  if (name === 'meldingBedrijfsartsDay') return ctx.policy.meldingBedrijfsartsDay;
  if (name === 'probleemanalyseDay' && ctx.policy.probleemanalyse === 'strict') return ctx.p.probleemanalyseLegalDay;
  return ctx.p[name];
}

/** The date of counted day `n` of the case; its derivation step to `out`. */
function counted(n: number, ctx: Ctx, out: Out): number {
  const day = countedDay(ctx.iv, n);
  if (out !== null) {
    add(out, {
      kind: 'counted',
      countedDay: n,
      from: formatIsoDate(ctx.day1),
      days: day - ctx.day1,
      uncounted: uncountedBetween(ctx.day1 - 1, day, n, ctx.leave),
      date: formatIsoDate(day),
    });
  }
  return day;
}

/** The date `n` counted days after `base` (the date of an earlier step); its derivation step to `out`. */
function after(
  step: MilestoneId,
  occurrence: number,
  basis: 'completed' | 'due' | 'legalLatest' | 'day1',
  base: number,
  n: number,
  ctx: Ctx,
  out: Out,
  protocolStep?: string,
): number {
  const day = countedDay(ctx.iv, countedIndex(ctx.iv, base) + n);
  if (out !== null) add(out, afterStep(step, occurrence, basis, base, n, day, ctx, protocolStep));
  return day;
}

/** The derivation step of {@link after}, which gave `day`. */
function afterStep(
  step: MilestoneId,
  occurrence: number,
  basis: 'completed' | 'due' | 'legalLatest' | 'day1',
  base: number,
  n: number,
  day: number,
  ctx: Ctx,
  protocolStep: string | undefined,
): DerivationStep {
  const s = {
    kind: 'afterStep' as const,
    step,
    occurrence,
    basis,
    from: formatIsoDate(base),
    countedDays: n,
    uncounted: uncountedBetween(base, day, n, ctx.leave),
    date: formatIsoDate(day),
  };
  return protocolStep === undefined ? s : { ...s, protocolStep };
}

/** The date a date rule gives; its derivation steps to `out`. */
function resolveDate(rule: DateRule, ctx: Ctx, byId: ReadonlyMap<MilestoneId, Ref>, out: Out, id: MilestoneId): number {
  switch (rule.from) {
    case 'counted': {
      const day = counted(paramValue(rule.param, ctx), ctx, out);
      if (rule.plusVerlenging !== true || ctx.verlengingWeeks === 0) return day;
      const moved = day + 7 * ctx.verlengingWeeks;
      add(out, { kind: 'verlenging', weeks: ctx.verlengingWeeks, date: formatIsoDate(moved) });
      return moved;
    }
    case 'afterStep':
    case 'chain': {
      const prev = byId.get(rule.step);
      const n = paramValue(rule.param, ctx);
      if (prev === undefined) return after(rule.step, 1, 'day1', ctx.day1, n, ctx, out);
      return !Number.isNaN(prev.completedOn)
        ? after(rule.step, prev.occurrence, 'completed', prev.completedOn, n, ctx, out)
        : after(rule.step, prev.occurrence, 'due', prev.due, n, ctx, out);
    }
    case 'beforeEnd': {
      const n = paramValue(rule.param, ctx);
      const day = ctx.lastDay - n;
      add(out, { kind: 'beforeEnd', days: n, lastDay: formatIsoDate(ctx.lastDay), date: formatIsoDate(day) });
      return day;
    }
    case 'end':
      addAll(out, ctx.lastDayDerivation);
      return ctx.lastDay;
    case 'eindeDienstverband': {
      const e = ctx.eindeDienstverband;
      add(out, {
        kind: 'eindeDienstverband',
        lastDayOfEmployment: formatIsoDate(e),
        sickDays: sickDaysAtEnd(ctx),
        report: 'volledig',
        date: formatIsoDate(e),
      });
      return lastWorkingDay(e, ctx.day1, out);
    }
    case 'vangnet': {
      const t = vangnetTerm(ctx);
      add(out, {
        kind: 'vangnet',
        grond: t.grond,
        term: t.term,
        from: formatIsoDate(t.from),
        days: t.days,
        flexStart: Number.isNaN(t.flexStart) ? null : formatIsoDate(t.flexStart),
        date: formatIsoDate(t.from + t.days),
      });
      return t.from + t.days;
    }
    case 'firstWerkdag':
      return firstWerkdag(counted(paramValue(rule.param, ctx), ctx, out), ctx, out, id);
    default:
      return rule satisfies never;
  }
}

/** The term of the vangnet melding: counted from `from`, `days` days (see {@link vangnetTerm}). */
interface VangnetTerm {
  readonly grond: NonNullable<Ctx['vangnet']>['grond'];
  readonly term: 'vierde-dag' | 'zes-weken' | 'vierde-dag-na';
  readonly from: number;
  readonly days: number;
  readonly flexStart: number;
}

/**
 * The vangnet melding to UWV, by the ground (docs/rules.md, "Vangnet cases"):
 * - Ziektewet art. 38a lid 3: "uiterlijk op de eerste dag na zes weken gerekend vanaf die eerste
 *   werkdag" for art. 29 lid 2 e (orgaandonatie), 29a lid 1 (pregnancy before the
 *   flexibiliseringsperiode) and 29b (no-riskpolis): day 1 + 42, read as ZW 38 lid 1 is read;
 * - lid 2 a: "uiterlijk op de vierde dag" of the sickness (sickness from childbirth after the leave,
 *   29a lid 4): day 1 + 3; lid 2 b: the fourth day from the start of the flexibiliseringsperiode (6 —
 *   multiple birth: 10 — weeks before the expected date of birth) for pregnancy, when that comes first;
 * - art. 38b lid 2 (grounds of art. 29a and 29b only, so not orgaandonatie): a ground that could only
 *   be clear later (`bekendOp`) is reported "niet later dan de vierde dag na het tijdstip" it could be:
 *   `bekendOp` + 4, when that is later than the term above.
 * Calendar days: these terms run before any samentelling matters. The Atw extends the result
 * (rule `roll: 'atw'`).
 */
function vangnetTerm(ctx: Ctx): VangnetTerm {
  const v = ctx.vangnet as NonNullable<Ctx['vangnet']>;
  const p = ctx.p;
  const four = p.vangnetDay - 1;
  const six = p.vangnetLateDay - 1;
  let from = ctx.day1;
  let days = six;
  let term: VangnetTerm['term'] = 'zes-weken';
  let flexStart = Number.NaN;
  if (v.grond === 'zwangerschap-na-verlof') {
    days = four;
    term = 'vierde-dag';
  } else if (v.grond === 'zwangerschap' && !Number.isNaN(v.uitgerekendeDatum)) {
    flexStart = v.uitgerekendeDatum + 1 - 7 * (v.meerling ? p.flexibiliseringWeeksMeerling : p.flexibiliseringWeeks);
    if (ctx.day1 >= flexStart) {
      days = four;
      term = 'vierde-dag';
    } else if (flexStart + four < ctx.day1 + six) {
      from = flexStart;
      days = four;
      term = 'vierde-dag';
    }
  }
  const known = v.bekendOp;
  if (v.grond !== 'orgaandonatie' && known > ctx.day1 && known + p.vangnetDay > from + days) {
    from = known;
    days = p.vangnetDay;
    term = 'vierde-dag-na';
  }
  return { grond: v.grond, term, from, days, flexStart };
}

/**
 * The first day of the statutory term a date rule counts (Atw art. 2); NaN when it is not a term the
 * Atw counts in days. "de vierde dag van de ongeschiktheid" and "zes weken gerekend vanaf die eerste
 * werkdag" include their first day; "de vierde dag na het tijdstip" (ZW 38b lid 2) begins the day after.
 */
function termStartOf(rule: DateRule, ctx: Ctx): number {
  if (rule.from !== 'vangnet') return Number.NaN;
  const t = vangnetTerm(ctx);
  return t.from + (t.term === 'vierde-dag-na' ? 1 : 0);
}

/** The days from `from` to `to` (exclusive, either direction) that are no Atw working day, each with its reason. */
function skippedDays(from: number, to: number): SkippedDay[] {
  const skipped: SkippedDay[] = [];
  const step = to > from ? 1 : -1;
  for (let d = from; d !== to; d += step) skipped.push({ date: formatIsoDate(d), reason: atwNonWorkingReason(d) ?? 'zaterdag' });
  return skipped;
}

/**
 * The Algemene termijnenwet on a forward statutory term that began on `termStart` and ends on `day`:
 * art. 1 lid 1 extends it to the next working day, art. 2 until it holds two working days (a term of
 * three days or more; `termStart` NaN: art. 1 only). Each extension to `out`.
 */
function atwRoll(day: number, termStart: number, ctx: Ctx, id: MilestoneId, out: Out): number {
  let rolled = rollForwardToAtwWorkingDay(day);
  if (rolled !== day)
    add(out, { kind: 'atwRoll', from: formatIsoDate(day), skipped: skippedDays(day, rolled), date: formatIsoDate(rolled) });
  if (day - termStart + 1 >= 3) {
    const two = extendToTwoAtwWorkingDays(termStart, rolled);
    if (two !== rolled) {
      add(out, { kind: 'atwTwoWorkingDays', termStart: formatIsoDate(termStart), from: formatIsoDate(rolled), date: formatIsoDate(two) });
      rolled = two;
    }
  }
  calendarKnown(rolled, ctx, id);
  return rolled;
}

/**
 * UWV's term for the 42e-weeksmelding, "uiterlijk de eerste werkdag na de 42e ziekteweek": the first
 * werkdag on or after the statutory day (not the Atw: art. 4 a excludes the 42 weeks, docs/rules.md).
 */
function firstWerkdag(day: number, ctx: Ctx, out: Out, id: MilestoneId): number {
  const werkdag = rollForwardToAtwWorkingDay(day);
  if (werkdag !== day) {
    add(out, { kind: 'firstWerkdag', from: formatIsoDate(day), skipped: skippedDays(day, werkdag), date: formatIsoDate(werkdag) });
  }
  calendarKnown(werkdag, ctx, id);
  return werkdag;
}

/** Flags a date in a year whose gelijkgestelde dagen are not in the data. */
function calendarKnown(rolled: number, ctx: Ctx, id: MilestoneId): void {
  if (!isAtwCalendarKnown(rolled)) {
    const knownFrom = GELIJKGESTELDE_DAGEN_KNOWN_FROM_YEAR;
    const knownUntil = GELIJKGESTELDE_DAGEN_KNOWN_UNTIL_YEAR;
    ctx.flags.push(makeFlag('ATW_CALENDAR_INCOMPLETE', 'info', { year: civilFromDays(rolled).year, knownFrom, knownUntil }, id));
  }
}

/**
 * Moves the last day of employment back to the last working day on or before it (Ziektewet art. 38
 * lid 2: "uiterlijk op de laatste werkdag"), never before day 1 (an employee who fell sick on a
 * weekend and whose employment ended before the next working day: day 1 is the earliest the duty
 * can be met); the step to `out` when it moves.
 */
function lastWorkingDay(day: number, day1: number, out: Out): number {
  const werkdag = Math.max(lastWorkingDayOnOrBefore(day), Math.min(day, day1));
  if (werkdag !== day) {
    add(out, {
      kind: 'lastWorkingDay',
      from: formatIsoDate(day),
      skipped: skippedDays(day, werkdag).reverse(),
      date: formatIsoDate(werkdag),
    });
  }
  return werkdag;
}

/**
 * `days` calendar days after `base`, given the date `countedDate` that counting sick days gave (its
 * steps in `countedSteps`); when that calendar day is not a sick day of the case (a fit gap or
 * leave), the next sick day ("onverwijld", Regeling procesgang art. 2 lid 3). With no day uncounted
 * in between both agree, and the counted derivation is kept: an uninterrupted case is derived as before.
 */
function calendarDays(
  countedDate: number,
  countedSteps: Out,
  step: MilestoneId | null,
  basis: 'completed' | 'due' | 'legalLatest' | 'day1',
  base: number,
  days: number,
  ctx: Ctx,
  out: Out,
): number {
  const day = base + days;
  if (countedDate === day) {
    if (countedSteps !== null) addAll(out, countedSteps.list);
    return day;
  }
  // The first counted day on or after `day`: `day` itself when it is a sick day.
  const sick = countedDay(ctx.iv, countedIndex(ctx.iv, day - 1) + 1);
  const fitOn = sick === day ? null : formatIsoDate(day);
  add(out, { kind: 'calendarDays', step, basis, from: formatIsoDate(base), days, fitOn, date: formatIsoDate(sick) });
  return sick;
}

/**
 * A step of the first weeks in calendar days (`calendarInFirstWeeks`, docs/rules.md §8): "binnen
 * zes weken na de eerste dag van ongeschiktheid" (Regeling art. 2 lid 2) and "binnen twee weken na
 * het oordeel" (art. 4 lid 1) have no samentelling clause.
 */
function firstWeeksCalendar(rule: StepRule, ctx: Ctx, byId: Map<MilestoneId, Ref>): Milestone {
  const dueSteps: Out = collect(ctx.explain);
  let legalSteps: Out = null;
  let legalLatest = Number.NaN;
  if (rule.due.from === 'counted') {
    const due = calendarFromDay1(paramValue(rule.due.param, ctx), ctx, dueSteps);
    if (rule.legalLatest?.from === 'counted' && !(rule.strictPolicy && ctx.policy.probleemanalyse === 'strict')) {
      legalSteps = collect(ctx.explain);
      legalLatest = calendarFromDay1(paramValue(rule.legalLatest.param, ctx), ctx, legalSteps);
    }
    return finish(rule, ctx, byId, Number.NaN, null, due, dueSteps, due, legalLatest, legalSteps);
  }
  if (rule.due.from !== 'afterStep') throw new TypeError(`calendarInFirstWeeks: ${rule.id} is not counted from day 1 or a step`);
  const ref = rule.due.step;
  const pa = byId.get(ref);
  const n = paramValue(rule.due.param, ctx);
  let due: number;
  if (pa === undefined) {
    // (the step it follows is not in the table: counted from day 1, as its own first due day)
    const refRule = ENGINE_RULES.find((r) => r.id === ref);
    const m = (refRule?.due.from === 'counted' ? paramValue(refRule.due.param, ctx) : 0) - 1 + n;
    const tmp: Out = collect(ctx.explain);
    due = calendarDays(after(ref, 1, 'day1', ctx.day1, m, ctx, tmp), tmp, null, 'day1', ctx.day1, m, ctx, dueSteps);
  } else if (!Number.isNaN(pa.completedOn)) due = calendarAfter(ref, 'completed', pa.completedOn, n, ctx, dueSteps);
  else due = calendarAfter(ref, 'due', pa.due, n, ctx, dueSteps);
  if (rule.legalLatestFromStepLatest && pa !== undefined && Number.isNaN(pa.completedOn) && !Number.isNaN(pa.legalLatest)) {
    legalSteps = collect(ctx.explain);
    legalLatest = calendarAfter(ref, 'legalLatest', pa.legalLatest, n, ctx, legalSteps);
  }
  return finish(rule, ctx, byId, Number.NaN, null, due, dueSteps, due, legalLatest, legalSteps);
}

/** Counted day `n` in calendar days: day 1 + n − 1 (see {@link calendarDays}). */
function calendarFromDay1(n: number, ctx: Ctx, out: Out): number {
  const tmp: Out = collect(out !== null);
  return calendarDays(counted(n, ctx, tmp), tmp, null, 'day1', ctx.day1, n - 1, ctx, out);
}

/** `n` calendar days after the `basis` date `base` of `step` (see {@link calendarDays}). */
function calendarAfter(step: MilestoneId, basis: 'completed' | 'due' | 'legalLatest', base: number, n: number, ctx: Ctx, out: Out): number {
  const tmp: Out = collect(out !== null);
  return calendarDays(after(step, 1, basis, base, n, ctx, tmp), tmp, step, basis, base, n, ctx, out);
}

/** One non-repeating milestone. */
function single(rule: StepRule, ctx: Ctx, byId: Map<MilestoneId, Ref>): Milestone {
  if (rule.calendarInFirstWeeks && ctx.policy.firstWeeks === 'calendar') return firstWeeksCalendar(rule, ctx, byId);
  const explain = ctx.explain;
  const windowSteps: Out = collect(explain && rule.window !== undefined);
  const windowStart = rule.window === undefined ? Number.NaN : resolveDate(rule.window, ctx, byId, windowSteps, rule.id);
  const dueSteps: Out = collect(explain);
  let due = resolveDate(rule.due, ctx, byId, dueSteps, rule.id);
  // The duty arises on the statutory day; the Atw only gives until the next working day to act.
  const statutoryDue = due;
  if (rule.roll === 'atw') due = atwRoll(due, termStartOf(rule.due, ctx), ctx, rule.id, dueSteps);
  let legalSteps: Out = null;
  let legalLatest = Number.NaN;
  if (rule.legalLatest !== undefined && !(rule.strictPolicy && ctx.policy.probleemanalyse === 'strict')) {
    legalSteps = collect(explain);
    legalLatest = resolveDate(rule.legalLatest, ctx, byId, legalSteps, rule.id);
  }
  if (rule.legalLatestFromStepLatest && rule.due.from === 'afterStep') {
    // While the step it follows is not done, the strict reading counts from that step's strict latest.
    const pa = byId.get(rule.due.step);
    if (pa !== undefined && Number.isNaN(pa.completedOn) && !Number.isNaN(pa.legalLatest)) {
      legalSteps = collect(explain);
      legalLatest = after(rule.due.step, 1, 'legalLatest', pa.legalLatest, paramValue(rule.due.param, ctx), ctx, legalSteps);
    }
  }
  if (rule.openedByLetter !== undefined && !Number.isNaN(ctx.letter)) {
    // WIA 64 lid 6: the letter opens the window; a late letter gives four weeks (a forward term in a
    // formal law of at most twelve weeks: extended by the Atw, art. 1 and 2).
    const opened: Out = explain ? { list: [{ kind: 'letterReceived', date: formatIsoDate(ctx.letter) }] } : null;
    const fourWeeks: Out = collect(explain);
    // Only a letter later than lid 2 allows (counted day 623, moved by a verlenging) gives the weeks.
    const letterLatest = countedDay(ctx.iv, ctx.p.wiaBriefLatestDay) + 7 * ctx.verlengingWeeks;
    const afterLetter =
      ctx.letter > letterLatest ? atwRoll(ctx.letter + ctx.p.wiaAanvraagAfterLetterDays, ctx.letter + 1, ctx, rule.id, fourWeeks) : due;
    if (afterLetter > due) {
      // Last sentence of lid 6: no extra weeks when the employer had not made the
      // 42e-weeksmelding before the wachttijd had lasted 81 weeks (a melding on that day is in time).
      const meldingBy = countedDay(ctx.iv, ctx.p.melding42BeforeLetterExtensionDay);
      const type = rule.openedByLetter.unlessNoMelding;
      const melding = ctx.implied.get(type)?.day ?? ctx.done.get(type)?.[0]?.day ?? Number.NaN;
      const letter = formatIsoDate(ctx.letter);
      if (!Number.isNaN(melding) && melding <= meldingBy) {
        const plain = ctx.letter + ctx.p.wiaAanvraagAfterLetterDays;
        add(dueSteps, { kind: 'lateLetter', letter, days: ctx.p.wiaAanvraagAfterLetterDays, date: formatIsoDate(plain) });
        if (fourWeeks !== null) addAll(dueSteps, fourWeeks.list);
        due = afterLetter;
      } else {
        const meldingOn = Number.isNaN(melding) ? null : formatIsoDate(melding);
        const by = formatIsoDate(meldingBy);
        add(dueSteps, { kind: 'lateLetterExcluded', letter, meldingBy: by, melding: meldingOn, date: formatIsoDate(due) });
        ctx.flags.push(makeFlag('WIA_LETTER_EXTENSION_EXCLUDED', 'warning', { letter, meldingBy: by, melding: meldingOn }, rule.id));
      }
    }
    // The letter opens the window — unless it came after the deadline (its extension excluded): the
    // law sets no first day for the application (WIA 64 lid 1, "op aanvraag"; the letter only informs),
    // so the window is then the one the letter should have opened (docs/rules.md).
    if (ctx.letter <= due) return finish(rule, ctx, byId, ctx.letter, opened, due, dueSteps, statutoryDue, legalLatest, legalSteps);
  }
  return finish(rule, ctx, byId, windowStart, windowSteps, due, dueSteps, statutoryDue, legalLatest, legalSteps);
}

/**
 * Completes a non-repeating step: its record (or what the law implies), its status, the branch at
 * einde dienstverband, its findings; records its dates in `byId` when later rules count from it.
 */
function finish(
  rule: StepRule,
  ctx: Ctx,
  byId: Map<MilestoneId, Ref>,
  windowStart: number,
  windowSteps: Out,
  dueIn: number,
  dueSteps: Out,
  statutoryDue: number,
  legalLatest: number,
  legalSteps: Out,
): Milestone {
  let due = dueIn;
  let completions = rule.completedBy === null ? undefined : ctx.done.get(rule.completedBy);
  if (rule.renewedByVerlenging && completions !== undefined) completions = afterVerlenging(rule, completions, dueIn, ctx);
  let completion = completions?.[0];
  let completedOn = completion === undefined ? Number.NaN : completion.day;
  // A step the law makes done, or a recorded event implies, on an earlier day (docs/rules.md).
  const implied = rule.completedBy === null ? undefined : ctx.implied.get(rule.completedBy);
  if (implied !== undefined) {
    completedOn = implied.day;
    completion = undefined; // not recorded as such: no window finding on it
    const severity = implied.basis === 'wia-25-lid-9' ? 'warning' : 'info';
    ctx.flags.push(
      makeFlag('STEP_IMPLIED', severity, { impliedBy: implied.by, date: formatIsoDate(implied.day), basis: implied.basis }, rule.id),
    );
  }
  if (rule.selfCompleting && ctx.asOf >= due) completedOn = due;
  let judged: Judged = statusOf(rule, due, completedOn, ctx, statutoryDue);
  let variant: 'volledig' | 'verkort' | null | undefined = rule.variantAtEindeDienstverband ? null : undefined;
  // Einde dienstverband: full or shortened RIV due on the last day of employment (docs/rules.md) —
  // also once recorded (judged against that day), never for an employee past AOW age (no WIA).
  const aowEnds = rule.wiaRelated && !Number.isNaN(ctx.aowDate) && ctx.aowDate <= ctx.wiaStart;
  if (rule.dueAtEindeDienstverband !== undefined && due > ctx.eindeDienstverband && !aowEnds && inEmploymentEnd(ctx)) {
    const sickDays = sickDaysAtEnd(ctx);
    const full = sickDays >= ctx.p.eindeDienstverbandFullRivDays;
    const short = sickDays >= ctx.p.eindeDienstverbandShortRivDays;
    const lastDayOfEmployment = formatIsoDate(ctx.eindeDienstverband);
    if (full || (short && rule.dueAtEindeDienstverband === 'riv')) {
      const report = full ? 'volledig' : 'verkort';
      if (variant !== undefined) variant = report;
      add(dueSteps, { kind: 'eindeDienstverband', lastDayOfEmployment, sickDays, report, date: lastDayOfEmployment });
      due = lastWorkingDay(ctx.eindeDienstverband, ctx.day1, dueSteps);
      judged = { status: timeStatus(due, completedOn, ctx), reason: null };
    } else {
      const reason: StatusReason = { code: 'employment-ended', lastDayOfEmployment, sickDays, report: short ? 'verkort' : 'geen' };
      judged = { status: judged.status, reason };
    }
  }
  const derivation: Derivation | null =
    dueSteps === null
      ? null
      : {
          rule: rule.due.from,
          windowStart: windowSteps === null ? null : windowSteps.list,
          due: dueSteps.list,
          legalLatest: legalSteps === null ? null : legalSteps.list,
          reason: judged.reason,
        };
  const casemanagerType = rule.carriesCasemanagerType
    ? ((completion?.event as { casemanagerType?: CasemanagerType } | undefined)?.casemanagerType ?? null)
    : undefined;
  const m = milestone(rule, 1, windowStart, due, legalLatest, judged.status, completedOn, ctx, derivation, casemanagerType, variant);
  reportStep(m, rule, ctx, completion, completions);
  if (REFERENCED_STEPS.has(rule.id)) byId.set(rule.id, { occurrence: 1, due, completedOn, legalLatest });
  return m;
}

/**
 * WIA 25 lid 4: after a verlenging (WIA 24) the re-integratieverslag — and the eindevaluatie in it — is
 * made, or "aangevuld", for the extended period by 13 weeks before its end (sub b). A report recorded
 * before the (last) verlenging is reported and does not complete the step; the records from the
 * verlenging on do (docs/rules.md, "Vrijwillige verlenging").
 */
function afterVerlenging(rule: StepRule, completions: Ev[], due: number, ctx: Ctx): Ev[] | undefined {
  const verlengingen = ctx.done.get('verlenging');
  const v = verlengingen?.[verlengingen.length - 1]?.day;
  if (v === undefined) return completions;
  const after = completions.filter((e) => e.day >= v);
  if (after.length > 0) return after; // brought up to date: the earlier report is history, not a duplicate
  const last = completions[completions.length - 1] as Ev;
  ctx.flags.push(
    makeFlag(
      'REPORT_BEFORE_VERLENGING',
      'warning',
      { completedOn: formatIsoDate(last.day), verlenging: formatIsoDate(v), due: formatIsoDate(due) },
      rule.id,
    ),
  );
  return undefined;
}

function inEmploymentEnd(ctx: Ctx): boolean {
  return inWachttijd(ctx.eindeDienstverband, ctx) && ctx.caseStatus === 'sick';
}

/** A repeating step (or a protocol step that happens once): what {@link occurrences} needs to list it. */
interface Series {
  readonly rule: StepRule;
  /** `chain` for the law's evaluations, `protocol` for the employer's protocol steps. */
  readonly derivationRule: 'chain' | 'protocol';
  /** The first occurrence's due day and its derivation step (`null` unless explained). */
  readonly first: number;
  readonly firstSteps: readonly DerivationStep[] | null;
  /** The step and occurrence the first is counted from (for the next one's basis while it is not moved). */
  readonly baseStep: MilestoneId;
  readonly baseOccurrence: number;
  readonly basis: 'completed' | 'due' | 'day1';
  readonly base: number;
  /** Counted days between occurrences; `undefined`: the step happens once. */
  readonly interval: number | undefined;
  /** The records of this step, in date order: the k-th completes occurrence k. */
  readonly records: readonly Ev[];
  /** The first occurrence is listed even when it falls after the wachttijd (a protocol step). */
  readonly alwaysFirst: boolean;
  /**
   * Where the next occurrence counts from: `due` — the later of this one's due day and its record
   * (protocol steps); `basis` — the record when it is on or after the current basis, else the due
   * day, and an evaluation recorded before the current basis never moves the chain backward:
   * next = max(plan van aanpak, last evaluation) + interval (docs/rules.md).
   */
  readonly next: 'due' | 'basis';
  readonly protocolStep: string | undefined;
  readonly title: LocalizedText | undefined;
}

/**
 * Every occurrence of a repeating step, until the wachttijd ends: the one function that builds the
 * evaluations of the plan van aanpak and the protocol steps. A branch (recovery, end of employment,
 * AOW age) does not end the series: the later occurrences stay listed, `not-applicable` or
 * `suspended` by {@link statusOf}, so a calendar can cancel them.
 */
function occurrences(s: Series, ctx: Ctx, out: Milestone[]): void {
  const { rule, records, interval } = s;
  let baseStep = s.baseStep;
  let baseOccurrence = s.baseOccurrence;
  let basis: 'completed' | 'due' | 'day1' = s.basis;
  let base = s.base;
  let due = s.first;
  let steps = s.firstSteps;
  for (let k = 1; ; k++) {
    const record = records[k - 1];
    if ((k > 1 || !s.alwaysFirst) && due > ctx.lastDay && record === undefined) break;
    const completedOn = record === undefined ? Number.NaN : record.day;
    const judged = statusOf(rule, due, completedOn, ctx);
    const derivation: Derivation | null =
      steps === null ? null : { rule: s.derivationRule, windowStart: null, due: steps, legalLatest: null, reason: judged.reason };
    const m = milestone(rule, k, Number.NaN, due, Number.NaN, judged.status, completedOn, ctx, derivation, undefined, undefined, s);
    const before = ctx.flags.length;
    reportStep(m, rule, ctx, record, k === 1 && interval === undefined ? records : undefined);
    // Name the protocol step on its findings: `protocol` alone would not say which.
    if (s.protocolStep !== undefined)
      for (let i = before; i < ctx.flags.length; i++) ctx.flags[i] = { ...(ctx.flags[i] as Flag), protocolStep: s.protocolStep };
    out.push(m);
    if (interval === undefined) break;
    const floor = s.next === 'due' ? due : base;
    let moved = true;
    if (record !== undefined && record.day >= floor) {
      basis = 'completed';
      base = record.day;
    } else if (record === undefined || s.next === 'due') {
      basis = 'due';
      base = due;
    } else moved = false; // recorded before the current basis: the basis stays, and so does the next due day
    if (moved) {
      baseStep = rule.id;
      baseOccurrence = k;
    }
    const next = countedDay(ctx.iv, countedIndex(ctx.iv, base) + interval);
    steps = ctx.explain ? [afterStep(baseStep, baseOccurrence, basis, base, interval, next, ctx, s.protocolStep)] : null;
    due = next;
  }
}

/** The evaluations of the plan van aanpak (`repeats`, `due.from: 'chain'`). */
function chain(chainRule: StepRule, ctx: Ctx, byId: ReadonlyMap<MilestoneId, Ref>, out: Milestone[]): void {
  if (chainRule.due.from !== 'chain') return;
  const from = chainRule.due.step;
  const pva = byId.get(from);
  // The interval the plan van aanpak fixes (Regeling procesgang art. 4 lid 2 sub b), when recorded,
  // governs; a missed evaluation is then a legal finding. Otherwise UWV's six weeks, as a target.
  const agreedIn = chainRule.intervalAgreedIn;
  const agreed =
    agreedIn === undefined
      ? undefined
      : (ctx.done.get(agreedIn)?.[0]?.event as { evaluatieIntervalDays?: number } | undefined)?.evaluatieIntervalDays;
  const interval = agreed ?? paramValue(chainRule.due.param, ctx);
  const rule: StepRule = agreed === undefined ? chainRule : { ...chainRule, target: undefined, consequence: 'loonsanctie' };
  // The basis of the first evaluation: the plan van aanpak (done or due).
  const basis = pva === undefined ? 'day1' : Number.isNaN(pva.completedOn) ? 'due' : 'completed';
  const base = pva === undefined ? ctx.day1 : Number.isNaN(pva.completedOn) ? pva.due : pva.completedOn;
  const firstOut: Out = collect(ctx.explain);
  const first = after(from, 1, basis, base, interval, ctx, firstOut);
  occurrences(
    {
      rule,
      derivationRule: 'chain',
      first,
      firstSteps: firstOut === null ? null : firstOut.list,
      baseStep: from,
      baseOccurrence: 1,
      basis,
      base,
      interval,
      records: rule.completedBy === null ? [] : (ctx.done.get(rule.completedBy) ?? []),
      alwaysFirst: false,
      next: 'basis',
      protocolStep: undefined,
      title: undefined,
    },
    ctx,
    out,
  );
}

/** The rule a protocol step is evaluated by: an employer step, no legal basis, kind `protocol`. */
function protocolRule(step: ProtocolStep): StepRule {
  return {
    id: 'protocol',
    kind: 'protocol',
    actor: step.actor,
    due: { from: 'counted', param: 'meldingBedrijfsartsDay' }, // not read: the dates come from the step
    roll: 'none',
    completedBy: 'protocol',
    ...(step.repeatEveryDays === undefined ? {} : { repeats: true as const }),
    employerStep: true,
    wiaRelated: false,
    consequence: 'protocol',
  };
}

/**
 * The employer's verzuimprotocol (`policy.protocol`): each step `days` counted days after day 1 or
 * after the step it names (done, or due while not done), repeating every `repeatEveryDays` counted
 * days until the wachttijd ends (after a branch: listed, not applicable or suspended) — evaluated like
 * the evaluations of the plan van aanpak, kept apart by kind `protocol`.
 */
function protocolMilestones(ctx: Ctx, milestones: Milestone[]): void {
  // Dates of the steps a protocol step may count from: the law's (first occurrence) and earlier protocol steps.
  const refs = new Map<string, { id: MilestoneId; due: number; completedOn: number; protocolStep?: string }>();
  for (const m of milestones) {
    if (m.occurrence !== 1 || refs.has(m.id)) continue;
    refs.set(m.id, { id: m.id, due: dayOf(m.due), completedOn: m.completedOn === null ? Number.NaN : dayOf(m.completedOn) });
  }
  const records = ctx.done.get('protocol') ?? [];
  for (const step of ctx.policy.protocol) {
    const rule = protocolRule(step);
    const done = records.filter((e) => (e.event as ProtocolEvent).step === step.id);
    const firstOut: Out = collect(ctx.explain);
    const ref = step.after === undefined ? undefined : refs.get(step.after);
    let first: number;
    if (step.after === undefined) first = counted(step.days + 1, ctx, firstOut);
    else if (ref === undefined) first = after('protocol', 1, 'day1', ctx.day1, step.days, ctx, firstOut);
    else {
      const completed = !Number.isNaN(ref.completedOn);
      const base = completed ? ref.completedOn : ref.due;
      first = after(ref.id, 1, completed ? 'completed' : 'due', base, step.days, ctx, firstOut, ref.protocolStep);
    }
    const start = milestones.length;
    occurrences(
      {
        rule,
        derivationRule: 'protocol',
        first,
        firstSteps: firstOut === null ? null : firstOut.list,
        baseStep: 'protocol',
        baseOccurrence: 1,
        basis: 'due',
        base: first,
        interval: step.repeatEveryDays,
        records: done,
        alwaysFirst: true,
        next: 'due',
        protocolStep: step.id,
        title: step.title,
      },
      ctx,
      milestones,
    );
    const m = milestones[start] as Milestone;
    refs.set(step.id, {
      id: 'protocol',
      due: dayOf(m.due),
      completedOn: m.completedOn === null ? Number.NaN : dayOf(m.completedOn),
      protocolStep: step.id,
    });
  }
}

/**
 * Builds a milestone, once: the facts of the lean timeline, then — each only where it applies — the
 * derivation (`explain: true`), the casemanager's type, the report variant, the protocol step and
 * its employer's title (in that order of keys).
 */
function milestone(
  rule: StepRule,
  occurrence: number,
  windowStart: number,
  due: number,
  legalLatest: number,
  status: Milestone['status'],
  completedOn: number,
  ctx: Ctx,
  derivation: Derivation | null,
  casemanagerType: CasemanagerType | null | undefined,
  variant: 'volledig' | 'verkort' | null | undefined,
  series?: Series,
): Milestone {
  const countedDayOfDue = due < ctx.day1 ? 0 : countedIndex(ctx.iv, due);
  const m: { -readonly [K in keyof Milestone]: Milestone[K] } = {
    id: rule.id,
    occurrence,
    kind: rule.kind,
    actor: rule.actor,
    windowStart: Number.isNaN(windowStart) ? null : formatIsoDate(windowStart),
    due: formatIsoDate(due),
    legalLatest: Number.isNaN(legalLatest) ? null : formatIsoDate(legalLatest),
    status,
    completedOn: Number.isNaN(completedOn) ? null : formatIsoDate(completedOn),
    week: Math.ceil(countedDayOfDue / 7),
    countedDay: countedDayOfDue,
    consequence: rule.consequence,
  };
  if (derivation !== null) m.derivation = derivation;
  if (casemanagerType !== undefined) m.casemanagerType = casemanagerType;
  if (variant !== undefined) m.variant = variant;
  if (series?.protocolStep !== undefined) {
    m.protocolStep = series.protocolStep;
    m.title = series.title; // the employer's words: not in the rule table
  }
  return m;
}
