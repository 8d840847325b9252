/**
 * `evaluateCase`: from a first sick day and the events of a case to every Poortwachter milestone,
 * with its dates, status and the findings about the case (DESIGN.md §2–3).
 *
 * Pure: no clock, no I/O, no mutation of the input; dates are epoch-day integers inside.
 *
 * @module
 */
import { isAtwCalendarKnown, isAtwWorkingDay, rollForwardToAtwWorkingDay } from '../calendar/atw.js';
import { daysFromCivil, formatIsoDate, parseIsoDate } from '../calendar/isoDate.js';
import { PoortwachterError } from '../errors.js';
import type { DateRule, MilestoneRule } from '../law/milestones.js';
import { MILESTONE_RULES } from '../law/milestones.js';
import type { LawParameters } from '../law/parameters.js';
import { RULES_COVERAGE_FROM } from '../law/parameters.js';
import { DEFAULT_RULES, parametersFor, type RuleTable } from '../law/rules.js';
import type {
  CaseEvent,
  CaseEventType,
  CaseInput,
  CasemanagerType,
  CaseStatus,
  CaseTimeline,
  DossierItem,
  EvaluateOptions,
  Flag,
  InputIssue,
  Milestone,
  MilestoneId,
  MilestoneStatus,
  Period,
  Policy,
  PreviousCase,
} from '../types.js';
import { type CountedIntervals, countedDay, countedIndex, subtractIntervals } from './counting.js';
import { fill, makeFlag } from './flags.js';
import { buildCases, leaveDaysIn, type PeriodProblem, type RawCase } from './periods.js';
import { resolvePolicy } from './policy.js';
import {
  BEFORE_END_TAIL,
  beforeEndHead,
  countedHead,
  countedTail,
  evaluationDueHead,
  evaluationOfHead,
  evaluationTail,
  intervalHead,
} from './text.js';
import { checkDate } from './validate.js';

/** Options of {@link evaluateCase}, with the advanced rule table. */
export interface EvaluateCaseOptions extends EvaluateOptions {
  /**
   * The rule table to apply (default: the law in force, {@link DEFAULT_RULES}). Build one with
   * `createRuleTable` to model a law change or an employer policy with other offsets.
   */
  readonly rules?: RuleTable | undefined;
}

interface Ev {
  readonly type: CaseEventType;
  readonly day: number;
  readonly index: number;
  readonly event: CaseEvent;
}

/**
 * Events that state a fact known in advance (a birthday, a contract end, planned leave): used even
 * when dated after `asOf`. Everything else (steps, recoveries, decisions) only counts once it has
 * happened.
 */
const FACT_TYPES: ReadonlySet<string> = new Set(['aow-leeftijd', 'einde-dienstverband', 'zwangerschapsverlof']);

/** Events that may be dated before the first sick day. */
const MAY_PRECEDE_DAY_1: ReadonlySet<string> = new Set(['aow-leeftijd']);

/**
 * {@link MILESTONE_RULES} with every optional key present (undefined where absent), once at load.
 * The records of the law differ in their optional keys, so reading `rule.window`, `rule.repeats`, …
 * in the hot loop saw a dozen object shapes (megamorphic property loads); one shape keeps them
 * monomorphic. Same objects for titles, legal bases and consequences.
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
    selfCompleting: r.selfCompleting,
    optional: r.optional,
    employerStep: r.employerStep,
    wiaRelated: r.wiaRelated,
    dueAtEindeDienstverband: r.dueAtEindeDienstverband,
    onlyOnEindeDienstverband: r.onlyOnEindeDienstverband,
    consequence: r.consequence,
  }),
);

/** The steps other rules derive a date from (the only ones looked up by id while evaluating). */
const REFERENCED_STEPS: ReadonlySet<MilestoneId> = new Set<MilestoneId>([
  'probleemanalyse', // single(): the legalLatest of plan-van-aanpak and casemanager
  ...ENGINE_RULES.flatMap((r) => [r.due, r.window, r.legalLatest]).flatMap((d) =>
    d !== undefined && 'step' in d && d.step !== undefined ? [d.step] : [],
  ),
]);

function uniformDateRule(d: DateRule): DateRule {
  const x = d as { from: DateRule['from']; param?: keyof LawParameters; step?: MilestoneId };
  return { from: x.from, param: x.param, step: x.step } as DateRule;
}

const KNOWN_TYPES: ReadonlySet<string> = new Set<string>([
  ...MILESTONE_RULES.map((r) => r.completedBy).filter((t): t is CaseEventType => t !== null),
  'hersteld',
  'ziek',
  'gedeeltelijk-hersteld',
  'zwangerschapsverlof',
  'wia-brief-ontvangen',
  'verlenging',
  'loonsanctie',
  'einde-dienstverband',
  'aow-leeftijd',
  'deskundigenoordeel',
]);

const WEEKDAYS_NL = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];

/**
 * Evaluates a sickness case on `asOf`: every step the Wet verbetering poortwachter requires, with
 * its window, due date, legal basis and status, the end of the wachttijd and of the wage
 * obligation, and flags for what is late or missing.
 *
 * Findings about the case are data in the result. Throws {@link PoortwachterError} only when the
 * typed input is malformed (a date that is not a real `YYYY-MM-DD`, an unknown event type); use
 * `safeEvaluateCase` for untrusted input.
 *
 * @example
 * const t = evaluateCase(
 *   { firstSickDay: '2025-01-06', events: [{ type: 'probleemanalyse', date: '2025-02-20' }] },
 *   { asOf: '2025-03-10' },
 * );
 * t.milestones.find((m) => m.id === 'probleemanalyse')?.status //=> 'done-late' (due 2025-02-16)
 * t.milestones.find((m) => m.id === 'plan-van-aanpak')?.due //=> '2025-03-06' (PA + 14 days)
 * t.wachttijd //=> { lastDay: '2027-01-03', wiaStart: '2027-01-04' }
 */
