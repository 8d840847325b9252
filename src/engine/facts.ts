/**
 * Stage 3 of the engine: the facts of the current case. Completions by type, the end of the
 * wachttijd (104 weeks of counted sickness plus any vrijwillige verlenging, WIA 24) and of the
 * employer's wage obligation (loonsanctie, AOW age, end of employment), each with its derivation.
 *
 * @module
 */
import { formatIsoDate, parseIsoDate } from '../calendar/isoDate.js';
import { parametersFor, type RuleTable } from '../law/rules.js';
import { STEP_RULES, type StepRule } from '../law/steps.js';
import type { CaseEventType, DerivationStep, Flag, IsoDate, Milestone, WagePhase, WagePhaseKind } from '../types.js';
import { type Ctx, dayOf, type Ev, type Implied, type Leave, uncountedBetween } from './context.js';
import { type CountedIntervals, countedDay, countedIndex, subtractIntervals } from './counting.js';
import { MAY_PRECEDE_DAY_1 } from './events.js';
import { makeFlag } from './flags.js';
import type { CurrentCase } from './periods.js';

/** What the events of the current case establish. */
export interface CaseFacts {
  /** Events of the current case (and facts that may precede it, such as AOW age), in date order. */
  readonly caseEvents: readonly Ev[];
  /** Completion events per type, in date order. */
  readonly done: ReadonlyMap<CaseEventType, Ev[]>;
  /** Last day of the 104 weeks, before verlenging. */
  readonly baseLastDay: number;
  /** Last day of the wachttijd, verlenging included. */
  readonly lastDay: number;
  readonly verlengingWeeks: number;
  /** The steps from day 1 to `lastDay` (empty unless explained). */
  readonly lastDayDerivation: readonly DerivationStep[];
  /** Each loonsanctie decision (WIA 25 lid 9) with its weeks, in date order. */
  readonly sanctions: readonly { readonly day: number; readonly weeks: number }[];
  /** Weeks of loonsanctie imposed (before the cap), and the bekorting decision (NaN) and its end (NaN). */
  readonly sanctionWeeks: number;
  readonly imposedWeeks: number;
  readonly bekorting: number;
  readonly bekortingUntil: number;
  /** Steps made done or implied by a recorded event (see {@link impliedSteps}). */
  readonly implied: ReadonlyMap<CaseEventType, Implied>;
  /** Last day of employment, AOW date and the UWV letter's arrival: NaN where not recorded. */
  readonly eindeDienstverband: number;
  readonly aowDate: number;
  readonly letter: number;
}

