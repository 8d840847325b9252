/**
 * The one parse step: untrusted (or typed) input checked by the schemas of src/case/schema.ts, with
 * zod's issues given in the closed codes of docs/codes.md (zod's own codes never leak) — then
 * evaluated by the engine's `evaluateChecked`, which checks nothing again. `evaluateCase`,
 * `safeEvaluateCase`, `parseCaseInput` and the batch and HTTP paths all come through here.
 *
 * @module
 */
import * as z from 'zod/mini';
import type * as core from 'zod/v4/core';
import { type CheckedCaseInput, type CheckedOptions, type EvaluateCaseOptions, evaluateChecked } from '../engine/evaluate.js';
import { issueData, jsonType, quote, shownValue } from '../engine/issue-data.js';
import { mergePolicy } from '../engine/policy.js';
import { PoortwachterError } from '../errors.js';
import { withIssueMessage, withSuggestionWords } from '../i18n/issues.js';
import { DEFAULT_RULES } from '../law/rules.js';
import type {
  CaseInput,
  CaseTimeline,
  ExplainedTimeline,
  InputIssue,
  InputIssueData,
  Policy,
  Result,
  TimelineWithDossier,
} from '../types.js';
import { compiled } from './compile.js';
import { acrossFields, CaseInputSchema, INT, isObject, OptionsSchema, PolicySchema } from './schema.js';
import { dateSuggestion, nearestEventType } from './suggest.js';

export type { CheckedCaseInput, CheckedOptions } from '../engine/evaluate.js';

// ---------------------------------------------------------------------------------------------
// zod's issues in the closed codes of docs/codes.md

type Path = (string | number)[];

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

const origin = (o: string): 'number' | 'string' | 'array' =>
  o === 'number' || o === 'int' || o === 'bigint' ? 'number' : o === 'string' ? 'string' : 'array';

/**
 * What a value most likely meant, for the issue with `code` (`params.suggestion`), or `undefined`.
 * Passed in by the calls whose issues are for a person (the untyped ones): `evaluateCase` passes
 * none, so src/case/suggest.ts is not in its bundle.
 */
type Suggest = (value: unknown, code: 'invalid_date' | 'invalid_event_type') => string | undefined;

/** The suggestions of src/case/suggest.ts: a date written the Dutch way, a misspelt event type. */
const SUGGEST: Suggest = (value, code) => (code === 'invalid_date' ? dateSuggestion(value) : nearestEventType(value));

/** The params with `suggestion` when asked for and there is one (absent, not `undefined`, when there is none). */
const withSuggestion = <P extends { readonly value: string }>(params: P, suggestion: string | undefined): P =>
  suggestion === undefined ? params : { ...params, suggestion };

/** Where an issue is in a protocol step (`policy.protocol[i].<field>`), or null. */
const protocolField = (path: Path): string | null =>
  path[0] === 'policy' && path[1] === 'protocol' && typeof path[2] === 'number' && typeof path[3] === 'string' ? path[3] : null;

