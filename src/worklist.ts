/**
 * The case manager's worklist: over many cases, the open steps that are overdue or fall due
 * within N days of a day, sorted by date, then severity, then case id.
 *
 * Choices (see README "Worklist"):
 * - `info` milestones (`einde-wachttijd`, `wia-brief-uwv`, `vervroegde-iva`) are never work items.
 * - `suspended` steps (the employee is fit and the clock stands still) are left out by default:
 *   their dates move when sickness resumes, so there is nothing to do yet. `include.suspended`
 *   lists them (their `daysUntilDue` counts from the due date the engine shows).
 * - `advice` steps (`melding-bedrijfsarts`, `signalering-week-3`) are included by default, as the
 *   engine's `policy.includeAdvice` does; `include.advice: false` leaves them out. So are the
 *   steps of the employer's own verzuimprotocol (kind `protocol`; `include.protocol: false`).
 * - `include.windows: true` adds a `window` item for a step whose window opens within the range
 *   while its due date lies beyond it (e.g. the 42nd-week report from counted day 288).
 * - Items are sorted by their date (`due`; `windowStart` for a `window` item), then severity
 *   (legal, then the employer's own protocol, then advice; overdue before due-soon before upcoming before suspended, a due item
 *   before a window item), then case id (numbers before strings, numbers by value, strings by code
 *   unit), then the order of the process and the occurrence.
 * - A case whose first sick day lies after `asOf` is invalid (`before_first_sick_day` on `asOf`):
 *   before day 1 there is nothing to count, as `poortwachter timeline` says.
 * - `filter.actors` / `filter.kinds` keep only the items of those actors / kinds (values are not
 *   checked: an unknown one matches nothing; the CLI and the service check their options).
 *
 * @module
 */
import { daysFromCivil, isIsoDate } from './calendar/isoDate.js';
import { checkCaseInput, evaluationIssues, parseEvaluateOptions } from './case/parse.js';
import { type CheckedOptions, evaluateChecked } from './engine/evaluate.js';
import { PoortwachterError } from './errors.js';
import { inputIssue } from './i18n/issues.js';
import { MILESTONE_RULES } from './law/milestones.js';
import { ruleOf } from './law/rule-of.js';
import type {
  Actor,
  CaseInput,
  CaseTimeline,
  ConsequenceCode,
  InputIssue,
  IsoDate,
  LocalizedText,
  MilestoneId,
  MilestoneKind,
  MilestoneStatus,
  Policy,
  Result,
} from './types.js';

/**
 * One case for {@link worklist}: a `CaseInput` with your reference `id`.
 *
 * @example
 * const c: WorklistCase = { id: 'E-17', firstSickDay: '2025-01-06', events: [] };
 */
export type WorklistCase = CaseInput & { readonly id: string | number };

/**
 * Options of {@link worklist} and {@link worklistStream}.
 *
 * @example
 * const options: WorklistOptions = { asOf: '2025-06-02', withinDays: 14, include: { windows: true } };
 */
export interface WorklistOptions {
  /** The day the worklist is made for (`YYYY-MM-DD`). */
  readonly asOf: IsoDate;
  /** Steps due at most this many days after `asOf` (and every overdue step). Default 14. */
  readonly withinDays?: number | undefined;
  /** What else to list. */
  readonly include?:
    | {
        /** Steps whose window opens within the range (their due date lies later). Default false. */
        readonly windows?: boolean | undefined;
        /** Advice steps (`melding-bedrijfsarts`, `signalering-week-3`). Default true. */
        readonly advice?: boolean | undefined;
        /** Steps of the employer's own verzuimprotocol (kind `protocol`, `policy.protocol`). Default true. */
        readonly protocol?: boolean | undefined;
        /** Steps of a case whose clock stands still (`suspended`). Default false. */
        readonly suspended?: boolean | undefined;
      }
    | undefined;
  /** Only the items of these actors and kinds (each list: any of them; absent: all). */
  readonly filter?:
    | {
        readonly actors?: readonly Actor[] | undefined;
        readonly kinds?: readonly MilestoneKind[] | undefined;
      }
    | undefined;
  /** The engine's policy, as in `evaluateCase`. */
  readonly policy?: Partial<Policy> | undefined;
}