/** Derives the facts of the current case from its events. */
export function caseFacts(c: CurrentCase, used: readonly Ev[], leave: Leave, flags: Flag[], explain: boolean): CaseFacts {
  const { day1, p } = c;
  const caseEvents: Ev[] = [];
  const done = new Map<CaseEventType, Ev[]>();
  let verlengingWeeks = 0;
  let imposed = 0;
  let aow = Number.NaN;
  let einde = Number.NaN;
  let letter = Number.NaN;
  let bekorting = Number.NaN;
  let bekortingUntil = Number.NaN;
  const sanctions: { day: number; weeks: number }[] = [];
  for (const e of used) {
    if (e.day < day1 && !MAY_PRECEDE_DAY_1.has(e.type)) continue;
    caseEvents.push(e);
    const list = done.get(e.type);
    if (list === undefined) done.set(e.type, [e]);
    else list.push(e);
    switch (e.type) {
      case 'verlenging':
        verlengingWeeks += (e.event as { weeks: number }).weeks;
        break;
      case 'loonsanctie':
        imposed += (e.event as { weeks: number }).weeks;
        sanctions.push({ day: e.day, weeks: (e.event as { weeks: number }).weeks });
        break;
      case 'aow-leeftijd':
        aow = e.day; // the last one recorded is the one that holds
        break;
      case 'einde-dienstverband':
        einde = e.day;
        break;
      case 'loonsanctie-bekort':
        // UWV's decision that the shortfall is repaired; the last one recorded holds.
        bekorting = e.day;
        bekortingUntil = parseOptionalDay((e.event as { until?: string }).until);
        break;
      case 'wia-brief-ontvangen':
        // The first letter counts, as for every step recorded twice.
        if (Number.isNaN(letter)) letter = e.day;
        break;
    }
  }

  // Wachttijd: counted day 728, then the verlenging (WIA 24).
  const baseLastDay = countedDay(c.iv, p.wachttijdDays);
  const lastDay = baseLastDay + 7 * verlengingWeeks;
  // (its steps only when explained: nothing else reads them)
  const lastDayDerivation: DerivationStep[] = [];
  if (explain) {
    lastDayDerivation.push({
      kind: 'counted',
      countedDay: p.wachttijdDays,
      from: formatIsoDate(day1),
      days: baseLastDay - day1,
      uncounted: uncountedBetween(day1 - 1, baseLastDay, p.wachttijdDays, leave),
      date: formatIsoDate(baseLastDay),
    });
    if (verlengingWeeks > 0) lastDayDerivation.push({ kind: 'verlenging', weeks: verlengingWeeks, date: formatIsoDate(lastDay) });
  }
  for (const e of caseEvents) {
    if (e.type === 'verlenging' && e.day > baseLastDay) {
      flags.push(makeFlag('VERLENGING_AFTER_WACHTTIJD', 'warning', { date: formatIsoDate(e.day), lastDay: formatIsoDate(baseLastDay) }));
    }
  }

  let sanctionWeeks = imposed;
  if (imposed > p.loonsanctieMaxWeeks) {
    flags.push(makeFlag('LOONSANCTIE_OVER_MAX', 'error', { weeks: imposed, max: p.loonsanctieMaxWeeks }));
    sanctionWeeks = p.loonsanctieMaxWeeks;
  }
  return {
    caseEvents,
    done,
    implied: impliedSteps(done),
    baseLastDay,
    lastDay,
    verlengingWeeks,
    lastDayDerivation,
    sanctions,
    sanctionWeeks,
    imposedWeeks: imposed,
    bekorting,
    bekortingUntil,
    eindeDienstverband: einde,
    aowDate: aow,
    letter,
  };
}

const parseOptionalDay = (d: string | undefined): number => (d === undefined ? Number.NaN : parseIsoDate(d));

/** The steps some recorded event may stand for (`impliedBy` in the rule table). */
const IMPLIABLE: readonly StepRule[] = STEP_RULES.filter((r) => r.impliedBy !== undefined && r.completedBy !== null);

/**
 * Steps a recorded event stands for (docs/rules.md, "Implied and assumed facts"), by the rules'
 * `impliedBy`: ZW 38 lid 8 (the 42e-weeksmelding, on the earlier of an IVA aanvraag and a
 * verlenging request), WIA 66 lid 1 (the WIA aanvraag, on the day of an IVA aanvraag), WIA 25 lid 9
 * (a WIA aanvraag not recorded was made on or before the first loonsanctie). A step recorded on or
 * before the event keeps its own date.
 */
function impliedSteps(done: ReadonlyMap<CaseEventType, Ev[]>): ReadonlyMap<CaseEventType, Implied> {
  const first = (t: CaseEventType): number => done.get(t)?.[0]?.day ?? Number.NaN;
  const out = new Map<CaseEventType, Implied>();
  for (const step of IMPLIABLE) {
    const type = step.completedBy as CaseEventType;
    const own = first(type);
    for (const rule of step.impliedBy ?? []) {
      let day = Number.NaN;
      let by: CaseEventType | null = null;
      for (const t of rule.events) {
        const d = first(t);
        if (!Number.isNaN(d) && (Number.isNaN(day) || d < day)) {
          day = d;
          by = t;
        }
      }
      if (by === null) continue;
      // (a comparison with NaN is false: a step not recorded never keeps its own date)
      if (rule.unlessRecorded === 'at-all' ? Number.isNaN(own) : !(own <= day)) {
        out.set(type, { day, by, basis: rule.basis });
        break;
      }
    }
  }
  return out;
}

/**
 * The step whose delay moves the end of the wage obligation (`delaysWageEnd`): the WIA aanvraag of
 * BW 7:629 lid 11 sub a, the one such step of the table (test/law checks that there is one).
 */