export function evaluateCase(input: CaseInput, options: EvaluateCaseOptions): CaseTimeline {
  const issues: InputIssue[] = [];
  const asOf = checkDate(options?.asOf, ['asOf'], issues);
  const day1 = checkDate(input?.firstSickDay, ['firstSickDay'], issues);
  const rawEvents = input?.events ?? [];
  if (!Array.isArray(rawEvents)) {
    issues.push({ path: ['events'], code: 'invalid_type', message: { nl: 'events: moet een lijst zijn', en: 'events: must be an array' } });
  }
  const events = Array.isArray(rawEvents) ? prepareEvents(rawEvents as readonly CaseEvent[], day1, issues) : [];
  if (issues.length > 0) throw new PoortwachterError(issues);
  const policy = resolvePolicy(options.policy);
  return evaluateChecked(day1, asOf, events, policy, options.rules ?? DEFAULT_RULES);
}

/** Checks and sorts events; problems go to `issues`. Shared with `parseCaseInput`. */
export function prepareEvents(raw: readonly CaseEvent[], day1: number, issues: InputIssue[]): Ev[] {
  const out: Ev[] = [];
  let verlengingTotal = 0;
  for (let i = 0; i < raw.length; i++) {
    const e = raw[i] as CaseEvent;
    if (typeof e !== 'object' || e === null || !KNOWN_TYPES.has(e.type)) {
      issues.push({
        path: ['events', i, 'type'],
        code: 'invalid_event_type',
        message: { nl: `events[${i}].type: onbekend soort gebeurtenis`, en: `events[${i}].type: unknown event type` },
      });
      continue;
    }
    const day = checkDate(e.date, ['events', i, 'date'], issues);
    if (!Number.isNaN(day) && !Number.isNaN(day1) && day < day1 && !MAY_PRECEDE_DAY_1.has(e.type)) {
      issues.push({
        path: ['events', i, 'date'],
        code: 'before_first_sick_day',
        message: {
          nl: `events[${i}].date: ${e.date} ligt vóór de eerste ziektedag`,
          en: `events[${i}].date: ${e.date} is before the first sick day`,
        },
      });
    }
    if (e.type === 'zwangerschapsverlof') {
      const until = checkDate(e.until, ['events', i, 'until'], issues);
      if (until < day) {
        issues.push({
          path: ['events', i, 'until'],
          code: 'until_before_date',
          message: { nl: `events[${i}].until: ligt vóór date`, en: `events[${i}].until: is before date` },
        });
      }
    }
    if (e.type === 'verlenging' || e.type === 'loonsanctie') {
      const w = e.weeks;
      const [min, max] = e.type === 'verlenging' ? [13, 520] : [1, 52];
      if (typeof w !== 'number' || !Number.isInteger(w) || w < min || w > max) {
        issues.push({
          path: ['events', i, 'weeks'],
          code: 'invalid_weeks',
          message: {
            nl: `events[${i}].weeks: moet een geheel getal van ${min} tot en met ${max} zijn`,
            en: `events[${i}].weeks: must be a whole number from ${min} to ${max}`,
          },
        });
      } else if (e.type === 'verlenging' && verlengingTotal <= MAX_VERLENGING_WEEKS && (verlengingTotal += w) > MAX_VERLENGING_WEEKS) {
        // Verlengingen add up (WIA 24 has no maximum); unbounded, one case could extend the wachttijd
        // by millennia and yield an evaluatie every six weeks of it (a timeline too large to print).
        // Reported once, at the event that crosses the limit.
        issues.push({
          path: ['events', i, 'weeks'],
          code: 'total_too_big',
          message: {
            nl: `events[${i}].weeks: de verlengingen tellen op tot ${verlengingTotal} weken; meer dan ${MAX_VERLENGING_WEEKS} weken in totaal wordt niet aanvaard`,
            en: `events[${i}].weeks: the extensions add up to ${verlengingTotal} weeks; more than ${MAX_VERLENGING_WEEKS} weeks in total is not accepted`,
          },
        });
      }
    }
    out.push({ type: e.type, day, index: i, event: e });
  }
  // Date order; on the same day a recovery precedes a relapse; other ties by type and content, never
  // by input order, so that the order of the events never changes the result.
  return out.sort(
    (a, b) =>
      a.day - b.day || rank(a.type) - rank(b.type) || cmp(a.type, b.type) || cmp(tieKey(a.event), tieKey(b.event)) || a.index - b.index,
  );
}

/** Most weeks of vrijwillige verlenging a case may add up to (ten years; a guard, not a legal limit). */
const MAX_VERLENGING_WEEKS = 520;

const rank = (t: CaseEventType): number => (t === 'hersteld' ? 0 : t === 'ziek' ? 1 : 2);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** The payload that can differ between two events of one type on one day. */
const tieKey = (e: CaseEvent): string => {
  const r = e as unknown as Record<string, unknown>;
  return `${r.casemanagerType}|${r.until}|${r.weeks}|${r.percentage}|${r.note}`;
};

/**
 * Epoch day of a date the engine formatted itself. Not `parseIsoDate`: derived dates may lie after
 * MAX_YEAR (a first sick day in late 2199 has steps in 2200–2201), where it returns NaN.
 */
const dayOf = (d: string): number =>
  daysFromCivil(
    (d.charCodeAt(0) - 48) * 1000 + (d.charCodeAt(1) - 48) * 100 + (d.charCodeAt(2) - 48) * 10 + d.charCodeAt(3) - 48,
    (d.charCodeAt(5) - 48) * 10 + d.charCodeAt(6) - 48,
    (d.charCodeAt(8) - 48) * 10 + d.charCodeAt(9) - 48,
  );

/** State shared by the milestone derivation of one case. */
interface Ctx {
  readonly p: LawParameters;
  readonly policy: Policy;
  readonly day1: number;
  readonly asOf: number;
  /** Counted intervals for deadlines (with the assumption after the last known event). */
  readonly iv: CountedIntervals;
  readonly lastDay: number;
  /** Last day of the 104 weeks before any verlenging. */
  readonly baseLastDay: number;
  readonly verlengingWeeks: number;
  readonly wiaStart: number;
  readonly caseStatus: CaseStatus;
  /** First fit day of the last period when the case is recovered or closed. */
  readonly fitFrom: number;
  readonly eindeDienstverband: number;
  readonly aowDate: number;
  readonly letter: number;
  /** Completion events per type (current case, on or before asOf), in date order. */
  readonly done: ReadonlyMap<CaseEventType, Ev[]>;
  readonly flags: Flag[];
  readonly values: Readonly<Record<string, number>>;
}

