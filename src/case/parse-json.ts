/**
 * JSON text → value, or a one-line description of where it is broken (line and column), for the
 * CLI (`validate`, `timeline --case`) and the web service alike.
 *
 * @module
 */

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const flat = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 297)}…` : flat || 'unknown error';
}

/**
 * Parses JSON or describes, in one line, where it is broken (line and column when known).
 *
 * @example
 * parseJson('{"a":}') //=> { ok: false, message: "not valid JSON: Unexpected token '}' … (line 1, column 6)" }
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown };
  } catch (error) {
    let message = oneLine(error)
      .replace(/, ".*" is not valid JSON$/, '')
      .replace(/ \(line \d+ column \d+\)$/, '');
    const at = /at position (\d+)/.exec(message);
    if (at !== null) {
      const pos = Number(at[1]);
      const before = text.slice(0, pos);
      const line = before.split('\n').length;
      const column = pos - before.lastIndexOf('\n');
      message = `${message.replace(/ in JSON at position \d+/, '')} (line ${line}, column ${column})`;
    }
    return { ok: false, message: `not valid JSON: ${message}` };
  }
}
