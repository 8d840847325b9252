/**
 * The `poortwachter` command: picks the subcommand and turns every failure into one-line messages
 * and an exit code. No `process.exit`: the caller sets `process.exitCode`.
 *
 * @module
 */
import { OUTPUT_CLOSED, runBatch } from './batch.js';
import { helpText } from './help.js';
import { CliError, type CliIo, oneLine, packageVersion } from './io.js';
import { runSchema } from './schema.js';
import { runServe } from './serve.js';
import { runTimeline } from './timeline.js';
import { runValidate } from './validate.js';

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code. Errors are
 * written to `io.stderr`, one line per problem, never with a stack trace.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case undefined:
        io.stderr.write(helpText('main'));
        return 2;
      case '-h':
      case '--help':
      case 'help':
        io.stdout.write(helpText('main'));
        return 0;
      case '-v':
      case '--version':
        io.stdout.write(`${packageVersion()}\n`);
        return 0;
      case 'timeline':
        return await runTimeline(rest, io);
      case 'report':
        return await runTimeline(rest, io, 'report');
      case 'batch':
        return await runBatch(rest, io);
      case 'validate':
        return await runValidate(rest, io);
      case 'schema':
        return await runSchema(rest, io);
      case 'serve':
        return await runServe(rest, io);
      default:
        throw new CliError([
          `poortwachter: unknown command '${command}'; commands: timeline, report, batch, validate, schema, serve (see 'poortwachter --help')`,
        ]);
    }
  } catch (error) {
    if (error instanceof CliError) {
      if (error.lines.length === 1 && error.lines[0] === OUTPUT_CLOSED) return 0;
      for (const line of error.lines) io.stderr.write(`${oneLine(line)}\n`);
      return error.exitCode;
    }
    io.stderr.write(`poortwachter: unexpected error: ${oneLine(error)}\n`);
    return 2;
  }
}