function evaluateChecked(day1: number, asOf: number, events: readonly Ev[], policy: Policy, rules: RuleTable): CaseTimeline {
  const flags: Flag[] = [];
  const iso = formatIsoDate;

  // One pass over the events: occurrences after asOf are not yet facts (reported, not used); leave
  // (sorted by start, as the events are) and the recoveries and relapses are collected.
  const used: Ev[] = [];
  const leaveStarts: number[] = [];
  const leaveEnds: number[] = [];
  const transitions: { type: 'hersteld' | 'ziek'; day: number }[] = [];
  for (const e of events) {
    if (e.day > asOf && !FACT_TYPES.has(e.type)) {
      flags.push(
        makeFlag(
          'EVENT_AFTER_AS_OF',
          'warning',
          `Gebeurtenis '${e.type}' op ${iso(e.day)} ligt na de peildatum ${iso(asOf)} en is niet meegenomen.`,
          `Event '${e.type}' on ${iso(e.day)} is after the as-of date ${iso(asOf)} and was not used.`,
        ),
      );
      continue;
    }
    used.push(e);
    if (e.type === 'zwangerschapsverlof') {
      leaveStarts.push(e.day);
      leaveEnds.push(parseIsoDate((e.event as { until: string }).until));
    } else if (e.type === 'hersteld' || e.type === 'ziek') {
      transitions.push({ type: e.type, day: e.day });
    }
  }

  // Periods and cases (samentelling).
  const firstParams = parametersFor(rules, day1);
  const problems: PeriodProblem[] = [];
  const cases = buildCases(day1, transitions, leaveStarts, leaveEnds, firstParams.samentellingGapDays, problems);
  for (const pr of problems) flags.push(periodFlag(pr));

  const current = cases[cases.length - 1] as RawCase;
  const d1 = current.firstSickDay;
  const p = parametersFor(rules, d1);
  const lastPeriod = current.periods[current.periods.length - 1];
  const open = lastPeriod !== undefined && lastPeriod.end === Number.POSITIVE_INFINITY;
  const fitFrom = open || lastPeriod === undefined ? Number.NaN : lastPeriod.end + 1;

  // Case status: closed after `samentellingGapDays` fit days (leave not counted).
  let caseStatus: CaseStatus = 'sick';
  if (!Number.isNaN(fitFrom) && asOf >= fitFrom) {
    const fitDays = asOf - fitFrom + 1 - leaveDaysIn(fitFrom, asOf, leaveStarts, leaveEnds);
    caseStatus = fitDays >= p.samentellingGapDays ? 'closed' : 'recovered';
  }

  // Counted intervals: actual (for counting up to asOf) and for deadlines.
  const starts = current.periods.map((x) => x.start);
  const ends = current.periods.map((x) => x.end);
  const actual = subtractIntervals(starts, ends, leaveStarts, leaveEnds);
  let deadlineStarts = starts;
  let deadlineEnds = ends;
  if (caseStatus === 'recovered') {
    // If the employee falls sick again tomorrow: the earliest the clock can resume.
    deadlineStarts = [...starts, asOf + 1];
    deadlineEnds = [...ends, Number.POSITIVE_INFINITY];
  } else if (!open) {
    // Closed, or recovery recorded after asOf is not possible here (filtered): the dates the steps
    // would have had, had the sickness continued.
    deadlineEnds = [...ends.slice(0, -1), Number.POSITIVE_INFINITY];
  }
  const iv = caseStatus === 'sick' && open ? actual : subtractIntervals(deadlineStarts, deadlineEnds, leaveStarts, leaveEnds);
  const countedSickDays = asOf < d1 ? 0 : countedIndex(actual, asOf);

  // Events of the current case, in one pass: completions by type, the weeks of verlenging and
  // loonsanctie, and the last AOW date, end of employment and UWV letter.
  const caseEvents: Ev[] = [];
  const done = new Map<CaseEventType, Ev[]>();
  let verlengingWeeks = 0;
  let sanctionWeeks = 0;
  let aow: Ev | undefined;
  let einde: Ev | undefined;
  let letterEv: Ev | undefined;
  for (const e of used) {
    if (e.day < d1 && !MAY_PRECEDE_DAY_1.has(e.type)) continue;
    caseEvents.push(e);
    const list = done.get(e.type);
    if (list === undefined) done.set(e.type, [e]);
    else list.push(e);
    switch (e.type) {
      case 'verlenging':
        verlengingWeeks += (e.event as { weeks: number }).weeks;
        break;
      case 'loonsanctie':
        sanctionWeeks += (e.event as { weeks: number }).weeks;
        break;
      case 'aow-leeftijd':
        aow = e;
        break;
      case 'einde-dienstverband':
        einde = e;
        break;
      case 'wia-brief-ontvangen':
        letterEv = e;
        break;
    }
  }

  // Wachttijd and verlenging (WIA 24).
  const baseLastDay = countedDay(iv, p.wachttijdDays);
  const lastDay = baseLastDay + 7 * verlengingWeeks;
  const wiaStart = lastDay + 1;
  for (const e of caseEvents) {
    if (e.type === 'verlenging' && e.day > baseLastDay) {
      flags.push(
        makeFlag(
          'VERLENGING_AFTER_WACHTTIJD',
          'warning',
          `De verlenging van ${iso(e.day)} is na het einde van de wachttijd (${iso(baseLastDay)}) geregistreerd; een verlenging moet vóór dat einde worden aangevraagd (WIA 24).`,
          `The extension dated ${iso(e.day)} is after the end of the waiting period (${iso(baseLastDay)}); it must be requested before that end (WIA 24).`,
        ),
      );
    }
  }

  // Wage obligation: loonsanctie, AOW, end of employment.
  if (sanctionWeeks > p.loonsanctieMaxWeeks) {
    flags.push(
      makeFlag(
        'LOONSANCTIE_OVER_MAX',
        'error',
        `Loonsancties tellen op tot ${sanctionWeeks} weken; de wet staat ten hoogste ${p.loonsanctieMaxWeeks} weken toe (WIA 25 lid 9). Gerekend met ${p.loonsanctieMaxWeeks}.`,
        `Loonsancties add up to ${sanctionWeeks} weeks; the law allows at most ${p.loonsanctieMaxWeeks} (WIA 25(9)). Computed with ${p.loonsanctieMaxWeeks}.`,
      ),
    );
    sanctionWeeks = p.loonsanctieMaxWeeks;
  }
  let wageObligationEnd = lastDay + 7 * sanctionWeeks;
  const aowDate = aow === undefined ? Number.NaN : aow.day;
  if (aow !== undefined) {
    const aowParams = parametersFor(rules, d1);
    wageObligationEnd = Math.min(wageObligationEnd, Math.max(aowDate, d1) + 7 * aowParams.aowWageWeeks - 1);
  }
  const eindeDienstverband = einde === undefined ? Number.NaN : einde.day;
  if (einde !== undefined) wageObligationEnd = Math.min(wageObligationEnd, eindeDienstverband);

  // The frozen parameter segment itself: no per-case copy (`fill` caches per values object).
  const values = p as unknown as Readonly<Record<string, number>>;
  const ctx: Ctx = {
    p,
    policy,
    day1: d1,
    asOf,
    iv,
    lastDay,
    baseLastDay,
    verlengingWeeks,
    wiaStart,
    caseStatus,
    fitFrom,
    eindeDienstverband,
    aowDate,
    letter: letterEv === undefined ? Number.NaN : letterEv.day,
    done,
    flags,
    values,
  };

  const milestones: Milestone[] = [];
  const byId = new Map<MilestoneId, Milestone>();
  for (const rule of ENGINE_RULES) {
    if (rule.kind === 'advice' && !policy.includeAdvice) continue;
    if (rule.onlyOnEindeDienstverband) {
      if (Number.isNaN(eindeDienstverband) || eindeDienstverband < d1 || eindeDienstverband > lastDay) continue;
    }
    if (rule.repeats) {
      for (const m of chain(rule, ctx, byId)) milestones.push(m);
      continue;
    }
    const m = single(rule, ctx, byId);
    if (REFERENCED_STEPS.has(rule.id)) byId.set(rule.id, m);
    milestones.push(m);
  }
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

  // Findings about the history.
  if (!Number.isNaN(fitFrom) && caseStatus === 'closed') {
    const closedOn = fitFrom + p.samentellingGapDays - 1;
    for (const e of caseEvents) {
      if (e.day >= closedOn && isStep(e.type)) {
        flags.push(
          makeFlag(
            'STEP_WHILE_CLOSED',
            'warning',
            `Stap '${e.type}' op ${iso(e.day)} is gedateerd terwijl de zaak gesloten was (hersteld sinds ${iso(fitFrom)}).`,
            `Step '${e.type}' on ${iso(e.day)} is dated while the case was closed (recovered since ${iso(fitFrom)}).`,
          ),
        );
      }
    }
  }
  frequentAbsence(cases, asOf, p, policy, flags);
  if (d1 < parseIsoDate(RULES_COVERAGE_FROM)) {
    flags.push(
      makeFlag(
        'RULES_BEFORE_COVERAGE',
        'info',
        `De eerste ziektedag ligt vóór ${RULES_COVERAGE_FROM}; de termijnen zijn berekend met de huidige regels (vóór 1 juli 2013 golden weken 89/91 voor verslag en aanvraag).`,
        `The first sick day is before ${RULES_COVERAGE_FROM}; deadlines are computed with today's rules (before 1 July 2013 the report and application were due in weeks 89/91).`,
      ),
    );
  }

  return {
    firstSickDay: iso(d1),
    asOf: iso(asOf),
    status: caseStatus,
    countedSickDays,
    currentWeek: Math.ceil(countedSickDays / 7),
    periods: periodsOf(cases),
    previousCases: previousCasesOf(cases, used, leaveStarts, leaveEnds),
    wachttijd: { lastDay: iso(lastDay), wiaStart: iso(wiaStart) },
    wageObligationEnd: iso(wageObligationEnd),
    milestones,
    flags,
    dossier: dossierOf(milestones, caseEvents),
  };
}

