/**
 * Stage 4 of the engine: the rule interpreter. Turns each rule of the table (src/law/milestones.ts)
 * into milestones — window, due date, strict legal latest, week and counted day — each with the
 * derivation that says, as data, how its dates came about. Statuses come from stage 5
 * (status.ts), findings about each step from stage 6 (findings.ts).
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
import type { DateRule, MilestoneRule } from '../law/milestones.js';
import { MILESTONE_RULES } from '../law/milestones.js';
import type { LawParameters } from '../law/parameters.js';
import type {
  CasemanagerType,
  Derivation,
  DerivationStep,
  Milestone,
  MilestoneId,
  ProtocolEvent,
  ProtocolStep,
  SkippedDay,
  StatusReason,
} from '../types.js';
import { type Ctx, dayOf, type Ev, NONE_UNCOUNTED, uncountedBetween } from './context.js';
import { countedDay, countedIndex } from './counting.js';
import { reportStep } from './findings.js';
import { makeFlag } from './flags.js';
import { type Judged, sickDaysAtEnd, statusOf, timeStatus } from './status.js';

/**
 * {@link MILESTONE_RULES} with every optional key present (undefined where absent), once at load.
 * The records of the law differ in their optional keys, so reading `rule.window`, `rule.repeats`, …
 * in the hot loop saw a dozen object shapes (megamorphic property loads); one shape keeps them
 * monomorphic.
 */
const ENGINE_RULES: readonly MilestoneRule[] = MILESTONE_RULES.map(
  (r): MilestoneRule => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    actor: r.actor,
    legalBasis: r.legalBasis,
    due: uniformDateRule(r.due) as DateRule,
    window: r.window === undefined ? undefined : uniformDateRule(r.window),
    legalLatest: r.legalLatest === undefined ? undefined : uniformDateRule(r.legalLatest),
    roll: r.roll,
    completedBy: r.completedBy,
    repeats: r.repeats,
    target: r.target,
    selfCompleting: r.selfCompleting,
    optional: r.optional,
    employerStep: r.employerStep,
    wiaRelated: r.wiaRelated,
    dueAtEindeDienstverband: r.dueAtEindeDienstverband,
    onlyOnEindeDienstverband: r.onlyOnEindeDienstverband,
    onlyWithVangnet: r.onlyWithVangnet,
    consequence: r.consequence,
  }),
);

function uniformDateRule(d: DateRule): DateRule {
  const x = d as { from: DateRule['from']; param?: keyof LawParameters; step?: MilestoneId; plusVerlenging?: true };
  return { from: x.from, param: x.param, step: x.step, plusVerlenging: x.plusVerlenging } as DateRule;
}

/** The steps other rules derive a date from (the only ones looked up by id while evaluating). */
const REFERENCED_STEPS: ReadonlySet<MilestoneId> = new Set<MilestoneId>([
  'probleemanalyse', // the legalLatest of plan-van-aanpak and casemanager
  ...ENGINE_RULES.flatMap((r) => [r.due, r.window, r.legalLatest]).flatMap((d) =>
    d !== undefined && 'step' in d && d.step !== undefined ? [d.step] : [],
  ),
]);

/** A milestone that later rules count from, with its dates as epoch days (NaN where absent). */
interface Ref {
  readonly m: Milestone;
  readonly due: number;
  readonly completedOn: number;
  readonly legalLatest: number;
}

/** The epoch day of the last step built by `countedStep`/`afterStep`/`resolveDate` (no re-parsing of ISO text). */
let lastDay = 0;

