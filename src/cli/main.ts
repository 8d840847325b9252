/**
 * Entry point of the `poortwachter` bin: wires the process's streams into {@link runCli} and sets
 * `process.exitCode` (never `process.exit`, so no pending output is cut off).
 *
 * @module
 */
import { oneLine } from './io.js';
import { CLI_CATALOGUES, langFromArgv } from './messages.js';
import { runCli } from './run.js';

const words = CLI_CATALOGUES[langFromArgv(process.argv.slice(2))];

// A reader that goes away (`poortwachter batch … | head`) is not an error worth a message; the
// command sees it too, stops, and its exit code stands (batch: still 2 when a line was invalid).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return;
  process.stderr.write(`poortwachter: ${words.cannotWrite(oneLine(error))}\n`);
  process.exitCode ??= 2;
});
process.on('uncaughtException', (error) => {
  process.stderr.write(`poortwachter: ${words.unexpectedError(oneLine(error))}\n`);
  process.exitCode = 2;
});

runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode ??= code;
  },
  (error: unknown) => {
    process.stderr.write(`poortwachter: ${words.unexpectedError(oneLine(error))}\n`);
    process.exitCode = 2;
  },
);