function isStep(type: CaseEventType): boolean {
  return MILESTONE_RULES.some((r) => r.completedBy === type && r.kind !== 'info');
}

/** Resolves a date rule to an epoch day, with its explanation. */
function resolveDate(rule: DateRule, ctx: Ctx, byId: ReadonlyMap<MilestoneId, Milestone>, explain: string[]): number {
  const iso = formatIsoDate;
  switch (rule.from) {
    case 'counted': {
      const n = paramValue(rule.param, ctx);
      const day = countedDay(ctx.iv, n);
      const uncounted = day - ctx.day1 - (n - 1);
      // `counted day n (week w) = day 1 D + n-1 days[ + u uncounted day(s) …] = D'` from cached pieces.
      explain.push(
        countedHead(n) +
          iso(ctx.day1) +
          countedTail(n) +
          (uncounted > 0 ? ` + ${uncounted} uncounted day(s) of recovery or leave (samentelling)` : '') +
          ' = ' +
          iso(day),
      );
      return day;
    }
    case 'afterStep':
    case 'chain': {
      const prev = byId.get(rule.step);
      const n = paramValue(rule.param, ctx);
      const base = prev === undefined ? ctx.day1 : dayOf(prev.completedOn ?? prev.due);
      const day = countedDay(ctx.iv, countedIndex(ctx.iv, base) + n);
      const what = prev?.completedOn != null ? `done on ${prev.completedOn}` : `not done yet; its due date ${prev?.due ?? iso(base)}`;
      explain.push(`${n} counted days after the ${rule.step} (${what}) = ${iso(day)}`);
      return day;
    }
    case 'beforeEnd': {
      const n = paramValue(rule.param, ctx);
      const day = ctx.lastDay - n;
      // `n days (n/7 weeks) before the last day of the wachttijd L = D; counted backward, …`
      explain.push(beforeEndHead(n) + iso(ctx.lastDay) + ' = ' + iso(day) + BEFORE_END_TAIL);
      return day;
    }
    case 'end': {
      const uncounted = ctx.baseLastDay - ctx.day1 - (ctx.p.wachttijdDays - 1);
      explain.push(
        `the last day of the wachttijd: counted day ${ctx.p.wachttijdDays} (104 weeks) = day 1 ${iso(ctx.day1)} + ${ctx.p.wachttijdDays - 1} days` +
          (uncounted > 0 ? ` + ${uncounted} uncounted day(s) of recovery or leave (samentelling)` : '') +
          ` = ${iso(ctx.baseLastDay)}`,
      );
      if (ctx.verlengingWeeks > 0) {
        explain.push(
          `+ ${ctx.verlengingWeeks} weeks vrijwillige verlenging (WIA 24) = ${iso(ctx.lastDay)}; the first day of a WIA benefit is ${iso(ctx.wiaStart)}`,
        );
      } else {
        explain.push(`the first day of a WIA benefit is the day after: ${iso(ctx.wiaStart)}`);
      }
      return ctx.lastDay;
    }
    case 'eindeDienstverband':
      explain.push(`the last day of employment ${iso(ctx.eindeDienstverband)}`);
      return ctx.eindeDienstverband;
    default:
      return rule satisfies never;
  }
}

