/**
 * Streaming NDJSON (the splitter, `ndjsonLines`, lives in `src/batch/ndjson-lines.ts`, shared with
 * `poortwachter batch`), and the answer to one batch line.
 *
 * @module
 */
import { eventsCapIssue, idOf, invalidLine, okLine } from '../batch/line.js';
import { checkCaseInput, evaluationIssues, parseEvaluateOptions } from '../case/parse.js';
import { parseNdjsonLine } from '../common/ndjson-line.js';
import { evaluateChecked } from '../engine/evaluate.js';
import type { SummaryField } from '../format/summary.js';
import type { IsoDate } from '../types.js';

export { type NdjsonLine, ndjsonLines } from '../batch/ndjson-lines.js';

/** How the lines of one `POST /v1/batch` are answered: evaluated on `asOf`, with the summary `fields` (null: the timeline). */
export interface BatchLineOptions {
  readonly asOf: IsoDate;
  readonly fields: readonly SummaryField[] | null;
  readonly maxEvents?: number | undefined;
}

/**
 * The answerer of the lines of one batch: the options checked once (`parseEvaluateOptions`), each
 * line's case by `checkCaseInput`, then evaluated by `evaluateChecked` — the answers of
 * {@link answerBatchLine}, without an options parse per line.
 *
 * @example
 * const answer = batchLineAnswerer({ asOf: '2025-03-10', fields: null });
 * answer('{"firstSickDay":"2025-01-06"}', 1) //=> '{"ok":true,"line":1,"timeline":{…}}\n'
 */
export function batchLineAnswerer(options: BatchLineOptions): (text: string, n: number) => string {
  const evaluate = parseEvaluateOptions({ asOf: options.asOf });
  return (text, n) => {
    const parsed = parseNdjsonLine(text, n);
    if (!parsed.ok) return invalidLine(n, undefined, parsed.issues);
    const id = idOf(parsed.value);
    const capped = eventsCapIssue(parsed.value, options.maxEvents);
    if (capped !== null) return invalidLine(n, id, [capped]);
    const c = checkCaseInput(parsed.value);
    if (c.success && evaluate.success) return okLine(n, id, evaluateChecked(c.data, evaluate.data), options.fields);
    return invalidLine(n, id, evaluationIssues(c.success ? [] : c.issues, evaluate.success ? [] : evaluate.issues));
  };
}

/**
 * The answer line of one NDJSON batch line (`POST /v1/batch`): the line format of
 * `poortwachter batch` — `ok: false` for an empty, broken, oversized or invalid line, the `id`
 * echoed, the compact timeline or the summary fields asked for. (Many lines: {@link batchLineAnswerer}.)
 *
 * @example
 * answerBatchLine('{"id":"E-1","firstSickDay":"2025-01-06"}', 1, { asOf: '2025-03-10', fields: ['status'], maxEvents: 1000 })
 * //=> '{"ok":true,"line":1,"id":"E-1","status":"sick"}\n'
 */
export function answerBatchLine(text: string, n: number, options: BatchLineOptions): string {
  return batchLineAnswerer(options)(text, n);
}
