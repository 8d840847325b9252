/**
 * Splitting a byte stream of NDJSON into lines, shared by `poortwachter batch` and the batch
 * endpoints of `poortwachter serve`. Lines end as in `node:readline` (`\n`, `\r\n` and a lone `\r`;
 * a last line without a line end counts; nothing after a final line end).
 *
 * Linear in the input: each chunk is scanned once, from where it starts (never the pending text
 * again), and the pieces of a line are joined once, when its end arrives. Memory stays bounded
 * whatever comes in: a line longer than the limit is dropped up to its end and reported as such
 * (`tooLong`), so one runaway line — `/dev/zero`, a 41 MB line — cannot exhaust the heap.
 *
 * @module
 */
import { StringDecoder } from 'node:string_decoder';

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

/**
 * The default longest line, in UTF-16 characters (1 MiB): a case with 10 000 events fits in about
 * 600 kB.
 */
export const DEFAULT_MAX_LINE_CHARS = 1024 * 1024;

const LINE_END = /[\r\n]/g;
const TOO_LONG: NdjsonLine = Object.freeze({ text: '', tooLong: true });

/**
 * Yields, per chunk of input, the lines it completed (an array, possibly empty), then the last
 * unterminated line. Batches per chunk so the caller can answer a chunk's lines in one write.
 *
 * @example
 * for await (const lines of ndjsonLines(request.raw, 1 << 20)) for (const l of lines) console.log(l.text);
 */
export async function* ndjsonLines(input: AsyncIterable<Buffer | string>, maxLineChars: number): AsyncGenerator<NdjsonLine[]> {
  const decoder = new StringDecoder('utf8');
  let parts: string[] = []; // the pieces of the line being read, joined when its end arrives
  let length = 0; // their total length
  let skipping = false; // inside a line that is already too long: drop text up to its end
  let afterCr = false; // the last chunk ended with '\r': a '\n' first in the next one belongs to it

  const endLine = (last: string): NdjsonLine => {
    let line: NdjsonLine;
    if (skipping || length + last.length > maxLineChars) line = TOO_LONG;
    else line = { text: parts.length === 0 ? last : parts.join('') + last, tooLong: false };
    parts = [];
    length = 0;
    skipping = false;
    return line;
  };

  const split = (text: string): NdjsonLine[] => {
    const lines: NdjsonLine[] = [];
    if (text === '') return lines;
    let start = 0;
    if (afterCr && text.charCodeAt(0) === 10) start = 1;
    afterCr = false;
    LINE_END.lastIndex = start;
    for (let m = LINE_END.exec(text); m !== null; m = LINE_END.exec(text)) {
      lines.push(endLine(text.slice(start, m.index)));
      start = m.index + 1;
      if (m[0] === '\r') {
        if (start === text.length) afterCr = true;
        else if (text.charCodeAt(start) === 10) start++;
      }
      LINE_END.lastIndex = start;
    }
    if (start < text.length && !skipping) {
      const rest = start === 0 ? text : text.slice(start);
      if (length + rest.length > maxLineChars) {
        skipping = true;
        parts = [];
        length = 0;
      } else {
        parts.push(rest);
        length += rest.length;
      }
    }
    return lines;
  };

  for await (const chunk of input) yield split(typeof chunk === 'string' ? chunk : decoder.write(chunk));
  const tail = split(decoder.end());
  if (skipping || length > 0) tail.push(endLine(''));
  if (tail.length > 0) yield tail;
}
