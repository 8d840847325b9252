/**
 * The CLI's view of the process (streams, environment) and the small I/O helpers every subcommand
 * uses: one-line errors, reading a case from a file or stdin, "today in Europe/Amsterdam".
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { DateTime } from 'luxon';
import { oneLine } from '../common/one-line.js';
import type { CliCatalogue, FsReason } from '../i18n/cli-catalogue.js';

// Shared with the service (src/server): they live below both, in src/common.
export { type JsonBreak, parseJson } from '../common/json.js';
export { oneLine } from '../common/one-line.js';
export { packageVersion } from '../common/package-version.js';

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
 * The lines of a CLI message in the catalogue's language.
 *
 * @example
 * const message: CliMessage = (m) => [`poortwachter timeline: ${m.needCase}`];
 */
export type CliMessage = (m: CliCatalogue) => readonly string[];

/**
 * A failure the CLI reports as one line per problem on stderr, with its exit code (2: bad usage or
 * invalid input). Never shown with a stack trace. The words come from the CLI catalogue of
 * `--lang` when the error is reported ({@link CliMessage}).
 *
 * @example
 * throw new CliError((m) => [`poortwachter timeline: ${m.invalidDate('as-of', '2025-02-30')}`]); // exit 2
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly render: CliMessage,
    readonly exitCode = 2,
    /** The reader of stdout went away (EPIPE): stop quietly, exit 0. */
    readonly outputClosed = false,
  ) {
    super('poortwachter CLI error');
  }
}

/** A short code for a file error that the catalogues name, or `null`. */
export function fsReason(error: unknown): FsReason | null {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOTDIR' ? code : null;
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

const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/**
 * Reads a whole (small) input: a file, or stdin for `-`. An empty input is an error.
 *
 * @example
 * await readSource('examples/sample-case.json', io) //=> { name: 'examples/sample-case.json', text: '{…}' }
 */
export async function readSource(source: string, io: CliIo): Promise<{ name: string; text: string }> {
  if (source === '-') {
    if (io.stdin.isTTY === true) throw new CliError((m) => [`stdin: ${m.stdinIsTerminal(false)}`]);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of io.stdin) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += buf.length;
      if (size > MAX_INPUT_BYTES) throw new CliError((m) => [`stdin: ${m.inputTooLarge(MAX_INPUT_BYTES / 1024 / 1024)}`]);
      chunks.push(buf);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    if (text.trim() === '') throw new CliError((m) => [`stdin: ${m.inputEmpty(false)}`]);
    return { name: 'stdin', text };
  }
  let text: string;
  try {
    text = await readFile(source, 'utf8');
  } catch (error) {
    throw new CliError((m) => [`${source}: ${m.cannotRead(fsReason(error), oneLine(error))}`]);
  }
  if (text.trim() === '') throw new CliError((m) => [`${source}: ${m.inputEmpty(true)}`]);
  return { name: source, text };
}