const WAGE_DELAY_STEP: StepRule | undefined = STEP_RULES.find((r) => r.delaysWageEnd);

/**
 * Stage 5b: the end of the employer's wage obligation, once the milestones are known. From the last
 * day of the wachttijd: + the delay of a late WIA application (BW 7:629 lid 11 sub a), + the
 * loonsanctie, whose weeks skip pregnancy leave (WIA 25 lid 9) and which a bekorting cuts short
 * (lid 12–14); then capped by AOW age — 6 (13) weeks of sickness, counted like every term of BW
 * 7:629 (lid 10) — and by the end of employment.
 */
export function wageObligation(
  ctx: Ctx,
  facts: CaseFacts,
  milestones: readonly Milestone[],
  rules: RuleTable,
): { readonly end: number; readonly derivation: readonly DerivationStep[]; readonly phases: readonly WagePhase[] } {
  const steps: DerivationStep[] = [];
  let end = ctx.lastDay;
  let aanvraag: Milestone | undefined;
  // (by id comparison: a Set lookup for each of thirty milestones cost more than the rest of this function)
  for (const m of milestones) {
    if (m.id === WAGE_DELAY_STEP?.id) {
      aanvraag = m;
      break;
    }
  }
  if (aanvraag !== undefined && (aanvraag.status === 'done-late' || aanvraag.status === 'overdue')) {
    // Made late and recorded (or deemed made by a recorded IVA aanvraag, WIA 66 lid 1): the delay.
    // Not recorded — overdue, or only implied by a loonsanctie (WIA 25 lid 9) — the delay is not known:
    // nothing is added, and a flag says the end is open (docs/rules.md, "Implied and assumed facts").
    const due = dayOf(aanvraag.due);
    const implied = ctx.implied.get(WAGE_DELAY_STEP?.completedBy as CaseEventType);
    const inferred = implied !== undefined && implied.basis === 'wia-25-lid-9';
    if (aanvraag.completedOn !== null && !inferred) {
      const days = dayOf(aanvraag.completedOn) - due;
      end += days;
      steps.push({ kind: 'lateApplication', due: aanvraag.due, completedOn: aanvraag.completedOn, days, date: formatIsoDate(end) });
    } else {
      const until = inferred ? implied.day : ctx.asOf;
      ctx.flags.push(
        makeFlag(
          'WAGE_END_OPEN',
          'warning',
          {
            step: aanvraag.id,
            overdueSince: formatIsoDate(due + 1),
            extensionSoFar: until - due,
            impliedOn: inferred ? formatIsoDate(implied.day) : null,
          },
          aanvraag.id,
        ),
      );
    }
  }
  // WIA 25 lid 11: no verlenging by a decision given after the period it would lengthen has ended
  // (the wachttijd with its verlenging, or the period of BW 7:629 lid 11 a: `end` here).
  let imposed = 0;
  let first = Number.NaN;
  for (const x of facts.sanctions) {
    if (x.day > end) {
      steps.push({
        kind: 'loonsanctieAfterEnd',
        decision: formatIsoDate(x.day),
        weeks: x.weeks,
        lastDay: formatIsoDate(end),
        date: formatIsoDate(end),
      });
      continue;
    }
    imposed += x.weeks;
    if (Number.isNaN(first)) first = x.day;
  }
  const weeks = Math.min(imposed, ctx.p.loonsanctieMaxWeeks);
  if (weeks > 0) {
    const from = end;
    // Lid 10: the decision is due six weeks before that period ends (a backward term: never rolled).
    const term = from - ctx.p.loonsanctieBeslissingBeforeEndDays;
    const sanction = subtractIntervals([from + 1], [Number.POSITIVE_INFINITY], ctx.leave.starts, ctx.leave.ends);
    end = countedDay(sanction, 7 * weeks);
    const leaveDays = end - from - 7 * weeks;
    steps.push({ kind: 'loonsanctie', weeks, imposed, leaveDays, date: formatIsoDate(end) });
    if (first > term) {
      // Lid 14: "eindigt het tijdvak zoveel eerder als de beschikking later is afgegeven".
      const days = Math.min(first - term, end - from);
      end -= days;
      steps.push({
        kind: 'loonsanctieDecisionLate',
        decision: formatIsoDate(first),
        term: formatIsoDate(term),
        days,
        date: formatIsoDate(end),
      });
    }
    if (!Number.isNaN(facts.bekorting)) {
      const cut = Number.isNaN(facts.bekortingUntil) ? facts.bekorting + ctx.p.loonsanctieBekortingDays : facts.bekortingUntil;
      if (cut < end) {
        end = Math.max(cut, from);
        steps.push({
          kind: 'bekorting',
          decision: formatIsoDate(facts.bekorting),
          days: Number.isNaN(facts.bekortingUntil) ? ctx.p.loonsanctieBekortingDays : null,
          date: formatIsoDate(end),
        });
      }
    }
  }
  if (!Number.isNaN(ctx.aowDate)) {
    const weeks = parametersFor(rules, ctx.day1).aowWageWeeks;
    const start = Math.max(ctx.aowDate, ctx.day1);
    const before = start > ctx.day1 ? countedIndex(ctx.iv, start - 1) : 0;
    const aowEnd = countedDay(ctx.iv, before + 7 * weeks);
    if (aowEnd < end) {
      end = aowEnd;
      const uncounted = uncountedBetween(start - 1, aowEnd, 7 * weeks, ctx.leave);
      steps.push({ kind: 'aow', aowDate: formatIsoDate(ctx.aowDate), weeks, uncounted, date: formatIsoDate(aowEnd) });
    }
  }
  if (!Number.isNaN(ctx.eindeDienstverband) && ctx.eindeDienstverband < end) {
    end = ctx.eindeDienstverband;
    steps.push({ kind: 'employmentEnds', date: formatIsoDate(end) });
  }
  return { end, derivation: steps, phases: wagePhases(ctx, steps, end) };
}

