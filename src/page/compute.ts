/**
 * The case page's one way into the engine: {@link computeCase} evaluates what the form holds, and
 * {@link explainMilestone} renders how a date came about, on request. Both run in the browser.
 *
 * The page does not load zod (the schema of `parseCaseInput` is most of the library's size): it
 * calls `evaluateCase`, whose own checks give the same codes, paths and messages as the schema for
 * every problem they see, adds the "bedoelde u …?" suggestions as `parseCaseInput` does, and checks
 * the few things only the schema checks (unknown fields, `percentage`, `casemanagerType`, `note`, `id`) with
 * the same issue builder. test/page/compute.test.ts holds the two paths side by side.
 *
 * @module
 */
import { dateSuggestion, nearestEventType } from '../case/suggest.js';
import { evaluateCase } from '../engine/evaluate.js';
import { PoortwachterError } from '../errors.js';
import { explain, type Lang } from '../i18n/index.js';
import { inputIssue, jsonType, quote, shownValue, withIssueMessage, withSuggestionWords } from '../i18n/issues.js';
import type { CaseTimeline, InputIssue, IsoDate, Milestone } from '../types.js';
import { CASEMANAGER_TYPES } from './model.js';

/** What the page shows: a timeline, or the problems of the input. */
export type PageResult =
  | { readonly ok: true; readonly timeline: CaseTimeline }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

/**
 * Evaluates untrusted input on `asOf` for the page: the timeline, or every input issue (each with
 * its field's path and its message in Dutch and English). Never throws for bad input.
 *
 * @example
 * computeCase({ firstSickDay: '2025-01-06' }, '2025-03-10').ok //=> true
 * computeCase({ firstSickDay: '06-01-2025' }, '2025-03-10')
 * //=> { ok: false, issues: [{ path: ['firstSickDay'], code: 'invalid_date', params: { value: "'06-01-2025'", suggestion: '2025-01-06' }, … }] }
 */
export function computeCase(input: unknown, asOf: IsoDate): PageResult {
  const schemaOnly = schemaIssues(input);
  let timeline: CaseTimeline | null = null;
  let issues: InputIssue[] = [];
  try {
    // The one call of the engine. With derivations made on request (an `explain` option), the page
    // asks for none here and {@link explainMilestone} asks for one.
    timeline = evaluateCase(input as never, { asOf, dossier: true });
  } catch (error) {
    if (!(error instanceof PoortwachterError)) throw error;
    issues = error.issues.map((issue) => withSuggestion(withIssueMessage(issue), input));
  }
  const seen = new Set(issues.map((i) => JSON.stringify(i.path)));
  for (const issue of schemaOnly) if (!seen.has(JSON.stringify(issue.path))) issues.push(issue);
  if (issues.length > 0 || timeline === null) return { ok: false, issues };
  return { ok: true, timeline };
}

/**
 * How a milestone's dates were derived, one line per step, in `lang` (the catalogue's `explain`).
 * Takes the input and `asOf` too, so that the page keeps working when derivations are computed on
 * request instead of carried by every milestone.
 *
 * @example
 * const r = computeCase({ firstSickDay: '2025-01-06' }, '2025-02-10');
 * explainMilestone({ firstSickDay: '2025-01-06' }, '2025-02-10', r.timeline.milestones[2], 'nl')
 * //=> ['Ziektedag 42 (week 6) = eerste ziektedag ma 6 jan. 2025 + 41 dagen = zo 16 feb. 2025', …]
 */
export function explainMilestone(input: unknown, asOf: IsoDate, m: Milestone, lang: Lang): string[] {
  // Derivations are built on request only (`explain: true`): evaluate once more, for this step.
  const explained = evaluateCase(input as never, { asOf, explain: true }).milestones.find(
    (x) => x.id === m.id && x.occurrence === m.occurrence && (x.protocolStep ?? null) === (m.protocolStep ?? null),
  );
  return explained === undefined ? [] : explain(explained, lang);
}

/**
 * The timeline with every milestone's derivation (`explain: true`), for the exports that show how a
 * date came about (the HTML report, the ICS descriptions), as `timeline --format html|ics` asks for it.
 */
