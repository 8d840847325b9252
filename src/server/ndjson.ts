/**
 * Streaming NDJSON (the splitter, `ndjsonLines`, lives in `src/batch/ndjson-lines.ts`, shared with
 * `poortwachter batch`), and the answer to one batch line.
 *
 * @module
 */
import { eventsCapIssue, idOf, invalidLine, okLine } from '../batch/line.js';
import { safeEvaluateCase } from '../case/parse.js';
import { parseNdjsonLine } from '../common/ndjson-line.js';
import type { SummaryField } from '../format/summary.js';
import type { IsoDate } from '../types.js';

export { type NdjsonLine, ndjsonLines } from '../batch/ndjson-lines.js';

/**
 * The answer line of one NDJSON batch line (`POST /v1/batch`): the line format of
 * `poortwachter batch` — `ok: false` for an empty, broken, oversized or invalid line, the `id`
 * echoed, the compact timeline or the summary fields asked for.
 *
 * @example
 * answerBatchLine('{"id":"E-1","firstSickDay":"2025-01-06"}', 1, { asOf: '2025-03-10', fields: ['status'], maxEvents: 1000 })
 * //=> '{"ok":true,"line":1,"id":"E-1","status":"sick"}\n'
 */
export function answerBatchLine(
  text: string,
  n: number,
  options: { readonly asOf: IsoDate; readonly fields: readonly SummaryField[] | null; readonly maxEvents?: number | undefined },
): string {
  const parsed = parseNdjsonLine(text, n);
  if (!parsed.ok) return invalidLine(n, undefined, parsed.issues);
  const id = idOf(parsed.value);
  const capped = eventsCapIssue(parsed.value, options.maxEvents);
  if (capped !== null) return invalidLine(n, id, [capped]);
  const r = safeEvaluateCase(parsed.value, { asOf: options.asOf });
  return r.success ? okLine(n, id, r.data, options.fields) : invalidLine(n, id, r.issues);
}
