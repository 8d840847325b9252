/**
 * poortwachter — every step of the Dutch Wet verbetering poortwachter, with its deadline, legal
 * basis and status, from a first sick day and the events of a sickness case.
 *
 * @packageDocumentation
 */
export { evaluateCase, type EvaluateCaseOptions } from './engine/evaluate.js';
export { DEFAULT_POLICY } from './engine/policy.js';
export { PoortwachterError } from './errors.js';
export * from './types.js';
export {
  addDays,
  differenceInDays,
  formatIsoDate,
  isIsoDate,
  isoWeekday,
  parseIsoDate,
  type EpochDay,
} from './calendar/isoDate.js';
export { atwHolidays, isAtwWorkingDay, rollForwardToAtwWorkingDay, type AtwHoliday } from './calendar/atw.js';
export { easterSunday } from './calendar/easter.js';
export { MILESTONE_RULES, type MilestoneRule, type DateRule } from './law/milestones.js';
export { BASE_PARAMETERS, PARAMETER_VERSIONS, type LawParameters, type ParameterVersion } from './law/parameters.js';
export { createRuleTable, DEFAULT_RULES, type RuleTable } from './law/rules.js';
export { GELIJKGESTELDE_DAGEN } from './law/atw.js';
export { CaseEventSchema, CaseInputSchema, caseInputJsonSchema, MAX_EVENTS, parseCaseInput, safeEvaluateCase } from './case/schema.js';
export {
  renderTimelineSvg,
  weekOfSickness,
  type RenderTimelineSvgOptions,
  type ReportLang,
} from './format/svg.js';
export { renderHtmlReport, type RenderHtmlReportOptions } from './format/html.js';
// Renderers of the CLI (issue 4): table, CSV, iCalendar, batch summary.
export { renderTable, type RenderTableOptions } from './format/table.js';
export { csvCell, csvRow, renderCsv, TIMELINE_CSV_COLUMNS, type RenderCsvOptions } from './format/csv.js';
export { escapeIcsText, foldIcsLine, icsUid, renderIcs, type RenderIcsOptions } from './format/ics.js';
export {
  DEFAULT_SUMMARY_FIELDS,
  parseSummaryFields,
  pickSummary,
  SUMMARY_FIELDS,
  summarizeTimeline,
  summaryCsvColumns,
  summaryCsvValues,
  type CaseSummary,
  type StepRef,
  type SummaryField,
} from './format/summary.js';
export { readableDate, sicknessWeekOn } from './format/dates.js';
export { actorLabel, isOpen, kindLabel, milestoneTitle, statusLabel, stepKey, type Lang } from './format/labels.js';