/** Every milestone of the case, sorted by due date (stable: rules in process order). */
export function milestonesOf(ctx: Ctx): Milestone[] {
  const milestones: Milestone[] = [];
  const byId = new Map<MilestoneId, Ref>();
  for (const rule of ENGINE_RULES) {
    if (rule.kind === 'advice' && !ctx.policy.includeAdvice) continue;
    if (rule.onlyOnEindeDienstverband && !inWachttijd(ctx.eindeDienstverband, ctx)) continue;
    if (rule.onlyWithVangnet && ctx.vangnet === null) continue;
    if (rule.repeats) {
      chain(rule, ctx, byId, milestones);
      continue;
    }
    const m = single(rule, ctx, byId);
    if (REFERENCED_STEPS.has(rule.id)) byId.set(rule.id, { m, due: lastDue, completedOn: lastCompletedOn, legalLatest: lastLegalLatest });
    milestones.push(m);
  }
  if (ctx.policy.protocol.length > 0) protocolMilestones(ctx, milestones);
  // Stable insertion sort by due date (ISO strings sort as dates). The rules come in process order,
  // so only the evaluations interleave with later steps: far fewer comparisons, and no comparator
  // calls, than Array.prototype.sort.
  for (let i = 1; i < milestones.length; i++) {
    const m = milestones[i] as Milestone;
    let j = i - 1;
    while (j >= 0 && (milestones[j] as Milestone).due > m.due) {
      milestones[j + 1] = milestones[j] as Milestone;
      j--;
    }
    milestones[j + 1] = m;
  }
  return milestones;
}

const inWachttijd = (day: number, ctx: Ctx): boolean => !Number.isNaN(day) && day >= ctx.day1 && day <= ctx.lastDay;

function paramValue(name: keyof LawParameters, ctx: Ctx): number {
  if (name === 'evaluatieIntervalDays') return ctx.policy.evaluationIntervalDays;
  if (name === 'meldingBedrijfsartsDay') return ctx.policy.meldingBedrijfsartsDay;
  if (name === 'probleemanalyseDay' && ctx.policy.probleemanalyse === 'strict') return ctx.p.probleemanalyseLegalDay;
  return ctx.p[name];
}

/** Stand-ins for the steps not built when `ctx.explain` is off: their date is in `lastDay`, nothing reads them. */
const UNBUILT_COUNTED = Object.freeze({ kind: 'counted', countedDay: 0, from: '', days: 0, uncounted: NONE_UNCOUNTED, date: '' });
const UNBUILT_AFTER = Object.freeze({
  ...UNBUILT_COUNTED,
  kind: 'afterStep',
  step: 'protocol',
  occurrence: 0,
  basis: 'day1',
  countedDays: 0,
});

/** Counted day `n` of the case, as a derivation step. */
function countedStep(n: number, ctx: Ctx): DerivationStep & { readonly kind: 'counted' } {
  const day = countedDay(ctx.iv, n);
  lastDay = day;
  if (!ctx.explain) return UNBUILT_COUNTED as DerivationStep & { readonly kind: 'counted' };
  return {
    kind: 'counted',
    countedDay: n,
    from: formatIsoDate(ctx.day1),
    days: day - ctx.day1,
    uncounted: uncountedBetween(ctx.day1 - 1, day, n, ctx.leave),
    date: formatIsoDate(day),
  };
}

/** `n` counted days after `base` (the date of an earlier step), as a derivation step. */
function afterStep(
  step: MilestoneId,
  occurrence: number,
  basis: 'completed' | 'due' | 'legalLatest' | 'day1',
  base: number,
  n: number,
  ctx: Ctx,
): DerivationStep & { readonly kind: 'afterStep' } {
  const day = countedDay(ctx.iv, countedIndex(ctx.iv, base) + n);
  lastDay = day;
  if (!ctx.explain) return UNBUILT_AFTER as DerivationStep & { readonly kind: 'afterStep' };
  return {
    kind: 'afterStep',
    step,
    occurrence,
    basis,
    from: formatIsoDate(base),
    countedDays: n,
    uncounted: uncountedBetween(base, day, n, ctx.leave),
    date: formatIsoDate(day),
  };
}