/**
 * Why a step is on the list: its due date (`due`) or its window opening (`window`).
 *
 * @example
 * const t: WorkItemTrigger = 'window';
 */
export type WorkItemTrigger = 'due' | 'window';

/**
 * One work item: a step of a case, with its dates, status and what missing it costs.
 *
 * @example
 * const item: WorkItem = {
 *   caseId: 'E-17', milestoneId: 'probleemanalyse', occurrence: 1, kind: 'legal', actor: 'bedrijfsarts',
 *   title: { nl: 'Probleemanalyse', en: 'Problem analysis' },
 *   trigger: 'due', date: '2025-02-16', windowStart: null, due: '2025-02-16', legalLatest: '2025-02-17',
 *   week: 6, status: 'due-soon', daysUntilDue: 6, consequence: 'loonsanctie',
 * };
 */
export interface WorkItem {
  readonly caseId: string | number;
  readonly milestoneId: MilestoneId;
  /** For a `protocol` milestone: the id of the employer's protocol step. */
  readonly protocolStep?: string;
  readonly occurrence: number;
  readonly kind: MilestoneKind;
  /** The step's title (for `protocol` steps, in the employer's words). */
  readonly title: LocalizedText;
  readonly actor: Actor;
  readonly trigger: WorkItemTrigger;
  /** The date the item is sorted by: `due`, or `windowStart` for a `window` item. */
  readonly date: IsoDate;
  readonly windowStart: IsoDate | null;
  readonly due: IsoDate;
  readonly legalLatest: IsoDate | null;
  readonly week: number | null;
  readonly status: MilestoneStatus;
  /** Days from `asOf` to `due`; negative when overdue. */
  readonly daysUntilDue: number;
  /** What missing the step costs (`MILESTONE_RULES[…].consequence`). */
  readonly consequence: ConsequenceCode;
}

/**
 * A case that could not be evaluated: its position (`index`, 0-based; `line`, 1-based, when it
 * came from a line of text), its `id` when it had one, and the issues.
 *
 * @example
 * const bad: WorklistInvalid = { index: 4, line: 5, id: 'E-18', issues: [] };
 */
export interface WorklistInvalid {
  readonly index: number;
  readonly line?: number | undefined;
  readonly id: string | number | undefined;
  readonly issues: readonly InputIssue[];
}

/**
 * What {@link worklist} returns: the sorted items, every invalid case, and how many cases were read.
 *
 * @example
 * const { items, invalid, casesRead }: WorklistResult = worklist(cases, { asOf: '2025-06-02' });
 */
export interface WorklistResult {
  readonly items: WorkItem[];
  readonly invalid: WorklistInvalid[];
  readonly casesRead: number;
}

/**
 * What {@link worklistStream} yields per case: its items (unsorted between cases) or its issues.
 *
 * @example
 * for await (const r of worklistStream(cases, { asOf: '2025-06-02' })) if (!r.ok) console.error(r.index, r.issues);
 */
export type WorklistCaseResult =
  | { readonly ok: true; readonly index: number; readonly id: string | number; readonly items: WorkItem[] }
  | ({ readonly ok: false } & WorklistInvalid);

/**
 * The kinds a work item can have (`info` steps are never work items): what `filter.kinds`, the
 * CLI's `--kind` and the service's `kind` choose from.
 *
 * @example
 * WORKLIST_KINDS.includes('legal') //=> true
 */
export const WORKLIST_KINDS = Object.freeze(['legal', 'advice', 'protocol'] as const);

const CONSEQUENCE = new Map<MilestoneId, ConsequenceCode>(MILESTONE_RULES.map((r) => [r.id, r.consequence]));
const ORDER = new Map<MilestoneId, number>(MILESTONE_RULES.map((r, i) => [r.id, i]));
const KIND_RANK: Partial<Record<MilestoneKind, number>> = { legal: 0, protocol: 1, advice: 2 };
const STATUS_RANK: Partial<Record<MilestoneStatus, number>> = { overdue: 0, 'due-soon': 1, upcoming: 2, suspended: 3 };