/** One zod issue of `root` as an issue of ours. */
function convert(issue: core.$ZodIssue, path: Path, root: unknown, suggest: Suggest | undefined): InputIssueData {
  const value = valueAt(root, path);
  const field = protocolField(path);
  if (field === 'title') {
    // A title is text in both languages: one issue for the whole of it.
    const at = path.slice(0, 4);
    const title = valueAt(root, at);
    return title === undefined
      ? issueData(at, 'missing', {})
      : issueData(at, 'invalid_type', { expected: 'localized-text', received: jsonType(title), value: shownValue(title) });
  }
  if (field === 'after') {
    // Another step's id: the ids of the other steps are the allowed values.
    const steps = valueAt(root, path.slice(0, 2)) as readonly unknown[];
    const others = steps
      .map((s) => (isObject(s) ? s.id : undefined))
      .filter((id, k): id is string => typeof id === 'string' && k !== path[2]);
    return issueData(path, 'invalid_value', { value: quote(value), allowed: others });
  }
  switch (issue.code) {
    case 'custom': {
      const own = issue.params as { code: string; params?: object } | undefined;
      const code = own?.code ?? 'invalid_date';
      if (own?.params !== undefined) return issueData(path, code as 'before_first_sick_day', own.params as never);
      if (code === 'invalid_id') return issueData(path, 'invalid_id', { value: quote(value) });
      if (code === 'rule-table')
        return issueData(path, 'invalid_type', { expected: 'rule-table', received: jsonType(value), value: shownValue(value) });
      return issueData(path, 'invalid_date', withSuggestion({ value: quote(value) }, suggest?.(value, 'invalid_date')));
    }
    case 'invalid_format':
      // The only format of the schemas is that of a date.
      return issueData(path, 'invalid_date', withSuggestion({ value: quote(value) }, suggest?.(value, 'invalid_date')));
    case 'invalid_type': {
      if (value === undefined) return issueData(path, 'missing', {});
      // A whole number: a number that is not one (a fraction, NaN, ∞) is not an `int`; anything else not a `number`.
      const expected = issue.message === INT ? (typeof value === 'number' ? 'int' : 'number') : issue.expected;
      return issueData(path, 'invalid_type', { expected, received: jsonType(value), value: shownValue(value) });
    }
    case 'too_small':
      return issueData(path, 'too_small', {
        origin: origin(issue.origin),
        minimum: Number(issue.minimum),
        value: typeof value === 'number' || typeof value === 'string' ? quote(value) : null,
      });
    case 'too_big':
      return issueData(path, 'too_big', {
        origin: origin(issue.origin),
        maximum: Number(issue.maximum),
        value: typeof value === 'number' ? quote(value) : null,
      });
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator !== undefined) {
        return value === undefined
          ? issueData(path, 'missing', {})
          : issueData(path, 'invalid_event_type', withSuggestion({ value: quote(value) }, suggest?.(value, 'invalid_event_type')));
      }
      // A union of plain types (`id`: text or number): name them all.
      const expected = issue.errors.flatMap((branch) => branch.flatMap((i) => (i.code === 'invalid_type' ? [i.expected] : [])));
      return issueData(path, 'invalid_type', { expected: expected.join(' | '), received: jsonType(value), value: shownValue(value) });
    }
    case 'invalid_value':
      // A required choice left out (`vangnet.grond`) is missing, not the value "undefined".
      return value === undefined
        ? issueData(path, 'missing', {})
        : issueData(path, 'invalid_value', { value: quote(value), allowed: issue.values.map(String) });
    default:
      // Not produced by these schemas (not_multiple_of, invalid_key, invalid_element): no code of zod's leaks.
      return issueData(path, 'invalid_value', { value: quote(value), allowed: [] });
  }
}

/** The order of the fields in the issues: as the checks read them (events by index, then field). */
const RANK: Readonly<Record<string, number>> = Object.fromEntries(
  [
    // a case
    'firstSickDay',
    'events',
    'id',
    'vangnet',
    'eigenrisicodrager',
    // an event
    'type',
    'date',
    'until',
    'step',
    'motivering',
    'occurrence',
    'evaluatieIntervalDays',
    'weeks',
    // a protocol step
    'title',
    'actor',
    'days',
    'after',
    'repeatEveryDays',
  ].map((k, i) => [k, i]),
);

/**
 * Compares two issues' paths for the order they are listed in: per level the rank of the field (by
 * index in a list; within the policy, unknown fields first and wage phases in the input's order).
 */
function comparePaths(a: InputIssueData, b: InputIssueData, root: unknown): number {
  const n = Math.min(a.path.length, b.path.length);
  for (let k = 0; k < n; k++) {
    const x = a.path[k] as string | number;
    const y = b.path[k] as string | number;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (a.path[0] === 'policy') {
      const parent = a.path.slice(0, k);
      if (parent.length === 2 && parent[1] === 'wagePercentages') {
        const keys = Object.keys(valueAt(root, parent) as object);
        return keys.indexOf(String(x)) - keys.indexOf(String(y));
      }
      const unknownX = a.code === 'unknown_field' && k === a.path.length - 1;
      const unknownY = b.code === 'unknown_field' && k === b.path.length - 1;
      if (unknownX !== unknownY) return unknownX ? -1 : 1;
    }
    return (RANK[String(x)] ?? 99) - (RANK[String(y)] ?? 99);
  }
  return 0;
}

