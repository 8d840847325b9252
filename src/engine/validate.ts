import { parseIsoDate } from '../calendar/isoDate.js';
import type { InputIssueData } from '../types.js';
import { issueData as inputIssue, jsonType, quote, shownValue } from './issue-data.js';

export { pathName } from './issue-data.js';

/**
 * Collects an issue for a value that is not a real ISO date in 1900–2199 (`missing`, `invalid_type`
 * or `invalid_date`, as the schema would say); returns its epoch day or NaN.
 */
export function checkDate(value: unknown, path: (string | number)[], issues: InputIssueData[]): number {
  const day = typeof value === 'string' ? parseIsoDate(value) : Number.NaN;
  if (Number.isNaN(day)) {
    if (value === undefined) issues.push(inputIssue(path, 'missing', {}));
    else if (typeof value !== 'string')
      issues.push(inputIssue(path, 'invalid_type', { expected: 'string', received: jsonType(value), value: shownValue(value) }));
    else issues.push(inputIssue(path, 'invalid_date', { value: quote(value) }));
  }
  return day;
}

/**
 * Collects an issue for a value that is not a whole number from `min` through `max` (`missing`,
 * `invalid_type`, `too_small` or `too_big`, as the schema would say); returns whether it is one.
 */
export function checkInt(value: unknown, path: (string | number)[], min: number, max: number, issues: InputIssueData[]): boolean {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return true;
  if (value === undefined) issues.push(inputIssue(path, 'missing', {}));
  else if (typeof value !== 'number' || !Number.isInteger(value))
    issues.push(
      inputIssue(path, 'invalid_type', {
        expected: typeof value === 'number' ? 'int' : 'number',
        received: jsonType(value),
        value: shownValue(value),
      }),
    );
  else if (value < min) issues.push(inputIssue(path, 'too_small', { origin: 'number', minimum: min, value: quote(value) }));
  else issues.push(inputIssue(path, 'too_big', { origin: 'number', maximum: max, value: quote(value) }));
  return false;
}

/**
 * Collects an issue for an optional value that is present but not a boolean (`invalid_type`, as the
 * schema would say); returns whether it is `true`. Absent (`undefined`) is no issue.
 */
export function checkOptionalBoolean(value: unknown, path: (string | number)[], issues: InputIssueData[]): boolean {
  if (value !== undefined && typeof value !== 'boolean') {
    issues.push(inputIssue(path, 'invalid_type', { expected: 'boolean', received: jsonType(value), value: shownValue(value) }));
  }
  return value === true;
}
