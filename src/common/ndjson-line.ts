/**
 * One NDJSON line as a JSON value or the issues of that line (empty, not JSON), each naming the
 * 1-based line number: for `poortwachter batch` and `worklist` and the service's `/v1/batch`.
 *
 * @module
 */
import type { CliCatalogue } from '../i18n/cli-catalogue.js';
import type { InputIssue, InputIssueCode } from '../types.js';
import { jsonBreakOffset } from './json-break.js';
import { CLI_CATALOGUES } from './messages.js';
import { oneLine } from './one-line.js';

/**
 * An input issue about a whole line, with its message from both CLI catalogues (Dutch and English,
 * like every input issue).
 *
 * @example
 * lineIssue('empty_line', (m) => m.emptyLine(3)) //=> { path: [], code: 'empty_line', message: { nl: 'regel 3 is leeg …', en: 'line 3 is empty …' } }
 */
export function lineIssue(code: InputIssueCode, words: (m: CliCatalogue) => string): InputIssue {
  return { path: [], code, message: { nl: words(CLI_CATALOGUES.nl), en: words(CLI_CATALOGUES.en) } };
}

/**
 * One NDJSON line as a JSON value, or the issue that makes it unusable (empty, not valid JSON).
 * A UTF-8 byte order mark on line 1 is skipped.
 *
 * @example
 * parseNdjsonLine('{"firstSickDay":"2025-01-06"}', 1) //=> { ok: true, value: { firstSickDay: '2025-01-06' } }
 * parseNdjsonLine('', 2) //=> { ok: false, issues: [{ code: 'empty_line', … }] }
 */
export function parseNdjsonLine(line: string, n: number): { ok: true; value: unknown } | { ok: false; issues: InputIssue[] } {
  const text = n === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
  if (/^\s*$/.test(text)) {
    return { ok: false, issues: [lineIssue('empty_line', (m) => m.emptyLine(n))] };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    // The parser's own (English) words are not shown: where it broke (found by our scanner, as
    // Node 20's parser names no position for an unexpected token).
    const at = /at position (\d+)/.exec(oneLine(error));
    const offset = jsonBreakOffset(text) ?? (at === null ? null : Number(at[1]));
    const column = offset === null ? null : offset + 1;
    return { ok: false, issues: [lineIssue('invalid_json', (m) => m.lineNotJson(n, column))] };
  }
}
