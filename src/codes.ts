/**
 * The stable codes as values: every {@link InputIssueCode} and {@link FlagCode} in an array, for
 * programs that switch on them and for the tests that prove each one is produced (docs/codes.md
 * lists them with both messages). A code added to a type and not here is a type error.
 *
 * @module
 */
import type { FlagCode, InputIssueCode, Severity } from './types.js';

/** Every input issue code (closed; see docs/codes.md). */
export const INPUT_ISSUE_CODES = Object.freeze([
  'missing',
  'invalid_type',
  'invalid_date',
  'invalid_event_type',
  'unknown_field',
  'too_small',
  'too_big',
  'invalid_value',
  'before_first_sick_day',
  'until_before_date',
  'invalid_id',
  'duplicate_id',
  'total_too_big',
  'invalid_json',
  'empty_line',
  'unreadable',
  'internal_error',
] as const) satisfies readonly InputIssueCode[];

/** The input issue codes only the CLI adds (`batch`, `validate`): the text was not a case to check. */
export const CLI_INPUT_ISSUE_CODES = Object.freeze([
  'invalid_json',
  'empty_line',
  'unreadable',
  'internal_error',
] as const) satisfies readonly InputIssueCode[];

/** Every flag code (closed; see docs/codes.md). */
export const FLAG_CODES = Object.freeze([
  'MILESTONE_OVERDUE',
  'MILESTONE_DONE_LATE',
  'STEP_BEFORE_WINDOW',
  'STEP_WHILE_CLOSED',
  'EVENT_AFTER_AS_OF',
  'ZIEK_WITHOUT_HERSTELD',
  'HERSTELD_TWICE',
  'LOONSANCTIE_OVER_MAX',
  'VERLENGING_AFTER_WACHTTIJD',
  'WIA_LETTER_LATE',
  'WIA_LETTER_EXTENSION_EXCLUDED',
  'STEP_IMPLIED',
  'WAGE_END_OPEN',
  'REPORT_BEFORE_VERLENGING',
  'FREQUENT_ABSENCE',
  'ATW_CALENDAR_INCOMPLETE',
  'RULES_BEFORE_COVERAGE',
  'DUPLICATE_STEP',
  'NEW_CASE_STARTED',
  'AS_OF_BEFORE_FIRST_SICK_DAY',
  'RULE_NOT_IN_FORCE',
] as const) satisfies readonly FlagCode[];

/**
 * The severities each flag code comes with: a missed legal step is an `error` and a missed advice
 * step or one still within the strict legal latest a `warning`; a late step a `warning`, or `info`
 * for advice or within the strict legal latest.
 */
export const FLAG_SEVERITIES: { readonly [C in FlagCode]: readonly Severity[] } = Object.freeze({
  MILESTONE_OVERDUE: ['error', 'warning'],
  MILESTONE_DONE_LATE: ['warning', 'info'],
  STEP_BEFORE_WINDOW: ['warning'],
  STEP_WHILE_CLOSED: ['warning'],
  EVENT_AFTER_AS_OF: ['warning'],
  ZIEK_WITHOUT_HERSTELD: ['warning'],
  HERSTELD_TWICE: ['warning'],
  LOONSANCTIE_OVER_MAX: ['error'],
  VERLENGING_AFTER_WACHTTIJD: ['warning'],
  WIA_LETTER_LATE: ['warning'],
  WIA_LETTER_EXTENSION_EXCLUDED: ['warning'],
  STEP_IMPLIED: ['info', 'warning'],
  WAGE_END_OPEN: ['warning'],
  REPORT_BEFORE_VERLENGING: ['warning'],
  FREQUENT_ABSENCE: ['info'],
  ATW_CALENDAR_INCOMPLETE: ['info'],
  RULES_BEFORE_COVERAGE: ['info'],
  DUPLICATE_STEP: ['warning'],
  NEW_CASE_STARTED: ['info'],
  AS_OF_BEFORE_FIRST_SICK_DAY: ['error'],
  RULE_NOT_IN_FORCE: ['warning'],
});

/** Every consequence code: what missing a step costs, on each milestone as `consequence` (see docs/codes.md); `ConsequenceCode` is derived from it. */
export const CONSEQUENCE_CODES = Object.freeze([
  'loonsanctie',
  'boete-42e-week',
  'riv-missing',
  'wia-aanvraag-late',
  'wia-late-letter',
  'vangnet-late',
  'evaluatie-praktijk',
  'advice',
  'protocol',
  'info',
] as const);

// The arrays hold every code of their type, not just some: a missing one fails here.
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
const inputCodesComplete: Missing<InputIssueCode, (typeof INPUT_ISSUE_CODES)[number]> = true;
const flagCodesComplete: Missing<FlagCode, (typeof FLAG_CODES)[number]> = true;
void inputCodesComplete;
void flagCodesComplete;
