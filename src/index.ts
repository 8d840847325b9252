/**
 * poortwachter — every step of the Dutch Wet verbetering poortwachter, with its deadline, legal
 * basis and status, from a first sick day and the events of a sickness case.
 *
 * This entry is the stable API: the engine, the input and output contract (types, schemas, code
 * lists), the rule table, the worklist and the words of the message catalogues. The renderers of
 * the command's formats are in `poortwachter/format`, the web service in `poortwachter/server`.
 * etc/poortwachter.api.md lists every name; `npm test` fails when the build differs from it.
 *
 * @packageDocumentation
 */

export { checkCaseInput, evaluateCase, parseCaseInput, parseEvaluateOptions, safeEvaluateCase } from './case/parse.js';
export { CaseEventSchema, CaseInputSchema, caseInputJsonSchema, MAX_EVENTS, PolicySchema } from './case/schema.js';
// The contract: the types of input and output, the closed code lists, the output schemas.
export * from './contract.js';
// The engine and its input: evaluateChecked takes what checkCaseInput and parseEvaluateOptions return.
export { type CheckedCaseInput, type CheckedOptions, type EvaluateCaseOptions, evaluateChecked } from './engine/evaluate.js';
export { DEFAULT_POLICY } from './engine/policy.js';
export { PoortwachterError } from './errors.js';
// Words: the message catalogues (nl, en) and the functions that render the engine's data.
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
  type IcsWords,
  isLang,
  kindLabel,
  LANGS,
  type Lang,
  milestoneName,
  milestoneStatusLabel,
  milestoneTitle,
  type PictureSummary,
  type PictureWords,
  type ReasonOf,
  type RenderContext,
  type RenderOptions,
  type ReportWords,
  reasonText,
  type StepOf,
  severityLabel,
  statusLabel,
  type TableWords,
  withIssueMessage,
} from './i18n/index.js';
// The law as data: the rule table, its parameters and sources.
export { GELIJKGESTELDE_DAGEN, type GelijkgesteldeDag } from './law/atw.js';
export { type DateRule, MILESTONE_RULES, type MilestoneRule, type ParamName, type PolicyParamName } from './law/milestones.js';
export { BASE_PARAMETERS, type LawParameters, PARAMETER_VERSIONS, type ParameterVersion } from './law/parameters.js';
export { legalBasisOf, type RuleEntry, ruleEntries, ruleOf } from './law/rule-of.js';
export { createRuleTable, DEFAULT_RULES, type RuleTable } from './law/rules.js';
export { SOURCES, sourceUrl } from './law/sources.js';
export type { ImpliedRule, StepRule } from './law/steps.js';
export * from './types.js';
// The closed vocabularies, once each: the types of types.ts and the schemas' enums derive from them.
export {
  ACTORS,
  AFWIJKING_STEPS,
  CASE_EVENT_TYPES,
  CASE_STATUSES,
  CASEMANAGER_TYPES,
  FIRST_WEEKS_MODES,
  MILESTONE_IDS,
  MILESTONE_KINDS,
  MILESTONE_STATUSES,
  NOT_STEP_EVENTS,
  OTHER_EVENT_TYPES,
  PROBLEEMANALYSE_MODES,
  SEVERITIES,
  STEP_EVENT_TYPES,
  VANGNET_GRONDEN,
  WAGE_PHASE_KINDS,
} from './vocab.js';
// Open steps over many cases.
export {
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
