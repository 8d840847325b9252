/**
 * Stage 6 of the engine: the findings. Flags for a step that is late, missing, done before its
 * window or recorded twice, and about the case as a whole (steps while closed, frequent absence,
 * a day 1 before the rules this version covers). Codes and facts only: see docs/codes.md.
 *
 * @module
 */
import { formatIsoDate, parseIsoDate } from '../calendar/isoDate.js';
import { ZIEKMELDING_FINES, ziekmeldingFine } from '../law/fines.js';
import { AOW_WAGE_RULE_FROM, RULES_COVERAGE_FROM } from '../law/parameters.js';
import { STEP_RULES, type StepRule } from '../law/steps.js';
import type { AfwijkingEvent, CaseEventType, Fine, Milestone } from '../types.js';
import { type Ctx, dayOf, type Ev } from './context.js';
import { makeFlag } from './flags.js';
import type { RawCase } from './periods.js';

/**
 * Flags for one step: late, missing, before its window, recorded twice (a protocol step's flags are
 * named by the caller, which knows the step).
 */
export function reportStep(
  m: Milestone,
  rule: StepRule,
  ctx: Ctx,
  completion: Ev | undefined,
  completions: readonly Ev[] | undefined,
): void {
  if (completions !== undefined && completions.length > 1 && !rule.repeats) {
    // The first record counts (the step was done then); the later ones are reported, not used.
    ctx.flags.push(
      makeFlag(
        'DUPLICATE_STEP',
        'warning',
        { dates: completions.map((e) => formatIsoDate(e.day)), counted: formatIsoDate((completions[0] as Ev).day) },
        m.id,
      ),
    );
  }
  // Most milestones raise no flag: leave before building any (or looking anything up).
  if (
    m.status !== 'overdue' &&
    m.status !== 'done-late' &&
    (completion === undefined || m.windowStart === null || m.completedOn === null || m.completedOn >= m.windowStart)
  )
    return;
  // Done no later than an implying event (WIA 25 lid 9): when is not known, so nothing is judged late.
  const implied = rule.completedBy === null ? undefined : ctx.implied.get(rule.completedBy);
  if (implied !== undefined && implied.basis === 'wia-25-lid-9') return;
  // An agreed, reasoned deviation from the term (Regeling procesgang art. 5): not flagged.
  if (deviationOf(m, ctx.done.get('afwijking')) !== undefined) return;
  const occ = rule.repeats ? m.occurrence : undefined;
  if (rule.lateOnlyAfterLegalLatest) {
    // Expected at the start of week 89, by law at the latest at its end (`legalLatest`): only a
    // letter later than that is a finding.
    const latest = m.legalLatest === null ? m.due : m.legalLatest;
    const late = m.status === 'done-late' ? (m.completedOn as string) > latest : m.status === 'overdue' && formatIsoDate(ctx.asOf) > latest;
    if (late) {
      ctx.flags.push(
        makeFlag(
          'WIA_LETTER_LATE',
          'warning',
          { latest, received: m.completedOn, afterLetterDays: ctx.p.wiaAanvraagAfterLetterDays },
          m.id,
        ),
      );
    }
    return;
  }
  if (rule.kind === 'info') return;
  if (m.status === 'overdue') {
    const withinLegal = m.legalLatest !== null && ctx.asOf <= dayOf(m.legalLatest);
    const severity = rule.kind === 'advice' || rule.kind === 'protocol' || rule.target === true || withinLegal ? 'warning' : 'error';
    // Within UWV's own stated term (the first werkdag after the 42nd week) UWV does not fine.
    const fine = withinLegal ? null : fineFor(rule, m.due, ctx.asOf);
    ctx.flags.push(
      makeFlag(
        'MILESTONE_OVERDUE',
        severity,
        { due: m.due, legalLatest: m.legalLatest, withinLegal, consequence: rule.consequence, fine },
        m.id,
        occ,
      ),
    );
  } else if (m.status === 'done-late') {
    const completedOn = m.completedOn as string;
    const withinLegal = m.legalLatest !== null && completedOn <= m.legalLatest;
    const severity = rule.kind === 'advice' || rule.kind === 'protocol' || rule.target === true || withinLegal ? 'info' : 'warning';
    const fine = withinLegal ? null : fineFor(rule, m.due, parseIsoDate(completedOn));
    ctx.flags.push(
      makeFlag('MILESTONE_DONE_LATE', severity, { due: m.due, completedOn, legalLatest: m.legalLatest, withinLegal, fine }, m.id, occ),
    );
  }
  if (completion !== undefined && m.windowStart !== null && m.completedOn !== null && m.completedOn < m.windowStart) {
    ctx.flags.push(makeFlag('STEP_BEFORE_WINDOW', 'warning', { completedOn: m.completedOn, windowStart: m.windowStart }, m.id, occ));
  }
}