function paramValue(name: keyof LawParameters, ctx: Ctx): number {
  if (name === 'evaluatieIntervalDays') return ctx.policy.evaluationIntervalDays;
  if (name === 'meldingBedrijfsartsDay') return ctx.policy.meldingBedrijfsartsDay;
  if (name === 'probleemanalyseDay' && ctx.policy.probleemanalyse === 'strict') return ctx.p.probleemanalyseLegalDay;
  return ctx.p[name];
}

function atwRoll(day: number, ctx: Ctx, id: MilestoneId, explain: string[]): number {
  const rolled = rollForwardToAtwWorkingDay(day);
  if (rolled !== day) {
    explain.push(
      `${formatIsoDate(day)} is no working day under the Algemene termijnenwet (${describeNonWorkingDay(day)}); rolled forward to ${formatIsoDate(rolled)} (Atw art. 1 lid 1)`,
    );
  }
  if (!isAtwCalendarKnown(rolled)) {
    ctx.flags.push(
      makeFlag(
        'ATW_CALENDAR_INCOMPLETE',
        'info',
        `De gelijkgestelde dagen (Atw art. 3 lid 3) voor ${formatIsoDate(rolled).slice(0, 4)} staan niet in de gegevens van deze versie (bekend: 2023–2028); de datum kan een werkdag later liggen.`,
        `The gelijkgestelde dagen (Atw art. 3(3)) for ${formatIsoDate(rolled).slice(0, 4)} are not in the data of this version (known: 2023–2028); the date may fall a working day later.`,
        id,
      ),
    );
  }
  return rolled;
}

function describeNonWorkingDay(day: number): string {
  const wd = ((((day + 3) % 7) + 7) % 7) + 1;
  if (wd >= 6) return WEEKDAYS_NL[wd - 1] as string;
  return isAtwWorkingDay(day) ? 'werkdag' : 'feestdag of gelijkgestelde dag';
}

/** One non-repeating milestone. */
function single(rule: MilestoneRule, ctx: Ctx, byId: ReadonlyMap<MilestoneId, Milestone>): Milestone {
  const explain: string[] = [];
  let windowStart = rule.window === undefined ? Number.NaN : resolveDate(rule.window, ctx, byId, explain);
  let due = resolveDate(rule.due, ctx, byId, explain);
  // The duty arises on the statutory day; the Atw only gives until the next working day to act.
  const statutoryDue = due;
  if (rule.roll === 'atw') due = atwRoll(due, ctx, rule.id, explain);
  let legalLatest = Number.NaN;
  if (rule.legalLatest !== undefined && !(rule.id === 'probleemanalyse' && ctx.policy.probleemanalyse === 'strict')) {
    legalLatest = resolveDate(rule.legalLatest, ctx, byId, explain);
    explain[explain.length - 1] = `strict legal reading: ${explain[explain.length - 1]}`;
  }
  if (rule.id === 'plan-van-aanpak' || rule.id === 'casemanager') {
    const pa = byId.get('probleemanalyse');
    if (pa !== undefined && pa.completedOn === null && pa.legalLatest !== null) {
      legalLatest = countedDay(ctx.iv, countedIndex(ctx.iv, dayOf(pa.legalLatest)) + ctx.p.planVanAanpakAfterDays);
    }
  }
  // WIA 64 lid 6: the letter opens the window; a late letter gives four weeks.
  if (rule.id === 'wia-aanvraag' && !Number.isNaN(ctx.letter)) {
    windowStart = ctx.letter;
    const afterLetter = ctx.letter + ctx.p.wiaAanvraagAfterLetterDays;
    explain.push(`the UWV letter arrived on ${formatIsoDate(ctx.letter)}: the window opens then`);
    if (afterLetter > due) {
      explain.push(
        `the letter came late: the application is timely within ${ctx.p.wiaAanvraagAfterLetterDays} days of receiving it (WIA 64 lid 6) = ${formatIsoDate(afterLetter)}`,
      );
      due = afterLetter;
    }
  }
  const completions = rule.completedBy === null ? undefined : ctx.done.get(rule.completedBy);
  const completion = completions?.[0];
  let completedOn = completion === undefined ? Number.NaN : completion.day;
  if (rule.selfCompleting && ctx.asOf >= due) completedOn = due;
  const extra: { casemanagerType?: CasemanagerType | null; variant?: 'volledig' | 'verkort' | null } = {};
  if (rule.id === 'casemanager') {
    extra.casemanagerType = (completion?.event as { casemanagerType?: CasemanagerType } | undefined)?.casemanagerType ?? null;
  }
  let status = statusOf(rule, due, completedOn, ctx, explain, statutoryDue);
  // Einde dienstverband: full or shortened RIV due on the last day of employment (LAW.md §7.1) —
  // also once recorded (judged against that day), never for an employee past AOW age (no WIA).
  const aowEnds = rule.wiaRelated && !Number.isNaN(ctx.aowDate) && ctx.aowDate <= ctx.wiaStart;
  if (rule.dueAtEindeDienstverband !== undefined && due > ctx.eindeDienstverband && !aowEnds && inEmploymentEnd(ctx)) {
    const sickDays = countedIndex(ctx.iv, ctx.eindeDienstverband);
    const full = sickDays >= ctx.p.eindeDienstverbandFullRivDays;
    const short = sickDays >= ctx.p.eindeDienstverbandShortRivDays;
    if (full || (short && rule.dueAtEindeDienstverband === 'riv')) {
      due = ctx.eindeDienstverband;
      if (rule.id === 're-integratieverslag') extra.variant = full ? 'volledig' : 'verkort';
      explain.push(
        `employment ends on ${formatIsoDate(due)} after ${sickDays} counted sick days: ${full ? 'a full re-integratieverslag with eindevaluatie' : 'a shortened re-integratieverslag'} is due on the last day of employment (LAW.md §7.1)`,
      );
      status = timeStatus(due, completedOn, ctx);
    } else {
      explain.push(
        `employment ends after ${sickDays} counted sick days: ${short ? 'only a shortened report (verkort RIV) is needed' : 'no re-integratieverslag is needed (sick less than 6 weeks)'} (LAW.md §7.1)`,
      );
    }
  } else if (rule.id === 're-integratieverslag') {
    extra.variant = null;
  }
  const m = milestone(rule, 1, windowStart, due, legalLatest, status, completedOn, explain, extra);
  report(m, rule, ctx, completion);
  return m;
}

