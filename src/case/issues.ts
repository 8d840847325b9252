/**
 * zod issues → {@link InputIssue}: the same closed codes, paths and messages the engine's own checks
 * give the same problem (`inputIssue` builds both). zod's own codes never leak.
 *
 * @module
 */
import type { core } from 'zod';
import { inputIssue, jsonType, quote, shownValue, withSuggestionWords } from '../i18n/issues.js';
import type { InputIssue } from '../types.js';
import { dateSuggestion, nearestEventType } from './suggest.js';

type Path = (string | number)[];

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** The params with `suggestion` when there is one (absent, not `undefined`, when there is none). */
const withSuggestion = <P extends { readonly value: string }>(params: P, suggestion: string | undefined): P =>
  suggestion === undefined ? params : { ...params, suggestion };

const origin = (o: string): 'number' | 'string' | 'array' =>
  o === 'number' || o === 'int' || o === 'bigint' ? 'number' : o === 'string' ? 'string' : 'array';

/** Converts zod issues for `input` into {@link InputIssue}s, one per field (the first problem is the one to fix). */
export function toInputIssues(issues: readonly core.$ZodIssue[], input: unknown): InputIssue[] {
  const out: InputIssue[] = [];
  const seen = new Set<string>();
  const add = (issue: InputIssue): void => {
    const key = JSON.stringify(issue.path);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(issue);
  };
  for (const issue of issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol') as Path;
    if (issue.code === 'unrecognized_keys') {
      // One issue per unknown key, at the key's own path (as policy checks name them).
      for (const key of issue.keys) add(inputIssue([...path, key], 'unknown_field', { field: key }));
      continue;
    }
    add(convert(issue, path, valueAt(input, issue.path)));
  }
  return out;
}

function convert(issue: core.$ZodIssue, path: Path, value: unknown): InputIssue {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? inputIssue(path, 'missing', {})
        : inputIssue(path, 'invalid_type', { expected: issue.expected, received: jsonType(value), value: shownValue(value) });
    case 'invalid_format':
    case 'custom':
      // The only formats and refinements of the schema are those of a date.
      return withSuggestionWords(inputIssue(path, 'invalid_date', withSuggestion({ value: quote(value) }, dateSuggestion(value))));
    case 'too_small':
      return inputIssue(path, 'too_small', {
        origin: origin(issue.origin),
        minimum: Number(issue.minimum),
        value: typeof value === 'number' ? quote(value) : null,
      });
    case 'too_big':
      return inputIssue(path, 'too_big', {
        origin: origin(issue.origin),
        maximum: Number(issue.maximum),
        value: typeof value === 'number' ? quote(value) : null,
      });
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator !== undefined) {
        return value === undefined
          ? inputIssue(path, 'missing', {})
          : withSuggestionWords(inputIssue(path, 'invalid_event_type', withSuggestion({ value: quote(value) }, nearestEventType(value))));
      }
      // A union of plain types (`id`: text or number): name them all.
      const expected = issue.errors.flatMap((branch) => branch.flatMap((i) => (i.code === 'invalid_type' ? [i.expected] : [])));
      return inputIssue(path, 'invalid_type', { expected: expected.join(' | '), received: jsonType(value), value: shownValue(value) });
    }
    case 'invalid_value':
      // A required choice left out (`vangnet.grond`) is missing, as evaluateCase says, not the value "undefined".
      return value === undefined
        ? inputIssue(path, 'missing', {})
        : inputIssue(path, 'invalid_value', { value: quote(value), allowed: issue.values.map(String) });
    default:
      // Not produced by this schema (not_multiple_of, invalid_key, invalid_element): no code of zod's leaks.
      return inputIssue(path, 'invalid_value', { value: quote(value), allowed: [] });
  }
}