function epoch(date: IsoDate): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

interface Resolved {
  readonly asOf: IsoDate;
  readonly asOfDay: number;
  readonly within: number;
  readonly windows: boolean;
  readonly advice: boolean;
  readonly protocol: boolean;
  readonly suspended: boolean;
  readonly actors: ReadonlySet<string> | null;
  readonly kinds: ReadonlySet<string> | null;
  /** The options of the evaluation, checked once for every case (`parseEvaluateOptions`). */
  readonly evaluate: Result<CheckedOptions>;
}

/**
 * The bounds of a worklist's options, in one place for the function, `poortwachter worklist` and
 * `POST /v1/worklist`: `withinDays` (days after asOf) defaults to 14 and is at most 36 500 (a
 * century); `limit` (the most urgent N items) is 1 to 100 000 000.
 *
 * @example
 * WORKLIST_BOUNDS.withinMax //=> 36500
 */
export const WORKLIST_BOUNDS = Object.freeze({ withinDefault: 14, withinMax: 36_500, limitMax: 100_000_000 });

function resolve(options: WorklistOptions): Resolved {
  const o = (typeof options === 'object' && options !== null ? options : {}) as Partial<WorklistOptions>;
  const issues: InputIssue[] = [];
  if (typeof o.asOf !== 'string' || !isIsoDate(o.asOf)) {
    issues.push({
      path: ['asOf'],
      code: 'invalid_date',
      message: { nl: 'asOf moet een echte datum JJJJ-MM-DD zijn', en: 'asOf must be a real date YYYY-MM-DD' },
    });
  }
  const within = o.withinDays ?? WORKLIST_BOUNDS.withinDefault;
  if (!Number.isInteger(within) || within < 0 || within > WORKLIST_BOUNDS.withinMax) {
    issues.push({
      path: ['withinDays'],
      code: 'invalid_value',
      message: {
        nl: `withinDays moet een geheel getal van 0 tot ${WORKLIST_BOUNDS.withinMax} zijn`,
        en: `withinDays must be a whole number from 0 to ${WORKLIST_BOUNDS.withinMax}`,
      },
    });
  }
  if (issues.length > 0) throw new PoortwachterError(issues);
  const asOf = o.asOf as IsoDate;
  return {
    asOf,
    asOfDay: epoch(asOf),
    within,
    windows: o.include?.windows === true,
    advice: o.include?.advice !== false,
    protocol: o.include?.protocol !== false,
    suspended: o.include?.suspended === true,
    actors: o.filter?.actors === undefined ? null : new Set(o.filter.actors),
    kinds: o.filter?.kinds === undefined ? null : new Set(o.filter.kinds),
    evaluate: parseEvaluateOptions(o.policy === undefined ? { asOf } : { asOf, policy: o.policy }),
  };
}

function itemsOf(timeline: CaseTimeline, caseId: string | number, r: Resolved): WorkItem[] {
  const items: WorkItem[] = [];
  const last = r.asOfDay + r.within;
  for (const m of timeline.milestones) {
    if (m.kind === 'info' || (m.kind === 'advice' && !r.advice) || (m.kind === 'protocol' && !r.protocol)) continue;
    if ((r.actors !== null && !r.actors.has(m.actor)) || (r.kinds !== null && !r.kinds.has(m.kind))) continue;
    const rank = STATUS_RANK[m.status];
    if (rank === undefined || (m.status === 'suspended' && !r.suspended)) continue;
    const dueDay = epoch(m.due);
    let trigger: WorkItemTrigger;
    if (dueDay <= last) trigger = 'due';
    else if (r.windows && m.windowStart !== null && epoch(m.windowStart) >= r.asOfDay && epoch(m.windowStart) <= last) trigger = 'window';
    else continue;
    items.push({
      caseId,
      milestoneId: m.id,
      ...(m.protocolStep === undefined ? {} : { protocolStep: m.protocolStep }),
      occurrence: m.occurrence,
      kind: m.kind,
      title: m.title ?? ruleOf(m.id)?.title ?? { nl: m.id, en: m.id },
      actor: m.actor,
      trigger,
      date: trigger === 'due' ? m.due : (m.windowStart as IsoDate),
      windowStart: m.windowStart,
      due: m.due,
      legalLatest: m.legalLatest,
      week: m.week,
      status: m.status,
      daysUntilDue: dueDay - r.asOfDay,
      consequence: m.kind === 'protocol' ? 'protocol' : (CONSEQUENCE.get(m.id) ?? 'info'),
    });
  }
  return items;
}