function inEmploymentEnd(ctx: Ctx): boolean {
  const e = ctx.eindeDienstverband;
  return !Number.isNaN(e) && e >= ctx.day1 && e <= ctx.lastDay && ctx.caseStatus === 'sick';
}

const NO_EXTRA: { casemanagerType?: CasemanagerType | null; variant?: 'volledig' | 'verkort' | null } = Object.freeze({});

/** The repeating evaluations of the plan van aanpak. */
function chain(rule: MilestoneRule, ctx: Ctx, byId: ReadonlyMap<MilestoneId, Milestone>): Milestone[] {
  if (rule.due.from !== 'chain') return [];
  const pva = byId.get(rule.due.step);
  const interval = paramValue(rule.due.param, ctx);
  const records = ctx.done.get((rule.completedBy ?? 'evaluatie') as CaseEventType) ?? [];
  const out: Milestone[] = [];
  let base = pva === undefined ? ctx.day1 : dayOf(pva.completedOn ?? pva.due);
  let baseText =
    pva === undefined
      ? 'day 1'
      : pva.completedOn !== null
        ? `the plan van aanpak of ${pva.completedOn}`
        : `the plan van aanpak due ${pva.due} (not done yet)`;
  for (let k = 1; ; k++) {
    const due = countedDay(ctx.iv, countedIndex(ctx.iv, base) + interval);
    const record = records[k - 1];
    if (due > ctx.lastDay && record === undefined) break;
    const stop = endsChain(due, ctx);
    if (stop === 'exclude' && record === undefined) break;
    // `n counted days after <base> = D (evaluation k; UWV: at least every 6 weeks)`
    const explain = [intervalHead(interval) + baseText + ' = ' + formatIsoDate(due) + evaluationTail(k)];
    const completedOn = record === undefined ? Number.NaN : record.day;
    const status = statusOf(rule, due, completedOn, ctx, explain);
    const m = milestone(rule, k, Number.NaN, due, Number.NaN, status, completedOn, explain, NO_EXTRA);
    report(m, rule, ctx, record);
    out.push(m);
    if (stop === 'last' && record === undefined) break;
    if (record === undefined) {
      base = due;
      baseText = evaluationDueHead(k) + formatIsoDate(due) + ' (not done yet)';
    } else if (record.day >= base) {
      base = record.day;
      baseText = evaluationOfHead(k) + formatIsoDate(record.day);
    }
    // An evaluation recorded before the current basis (say, before the plan van aanpak) never moves
    // the chain backward: next = max(plan van aanpak, last evaluation) + interval (LAW.md §2.6).
  }
  return out;
}

/** Whether a branch stops the evaluation chain at an evaluation due on `due`. */
function endsChain(due: number, ctx: Ctx): 'continue' | 'last' | 'exclude' {
  if (!Number.isNaN(ctx.eindeDienstverband) && due > ctx.eindeDienstverband) return 'exclude';
  if (!Number.isNaN(ctx.aowDate) && due >= ctx.aowDate) return 'exclude';
  if (ctx.caseStatus === 'closed' && due >= ctx.fitFrom) return 'exclude';
  if (ctx.caseStatus === 'recovered' && due >= ctx.fitFrom) return 'last';
  return 'continue';
}

