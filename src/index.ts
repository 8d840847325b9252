/**
 * poortwachter — every step of the Dutch Wet verbetering poortwachter, with its deadline, legal
 * basis and status, from a first sick day and the events of a sickness case.
 *
 * @packageDocumentation
 */

export { type AtwHoliday, atwHolidays, isAtwWorkingDay, rollForwardToAtwWorkingDay } from './calendar/atw.js';
export { easterSunday } from './calendar/easter.js';
export {
  addDays,
  differenceInDays,
  type EpochDay,
  formatIsoDate,
  isIsoDate,
  isoWeekday,
  MAX_YEAR,
  MIN_YEAR,
  parseIsoDate,
} from './calendar/isoDate.js';
export { checkCaseInput, evaluateCase, parseCaseInput, parseEvaluateOptions, safeEvaluateCase } from './case/parse.js';
export { CaseEventSchema, CaseInputSchema, caseInputJsonSchema, MAX_EVENTS, PolicySchema } from './case/schema.js';
export * from './contract.js';
export { type CheckedCaseInput, type CheckedOptions, type EvaluateCaseOptions, evaluateChecked } from './engine/evaluate.js';
export { DEFAULT_POLICY } from './engine/policy.js';
export { PoortwachterError } from './errors.js';
export {
  type CsvDialect,
  csvCell,
  csvRow,
  csvSeparator,
  type RenderCsvOptions,
  renderCsv,
  renderWagePhasesCsv,
  TIMELINE_CSV_COLUMNS,
  TIMELINE_CSV_HEADERS,
  UTF8_BOM,
  WAGE_PHASES_CSV_COLUMNS,
} from './format/csv.js';
export { type RenderHtmlReportOptions, renderHtmlReport } from './format/html.js';
export { escapeIcsText, foldIcsLine, icsSequence, icsUid, type RenderIcsOptions, renderIcs } from './format/ics.js';
export { isOpen, stepKey } from './format/labels.js';
export {
  type CaseSummary,
  DEFAULT_SUMMARY_FIELDS,
  parseSummaryFields,
  pickSummary,
  type StepRef,
  SUMMARY_FIELDS,
  type SummaryField,
  summarizeTimeline,
  summaryCsvColumns,
  summaryCsvValues,
} from './format/summary.js';
export {
  type RenderTimelineSvgOptions,
  type ReportLang,
  renderTimelineSvg,
} from './format/svg.js';
// Renderers of the CLI (issue 4): table, CSV, iCalendar, batch summary.
export { type RenderTableOptions, renderTable } from './format/table.js';
// Words: the message catalogues (nl, en) and the functions that render the engine's data (issue 10).
export {
  actorLabel,
  CATALOGUES,
  type Catalogue,
  caseStatusLabel,
  eventTypeLabel,
  explain,
  explainStep,
  flagMessage,
  formatDate,
  isLang,
  kindLabel,
  LANGS,
  type Lang,
  milestoneName,
  milestoneStatusLabel,
  milestoneTitle,
  type RenderContext,
  type RenderOptions,
  readableDate,
  reasonText,
  severityLabel,
  statusLabel,
  withIssueMessage,
} from './i18n/index.js';
export { GELIJKGESTELDE_DAGEN, type GelijkgesteldeDag } from './law/atw.js';
export { type DateRule, MILESTONE_RULES, type MilestoneRule, type ParamName } from './law/milestones.js';
export { BASE_PARAMETERS, type LawParameters, PARAMETER_VERSIONS, type ParameterVersion } from './law/parameters.js';
export { legalBasisOf, type RuleEntry, ruleEntries, ruleOf } from './law/rule-of.js';
export { createRuleTable, DEFAULT_RULES, type RuleTable } from './law/rules.js';
export { SOURCES, sourceUrl } from './law/sources.js';
export * from './types.js';
export {
  caseWorkItems,
  collectWorklist,
  compareWorkItems,
  type WorkItem,
  type WorkItemTrigger,
  type WorklistCase,
  type WorklistCaseResult,
  type WorklistInvalid,
  type WorklistOptions,
  type WorklistResult,
  worklist,
  worklistStream,
} from './worklist.js';