/** The agreed deviation (`afwijking`, Regeling procesgang art. 5) recorded for this step, if any. */
export function deviationOf(m: { readonly id: string; readonly occurrence: number }, agreed: readonly Ev[] | undefined): Ev | undefined {
  return agreed?.find((e) => {
    const a = e.event as AfwijkingEvent;
    return a.step === m.id && (a.occurrence === undefined || a.occurrence === m.occurrence);
  });
}

/** The fine for a ziekmelding to UWV due on `due` and made (or still not made) on `day`. */
function fineFor(rule: StepRule, due: string, day: number): Fine | null {
  if (rule.consequence !== 'boete-42e-week') return null;
  const daysLate = day - parseIsoDate(due);
  let version = ZIEKMELDING_FINES[0];
  for (const v of ZIEKMELDING_FINES) if (v.validFrom <= due) version = v;
  return { daysLate, euro: ziekmeldingFine(due, daysLate), max: version?.missingOrIncorrect ?? 0 };
}

/** Whether an event type records a step someone has to take (not an info milestone). */
function isStep(type: CaseEventType): boolean {
  return STEP_RULES.some((r) => r.completedBy === type && r.kind !== 'info');
}

/** The first day the rules cover and the day the AOW wage rule took effect, as epoch days. */
const COVERAGE_FROM = parseIsoDate(RULES_COVERAGE_FROM);
const AOW_WAGE_FROM = parseIsoDate(AOW_WAGE_RULE_FROM);

/** Findings about the case as a whole. */
export function reportCase(ctx: Ctx, cases: readonly RawCase[], caseEvents: readonly Ev[]): void {
  const { flags, p } = ctx;
  if (ctx.caseStatus === 'closed') {
    const closedOn = ctx.fitFrom + p.samentellingGapDays - 1;
    const fitFrom = formatIsoDate(ctx.fitFrom);
    for (const e of caseEvents) {
      if (e.day >= closedOn && isStep(e.type)) {
        flags.push(makeFlag('STEP_WHILE_CLOSED', 'warning', { eventType: e.type, date: formatIsoDate(e.day), fitFrom }));
      }
    }
  }
  // Frequent short absence: sick reports within the window (policy, not a legal duty).
  let reports = 0;
  for (const c of cases) {
    for (const period of c.periods) if (period.start <= ctx.asOf && period.start > ctx.asOf - p.frequentAbsenceWindowDays) reports++;
  }
  if (reports >= ctx.policy.frequentAbsenceReports) {
    flags.push(makeFlag('FREQUENT_ABSENCE', 'info', { reports, windowDays: p.frequentAbsenceWindowDays }));
  }
  if (ctx.day1 < COVERAGE_FROM) {
    flags.push(makeFlag('RULES_BEFORE_COVERAGE', 'info', { coverageFrom: RULES_COVERAGE_FROM }));
  }
  // A versioned rule applied where it was not yet in force: said, not silently applied.
  if (!Number.isNaN(ctx.aowDate) && ctx.day1 < AOW_WAGE_FROM) {
    flags.push(makeFlag('RULE_NOT_IN_FORCE', 'warning', { rule: 'aow-loondoorbetaling', inForceFrom: AOW_WAGE_RULE_FROM }));
  }
}
