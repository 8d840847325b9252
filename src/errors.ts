import { pathName } from './engine/issue-data.js';
import type { InputIssueData } from './types.js';

/**
 * Thrown only for programmer errors in typed calls — e.g. `evaluateCase` given a date that is not a
 * real `YYYY-MM-DD` date, or a policy value out of range. Untrusted input belongs in
 * `safeEvaluateCase` / `parseCaseInput`, which return issues with their messages instead of throwing.
 *
 * The issues are data (code, path, params): the engine carries no words. `withIssueMessage(issue)`
 * adds the message in Dutch and English.
 *
 * @example
 * try { evaluateCase({ firstSickDay: '2025-02-30' }, { asOf: '2025-03-10' }) } catch (e) {
 *   (e as PoortwachterError).message //=> `firstSickDay: invalid_date {"value":"'2025-02-30'"}`
 *   (e as PoortwachterError).issues.map(withIssueMessage)[0].message.en //=> "firstSickDay: '2025-02-30' is not a valid date (…)"
 * }
 */
export class PoortwachterError extends Error {
  override readonly name = 'PoortwachterError';
  /** The problems, each naming its field (as data; `withIssueMessage` renders them). */
  readonly issues: readonly InputIssueData[];

  constructor(issues: readonly InputIssueData[]) {
    // Codes and paths, no catalogue words: the field first, then the code and its params.
    super(
      issues
        .map(
          (i) =>
            `${pathName(i.path)}: ${i.code}${i.params === undefined || Object.keys(i.params).length === 0 ? '' : ` ${JSON.stringify(i.params)}`}`,
        )
        .join('; '),
    );
    this.issues = issues;
  }
}

export { pathName as formatPath } from './engine/issue-data.js';
