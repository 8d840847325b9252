/**
 * {@link evaluateChecked}: from a first sick day and the events of a case to every Poortwachter milestone,
 * with its dates, status and the findings about the case.
 *
 * The engine takes input the schema has checked (src/case/parse.ts: `evaluateCase` and
 * `safeEvaluateCase` parse, then call {@link evaluateChecked}); it checks nothing itself. It is a
 * pipeline; each stage has its own module:
 * 1. events.ts — sort, split off what lies after `asOf`;
 * 2. periods.ts — sick periods and samentelling: the cases and the counted days of the current one;
 * 3. facts.ts — the wachttijd and the wage obligation;
 * 4. interpret.ts — the rule interpreter: every milestone with its derivation;
 * 5. status.ts — where each step stands on `asOf`;
 * 6. findings.ts — the flags.
 *
 * Pure: no clock, no I/O, no mutation of the input; dates are epoch-day integers inside, and no
 * words: derivations, statuses and flags are data that the message catalogues render.
 *
 * @module
 */
import { formatIsoDate, type IsoDate, parseIsoDate } from '../calendar/isoDate.js';
import type { RuleTable } from '../law/rules.js';
import { STEP_RULES } from '../law/steps.js';
import type {
  AfwijkingEvent,
  CaseInput,
  CaseTimeline,
  DossierItem,
  ExplainedTimeline,
  Milestone,
  MilestoneId,
  Period,
  Policy,
  PreviousCase,
  TimelineWithDossier,
} from '../types.js';
import type { CheckedVangnet, Ctx, Ev, Leave } from './context.js';
import { countedIndex, subtractIntervals } from './counting.js';
import { eventsOn, MAY_PRECEDE_DAY_1, sortEvents } from './events.js';
import { caseFacts, wageObligation } from './facts.js';
import { deviationOf, reportCase } from './findings.js';
import { makeFlag } from './flags.js';
import { milestonesOf } from './interpret.js';
import { currentCase, type RawCase } from './periods.js';

/** Options of {@link evaluateCase} (and of `safeEvaluateCase`). */
export interface EvaluateCaseOptions {
  /** The day to evaluate the case on (statuses are relative to it). */
  readonly asOf: IsoDate;
  /** Settings of the interpretation that differ from `DEFAULT_POLICY`. */
  readonly policy?: Partial<Policy> | undefined;
  /**
   * Also build each milestone's `derivation` (how its dates came about, why its status is what it
   * is), which `explain()` renders. Default `false`: the timeline is the facts only.
   */
  readonly explain?: boolean | undefined;
  /**
   * Also list the parts of the re-integratiedossier (`dossier`: what UWV checks in the RIV-toets,
   * present or missing). Default `false` (implied by `explain: true`): the milestones already say
   * what was done when; the checklist is for the renderers that show it.
   */
  readonly dossier?: boolean | undefined;
  /**
   * The rule table to apply (default: the law in force, {@link DEFAULT_RULES}). Build one with
   * `createRuleTable` to model a law change or an employer policy with other offsets.
   */
  readonly rules?: RuleTable | undefined;
}

declare const checked: unique symbol;

/**
 * A {@link CaseInput} the schema has checked: what `parseCaseInput` returns (the one parse step of
 * src/case/schema.ts). The brand says that no second check is needed.
 */
export type CheckedCaseInput = CaseInput & { readonly [checked]: true };

/** The options of {@link evaluateChecked}, checked and completed: the whole policy, the rule table. */
export interface CheckedOptions {
  readonly asOf: IsoDate;
  readonly policy: Policy;
  readonly rules: RuleTable;
  readonly explain: boolean;
  /** Also list the dossier checklist (implied by `explain`). */
  readonly dossier: boolean;
  readonly [checked]: true;
}

/**
 * The engine's entry: evaluates checked input (see `evaluateCase` for what comes out). It checks
 * nothing itself — the schema did (`parseCaseInput` and `parseEvaluateOptions`), so a batch or a
 * service that parsed once pays for no second check.
 *
 * @example
 * const input = parseCaseInput(json); const options = parseEvaluateOptions({ asOf: '2025-03-10' });
 * if (input.success && options.success) evaluateChecked(input.data, options.data).status //=> 'sick'
 */
export function evaluateChecked(input: CheckedCaseInput, options: CheckedOptions & { readonly explain: true }): ExplainedTimeline;
export function evaluateChecked(input: CheckedCaseInput, options: CheckedOptions & { readonly dossier: true }): TimelineWithDossier;
export function evaluateChecked(input: CheckedCaseInput, options: CheckedOptions): CaseTimeline;
export function evaluateChecked(input: CheckedCaseInput, options: CheckedOptions): CaseTimeline {
  const day1 = parseIsoDate(input.firstSickDay);
  const v = input.vangnet;
  const vangnet: CheckedVangnet | null =
    v === undefined
      ? null
      : {
          grond: v.grond,
          bekendOp: v.bekendOp === undefined ? Number.NaN : parseIsoDate(v.bekendOp),
          uitgerekendeDatum: v.uitgerekendeDatum === undefined ? Number.NaN : parseIsoDate(v.uitgerekendeDatum),
          meerling: v.meerling === true,
        };
  return evaluateDays(
    day1,
    parseIsoDate(options.asOf),
    sortEvents(input.events ?? []),
    vangnet,
    input.eigenrisicodrager === true,
    options.policy,
    options.rules,
    options.explain,
    options.dossier,
  );
}