/** Resolves a date rule to its derivation steps; the last step's date is the result, its epoch day left in `lastDay`. */
function resolveDate(rule: DateRule, ctx: Ctx, byId: ReadonlyMap<MilestoneId, Ref>): DerivationStep[] {
  switch (rule.from) {
    case 'counted': {
      const step = countedStep(paramValue(rule.param, ctx), ctx);
      if (rule.plusVerlenging !== true || ctx.verlengingWeeks === 0) return [step];
      lastDay += 7 * ctx.verlengingWeeks;
      return [step, { kind: 'verlenging', weeks: ctx.verlengingWeeks, date: formatIsoDate(lastDay) }];
    }
    case 'afterStep':
    case 'chain': {
      const prev = byId.get(rule.step);
      const n = paramValue(rule.param, ctx);
      if (prev === undefined) return [afterStep(rule.step, 1, 'day1', ctx.day1, n, ctx)];
      return !Number.isNaN(prev.completedOn)
        ? [afterStep(rule.step, prev.m.occurrence, 'completed', prev.completedOn, n, ctx)]
        : [afterStep(rule.step, prev.m.occurrence, 'due', prev.due, n, ctx)];
    }
    case 'beforeEnd': {
      const n = paramValue(rule.param, ctx);
      lastDay = ctx.lastDay - n;
      if (!ctx.explain) return [];
      return [{ kind: 'beforeEnd', days: n, lastDay: formatIsoDate(ctx.lastDay), date: formatIsoDate(lastDay) }];
    }
    case 'end':
      lastDay = ctx.lastDay;
      return ctx.explain ? ctx.lastDayDerivation.slice() : [];
    case 'eindeDienstverband': {
      const e = ctx.eindeDienstverband;
      const steps: DerivationStep[] = [
        {
          kind: 'eindeDienstverband',
          lastDayOfEmployment: formatIsoDate(e),
          sickDays: sickDaysAtEnd(ctx),
          report: 'volledig',
          date: formatIsoDate(e),
        },
      ];
      lastDay = lastWorkingDay(e, steps, ctx.day1);
      return steps;
    }
    case 'vangnet':
      return [vangnetStep(ctx)];
    case 'firstWerkdag': {
      const steps: DerivationStep[] = [countedStep(paramValue(rule.param, ctx), ctx)];
      lastDay = firstWerkdag(lastDay, ctx, steps);
      return steps;
    }
    default:
      return rule satisfies never;
  }
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
function vangnetStep(ctx: Ctx): DerivationStep {
  const v = ctx.vangnet as NonNullable<Ctx['vangnet']>;
  const p = ctx.p;
  const four = p.vangnetDay - 1;
  const six = p.vangnetLateDay - 1;
  let from = ctx.day1;
  let days = six;
  let term: 'vierde-dag' | 'zes-weken' | 'vierde-dag-na' = 'zes-weken';
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
  lastDay = from + days;
  return {
    kind: 'vangnet',
    grond: v.grond,
    term,
    from: formatIsoDate(from),
    days,
    flexStart: Number.isNaN(flexStart) ? null : formatIsoDate(flexStart),
    date: formatIsoDate(lastDay),
  };
}

/** The dates of the last milestone `single` built, for the `Ref` of a referenced step. */
let lastDue = 0;
let lastCompletedOn = 0;
let lastLegalLatest = 0;

/**
 * The Algemene termijnenwet on a forward statutory term that began on `termStart` and ends on `day`:
 * art. 1 lid 1 extends it to the next working day, art. 2 until it holds two working days (a term of
 * three days or more; `termStart` NaN: art. 1 only). Appends each extension to `steps`.
 */
function atwRoll(day: number, termStart: number, ctx: Ctx, id: MilestoneId, steps: DerivationStep[]): number {
  let rolled = rollForwardToAtwWorkingDay(day);
  if (rolled !== day && ctx.explain) {
    const skipped: SkippedDay[] = [];
    for (let d = day; d < rolled; d++) skipped.push({ date: formatIsoDate(d), reason: atwNonWorkingReason(d) ?? 'zaterdag' });
    steps.push({ kind: 'atwRoll', from: formatIsoDate(day), skipped, date: formatIsoDate(rolled) });
  }
  if (day - termStart + 1 >= 3) {
    const two = extendToTwoAtwWorkingDays(termStart, rolled);
    if (two !== rolled) {
      steps.push({ kind: 'atwTwoWorkingDays', termStart: formatIsoDate(termStart), from: formatIsoDate(rolled), date: formatIsoDate(two) });
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
function firstWerkdag(day: number, ctx: Ctx, steps: DerivationStep[]): number {
  const werkdag = rollForwardToAtwWorkingDay(day);
  if (werkdag !== day) {
    const skipped: SkippedDay[] = [];
    for (let d = day; d < werkdag; d++) skipped.push({ date: formatIsoDate(d), reason: atwNonWorkingReason(d) ?? 'zaterdag' });
    steps.push({ kind: 'firstWerkdag', from: formatIsoDate(day), skipped, date: formatIsoDate(werkdag) });
  }
  calendarKnown(werkdag, ctx, '42e-weeksmelding');
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
 * can be met), appending the step when it moves.
 */
function lastWorkingDay(day: number, steps: DerivationStep[], day1: number): number {
  const werkdag = Math.max(lastWorkingDayOnOrBefore(day), Math.min(day, day1));
  if (werkdag !== day) {
    const skipped: SkippedDay[] = [];
    for (let d = day; d > werkdag; d--) skipped.push({ date: formatIsoDate(d), reason: atwNonWorkingReason(d) ?? 'zaterdag' });
    steps.push({ kind: 'lastWorkingDay', from: formatIsoDate(day), skipped: skipped.reverse(), date: formatIsoDate(werkdag) });
  }
  return werkdag;
}

/** The first day of the statutory term a derivation counts (Atw art. 2); NaN when it is not a term the Atw counts in days. */
function termStartOf(steps: readonly DerivationStep[]): number {
  const s = steps[0];
  if (s?.kind !== 'vangnet') return Number.NaN;
  // "de vierde dag van de ongeschiktheid" and "zes weken gerekend vanaf die eerste werkdag" include
  // their first day; "de vierde dag na het tijdstip" (ZW 38b lid 2) begins the day after.
  return dayOf(s.from) + (s.term === 'vierde-dag-na' ? 1 : 0);
}

/** The steps of the first weeks that `policy.firstWeeks: 'calendar'` counts in calendar days. */
const FIRST_WEEKS: ReadonlySet<MilestoneId> = new Set<MilestoneId>(['probleemanalyse', 'plan-van-aanpak', 'casemanager']);

/**
 * `days` calendar days after `base`; when that day is not a sick day of the case (a fit gap or
 * leave), the next sick day ("onverwijld", Regeling procesgang art. 2 lid 3). Leaves the day in
 * `lastDay`. With no day uncounted in between, the counted derivation `counted` gives the same
 * day, and is kept: an uninterrupted case is derived as before.
 */
function calendarStep(
  counted: DerivationStep,
  step: MilestoneId | null,
  basis: 'completed' | 'due' | 'legalLatest' | 'day1',
  base: number,
  days: number,
  ctx: Ctx,
): DerivationStep {
  const day = base + days;
  if (lastDay === day) return counted;
  // The first counted day on or after `day`: `day` itself when it is a sick day.
  const sick = countedDay(ctx.iv, countedIndex(ctx.iv, day - 1) + 1);
  lastDay = sick;
  const fitOn = sick === day ? null : formatIsoDate(day);
  return { kind: 'calendarDays', step, basis, from: formatIsoDate(base), days, fitOn, date: formatIsoDate(sick) };
}

/**
 * The probleemanalyse, plan van aanpak and casemanager in calendar days (docs/rules.md §8): "binnen
 * zes weken na de eerste dag van ongeschiktheid" (Regeling art. 2 lid 2) and "binnen twee weken na
 * het oordeel" (art. 4 lid 1) have no samentelling clause.
 */
function firstWeeksCalendar(rule: MilestoneRule, ctx: Ctx, byId: ReadonlyMap<MilestoneId, Ref>): Milestone {
  const p = ctx.p;
  let dueSteps: DerivationStep[];
  let legalSteps: DerivationStep[] | null = null;
  let legalLatest = Number.NaN;
  if (rule.id === 'probleemanalyse') {
    const strict = ctx.policy.probleemanalyse === 'strict';
    const n = strict ? p.probleemanalyseLegalDay : p.probleemanalyseDay;
    dueSteps = [calendarStep(countedStep(n, ctx), null, 'day1', ctx.day1, n - 1, ctx)];
    const due = lastDay;
    if (!strict) {
      legalSteps = [calendarStep(countedStep(p.probleemanalyseLegalDay, ctx), null, 'day1', ctx.day1, p.probleemanalyseLegalDay - 1, ctx)];
      legalLatest = lastDay;
    }
    return finish(rule, ctx, Number.NaN, null, due, dueSteps, due, legalLatest, legalSteps);
  }
  const pa = byId.get('probleemanalyse');
  const n = p.planVanAanpakAfterDays;
  const after = (basis: 'completed' | 'due' | 'legalLatest', base: number): DerivationStep =>
    calendarStep(afterStep('probleemanalyse', 1, basis, base, n, ctx), 'probleemanalyse', basis, base, n, ctx);
  if (pa === undefined) {
    const m = p.probleemanalyseDay - 1 + n;
    dueSteps = [calendarStep(afterStep('probleemanalyse', 1, 'day1', ctx.day1, m, ctx), null, 'day1', ctx.day1, m, ctx)];
  } else if (!Number.isNaN(pa.completedOn)) dueSteps = [after('completed', pa.completedOn)];
  else dueSteps = [after('due', pa.due)];
  const due = lastDay;
  if (pa !== undefined && Number.isNaN(pa.completedOn) && !Number.isNaN(pa.legalLatest)) {
    legalSteps = [after('legalLatest', pa.legalLatest)];
    legalLatest = lastDay;
  }
  return finish(rule, ctx, Number.NaN, null, due, dueSteps, due, legalLatest, legalSteps);
}

/** One non-repeating milestone. */
function single(rule: MilestoneRule, ctx: Ctx, byId: ReadonlyMap<MilestoneId, Ref>): Milestone {
  if (ctx.policy.firstWeeks === 'calendar' && FIRST_WEEKS.has(rule.id)) return firstWeeksCalendar(rule, ctx, byId);
  const windowSteps = rule.window === undefined ? null : resolveDate(rule.window, ctx, byId);
  const windowStart = windowSteps === null ? Number.NaN : lastDay;
  const dueSteps = resolveDate(rule.due, ctx, byId);
  let due = lastDay;
  // The duty arises on the statutory day; the Atw only gives until the next working day to act.
  const statutoryDue = due;
  if (rule.roll === 'atw') due = atwRoll(due, termStartOf(dueSteps), ctx, rule.id, dueSteps);
  let legalSteps: DerivationStep[] | null = null;
  let legalLatest = Number.NaN;
  if (rule.legalLatest !== undefined && !(rule.id === 'probleemanalyse' && ctx.policy.probleemanalyse === 'strict')) {
    legalSteps = resolveDate(rule.legalLatest, ctx, byId);
    legalLatest = lastDay;
  }
  if (rule.id === 'plan-van-aanpak' || rule.id === 'casemanager') {
    // While the probleemanalyse is not done, the strict reading counts from its strict latest.
    const pa = byId.get('probleemanalyse');
    if (pa !== undefined && Number.isNaN(pa.completedOn) && !Number.isNaN(pa.legalLatest)) {
      legalSteps = [afterStep('probleemanalyse', 1, 'legalLatest', pa.legalLatest, ctx.p.planVanAanpakAfterDays, ctx)];
      legalLatest = lastDay;
    }
  }
  // WIA 64 lid 6: the letter opens the window; a late letter gives four weeks (a forward term in a
  // formal law of at most twelve weeks: extended by the Atw, art. 1 and 2).
  if (rule.id === 'wia-aanvraag' && !Number.isNaN(ctx.letter)) {
    const opened: DerivationStep[] = [{ kind: 'letterReceived', date: formatIsoDate(ctx.letter) }];
    const fourWeeks: DerivationStep[] = [];
    // Only a letter later than lid 2 allows (counted day 623, moved by a verlenging) gives the weeks.
    const letterLatest = countedDay(ctx.iv, ctx.p.wiaBriefLatestDay) + 7 * ctx.verlengingWeeks;
    const afterLetter =
      ctx.letter > letterLatest ? atwRoll(ctx.letter + ctx.p.wiaAanvraagAfterLetterDays, ctx.letter + 1, ctx, rule.id, fourWeeks) : due;
    if (afterLetter > due) {
      // Last sentence of lid 6: no extra weeks when the employer had not made the
      // 42e-weeksmelding before the wachttijd had lasted 81 weeks (a melding on that day is in time).
      const meldingBy = countedDay(ctx.iv, ctx.p.melding42BeforeLetterExtensionDay);
      const melding = ctx.implied.get('42e-weeksmelding')?.day ?? ctx.done.get('42e-weeksmelding')?.[0]?.day ?? Number.NaN;
      const letter = formatIsoDate(ctx.letter);
      if (!Number.isNaN(melding) && melding <= meldingBy) {
        const plain = ctx.letter + ctx.p.wiaAanvraagAfterLetterDays;
        dueSteps.push({ kind: 'lateLetter', letter, days: ctx.p.wiaAanvraagAfterLetterDays, date: formatIsoDate(plain) }, ...fourWeeks);
        due = afterLetter;
      } else {
        const meldingOn = Number.isNaN(melding) ? null : formatIsoDate(melding);
        const by = formatIsoDate(meldingBy);
        dueSteps.push({ kind: 'lateLetterExcluded', letter, meldingBy: by, melding: meldingOn, date: formatIsoDate(due) });
        ctx.flags.push(makeFlag('WIA_LETTER_EXTENSION_EXCLUDED', 'warning', { letter, meldingBy: by, melding: meldingOn }, rule.id));
      }
    }
    // The letter opens the window — unless it came after the deadline (its extension excluded): the
    // law sets no first day for the application (WIA 64 lid 1, "op aanvraag"; the letter only informs),
    // so the window is then the one the letter should have opened (docs/rules.md).
    if (ctx.letter <= due) return finish(rule, ctx, ctx.letter, opened, due, dueSteps, statutoryDue, legalLatest, legalSteps);
  }
  return finish(rule, ctx, windowStart, windowSteps, due, dueSteps, statutoryDue, legalLatest, legalSteps);
}

function finish(
  rule: MilestoneRule,
  ctx: Ctx,
  windowStart: number,
  windowSteps: readonly DerivationStep[] | null,
  dueIn: number,
  dueSteps: DerivationStep[],
  statutoryDue: number,
  legalLatest: number,
  legalSteps: readonly DerivationStep[] | null,
): Milestone {
  let due = dueIn;
  let completions = rule.completedBy === null ? undefined : ctx.done.get(rule.completedBy);
  if ((rule.id === 'eindevaluatie' || rule.id === 're-integratieverslag') && completions !== undefined) {
    completions = afterVerlenging(rule, completions, dueIn, ctx);
  }
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
  let variant: 'volledig' | 'verkort' | null | undefined = rule.id === 're-integratieverslag' ? null : undefined;
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
      if (rule.id === 're-integratieverslag') variant = report;
      dueSteps.push({ kind: 'eindeDienstverband', lastDayOfEmployment, sickDays, report, date: lastDayOfEmployment });
      due = lastWorkingDay(ctx.eindeDienstverband, dueSteps, ctx.day1);
      judged = { status: timeStatus(due, completedOn, ctx), reason: null };
    } else {
      const reason: StatusReason = { code: 'employment-ended', lastDayOfEmployment, sickDays, report: short ? 'verkort' : 'geen' };
      judged = { status: judged.status, reason };
    }
  }
  const m = milestone(rule, 1, windowStart, due, legalLatest, judged, completedOn, ctx, {
    rule: rule.due.from,
    windowStart: windowSteps,
    due: dueSteps,
    legalLatest: legalSteps,
    reason: judged.reason,
  });
  if (rule.id === 'casemanager') {
    (m as { casemanagerType?: CasemanagerType | null }).casemanagerType =
      (completion?.event as { casemanagerType?: CasemanagerType } | undefined)?.casemanagerType ?? null;
  }
  if (variant !== undefined) (m as { variant?: 'volledig' | 'verkort' | null }).variant = variant;
  reportStep(m, rule, ctx, completion, completions);
  lastDue = due;
  lastCompletedOn = completedOn;
  lastLegalLatest = legalLatest;
  return m;
}

/**
 * WIA 25 lid 4: after a verlenging (WIA 24) the re-integratieverslag — and the eindevaluatie in it — is
 * made, or "aangevuld", for the extended period by 13 weeks before its end (sub b). A report recorded
 * before the (last) verlenging is reported and does not complete the step; the records from the
 * verlenging on do (docs/rules.md, "Vrijwillige verlenging").
 */
function afterVerlenging(rule: MilestoneRule, completions: Ev[], due: number, ctx: Ctx): Ev[] | undefined {
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

/**
 * The repeating evaluations of the plan van aanpak: never before their basis, until the wachttijd ends.
 * A branch (recovery, end of employment, AOW age) does not end the chain: the later evaluations stay
 * listed, `not-applicable` or `suspended` by {@link statusOf}, so a calendar can cancel them.
 */
function chain(chainRule: MilestoneRule, ctx: Ctx, byId: ReadonlyMap<MilestoneId, Ref>, out: Milestone[]): void {
  if (chainRule.due.from !== 'chain') return;
  let rule = chainRule;
  const pva = byId.get(chainRule.due.step);
  // The interval the plan van aanpak fixes (Regeling procesgang art. 4 lid 2 sub b), when recorded,
  // governs; a missed evaluation is then a legal finding. Otherwise UWV's six weeks, as a target.
  const agreed = (ctx.done.get('plan-van-aanpak')?.[0]?.event as { evaluatieIntervalDays?: number } | undefined)?.evaluatieIntervalDays;
  const interval = agreed ?? paramValue(chainRule.due.param, ctx);
  if (agreed !== undefined) rule = { ...rule, target: undefined, consequence: 'loonsanctie' };
  const records: readonly Ev[] = ctx.done.get(rule.completedBy ?? 'evaluatie') ?? [];
  // The basis of the next evaluation: the plan van aanpak (done or due), then each evaluation.
  let baseStep: MilestoneId = chainRule.due.step;
  let baseOccurrence = 1;
  let basis: 'completed' | 'due' | 'day1' = pva === undefined ? 'day1' : Number.isNaN(pva.completedOn) ? 'due' : 'completed';
  let base = pva === undefined ? ctx.day1 : Number.isNaN(pva.completedOn) ? pva.due : pva.completedOn;
  for (let k = 1; ; k++) {
    const step = afterStep(baseStep, baseOccurrence, basis, base, interval, ctx);
    const due = lastDay;
    const record = records[k - 1];
    if (due > ctx.lastDay && record === undefined) break;
    const completedOn = record === undefined ? Number.NaN : record.day;
    const judged = statusOf(rule, due, completedOn, ctx);
    const m = milestone(rule, k, Number.NaN, due, Number.NaN, judged, completedOn, ctx, {
      rule: 'chain',
      windowStart: null,
      due: [step],
      legalLatest: null,
      reason: judged.reason,
    });
    reportStep(m, rule, ctx, record, undefined);
    out.push(m);
    if (record === undefined) {
      baseStep = rule.id;
      baseOccurrence = k;
      basis = 'due';
      base = due;
    } else if (record.day >= base) {
      baseStep = rule.id;
      baseOccurrence = k;
      basis = 'completed';
      base = record.day;
    }
    // An evaluation recorded before the current basis (say, before the plan van aanpak) never moves
    // the chain backward: next = max(plan van aanpak, last evaluation) + interval (docs/rules.md).
  }
}

/** The rule a protocol step is evaluated by: an employer step, no legal basis, kind `protocol`. */
function protocolRule(step: ProtocolStep): MilestoneRule {
  return {
    id: 'protocol',
    title: step.title,
    kind: 'protocol',
    actor: step.actor,
    legalBasis: [],
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
  const refs = new Map<string, { id: MilestoneId; occurrence: number; due: number; completedOn: number; protocolStep?: string }>();
  for (const m of milestones) {
    if (m.occurrence !== 1 || refs.has(m.id)) continue;
    refs.set(m.id, { id: m.id, occurrence: 1, due: dayOf(m.due), completedOn: m.completedOn === null ? Number.NaN : dayOf(m.completedOn) });
  }
  const records = ctx.done.get('protocol') ?? [];
  for (const step of ctx.policy.protocol) {
    const rule = protocolRule(step);
    const done = records.filter((e) => (e.event as ProtocolEvent).step === step.id);
    let derivation: DerivationStep;
    const ref = step.after === undefined ? undefined : refs.get(step.after);
    if (step.after === undefined) {
      derivation = countedStep(step.days + 1, ctx);
    } else if (ref === undefined) {
      derivation = afterStep('protocol', 1, 'day1', ctx.day1, step.days, ctx);
    } else {
      const completed = !Number.isNaN(ref.completedOn);
      const after = afterStep(
        ref.id,
        ref.occurrence,
        completed ? 'completed' : 'due',
        completed ? ref.completedOn : ref.due,
        step.days,
        ctx,
      );
      derivation = ref.protocolStep === undefined ? after : { ...after, protocolStep: ref.protocolStep };
    }
    for (let k = 1; ; k++) {
      const due = lastDay;
      const record = done[k - 1];
      if (k > 1 && due > ctx.lastDay && record === undefined) break;
      const completedOn = record === undefined ? Number.NaN : record.day;
      const judged = statusOf(rule, due, completedOn, ctx);
      const m = milestone(rule, k, Number.NaN, due, Number.NaN, judged, completedOn, ctx, {
        rule: 'protocol',
        windowStart: null,
        due: [derivation],
        legalLatest: null,
        reason: judged.reason,
      });
      (m as { protocolStep?: string }).protocolStep = step.id;
      (m as { title?: ProtocolStep['title'] }).title = step.title; // the employer's words: not in the rule table
      reportStep(m, rule, ctx, record, k === 1 && step.repeatEveryDays === undefined ? done : undefined);
      milestones.push(m);
      if (k === 1) refs.set(step.id, { id: 'protocol', occurrence: 1, due, completedOn, protocolStep: step.id });
      if (step.repeatEveryDays === undefined) break;
      const base = record !== undefined && record.day >= due ? record.day : due;
      derivation = {
        ...afterStep('protocol', k, record !== undefined && record.day >= due ? 'completed' : 'due', base, step.repeatEveryDays, ctx),
        protocolStep: step.id,
      };
    }
  }
}

function milestone(
  rule: MilestoneRule,
  occurrence: number,
  windowStart: number,
  due: number,
  legalLatest: number,
  judged: Judged,
  completedOn: number,
  ctx: Ctx,
  derivation: Derivation,
): Milestone {
  const countedDayOfDue = due < ctx.day1 ? 0 : countedIndex(ctx.iv, due);
  const m: Milestone = {
    id: rule.id,
    occurrence,
    kind: rule.kind,
    actor: rule.actor,
    windowStart: Number.isNaN(windowStart) ? null : formatIsoDate(windowStart),
    due: formatIsoDate(due),
    legalLatest: Number.isNaN(legalLatest) ? null : formatIsoDate(legalLatest),
    status: judged.status,
    completedOn: Number.isNaN(completedOn) ? null : formatIsoDate(completedOn),
    week: Math.ceil(countedDayOfDue / 7),
    countedDay: countedDayOfDue,
    consequence: rule.consequence,
  };
  // Built only on request (`explain: true`): the lean timeline is the facts.
  if (ctx.explain) (m as { derivation?: Derivation }).derivation = derivation;
  return m;
}
