/**
 * `evaluateCase`: from a first sick day and the events of a case to every Poortwachter milestone,
 * with its dates, status and the findings about the case.
 *
 * The engine is a pipeline; each stage has its own module:
 * 1. events.ts — check, sort, split off what lies after `asOf`;
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
import { formatIsoDate } from '../calendar/isoDate.js';
import { PoortwachterError } from '../errors.js';
import { DEFAULT_RULES, type RuleTable } from '../law/rules.js';
import { STEP_RULES } from '../law/steps.js';
import type {
  AfwijkingEvent,
  CaseEvent,
  CaseEventType,
  CaseInput,
  CaseTimeline,
  DossierItem,
  EvaluateOptions,
  ExplainedTimeline,
  InputIssueData,
  Milestone,
  MilestoneId,
  Period,
  Policy,
  PreviousCase,
  TimelineWithDossier,
  Vangnet,
} from '../types.js';
import type { CheckedVangnet, Ctx, Ev, Leave } from './context.js';
import { countedIndex, subtractIntervals } from './counting.js';
import { eventsOn, MAY_PRECEDE_DAY_1, prepareEvents } from './events.js';
import { caseFacts, wageObligation } from './facts.js';
import { deviationOf, reportCase } from './findings.js';
import { makeFlag } from './flags.js';
import { milestonesOf } from './interpret.js';
import { issueData as inputIssue, jsonType, quote, shownValue } from './issue-data.js';
import { currentCase, type RawCase } from './periods.js';
import { policyIssues, resolvePolicy } from './policy.js';
import { checkDate, checkOptionalBoolean } from './validate.js';

export { prepareEvents } from './events.js';

/** Options of {@link evaluateCase}, with the advanced rule table. */
export interface EvaluateCaseOptions extends EvaluateOptions {
  /**
   * The rule table to apply (default: the law in force, {@link DEFAULT_RULES}). Build one with
   * `createRuleTable` to model a law change or an employer policy with other offsets.
   */
  readonly rules?: RuleTable | undefined;
}

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
export function evaluateCase(input: CaseInput, options: EvaluateCaseOptions & { readonly explain: true }): ExplainedTimeline;
export function evaluateCase(input: CaseInput, options: EvaluateCaseOptions & { readonly dossier: true }): TimelineWithDossier;
export function evaluateCase(input: CaseInput, options: EvaluateCaseOptions): CaseTimeline;
export function evaluateCase(input: CaseInput, options: EvaluateCaseOptions): CaseTimeline {
  const issues: InputIssueData[] = [];
  const asOf = checkDate(options?.asOf, ['asOf'], issues);
  let events: Ev[] = [];
  let day1 = Number.NaN;
  let vangnet: CheckedVangnet | null = null;
  let eigenrisicodrager = false;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    issues.push(inputIssue([], 'invalid_type', { expected: 'object', received: jsonType(input), value: shownValue(input) }));
  } else {
    day1 = checkDate(input.firstSickDay, ['firstSickDay'], issues);
    const rawEvents: unknown = input.events;
    if (Array.isArray(rawEvents)) events = prepareEvents(rawEvents as readonly CaseEvent[], day1, issues);
    else if (rawEvents !== undefined) {
      issues.push(
        inputIssue(['events'], 'invalid_type', { expected: 'array', received: jsonType(rawEvents), value: shownValue(rawEvents) }),
      );
    }
    if (input.vangnet !== undefined) vangnet = checkVangnet(input.vangnet, issues);
    eigenrisicodrager = checkOptionalBoolean(input.eigenrisicodrager, ['eigenrisicodrager'], issues);
  }
  issues.push(...policyIssues(options?.policy));
  if (issues.length > 0) throw new PoortwachterError(issues);
  const policy = resolvePolicy(options.policy);
  const explain = options.explain === true;
  const rules = options.rules ?? DEFAULT_RULES;
  return evaluateChecked(day1, asOf, events, vangnet, eigenrisicodrager, policy, rules, explain, explain || options.dossier === true);
}

const VANGNET_GRONDEN = ['zwangerschap', 'zwangerschap-na-verlof', 'no-riskpolis', 'orgaandonatie'] as const;

/**
 * Checks `CaseInput.vangnet` (with the codes and paths the schema gives); problems go to `issues`.
 * Returns `null` when the vangnet itself or its grond is bad (the caller then throws).
 */
function checkVangnet(v: Vangnet, issues: InputIssueData[]): CheckedVangnet | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    issues.push(inputIssue(['vangnet'], 'invalid_type', { expected: 'object', received: jsonType(v), value: shownValue(v) }));
    return null;
  }
  const grond: unknown = v.grond;
  if (grond === undefined) {
    issues.push(inputIssue(['vangnet', 'grond'], 'missing', {}));
    return null;
  }
  if (!(VANGNET_GRONDEN as readonly unknown[]).includes(grond)) {
    issues.push(inputIssue(['vangnet', 'grond'], 'invalid_value', { value: quote(grond), allowed: [...VANGNET_GRONDEN] }));
    return null;
  }
  return {
    grond: v.grond,
    bekendOp: v.bekendOp === undefined ? Number.NaN : checkDate(v.bekendOp, ['vangnet', 'bekendOp'], issues),
    uitgerekendeDatum:
      v.uitgerekendeDatum === undefined ? Number.NaN : checkDate(v.uitgerekendeDatum, ['vangnet', 'uitgerekendeDatum'], issues),
    meerling: checkOptionalBoolean(v.meerling, ['vangnet', 'meerling'], issues),
  };
}

/** Runs the pipeline on checked input. */
function evaluateChecked(
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
  const deviations = agreed.length === 0 ? undefined : new Map<CaseEventType, Ev[]>([['afwijking', agreed]]);
  for (const m of milestones) {
    if (m.status === 'not-applicable' || !DOSSIER_STEPS.has(m.id)) continue;
    const required = m.status === 'done' || m.status === 'done-late' || m.status === 'overdue';
    const item: DossierItem = { id: m.id, occurrence: m.occurrence, required, present: m.completedOn !== null, date: m.completedOn };
    const d = deviations === undefined ? undefined : deviationOf(m, { done: deviations });
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