/**
 * zod's issues for `root` as ours: one per field (the first problem is the one to fix; an unknown
 * key one each, at its own path), in the order of the checks; the fields of a vangnet whose grond is
 * wrong are not checked further.
 */
function issuesOf(issues: readonly core.$ZodIssue[], root: unknown, suggest: Suggest | undefined, prefix: Path = []): InputIssueData[] {
  const out: InputIssueData[] = [];
  const seen = new Set<string>();
  const add = (issue: InputIssueData): void => {
    const key = JSON.stringify(issue.path);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(issue);
  };
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.filter((k): k is string | number => typeof k !== 'symbol')];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add(issueData([...path, key], 'unknown_field', { field: key }));
      continue;
    }
    add(convert(issue, path, root, suggest));
  }
  const wrongGrond = seen.has(JSON.stringify(['vangnet', 'grond']));
  const kept = wrongGrond ? out.filter((i) => !(i.path[0] === 'vangnet' && i.path.length > 1 && i.path[1] !== 'grond')) : out;
  return kept
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => comparePaths(a.issue, b.issue, root) || a.i - b.i)
    .map((x) => x.issue);
}

// ---------------------------------------------------------------------------------------------
// The one parse step

/** The fields of a case `evaluateCase` does not read: a typed call is not failed on them. */
const unread = (i: InputIssueData): boolean =>
  i.code === 'unknown_field' ||
  (i.path.length === 1 && i.path[0] === 'id') ||
  (i.path[0] === 'events' && (i.path[3] === 'note' || i.path[3] === 'percentage' || i.path[3] === 'casemanagerType'));

/**
 * The object checks of {@link CaseInputSchema}, with a compiled fast path (src/case/compile.ts; not
 * in the case page); its checks across fields (`acrossFields`) run beside them.
 */
const CaseParser = compiled(z.strictObject(CaseInputSchema._zod.def.shape));

/** {@link OptionsSchema} with a compiled fast path (its protocol steps, with their checks across steps, on the runtime parser). */
const OptionsParser = compiled(OptionsSchema);

type Checked<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: InputIssueData[] };

/**
 * The case checked by {@link CaseInputSchema}: `typed` leaves out what {@link unread} names (and,
 * as a typed call's issues are for its programmer, is given no {@link Suggest}).
 */
function checkCase(input: unknown, typed: boolean, suggest: Suggest | undefined): Checked<CheckedCaseInput> {
  // CaseInputSchema's own parse, in two parts: the object (compiled where it can be) and its checks across fields.
  const parsed = CaseParser.safeParse(input);
  const across: core.$ZodIssue[] = [];
  acrossFields(input, { addIssue: (issue) => across.push(issue as core.$ZodIssue) });
  if (parsed.success && across.length === 0) return { success: true, data: parsed.data as CheckedCaseInput };
  const all = issuesOf(parsed.success ? across : [...parsed.error.issues, ...across], input, suggest);
  const issues = typed ? all.filter((i) => !unread(i)) : all;
  // A typed call with only unread fields wrong: the engine reads the rest, as given.
  return issues.length > 0 ? { success: false, issues } : { success: true, data: input as CheckedCaseInput };
}

