/**
 * `poortwachter/server`: the web service of `poortwachter serve` as a Fastify application, for
 * running it inside your own Node process (tests, a custom start-up, another port or TLS in
 * front). The main `poortwachter` entry does not import it: Fastify is loaded only by this entry.
 *
 * @packageDocumentation
 */
export { createServer, SERVER_DEFAULTS, type ServerOptions } from './app.js';
export { interruptedLine } from './interrupt.js';
export { type Json, openApiDocument, openApiExamples } from './openapi.js';
export { langFromHeader, PROBLEMS, type Problem, type ProblemCode } from './problem.js';
export {
  BatchAnswerLineSchema,
  BatchLineSchema,
  CaseSummarySchema,
  CompactTimelineSchema,
  caseTimelineJsonSchema,
  caseTimelineSchema,
  EvaluateRequestSchema,
  HealthSchema,
  InputIssueSchema,
  InterruptedLineSchema,
  LegalSourceSchema,
  ProblemSchema,
  SummaryLineSchema,
  ValidateResponseSchema,
  WorkItemSchema,
  WorklistResponseSchema,
} from './schemas.js';
