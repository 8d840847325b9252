/**
 * Reading NDJSON cases, shared by `poortwachter batch` and `poortwachter worklist`: opening the
 * input (a file or stdin), and turning one line into a value or the issues of that line (empty,
 * not JSON), each naming the 1-based line number.
 *
 * @module
 */
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { InputIssue, InputIssueCode } from '../types.js';
import { CliError, type CliIo, oneLine } from './io.js';

/** Read size of an input file. */
export const READ_CHUNK = 64 * 1024;

/**
 * An input issue with its messages in Dutch and English (no path: it is about the whole line).
 *
 * @example
 * lineIssue('empty_line', 'regel 3 is leeg', 'line 3 is empty')
 */
export function lineIssue(code: InputIssueCode, nl: string, en: string): InputIssue {
  return { path: [], code, message: { nl, en } };
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
    return {
      ok: false,
      issues: [
        lineIssue(
          'empty_line',
          `regel ${n} is leeg (verwacht één case als JSON per regel)`,
          `line ${n} is empty (expected one case as JSON per line)`,
        ),
      ],
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const why = oneLine(error)
      .replace(/, ".*" is not valid JSON$/, '')
      .replace(/ in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/, (_, p: string) => ` at column ${Number(p) + 1}`);
    return {
      ok: false,
      issues: [lineIssue('invalid_json', `regel ${n} is geen geldige JSON: ${why}`, `line ${n} is not valid JSON: ${why}`)],
    };
  }
}

/**
 * Opens the NDJSON input of `command`: stdin for `-` (not a terminal), else the file.
 *
 * @example
 * const input = await openNdjsonInput('worklist', 'cases.ndjson', io);
 */
export async function openNdjsonInput(command: string, source: string, io: CliIo): Promise<Readable> {
  if (source === '-') {
    if (io.stdin.isTTY === true)
      throw new CliError([
        `poortwachter ${command}: stdin is a terminal; pipe NDJSON into it or give a file name (see 'poortwachter ${command} --help')`,
      ]);
    return io.stdin;
  }
  try {
    const handle = await open(source, 'r');
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    }
    return handle.createReadStream({ highWaterMark: READ_CHUNK });
  } catch (error) {
    throw new CliError([`${source}: cannot read (${readError(error)})`]);
  }
}

/**
 * A file-system error in a few words.
 *
 * @example
 * readError(Object.assign(new Error('x'), { code: 'ENOENT' })) //=> 'no such file'
 */
export function readError(error: unknown): string {
  const code = (error as { code?: string }).code;
  return code === 'ENOENT'
    ? 'no such file'
    : code === 'EISDIR'
      ? 'is a directory'
      : code === 'EACCES'
        ? 'permission denied'
        : oneLine(error);
}
