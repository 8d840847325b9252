/**
 * The `poortwachter` command: picks the subcommand and turns every failure into one-line messages
 * and an exit code. No `process.exit`: the caller sets `process.exitCode`.
 *
 * @module
 */
import { runBatch } from './batch.js';
import { COMMANDS, helpText } from './help.js';
import { CliError, type CliIo, oneLine, packageVersion } from './io.js';
import { CLI_CATALOGUES, langFromArgv } from './messages.js';
import { runPage } from './page.js';
import { runSchema } from './schema.js';
import { runServe } from './serve.js';
import { runSources } from './sources.js';
import { runTimeline } from './timeline.js';
import { runValidate } from './validate.js';
import { runWorklist } from './worklist.js';

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code. Errors are
 * written to `io.stderr`, one line per problem, never with a stack trace.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // The language first, from the raw arguments: every message below, argument errors included, speaks it.
  const lang = langFromArgv(argv);
  const words = CLI_CATALOGUES[lang];
  try {
    const [command, ...rest] = argv;
    if (command === '--lang' || command?.startsWith('--lang=')) {
      // The language before the command (`poortwachter --lang en timeline …`, `poortwachter --lang en --help`).
      const value = command === '--lang' ? rest[0] : command.slice(7);
      if (value !== 'nl' && value !== 'en')
        throw new CliError((m) => [`poortwachter: ${m.mustBeOneOf('lang', ['nl', 'en'], String(value ?? ''))}`]);
      const after = command === '--lang' ? rest.slice(1) : rest;
      if (after.length === 0) {
        io.stderr.write(helpText('main', value));
        return 2;
      }
      return await runCli([...after, '--lang', value], io);
    }
    switch (command) {
      case undefined:
        io.stderr.write(helpText('main', lang));
        return 2;
      case '-h':
      case '--help':
      case 'help':
        io.stdout.write(helpText('main', lang));
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
        return await runSchema(rest, io, lang);
      case 'sources':
        return await runSources(rest, io, lang);
      case 'worklist':
        return await runWorklist(rest, io);
      case 'serve':
        return await runServe(rest, io);
      case 'page':
        return await runPage(rest, io);
      default:
        throw new CliError((m) => [`poortwachter: ${m.unknownCommand(command, COMMANDS)}`]);
    }
  } catch (error) {
    if (error instanceof CliError) {
      if (error.outputClosed) return 0;
      for (const line of error.render(words)) io.stderr.write(`${oneLine(line)}\n`);
      return error.exitCode;
    }
    io.stderr.write(`poortwachter: ${words.unexpectedError(oneLine(error))}\n`);
    return 2;
  }
}