/** Runs the pipeline on checked input, its dates as epoch days. */
function evaluateDays(
  day1: number,
  asOf: number,
  events: readonly Ev[],
  vangnet: CheckedVangnet | null,
  eigenrisicodrager: boolean,
  policy: Policy,
  rules: RuleTable,
  explain: boolean,
  withDossier: boolean,
): CaseTimeline {
  const flags: CaseTimeline['flags'] extends readonly (infer F)[] ? F[] : never = [];
  // Nothing to count yet: said first, so that no status is read as meaningful.
  if (asOf < day1)
    flags.push(makeFlag('AS_OF_BEFORE_FIRST_SICK_DAY', 'error', { asOf: formatIsoDate(asOf), firstSickDay: formatIsoDate(day1) }));
  const { used, leave, transitions } = eventsOn(events, asOf, flags);
  const c = currentCase(day1, asOf, transitions, leave, rules, flags);
  const facts = caseFacts(c, used, leave, flags, explain);
  const ctx: Ctx = {
    p: c.p,
    policy,
    day1: c.day1,
    asOf,
    iv: c.iv,
    leave,
    lastDay: facts.lastDay,
    baseLastDay: facts.baseLastDay,
    verlengingWeeks: facts.verlengingWeeks,
    wiaStart: facts.lastDay + 1,
    caseStatus: c.status,
    fitFrom: c.fitFrom,
    eindeDienstverband: facts.eindeDienstverband,
    aowDate: facts.aowDate,
    letter: facts.letter,
    done: facts.done,
    flags,
    lastDayDerivation: facts.lastDayDerivation,
    vangnet,
    implied: facts.implied,
    explain,
    eigenrisicodrager,
  };
  const milestones = milestonesOf(ctx);
  const wage = wageObligation(ctx, facts, milestones, rules);
  reportCase(ctx, c.cases, facts.caseEvents);
  const timeline: { -readonly [K in keyof CaseTimeline]: CaseTimeline[K] } = {
    firstSickDay: formatIsoDate(c.day1),
    asOf: formatIsoDate(asOf),
    status: c.status,
    countedSickDays: c.countedSickDays,
    currentWeek: Math.ceil(c.countedSickDays / 7),
    periods: periodsOf(c.cases),
    previousCases: previousCasesOf(c.cases, used, leave),
    wachttijd: { lastDay: formatIsoDate(facts.lastDay), wiaStart: formatIsoDate(facts.lastDay + 1) },
    wageObligationEnd: formatIsoDate(wage.end),
    wageObligationDerivation: wage.derivation,
    wagePhases: wage.phases,
    milestones,
    flags,
  };
  // On request only (`dossier: true`, or `explain: true`): the milestones already carry what it lists.
  if (withDossier) timeline.dossier = dossierOf(milestones, facts.caseEvents);
  return timeline;
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

function previousCasesOf(cases: readonly RawCase[], used: readonly Ev[], leave: Leave): PreviousCase[] {
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
      leave.starts,
      leave.ends,
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

/** The steps that leave a document in the dossier (`dossier: true` in the rule table). */
const DOSSIER_STEPS: ReadonlySet<MilestoneId> = new Set(STEP_RULES.filter((r) => r.dossier).map((r) => r.id));

function dossierOf(milestones: readonly Milestone[], caseEvents: readonly Ev[]): DossierItem[] {
  const out: DossierItem[] = [];
  const agreed = caseEvents.filter((e) => e.type === 'afwijking');
  for (const m of milestones) {
    if (m.status === 'not-applicable' || !DOSSIER_STEPS.has(m.id)) continue;
    const required = m.status === 'done' || m.status === 'done-late' || m.status === 'overdue';
    const item: DossierItem = { id: m.id, occurrence: m.occurrence, required, present: m.completedOn !== null, date: m.completedOn };
    const d = deviationOf(m, agreed);
    out.push(
      d === undefined ? item : { ...item, deviation: { date: formatIsoDate(d.day), motivering: (d.event as AfwijkingEvent).motivering } },
    );
  }
  let k = 0;
  for (const e of caseEvents) {
    if (e.type === 'deskundigenoordeel')
      out.push({ id: 'deskundigenoordeel', occurrence: ++k, required: false, present: true, date: formatIsoDate(e.day) });
  }
  return out;
}