/** The options checked by their schema, the policy merged over the defaults. */
function checkOptions(options: unknown, suggest: Suggest | undefined): Checked<CheckedOptions> {
  const opts = isObject(options) ? options : {};
  const parsed = OptionsParser.safeParse(opts);
  if (!parsed.success) return { success: false, issues: issuesOf(parsed.error.issues, opts, suggest) };
  const { asOf, policy, rules } = parsed.data;
  return {
    success: true,
    data: {
      asOf,
      policy: mergePolicy(policy as Partial<Policy> | undefined),
      rules: rules ?? DEFAULT_RULES,
      explain: opts.explain === true,
      dossier: opts.explain === true || opts.dossier === true,
    } as CheckedOptions,
  };
}

/** Case and options checked at once; the issues in the order asOf, the case, the policy, the rule table. */
function checkEvaluation(
  input: unknown,
  options: unknown,
  typed: boolean,
  suggest: Suggest | undefined,
): { readonly input: CheckedCaseInput; readonly options: CheckedOptions } | { readonly issues: InputIssueData[] } {
  const c = checkCase(input, typed, suggest);
  const o = checkOptions(options, suggest);
  if (c.success && o.success) return { input: c.data, options: o.data };
  return { issues: evaluationIssues(c.success ? [] : c.issues, o.success ? [] : o.issues) };
}

/**
 * The issues of a case and of the options it is evaluated with, in the order `safeEvaluateCase`
 * lists them: `asOf`, then the case, then the policy and the rule table. For a batch that checks the
 * options once (`parseEvaluateOptions`) and each case (`checkCaseInput`) and answers as
 * `safeEvaluateCase` would.
 *
 * @example
 * const c = checkCaseInput(value); const o = parseEvaluateOptions({ asOf: '2025-03-10' });
 * if (!c.success || !o.success) evaluationIssues(c.success ? [] : c.issues, o.success ? [] : o.issues);
 */
export function evaluationIssues<I extends InputIssueData>(caseIssues: readonly I[], optionIssues: readonly I[]): I[] {
  return [...optionIssues.filter((i) => i.path[0] === 'asOf'), ...caseIssues, ...optionIssues.filter((i) => i.path[0] !== 'asOf')];
}

/** Issues with their messages in Dutch and English (and the words of a suggestion). */
const rendered = (issues: readonly InputIssueData[]): InputIssue[] => issues.map((i) => withSuggestionWords(withIssueMessage(i)));

/**
 * Validates untrusted input as a {@link CaseInput}: the schema with its checks across fields (an
 * event before the first sick day, leave that ends before it starts).
 *
 * @example
 * parseCaseInput({ firstSickDay: '2025-02-30' })
 * //=> { success: false, issues: [{ path: ['firstSickDay'], code: 'invalid_date', params: { value: "'2025-02-30'" }, message: { nl: …, en: … } }] }
 */
export function parseCaseInput(input: unknown): Result<CaseInput> {
  return checkCaseInput(input);
}

/**
 * {@link parseCaseInput} whose data says it was checked ({@link CheckedCaseInput}): what
 * `evaluateChecked` takes, for a batch or a service that checks each case once.
 *
 * @example
 * const c = checkCaseInput(JSON.parse(line)); const o = parseEvaluateOptions({ asOf: '2025-03-10' });
 * if (c.success && o.success) evaluateChecked(c.data, o.data);
 */
export function checkCaseInput(input: unknown): Result<CheckedCaseInput> {
  const r = checkCase(input, false, SUGGEST);
  return r.success ? r : { success: false, issues: rendered(r.issues) };
}

/**
 * Validates the options of an evaluation (`asOf`, `policy`, `rules`, `explain`, `dossier`) once, for a batch or
 * a service that evaluates many cases with them: the data goes to `evaluateChecked` with each case
 * `parseCaseInput` checked.
 *
 * @example
 * parseEvaluateOptions({ asOf: '2025-03-10', policy: { dueSoonDays: 7 } }).success //=> true
 */
export function parseEvaluateOptions(options: unknown): Result<CheckedOptions> {
  const r = checkOptions(options, SUGGEST);
  return r.success ? r : { success: false, issues: rendered(r.issues) };
}

