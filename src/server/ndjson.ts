/**
 * Streaming NDJSON, and the answer to one batch line. Splits a byte stream into lines as `node:readline` does (`\n`, `\r\n` and a
 * lone `\r` end a line; a last line without a line end counts; nothing after a final line end),
 * without ever holding more than one line and one chunk in memory. A line longer than the limit is
 * skipped up to its end and reported as such, so one runaway line cannot exhaust the heap.
 *
 * @module
 */
import { StringDecoder } from 'node:string_decoder';
import { eventsCapIssue, idOf, invalidLine, okLine } from '../batch/line.js';
import { safeEvaluateCase } from '../case/schema.js';
import { parseNdjsonLine } from '../common/ndjson-line.js';
import type { SummaryField } from '../format/summary.js';
import type { IsoDate } from '../types.js';

/**
 * A line of input, or the marker of one that was longer than the limit (its text dropped).
 *
 * @example
 * const l: NdjsonLine = { text: '{"firstSickDay":"2025-01-06"}', tooLong: false };
 */
export interface NdjsonLine {
  readonly text: string;
  readonly tooLong: boolean;
}

const LINE_END = /\r\n|\n|\r/g;

/**
 * Yields, per chunk of input, the lines it completed (an array, possibly empty), then the last
 * unterminated line. Batches per chunk so the caller can answer a chunk's lines in one write.
 *
 * @example
 * for await (const lines of ndjsonLines(request.raw, 1 << 20)) for (const l of lines) console.log(l.text);
 */
export async function* ndjsonLines(input: AsyncIterable<Buffer | string>, maxLineChars: number): AsyncGenerator<NdjsonLine[]> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let skipping = false; // inside a line that is already too long: drop text up to its end
  for await (const chunk of input) {
    const text = pending + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    const lines: NdjsonLine[] = [];
    let start = 0;
    LINE_END.lastIndex = 0;
    for (let m = LINE_END.exec(text); m !== null; m = LINE_END.exec(text)) {
      // A '\r' at the very end may be the first half of '\r\n' split over two chunks: wait for more.
      if (m[0] === '\r' && m.index === text.length - 1) break;
      const line = text.slice(start, m.index);
      if (skipping) {
        lines.push({ text: '', tooLong: true });
        skipping = false;
      } else if (line.length > maxLineChars) lines.push({ text: '', tooLong: true });
      else lines.push({ text: line, tooLong: false });
      start = m.index + m[0].length;
    }
    pending = text.slice(start);
    if (pending.length > maxLineChars) {
      skipping = true;
      // keep a trailing '\r' so a '\r\n' split over chunks still counts as one line end
      pending = pending.endsWith('\r') ? '\r' : '';
    }
    yield lines;
  }
  pending += decoder.end();
  if (skipping) yield [{ text: '', tooLong: true }];
  else if (pending !== '') {
    // "a\r" at the very end is the line "a", as in readline
    const line = pending.endsWith('\r') ? pending.slice(0, -1) : pending;
    yield [line.length > maxLineChars ? { text: '', tooLong: true } : { text: line, tooLong: false }];
  }
}

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