function idOf(value: unknown): string | number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : undefined;
}

const MISSING_ID: InputIssue = {
  path: ['id'],
  code: 'missing',
  message: {
    nl: 'id ontbreekt: elk verzuimgeval in een werklijst heeft een id (tekst of getal)',
    en: 'id is missing: every case in a worklist needs an id (a string or a number)',
  },
};

function evaluateOne(value: unknown, index: number, r: Resolved): WorklistCaseResult {
  const id = idOf(value);
  // As safeEvaluateCase would, with the options checked once (resolve): the case checked, then evaluated.
  const c = checkCaseInput(value);
  if (!c.success || !r.evaluate.success) {
    const issues = evaluationIssues(c.success ? [] : c.issues, r.evaluate.success ? [] : r.evaluate.issues);
    return { ok: false, index, id, issues: id === undefined ? [MISSING_ID, ...issues] : issues };
  }
  const timeline = evaluateChecked(c.data, r.evaluate.data);
  if (id === undefined) return { ok: false, index, id, issues: [MISSING_ID] };
  // Before day 1 there is nothing to count (as `poortwachter timeline` refuses it): an invalid case.
  if (timeline.flags.some((f) => f.code === 'AS_OF_BEFORE_FIRST_SICK_DAY')) {
    const firstSickDay = timeline.firstSickDay;
    return { ok: false, index, id, issues: [inputIssue(['asOf'], 'before_first_sick_day', { date: r.asOf, firstSickDay })] };
  }
  return { ok: true, index, id, items: itemsOf(timeline, id, r) };
}

/**
 * The work items of one case (untrusted input is validated): `{ ok: true, items }` or
 * `{ ok: false, issues }`. `index` is your position of the case, echoed back.
 *
 * @example
 * caseWorkItems({ id: 7, firstSickDay: '2025-01-06' }, 0, { asOf: '2025-02-10' })
 * //=> { ok: true, index: 0, id: 7, items: [{ milestoneId: 'probleemanalyse', daysUntilDue: 6, … }, …] }
 */
export function caseWorkItems(value: unknown, index: number, options: WorklistOptions): WorklistCaseResult {
  return evaluateOne(value, index, resolve(options));
}

/**
 * {@link caseWorkItems} for many cases with the same options: the options are checked once, here
 * (throws {@link PoortwachterError} as `worklist` does when they are invalid).
 *
 * @example
 * const workItems = caseWorkItemsWith({ asOf: '2025-02-10' });
 * workItems({ id: 7, firstSickDay: '2025-01-06' }, 0) //=> { ok: true, index: 0, id: 7, items: […] }
 */
export function caseWorkItemsWith(options: WorklistOptions): (value: unknown, index: number) => WorklistCaseResult {
  const r = resolve(options);
  return (value, index) => evaluateOne(value, index, r);
}

