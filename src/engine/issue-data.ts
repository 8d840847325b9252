/**
 * Input issues as data: the code, the path of the field and the params — no words. The parse step
 * (src/case/parse.ts) makes these; the edges (`parseCaseInput`, `safeEvaluateCase`, the CLI, the service) add the
 * message in Dutch and English from the issue catalogues (`inputIssue`, `withIssueMessage`), so
 * `import { evaluateCase }` carries no message text.
 *
 * @module
 */
import type { InputIssueCode, InputIssueDataOf, InputIssueParams } from '../types.js';

/**
 * An input issue without its message: what the engine's checks report.
 *
 * @example
 * issueData(['firstSickDay'], 'missing', {}) //=> { path: ['firstSickDay'], code: 'missing', params: {} }
 */
export function issueData<C extends InputIssueCode>(
  path: readonly (string | number)[],
  code: C,
  params: InputIssueParams[C],
): InputIssueDataOf<C> {
  return { path, code, params };
}

/**
 * The name of the field at `path`, as messages start with it.
 *
 * @example
 * pathName(['events', 2, 'date']) //=> 'events[2].date'
 * pathName([]) //=> '(root)'
 */
export function pathName(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out === '' ? '(root)' : out;
}

/**
 * A value as a message quotes it: strings in single quotes, other values as JSON, shortened to 60
 * characters.
 *
 * @example
 * quote('2025-02-30') //=> "'2025-02-30'"
 */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? `'${value}'` : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The JSON type of a value: `string`, `number`, `boolean`, `null`, `array`, `object` (or `undefined`, `bigint`, …). */
export function jsonType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** A value worth quoting in an `invalid_type` message (a string, number or boolean), or `null`. */
export function shownValue(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? quote(value) : null;
}