/** Status of a step (DESIGN.md §3), with the reason for a branch status added to `explain`. */
function statusOf(
  rule: MilestoneRule,
  due: number,
  completedOn: number,
  ctx: Ctx,
  explain: string[],
  /** The unrolled date: a recovery after it does not undo a duty that has arisen. */
  statutoryDue: number = due,
): MilestoneStatus {
  const iso = formatIsoDate;
  if (!Number.isNaN(completedOn) && !rule.selfCompleting) return completedOn <= due ? 'done' : 'done-late';
  if (!Number.isNaN(ctx.aowDate)) {
    if (rule.wiaRelated && ctx.aowDate <= ctx.wiaStart) {
      explain.push(`not applicable: the employee reaches AOW age on ${iso(ctx.aowDate)}, before a WIA benefit could start (LAW.md §7.4)`);
      return 'not-applicable';
    }
    if (rule.employerStep && due >= ctx.aowDate) {
      explain.push(
        `not applicable: the employee has reached AOW age on ${iso(ctx.aowDate)}; no Poortwachter steps after that date (BW 7:629 lid 2 sub b; LAW.md §7.4)`,
      );
      return 'not-applicable';
    }
  }
  if (!Number.isNaN(ctx.eindeDienstverband) && rule.employerStep && due > ctx.eindeDienstverband) {
    explain.push(
      `not applicable: employment ended on ${iso(ctx.eindeDienstverband)}; the employer reports the employee sick to UWV instead (LAW.md §7.1)`,
    );
    return 'not-applicable';
  }
  if (!Number.isNaN(ctx.fitFrom) && statutoryDue >= ctx.fitFrom) {
    if (ctx.caseStatus === 'closed') {
      explain.push(
        `not applicable: the employee recovered on ${iso(ctx.fitFrom)} and stayed fit for ${ctx.p.samentellingGapDays} days or more, so the case closed before this step fell due`,
      );
      return 'not-applicable';
    }
    if (ctx.caseStatus === 'recovered') {
      explain.push(
        `suspended: the employee is fit since ${iso(ctx.fitFrom)}; the date shown assumes sickness resumes the day after ${iso(ctx.asOf)} and moves with every further fit day`,
      );
      return 'suspended';
    }
  }
  if (rule.selfCompleting) return ctx.asOf >= due ? 'done' : timeStatus(due, Number.NaN, ctx);
  if (rule.optional && ctx.asOf > due) {
    explain.push(`the window closed on ${iso(due)} without an application`);
    return 'not-applicable';
  }
  return timeStatus(due, completedOn, ctx);
}

function timeStatus(due: number, completedOn: number, ctx: Ctx): MilestoneStatus {
  if (!Number.isNaN(completedOn)) return completedOn <= due ? 'done' : 'done-late';
  if (ctx.asOf > due) return 'overdue';
  return due - ctx.asOf <= ctx.policy.dueSoonDays ? 'due-soon' : 'upcoming';
}

function milestone(
  rule: MilestoneRule,
  occurrence: number,
  windowStart: number,
  due: number,
  legalLatest: number,
  status: MilestoneStatus,
  completedOn: number,
  explanation: string[],
  extra: { casemanagerType?: CasemanagerType | null; variant?: 'volledig' | 'verkort' | null },
): Milestone {
  const m: Milestone = {
    id: rule.id,
    occurrence,
    kind: rule.kind,
    actor: rule.actor,
    windowStart: Number.isNaN(windowStart) ? null : formatIsoDate(windowStart),
    due: formatIsoDate(due),
    legalLatest: Number.isNaN(legalLatest) ? null : formatIsoDate(legalLatest),
    status,
    completedOn: Number.isNaN(completedOn) ? null : formatIsoDate(completedOn),
    title: rule.title,
    legalBasis: rule.legalBasis,
    explanation,
  };
  // Only casemanager and re-integratieverslag carry these: set where present (same keys, same
  // order as a spread, without the generic copy an object-literal spread costs on every milestone).
  if (extra.casemanagerType !== undefined) (m as { casemanagerType?: CasemanagerType | null }).casemanagerType = extra.casemanagerType;
  if (extra.variant !== undefined) (m as { variant?: 'volledig' | 'verkort' | null }).variant = extra.variant;
  return m;
}

/** Flags for a late or missing step. */
function report(m: Milestone, rule: MilestoneRule, ctx: Ctx, completion: Ev | undefined): void {
  // Most milestones raise no flag: leave before building any text for one.
  if (
    m.status !== 'overdue' &&
    m.status !== 'done-late' &&
    (completion === undefined || m.windowStart === null || m.completedOn === null || m.completedOn >= m.windowStart)
  )
    return;
  const label = m.occurrence > 1 || rule.repeats ? `${rule.title.nl} ${m.occurrence}` : rule.title.nl;
  const labelEn = m.occurrence > 1 || rule.repeats ? `${rule.title.en} ${m.occurrence}` : rule.title.en;
  const occ = rule.repeats ? m.occurrence : undefined;
  const consequenceNl = fill(rule.consequence.nl, ctx.values);
  const consequenceEn = fill(rule.consequence.en, ctx.values);
  if (rule.id === 'wia-brief-uwv') {
    // Expected at the start of week 89, by law at the latest at its end (`legalLatest`, LAW.md §2.14):
    // only a letter later than that is a finding.
    const latest = m.legalLatest === null ? m.due : m.legalLatest;
    const late = m.status === 'done-late' ? (m.completedOn as string) > latest : m.status === 'overdue' && formatIsoDate(ctx.asOf) > latest;
    if (late) {
      const lateNl = m.status === 'done-late' ? `kwam pas op ${m.completedOn}` : `is op ${m.due} nog niet ontvangen`;
      const lateEn = m.status === 'done-late' ? `only arrived on ${m.completedOn}` : `has not arrived by ${m.due}`;
      ctx.flags.push(
        makeFlag(
          'WIA_LETTER_LATE',
          'warning',
          `De WIA-brief van UWV ${lateNl}. ${consequenceNl}`,
          `The UWV WIA letter ${lateEn}. ${consequenceEn}`,
          m.id,
        ),
      );
    }
    return;
  }
  if (rule.kind === 'info') return;
  if (m.status === 'overdue') {
    const withinLegal = m.legalLatest !== null && ctx.asOf <= dayOf(m.legalLatest);
    const severity = rule.kind === 'advice' || withinLegal ? 'warning' : 'error';
    const legalNl = withinLegal ? ` (strikt juridisch uiterlijk ${m.legalLatest})` : '';
    const legalEn = withinLegal ? ` (strict legal latest ${m.legalLatest})` : '';
    ctx.flags.push(
      makeFlag(
        'MILESTONE_OVERDUE',
        severity,
        `${label} was uiterlijk ${m.due} nodig${legalNl} en is niet geregistreerd. ${consequenceNl}`,
        `${labelEn} was due by ${m.due}${legalEn} and is not recorded. ${consequenceEn}`,
        m.id,
        occ,
      ),
    );
  } else if (m.status === 'done-late') {
    const withinLegal = m.legalLatest !== null && m.completedOn !== null && m.completedOn <= m.legalLatest;
    const severity = rule.kind === 'advice' || withinLegal ? 'info' : 'warning';
    ctx.flags.push(
      makeFlag(
        'MILESTONE_DONE_LATE',
        severity,
        `${label} is gedaan op ${m.completedOn}, na de termijn van ${m.due}${withinLegal ? ' (wel binnen de strikt juridische termijn)' : ''}.`,
        `${labelEn} was done on ${m.completedOn}, after its due date ${m.due}${withinLegal ? ' (within the strict legal reading)' : ''}.`,
        m.id,
        occ,
      ),
    );
  }
  if (completion !== undefined && m.windowStart !== null && m.completedOn !== null && m.completedOn < m.windowStart) {
    ctx.flags.push(
      makeFlag(
        'STEP_BEFORE_WINDOW',
        'warning',
        `${label} is gedaan op ${m.completedOn}, vóór de periode waarin het kan (vanaf ${m.windowStart}).`,
        `${labelEn} was done on ${m.completedOn}, before its window opened (${m.windowStart}).`,
        m.id,
        occ,
      ),
    );
  }
}