function compareId(a: string | number, b: string | number): number {
  if (typeof a === 'number') return typeof b === 'number' ? a - b : -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The order of the worklist: date, then severity (legal, then the employer's protocol, then
 * advice; overdue, due-soon, upcoming, suspended; a due item before a window item), then case id,
 * step order (protocol steps after the law's, by step id), occurrence.
 *
 * @example
 * items.sort(compareWorkItems);
 */
export function compareWorkItems(a: WorkItem, b: WorkItem): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const kind = (KIND_RANK[a.kind] ?? 9) - (KIND_RANK[b.kind] ?? 9);
  if (kind !== 0) return kind;
  const status = (STATUS_RANK[a.status] ?? 9) - (STATUS_RANK[b.status] ?? 9);
  if (status !== 0) return status;
  if (a.trigger !== b.trigger) return a.trigger === 'due' ? -1 : 1;
  const id = compareId(a.caseId, b.caseId);
  if (id !== 0) return id;
  const order = (ORDER.get(a.milestoneId) ?? ORDER.size) - (ORDER.get(b.milestoneId) ?? ORDER.size);
  if (order !== 0) return order;
  const pa = a.protocolStep ?? '';
  const pb = b.protocolStep ?? '';
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.occurrence - b.occurrence;
}

/**
 * Streams the worklist: one result per case, in input order, as soon as it is evaluated. Holds
 * nothing between cases, so memory does not grow with the input. Sort with {@link collectWorklist}.
 *
 * @example
 * for await (const r of worklistStream(readCases(), { asOf: '2025-06-02', withinDays: 14 })) {
 *   if (r.ok) for (const item of r.items) console.log(r.id, item.milestoneId, item.due);
 * }
 */
export async function* worklistStream(
  cases: Iterable<unknown> | AsyncIterable<unknown>,
  options: WorklistOptions,
): AsyncGenerator<WorklistCaseResult, void, undefined> {
  const r = resolve(options);
  let index = 0;
  for await (const value of cases) yield evaluateOne(value, index++, r);
}

/**
 * Collects the per-case results of {@link worklistStream} into a sorted {@link WorklistResult}:
 * memory grows with the items and invalid cases returned, not with the cases read.
 *
 * @example
 * const { items, invalid, casesRead } = await collectWorklist(worklistStream(cases, { asOf: '2025-06-02' }));
 */
export async function collectWorklist(results: AsyncIterable<WorklistCaseResult> | Iterable<WorklistCaseResult>): Promise<WorklistResult> {
  const items: WorkItem[] = [];
  const invalid: WorklistInvalid[] = [];
  let casesRead = 0;
  for await (const r of results) {
    casesRead++;
    if (r.ok) for (const item of r.items) items.push(item);
    else
      invalid.push(
        r.line === undefined
          ? { index: r.index, id: r.id, issues: r.issues }
          : { index: r.index, line: r.line, id: r.id, issues: r.issues },
      );
  }
  items.sort(compareWorkItems);
  return { items, invalid, casesRead };
}

function collectSync(cases: Iterable<unknown>, r: Resolved): WorklistResult {
  const items: WorkItem[] = [];
  const invalid: WorklistInvalid[] = [];
  let casesRead = 0;
  for (const value of cases) {
    const one = evaluateOne(value, casesRead++, r);
    if (one.ok) for (const item of one.items) items.push(item);
    else invalid.push({ index: one.index, id: one.id, issues: one.issues });
  }
  items.sort(compareWorkItems);
  return { items, invalid, casesRead };
}

/**
 * The worklist over many cases: every open step that is overdue or falls due within `withinDays`
 * of `asOf` (and, with `include.windows`, steps whose window opens then), sorted by
 * {@link compareWorkItems}. A sync iterable gives the result at once; an async iterable (a file
 * read line by line) a Promise. Invalid cases are returned in `invalid`, never dropped.
 *
 * @example
 * const { items, invalid } = worklist(
 *   [{ id: 'E-17', firstSickDay: '2025-01-06' }, { id: 'E-18', firstSickDay: '2025-05-20' }],
 *   { asOf: '2025-06-02', withinDays: 14 },
 * );
 * items.map((i) => `${i.due} ${i.caseId} ${i.milestoneId}`)
 * //=> ['2025-02-16 E-17 probleemanalyse', …, '2025-06-08 E-18 signalering-week-3', …]
 */
export function worklist(cases: Iterable<WorklistCase | unknown>, options: WorklistOptions): WorklistResult;
export function worklist(cases: AsyncIterable<WorklistCase | unknown>, options: WorklistOptions): Promise<WorklistResult>;
export function worklist(
  cases: Iterable<unknown> | AsyncIterable<unknown>,
  options: WorklistOptions,
): WorklistResult | Promise<WorklistResult> {
  const r = resolve(options);
  if (cases !== null && typeof cases === 'object' && Symbol.asyncIterator in cases) {
    return collectWorklist(worklistStream(cases, options));
  }
  return collectSync(cases as Iterable<unknown>, r);
}
