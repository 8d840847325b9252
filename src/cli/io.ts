/**
 * The CLI's view of the process (streams, environment) and the small I/O helpers every subcommand
 * uses: one-line errors, reading a case from a file or stdin, "today in Europe/Amsterdam".
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Readable, Writable } from 'node:stream';
import { DateTime } from 'luxon';

export { parseJson } from '../case/parse-json.js';

/**
 * The streams and environment a CLI run uses (the process's own in `main.ts`; fakes in tests).
 *
 * @example
 * const io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
 */
export interface CliIo {
  readonly stdin: Readable & { readonly isTTY?: boolean | undefined };
  readonly stdout: Writable & { readonly isTTY?: boolean | undefined };
  readonly stderr: Writable & { readonly isTTY?: boolean | undefined };
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * A failure the CLI reports as one line per problem on stderr, with its exit code (2: bad usage or
 * invalid input). Never shown with a stack trace.
 *
 * @example
 * throw new CliError(['poortwachter timeline: --as-of \'2025-02-30\' is not a valid date']); // exit 2
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly lines: readonly string[],
    readonly exitCode = 2,
  ) {
    super(lines.join('; '));
  }
}

/**
 * One line of text for any thrown value: no stack, no newlines, at most 300 characters.
 *
 * @example
 * oneLine(new Error('boom\n  at x')) //=> 'boom at x'
 */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const flat = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 297)}…` : flat || 'unknown error';
}

/**
 * Today's calendar date in Europe/Amsterdam, whatever the machine's time zone (`--as-of` default).
 *
 * @example
 * todayInAmsterdam() //=> '2025-06-02'
 */
export function todayInAmsterdam(now: Date = new Date()): string {
  return DateTime.fromJSDate(now).setZone('Europe/Amsterdam').toISODate() ?? '';
}

/**
 * Whether to colour output: a TTY, `NO_COLOR` unset or empty (no-color.org), or `FORCE_COLOR` set.
 *
 * @example
 * useColor({ ...io, env: { NO_COLOR: '1' } }) //=> false
 */
export function useColor(io: CliIo): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0') return true;
  const noColor = io.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  return io.stdout.isTTY === true;
}

/**
 * The package version, read from the package.json beside `dist/` (or beside `src/` under tsx).
 *
 * @example
 * packageVersion() //=> '0.1.0'
 */
export function packageVersion(): string {
  const require = createRequire(import.meta.url);
  for (const p of ['../package.json', '../../package.json']) {
    try {
      const pkg = require(p) as { name?: string; version?: string };
      if (pkg.name === 'poortwachter' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // try the next location
    }
  }
  return 'unknown';
}

const MAX_INPUT_BYTES = 16 * 1024 * 1024;

const FS_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
};

/**
 * Reads a whole (small) input: a file, or stdin for `-`. An empty input is an error.
 *
 * @example
 * await readSource('examples/sample-case.json', io) //=> { name: 'examples/sample-case.json', text: '{…}' }
 */
export async function readSource(source: string, io: CliIo): Promise<{ name: string; text: string }> {
  if (source === '-') {
    if (io.stdin.isTTY === true) throw new CliError(["stdin is a terminal: pipe a case into '-' or give a file name"]);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of io.stdin) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      if (size > MAX_INPUT_BYTES) throw new CliError([`stdin: input larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`]);
      chunks.push(buf);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    if (text.trim() === '') throw new CliError(['stdin: the input is empty (expected a JSON case)']);
    return { name: 'stdin', text };
  }
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    throw new CliError([`${source}: cannot read (${FS_ERRORS[code] ?? oneLine(error)})`]);
  }
  if (text.trim() === '') throw new CliError([`${source}: the file is empty (expected a JSON case)`]);
  return { name: source, text };
}
