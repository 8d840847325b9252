/**
 * Parsing a JSON text, or saying where it broke, for the command (a case file) and the service (a
 * request body).
 *
 * @module
 */
import { jsonBreakOffset, lineColumn } from './json-break.js';

/** Where JSON broke: the character found (`null` at the end of the input), line and column (1-based). */
export type JsonBreak = { readonly char: string | null; readonly line: number; readonly column: number } | null;

/**
 * Parses JSON or says where it is broken (the character found, line and column), in data the
 * CLI catalogue puts into words (`m.notJson(at)`); `null` when no position can be found.
 *
 * @example
 * parseJson('{"a":}') //=> { ok: false, at: { char: '}', line: 1, column: 6 } }
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; at: JsonBreak } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    // Our own scanner first: Node 20's parser names no position for an unexpected token.
    const message = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(message);
    const pos = jsonBreakOffset(body) ?? (at !== null ? Number(at[1]) : /end of JSON input/i.test(message) ? body.length : null);
    if (pos === null) return { ok: false, at: null };
    const { line, column } = lineColumn(body, pos);
    const cp = body.codePointAt(pos);
    // A control or space character is named by its code point, so that the message stays one readable line.
    const char =
      cp === undefined
        ? null
        : /[\s\p{C}]/u.test(String.fromCodePoint(cp))
          ? `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
          : String.fromCodePoint(cp);
    return { ok: false, at: { char, line, column } };
  }
}
