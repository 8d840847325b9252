import type { InputIssue } from './types.js';

/**
 * Thrown only for programmer errors in typed calls — e.g. `evaluateCase` given a date that is not a
 * real `YYYY-MM-DD` date, or a policy value out of range. Untrusted input belongs in
 * `safeEvaluateCase` / `parseCaseInput`, which return issues instead of throwing.
 */
export class PoortwachterError extends Error {
  override readonly name = 'PoortwachterError';
  /** The problems, each naming its field. */
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    // Every issue message already starts with the field it names.
    super(issues.map((i) => i.message.en).join('; '));
    this.issues = issues;
  }
}

export { pathName as formatPath } from './i18n/issues.js';
