/**
 * Stage 1 of the engine: the events. Checks each event, sorts them into a canonical order (so the
 * order of the input never changes the result) and splits off what happens after `asOf`.
 *
 * @module
 */
import { formatIsoDate, parseIsoDate } from '../calendar/isoDate.js';
import { STEP_RULES } from '../law/steps.js';
import type { CaseEvent, CaseEventType, Flag, InputIssueData } from '../types.js';
import type { Ev, Leave } from './context.js';
import { makeFlag } from './flags.js';
import { issueData as inputIssue, jsonType, quote, shownValue } from './issue-data.js';
import { checkDate, checkInt } from './validate.js';

/**
 * Events that state a fact known in advance (a birthday, a contract end, planned leave): used even
 * when dated after `asOf`. Everything else (steps, recoveries, decisions) only counts once it has
 * happened.
 */
export const FACT_TYPES: ReadonlySet<string> = new Set(['aow-leeftijd', 'einde-dienstverband', 'zwangerschapsverlof']);

/** Events that may be dated before the first sick day. */
export const MAY_PRECEDE_DAY_1: ReadonlySet<string> = new Set(['aow-leeftijd']);

/** Every event type the engine knows. */
export const KNOWN_TYPES: ReadonlySet<string> = new Set<string>([
  ...STEP_RULES.map((r) => r.completedBy).filter((t): t is CaseEventType => t !== null),
  'hersteld',
  'ziek',
  'gedeeltelijk-hersteld',
  'zwangerschapsverlof',
  'wia-brief-ontvangen',
  'verlenging',
  'loonsanctie',
  'loonsanctie-bekort',
  'protocol',
  'einde-dienstverband',
  'aow-leeftijd',
  'deskundigenoordeel',
  'afwijking',
]);

/** The steps an agreed deviation (`afwijking`, Regeling procesgang art. 5) may name. */
export const AFWIJKING_STEPS: readonly string[] = ['probleemanalyse', 'plan-van-aanpak', 'evaluatie', 'eerstejaarsevaluatie'];

/**
 * Checks and sorts events; problems go to `issues`, with the code and path the schema gives the same
 * problem (`parseCaseInput` runs this after the schema, `evaluateCase` on its own).
 */
export function prepareEvents(raw: readonly CaseEvent[], day1: number, issues: InputIssueData[]): Ev[] {
  const out: Ev[] = [];
  let verlengingTotal = 0;
  for (let i = 0; i < raw.length; i++) {
    const e = raw[i] as CaseEvent;
    if (typeof e !== 'object' || e === null || Array.isArray(e)) {
      issues.push(inputIssue(['events', i], 'invalid_type', { expected: 'object', received: jsonType(e), value: shownValue(e) }));
      continue;
    }
    if (!KNOWN_TYPES.has(e.type)) {
      const type: unknown = e.type;
      issues.push(
        type === undefined
          ? inputIssue(['events', i, 'type'], 'missing', {})
          : inputIssue(['events', i, 'type'], 'invalid_event_type', { value: quote(type) }),
      );
      continue;
    }
    const day = checkDate(e.date, ['events', i, 'date'], issues);
    // (a date that is no date, or no day 1, is NaN: the comparison is false, no second issue)
    if (day < day1 && !MAY_PRECEDE_DAY_1.has(e.type)) {
      issues.push(inputIssue(['events', i, 'date'], 'before_first_sick_day', { date: e.date, firstSickDay: formatIsoDate(day1) }));
    }
    if (e.type === 'zwangerschapsverlof') {
      const until = checkDate(e.until, ['events', i, 'until'], issues);
      if (until < day) issues.push(inputIssue(['events', i, 'until'], 'until_before_date', { date: e.date, until: e.until }));
    } else if (e.type === 'loonsanctie-bekort' && e.until !== undefined) {
      checkDate(e.until, ['events', i, 'until'], issues);
    }
    if (e.type === 'afwijking') {
      const step: unknown = e.step;
      if (step === undefined) issues.push(inputIssue(['events', i, 'step'], 'missing', {}));
      else if (!AFWIJKING_STEPS.includes(step as string))
        issues.push(inputIssue(['events', i, 'step'], 'invalid_value', { value: quote(step), allowed: [...AFWIJKING_STEPS] }));
      const why: unknown = e.motivering;
      if (why === undefined) issues.push(inputIssue(['events', i, 'motivering'], 'missing', {}));
      else if (typeof why !== 'string')
        issues.push(
          inputIssue(['events', i, 'motivering'], 'invalid_type', { expected: 'string', received: jsonType(why), value: shownValue(why) }),
        );
      else if (why.length === 0)
        issues.push(inputIssue(['events', i, 'motivering'], 'too_small', { origin: 'string', minimum: 1, value: quote(why) }));
      if (e.occurrence !== undefined) checkInt(e.occurrence, ['events', i, 'occurrence'], 1, 1000, issues);
    }
    if (e.type === 'plan-van-aanpak' && e.evaluatieIntervalDays !== undefined) {
      checkInt(e.evaluatieIntervalDays, ['events', i, 'evaluatieIntervalDays'], 1, 365, issues);
    }
    if (e.type === 'verlenging' || e.type === 'loonsanctie') {
      const w = e.weeks;
      const [min, max] = e.type === 'verlenging' ? [13, 520] : [1, 52];
      if (
        checkInt(w, ['events', i, 'weeks'], min, max, issues) &&
        e.type === 'verlenging' &&
        verlengingTotal <= MAX_VERLENGING_WEEKS &&
        (verlengingTotal += w) > MAX_VERLENGING_WEEKS
      ) {
        // Verlengingen add up (WIA 24 has no maximum); unbounded, one case could extend the wachttijd
        // by millennia and yield an evaluatie every six weeks of it (a timeline too large to print).
        // Reported once, at the event that crosses the limit.
        issues.push(inputIssue(['events', i, 'weeks'], 'total_too_big', { total: verlengingTotal, maximum: MAX_VERLENGING_WEEKS }));
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
  return `${r.casemanagerType}|${r.until}|${r.weeks}|${r.percentage}|${r.evaluatieIntervalDays}|${r.step}|${r.occurrence}|${r.motivering}|${r.note}`;
};

/** The events that count on `asOf`, with leave and the recoveries and relapses collected on the way. */
export interface UsedEvents {
  readonly used: readonly Ev[];
  readonly leave: Leave;
  readonly transitions: readonly { readonly type: 'hersteld' | 'ziek'; readonly day: number }[];
}

/**
 * One pass over the sorted events: occurrences after `asOf` are not yet facts (reported with
 * `EVENT_AFTER_AS_OF`, not used); leave (sorted by start, as the events are) and the recoveries and
 * relapses are collected.
 */
export function eventsOn(events: readonly Ev[], asOf: number, flags: Flag[]): UsedEvents {
  const used: Ev[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const transitions: { type: 'hersteld' | 'ziek'; day: number }[] = [];
  for (const e of events) {
    if (e.day > asOf && !FACT_TYPES.has(e.type)) {
      flags.push(makeFlag('EVENT_AFTER_AS_OF', 'warning', { eventType: e.type, date: formatIsoDate(e.day), asOf: formatIsoDate(asOf) }));
      continue;
    }
    used.push(e);
    if (e.type === 'zwangerschapsverlof') {
      starts.push(e.day);
      ends.push(parseIsoDate((e.event as { until: string }).until));
    } else if (e.type === 'hersteld' || e.type === 'ziek') {
      transitions.push({ type: e.type, day: e.day });
    }
  }
  return { used, leave: { starts, ends }, transitions };
}