/**
 * The phases of wage payment: year 1 and year 2 by counted days (fit gaps and leave left out), then
 * the verlenging, a late application's delay and the loonsanctie after the wachttijd, each cut at
 * `end`, the end of the wage obligation.
 */
function wagePhases(ctx: Ctx, steps: readonly DerivationStep[], end: number): WagePhase[] {
  const out: WagePhase[] = [];
  const pct = ctx.policy.wagePercentages;
  const push = (kind: WagePhaseKind, from: number, until: number, iv: CountedIntervals): void => {
    const last = Math.min(until, end);
    if (last < from) return;
    const ranges: { from: IsoDate; until: IsoDate }[] = [];
    let days = 0;
    for (let i = 0; i < iv.starts.length; i++) {
      const s = Math.max(iv.starts[i] as number, from);
      const e = Math.min(iv.ends[i] as number, last);
      if (e < s) continue;
      ranges.push({ from: formatIsoDate(s), until: formatIsoDate(e) });
      days += e - s + 1;
    }
    if (days > 0) out.push({ kind, from: ranges[0]?.from as IsoDate, until: formatIsoDate(last), ranges, days, percentage: pct[kind] });
  };
  const year2 = countedDay(ctx.iv, ctx.p.wageYearDays + 1);
  push('jaar-1', ctx.day1, year2 - 1, ctx.iv);
  push('jaar-2', year2, ctx.baseLastDay, ctx.iv);
  // After the 104 weeks the days run on the calendar (a verlenging and a loonsanctie are weeks of
  // wage obligation); pregnancy leave is still left out.
  const after = subtractIntervals([ctx.baseLastDay + 1], [Number.POSITIVE_INFINITY], ctx.leave.starts, ctx.leave.ends);
  if (ctx.lastDay > ctx.baseLastDay) push('verlenging', ctx.baseLastDay + 1, ctx.lastDay, after);
  let from = ctx.lastDay + 1;
  for (const s of steps) {
    // (a bekorting is the loonsanctie's cut, already in `end`)
    if (s.kind !== 'lateApplication' && s.kind !== 'loonsanctie') continue;
    const until = parseIsoDate(s.date);
    push(s.kind === 'lateApplication' ? 'late-wia-aanvraag' : 'loonsanctie', from, until, after);
    from = until + 1;
  }
  return out;
}