/**
 * The issues of one value checked by one schema of this module, as if it stood at `path` of the input.
 *
 * @example
 * valueIssues(IsoDateSchema, '2025-02-30', ['asOf']) //=> [{ path: ['asOf'], code: 'invalid_date', params: { value: "'2025-02-30'" } }]
 */
export function valueIssues(schema: z.ZodMiniType, value: unknown, path: readonly (string | number)[]): InputIssueData[] {
  const parsed = schema.safeParse(value);
  if (parsed.success) return [];
  const root = path.reduceRight<unknown>((v, k) => (typeof k === 'number' ? Object.assign([], { [k]: v }) : { [k]: v }), value);
  return issuesOf(parsed.error.issues, root, undefined, [...path]);
}

/**
 * The problems of `value` against any zod schema (classic or mini), in the closed issue codes with
 * their messages: how the service checks its own requests with the schemas it publishes.
 *
 * @example
 * schemaIssues(z.strictObject({ asOf: IsoDateSchema }), { asOf: '2025-02-30' })[0].code //=> 'invalid_date'
 */
export function schemaIssues(schema: core.$ZodType, value: unknown): InputIssue[] {
  const parsed = z.safeParse(schema, value);
  return parsed.success ? [] : rendered(issuesOf(parsed.error.issues, value, SUGGEST));
}

/**
 * The problems of a partial policy, each naming its field (`['policy', key]`), as data (code, path,
 * params; `withIssueMessage` renders them); `[]` when it is fine.
 *
 * @example
 * policyIssues({ dueSoonDays: -1 }) //=> [{ path: ['policy', 'dueSoonDays'], code: 'too_small', params: { origin: 'number', minimum: 0, value: '-1' } }]
 */
export function policyIssues(policy: unknown): InputIssueData[] {
  if (policy === undefined) return [];
  const parsed = PolicySchema.safeParse(policy);
  return parsed.success ? [] : issuesOf(parsed.error.issues, { policy }, undefined, ['policy']);
}

/** Merges a partial policy over the defaults; throws {@link PoortwachterError} when it is invalid. */
export function resolvePolicy(policy: Partial<Policy> | undefined): Policy {
  const problems = policyIssues(policy);
  if (problems.length > 0) throw new PoortwachterError(problems);
  return mergePolicy(policy);
}

/**
 * Evaluates a sickness case on `asOf`: every step the Wet verbetering poortwachter requires, with
 * its window, due date, legal basis and status, the end of the wachttijd and of the wage
 * obligation, and flags for what is late or missing.
 *
 * Findings about the case are data in the result. Throws {@link PoortwachterError} only when the
 * typed input is malformed (a date that is not a real `YYYY-MM-DD`, an unknown event type; fields
 * it does not read, such as `note`, are not checked); use `safeEvaluateCase` for untrusted input,
 * and `evaluateChecked` for input `parseCaseInput` already checked.
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
  const r = checkEvaluation(input, options, true, undefined);
  if ('issues' in r) throw new PoortwachterError(r.issues);
  return evaluateChecked(r.input, r.options);
}

/**
 * {@link evaluateCase} for untrusted input: never throws for bad input or options, returns the
 * issues instead.
 *
 * @example
 * const r = safeEvaluateCase(JSON.parse(text), { asOf: '2025-03-10' });
 * if (r.success) console.log(r.data.milestones); else console.error(r.issues);
 */
export function safeEvaluateCase(input: unknown, options: EvaluateCaseOptions & { readonly explain: true }): Result<ExplainedTimeline>;
export function safeEvaluateCase(input: unknown, options: EvaluateCaseOptions & { readonly dossier: true }): Result<TimelineWithDossier>;
export function safeEvaluateCase(input: unknown, options: EvaluateCaseOptions): Result<CaseTimeline>;
export function safeEvaluateCase(input: unknown, options: EvaluateCaseOptions): Result<CaseTimeline> {
  const r = checkEvaluation(input, options, false, SUGGEST);
  if ('issues' in r) return { success: false, issues: rendered(r.issues) };
  return { success: true, data: evaluateChecked(r.input, r.options) };
}
