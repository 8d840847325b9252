/**
 * zod issues → {@link InputIssue}: plain data naming the field, with a message in Dutch and
 * English. Messages quote the offending value (shortened) so a user can find it.
 *
 * @module
 */
import type { core } from 'zod';
import { pathName } from '../engine/validate.js';
import type { InputIssue, InputIssueCode } from '../types.js';

type Path = (string | number)[];

const TYPE_NL: Record<string, string> = {
  string: 'tekst',
  number: 'getal',
  int: 'geheel getal',
  object: 'object',
  array: 'lijst',
  boolean: 'true/false',
  undefined: 'niets',
  null: 'null',
};

function received(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? `'${value}'` : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (typeof v !== 'object' || v === null || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Converts zod issues for `input` into bilingual {@link InputIssue}s, one per field problem. */
export function toInputIssues(issues: readonly core.$ZodIssue[], input: unknown): InputIssue[] {
  const out: InputIssue[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol') as Path;
    const key = JSON.stringify(path);
    if (seen.has(key)) continue; // one message per field: the first problem is the one to fix
    seen.add(key);
    const name = pathName(path);
    const value = valueAt(input, issue.path);
    const [nl, en] = describe(issue, value);
    out.push({ path, code: codeOf(issue, value), message: { nl: `${name}: ${nl}`, en: `${name}: ${en}` } });
  }
  return out;
}

/**
 * zod's issue code → the closed {@link InputIssueCode} the engine's own checks use, so that the same
 * problem has the same code from every entry point.
 */
function codeOf(issue: core.$ZodIssue, value: unknown): InputIssueCode {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? 'missing' : 'invalid_type';
    case 'invalid_format':
    case 'custom':
      return 'invalid_date';
    case 'too_small':
    case 'too_big':
      return issue.code;
    case 'unrecognized_keys':
      return 'unknown_field';
    case 'invalid_union':
      return 'discriminator' in issue ? 'invalid_event_type' : 'invalid_value';
    default:
      return 'invalid_value';
  }
}

function describe(issue: core.$ZodIssue, value: unknown): [string, string] {
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return ['ontbreekt (verplicht veld)', 'is missing (required field)'];
      const exp = issue.expected;
      const got = received(value);
      const shown = got === 'null' || got === 'object' || got === 'array' ? '' : ` ${show(value)}`;
      return [`verwacht ${TYPE_NL[exp] ?? exp}, gekregen ${TYPE_NL[got] ?? got}${shown}`, `expected ${exp}, received ${got}${shown}`];
    }
    case 'invalid_format':
      if (issue.format === 'date') {
        return [
          `${show(value)} is geen geldige datum (verwacht JJJJ-MM-DD, een bestaande dag)`,
          `${show(value)} is not a valid date (expected YYYY-MM-DD, a real calendar day)`,
        ];
      }
      return [`${show(value)} heeft niet de juiste vorm (${issue.format})`, `${show(value)} has the wrong format (${issue.format})`];
    case 'custom':
      return [`${show(value)} ligt buiten 1900–2199`, `${show(value)} is outside 1900–2199`];
    case 'too_small':
      if (issue.origin === 'number' || issue.origin === 'int') {
        return [`${show(value)} is te klein (minimaal ${issue.minimum})`, `${show(value)} is too small (at least ${issue.minimum})`];
      }
      return [`te kort (minimaal ${issue.minimum})`, `too short (at least ${issue.minimum})`];
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int') {
        return [`${show(value)} is te groot (maximaal ${issue.maximum})`, `${show(value)} is too big (at most ${issue.maximum})`];
      }
      return [`te lang (maximaal ${issue.maximum})`, `too long (at most ${issue.maximum})`];
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `'${k}'`).join(', ');
      return [
        `onbekend veld ${keys} (velden worden nooit stilzwijgend genegeerd)`,
        `unknown field ${keys} (fields are never silently ignored)`,
      ];
    }
    case 'invalid_union':
      if ('discriminator' in issue) {
        return [
          `onbekend soort gebeurtenis ${show(value)}; zie \`poortwachter schema\` voor de geldige soorten`,
          `unknown event type ${show(value)}; see \`poortwachter schema\` for the valid types`,
        ];
      }
      return [`${show(value)} past bij geen van de toegestane vormen`, `${show(value)} matches none of the allowed shapes`];
    case 'invalid_value': {
      const allowed = issue.values.map((v) => show(v)).join(', ');
      return [`${show(value)} is niet toegestaan; kies uit ${allowed}`, `${show(value)} is not allowed; choose one of ${allowed}`];
    }
    default:
      return [issue.message, issue.message];
  }
}
