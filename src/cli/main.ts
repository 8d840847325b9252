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
// A stderr whose reader went away is nowhere to report anything, including its own error: without
// this listener the EPIPE became an uncaught exception, whose report to stderr failed again, and so
// on — a `serve` started by a test that had ended then spun at ~40 % CPU and never stopped on SIGTERM.
process.stderr.on('error', () => {});
process.on('uncaughtException', (error) => {
  process.exitCode = 2;
  if (process.stderr.destroyed || process.stderr.writableEnded) return;
  process.stderr.write(`poortwachter: ${words.unexpectedError(oneLine(error))}\n`);
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
