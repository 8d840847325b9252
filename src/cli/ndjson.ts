/**
 * Reading NDJSON cases, shared by `poortwachter batch` and `poortwachter worklist`: opening the
 * input (a file or stdin). Turning one line into a value or its issues is src/common/ndjson-line.ts.
 *
 * @module
 */
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { CliError, type CliIo, fsReason, oneLine } from './io.js';

// Shared with the service (src/server): they live below both, in src/common.
export { lineIssue, parseNdjsonLine } from '../common/ndjson-line.js';

/** Read size of an input file. */
export const READ_CHUNK = 64 * 1024;

/**
 * Opens the NDJSON input of `command`: stdin for `-` (not a terminal), else the file.
 *
 * @example
 * const input = await openNdjsonInput('worklist', 'cases.ndjson', io);
 */
export async function openNdjsonInput(command: string, source: string, io: CliIo): Promise<Readable> {
  if (source === '-') {
    if (io.stdin.isTTY === true) throw new CliError((m) => [`poortwachter ${command}: ${m.stdinIsTerminal(true)} ${m.seeHelp(command)}`]);
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
    throw new CliError((m) => [`${source}: ${m.cannotRead(fsReason(error), oneLine(error))}`]);
  }
}