function periodFlag(pr: PeriodProblem): Flag {
  const d = formatIsoDate(pr.day);
  switch (pr.code) {
    case 'ZIEK_WITHOUT_HERSTELD':
      return makeFlag(
        'ZIEK_WITHOUT_HERSTELD',
        'warning',
        `'ziek' op ${d} zonder voorafgaande 'hersteld': de werknemer was al ziek; genegeerd.`,
        `'ziek' on ${d} without a preceding 'hersteld': the employee was already sick; ignored.`,
      );
    case 'HERSTELD_TWICE':
      return makeFlag(
        'HERSTELD_TWICE',
        'warning',
        `'hersteld' op ${d} terwijl de werknemer niet ziek was (al hersteld of nog niet begonnen); genegeerd.`,
        `'hersteld' on ${d} while the employee was not sick (already recovered or period not begun); ignored.`,
      );
    case 'NEW_CASE_STARTED':
      return makeFlag(
        'NEW_CASE_STARTED',
        'info',
        `Na ${pr.gap} dagen hersteld begint op ${d} een nieuwe ziektegeval met een nieuwe eerste ziektedag (geen samentelling: 4 weken of meer, BW 7:629 lid 10).`,
        `After ${pr.gap} fit days a new case starts on ${d} with a new first sick day (no samentelling: 4 weeks or more, BW 7:629(10)).`,
      );
    default:
      return pr.code satisfies never;
  }
}

function frequentAbsence(cases: readonly RawCase[], asOf: number, p: LawParameters, policy: Policy, flags: Flag[]): void {
  let reports = 0;
  for (const c of cases)
    for (const period of c.periods) if (period.start <= asOf && period.start > asOf - p.frequentAbsenceWindowDays) reports++;
  if (reports >= policy.frequentAbsenceReports) {
    flags.push(
      makeFlag(
        'FREQUENT_ABSENCE',
        'info',
        `${reports} ziekmeldingen in de laatste 12 maanden: frequent verzuim gaat vaak vooraf aan langdurig verzuim; overweeg een gesprek of spreekuur (beleid, geen wettelijke plicht).`,
        `${reports} sick reports in the last 12 months: frequent absence often precedes long-term absence; consider a conversation or consultation (policy, not a legal duty).`,
      ),
    );
  }
}

function periodsOf(cases: readonly RawCase[]): Period[] {
  const out: Period[] = [];
  for (const c of cases) {
    const caseFirstSickDay = formatIsoDate(c.firstSickDay);
    for (const p of c.periods) {
      out.push({ start: formatIsoDate(p.start), end: p.end === Number.POSITIVE_INFINITY ? null : formatIsoDate(p.end), caseFirstSickDay });
    }
  }
  return out;
}

function previousCasesOf(cases: readonly RawCase[], used: readonly Ev[], leaveStarts: number[], leaveEnds: number[]): PreviousCase[] {
  const out: PreviousCase[] = [];
  for (let i = 0; i < cases.length - 1; i++) {
    const c = cases[i] as RawCase;
    const next = (cases[i + 1] as RawCase).firstSickDay;
    let eventCount = 0;
    for (const e of used) if (e.day >= c.firstSickDay && e.day < next && !MAY_PRECEDE_DAY_1.has(e.type)) eventCount++;
    const last = c.periods[c.periods.length - 1] as { end: number };
    const iv = subtractIntervals(
      c.periods.map((x) => x.start),
      c.periods.map((x) => x.end),
      leaveStarts,
      leaveEnds,
    );
    out.push({
      firstSickDay: formatIsoDate(c.firstSickDay),
      lastSickDay: formatIsoDate(last.end),
      countedSickDays: countedIndex(iv, last.end),
      eventCount,
    });
  }
  return out;
}

/** The steps that leave a document in the dossier (comparisons of interned strings: no hashing per milestone). */
function isDossierId(id: MilestoneId): boolean {
  return (
    id === 'evaluatie' ||
    id === 'probleemanalyse' ||
    id === 'plan-van-aanpak' ||
    id === 'eerstejaarsevaluatie' ||
    id === 'eindevaluatie' ||
    id === 're-integratieverslag'
  );
}

function dossierOf(milestones: readonly Milestone[], caseEvents: readonly Ev[]): DossierItem[] {
  const out: DossierItem[] = [];
  for (const m of milestones) {
    if (!isDossierId(m.id) || m.status === 'not-applicable') continue;
    const required = m.status === 'done' || m.status === 'done-late' || m.status === 'overdue';
    out.push({ id: m.id, occurrence: m.occurrence, required, present: m.completedOn !== null, date: m.completedOn });
  }
  let k = 0;
  for (const e of caseEvents) {
    if (e.type === 'deskundigenoordeel')
      out.push({ id: 'deskundigenoordeel', occurrence: ++k, required: false, present: true, date: formatIsoDate(e.day) });
  }
  return out;
}