export function explainedTimeline(input: unknown, asOf: IsoDate): CaseTimeline {
  return evaluateCase(input as never, { asOf, explain: true });
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** The issue with the suggestion `parseCaseInput` gives the same problem (a Dutch-order date, a misspelt type). */
function withSuggestion(issue: InputIssue, input: unknown): InputIssue {
  const value = valueAt(input, issue.path);
  const suggestion =
    issue.code === 'invalid_date' ? dateSuggestion(value) : issue.code === 'invalid_event_type' ? nearestEventType(value) : undefined;
  if (suggestion === undefined) return issue;
  return withSuggestionWords(
    issue.code === 'invalid_date'
      ? inputIssue(issue.path, 'invalid_date', { value: quote(value), suggestion })
      : inputIssue(issue.path, 'invalid_event_type', { value: quote(value), suggestion }),
  );
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const TOP_KEYS = ['firstSickDay', 'events', 'id', 'vangnet'];
const VANGNET_KEYS = ['grond', 'bekendOp', 'uitgerekendeDatum', 'meerling'];
const EXTRA_KEYS: Readonly<Record<string, readonly string[]>> = {
  casemanager: ['casemanagerType'],
  'gedeeltelijk-hersteld': ['percentage'],
  zwangerschapsverlof: ['until'],
  verlenging: ['weeks'],
  loonsanctie: ['weeks'],
  'loonsanctie-bekort': ['until'],
  protocol: ['step'],
};

function unknownKeys(
  obj: Record<string, unknown>,
  allowed: readonly string[],
  path: readonly (string | number)[],
  out: InputIssue[],
): void {
  for (const key of Object.keys(obj)) if (!allowed.includes(key)) out.push(inputIssue([...path, key], 'unknown_field', { field: key }));
}

/** The checks of the schema that `evaluateCase` does not make (it reads only the fields it uses). */
function schemaIssues(input: unknown): InputIssue[] {
  const out: InputIssue[] = [];
  if (!isObject(input)) return out;
  unknownKeys(input, TOP_KEYS, [], out);
  const id = input.id;
  if (id !== undefined && typeof id !== 'number') {
    if (typeof id !== 'string')
      out.push(inputIssue(['id'], 'invalid_type', { expected: 'string | number', received: jsonType(id), value: shownValue(id) }));
    else if (id.length > 200) out.push(inputIssue(['id'], 'too_big', { origin: 'string', maximum: 200, value: null }));
  }
  if (isObject(input.vangnet)) unknownKeys(input.vangnet, VANGNET_KEYS, ['vangnet'], out);
  if (!Array.isArray(input.events)) return out;
  input.events.forEach((e: unknown, i) => {
    if (!isObject(e) || typeof e.type !== 'string') return;
    unknownKeys(e, ['type', 'date', 'note', ...(EXTRA_KEYS[e.type] ?? [])], ['events', i], out);
    const note = e.note;
    if (note !== undefined) {
      if (typeof note !== 'string')
        out.push(
          inputIssue(['events', i, 'note'], 'invalid_type', { expected: 'string', received: jsonType(note), value: shownValue(note) }),
        );
      else if (note.length > 2000) out.push(inputIssue(['events', i, 'note'], 'too_big', { origin: 'string', maximum: 2000, value: null }));
    }
    const cm = e.casemanagerType;
    if (e.type === 'casemanager' && cm !== undefined && !(CASEMANAGER_TYPES as readonly unknown[]).includes(cm)) {
      out.push(inputIssue(['events', i, 'casemanagerType'], 'invalid_value', { value: quote(cm), allowed: [...CASEMANAGER_TYPES] }));
    }
    const pct = e.percentage;
    if (e.type === 'gedeeltelijk-hersteld' && pct !== undefined) {
      const path = ['events', i, 'percentage'];
      if (typeof pct !== 'number')
        out.push(inputIssue(path, 'invalid_type', { expected: 'number', received: jsonType(pct), value: shownValue(pct) }));
      else if (pct < 0) out.push(inputIssue(path, 'too_small', { origin: 'number', minimum: 0, value: quote(pct) }));
      else if (pct > 100) out.push(inputIssue(path, 'too_big', { origin: 'number', maximum: 100, value: quote(pct) }));
    }
  });
  return out;
}
