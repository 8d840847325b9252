/**
 * The stable output contract in one place: the closed code lists and the schemas of the output
 * (re-exported by the package entry).
 *
 * @module
 */

export {
  BatchLineSchema,
  batchLineJsonSchema,
  CaseTimelineSchema,
  caseTimelineJsonSchema,
  DerivationStepSchema,
  FlagSchema,
  InputIssueSchema,
  MilestoneSchema,
  StatusReasonSchema,
} from './case/timeline-schema.js';
export { CLI_INPUT_ISSUE_CODES, CONSEQUENCE_CODES, FLAG_CODES, FLAG_SEVERITIES, INPUT_ISSUE_CODES } from './codes.js';
