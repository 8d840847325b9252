/**
 * `poortwachter serve`: the HTTP service (`src/server/`) on a port, until SIGTERM or SIGINT; then
 * requests in flight finish (a batch answers every line it has read) and the process exits 0.
 * Fastify is imported only here, on demand: the other subcommands start without it.
 *
 * @module
 */
import { parseCommandArgs } from './args.js';
import { helpText } from './help.js';
import { CliError, type CliIo, oneLine } from './io.js';

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  log: { type: 'boolean' },
  'body-limit': { type: 'string' },
  'max-events': { type: 'string' },
  'request-timeout': { type: 'string' },
  'idle-timeout': { type: 'string' },
  'shutdown-timeout': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * An integer option between `min` and `max`, or `fallback` when absent.
 *
 * @example
 * intOption('port', '8080', 0, 65535, 8080) //=> 8080
 */
export function intOption(name: string, value: unknown, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  throw new CliError([`poortwachter serve: --${name} must be a whole number from ${min} to ${max} (got '${String(value)}')`]);
}

/**
 * Runs `poortwachter serve` and resolves with the exit code once the server has stopped after a
 * signal (0), or fails at start with a {@link CliError} (2: bad option, port in use).
 *
 * @example
 * await runServe(['--port', '0'], io) // stderr: 'poortwachter serve: listening on http://127.0.0.1:41234 …'
 */
export async function runServe(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('serve', args, OPTIONS, 0);
  if (values.help === true) {
    io.stdout.write(helpText('serve'));
    return 0;
  }
  const port = intOption('port', values.port, 0, 65_535, 8080);
  const host = typeof values.host === 'string' && values.host !== '' ? values.host : '127.0.0.1';
  const shutdownTimeout = intOption('shutdown-timeout', values['shutdown-timeout'], 0, 3600, 30) * 1000;
  const { createServer, SERVER_DEFAULTS } = await import('../server/app.js');
  const app = createServer({
    log: values.log === true,
    bodyLimit: intOption('body-limit', values['body-limit'], 1024, 1024 * 1024 * 1024, SERVER_DEFAULTS.bodyLimit),
    maxEvents: intOption('max-events', values['max-events'], 1, 10_000, SERVER_DEFAULTS.maxEvents),
    requestTimeout: intOption('request-timeout', values['request-timeout'], 0, 86_400, SERVER_DEFAULTS.requestTimeout / 1000) * 1000,
    idleTimeout: intOption('idle-timeout', values['idle-timeout'], 0, 86_400, SERVER_DEFAULTS.idleTimeout / 1000) * 1000,
  });

  let url: string;
  try {
    url = await app.listen({ port, host });
  } catch (error) {
    await app.close().catch(() => {});
    const code = (error as { code?: string }).code;
    const why = code === 'EADDRINUSE' ? 'the port is in use' : code === 'EACCES' ? 'permission denied' : oneLine(error);
    throw new CliError([`poortwachter serve: cannot listen on ${host}:${port} (${why})`]);
  }
  io.stderr.write(`poortwachter serve: listening on ${url} (API page ${url}/docs, OpenAPI ${url}/openapi.json)\n`);
  if (host === '0.0.0.0' || host === '::') {
    io.stderr.write('poortwachter serve: listening on every interface: put TLS and authentication in front of it\n');
  }

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals): void => {
      if (stopping) {
        io.stderr.write(`poortwachter serve: ${signal} again: closing every connection now\n`);
        app.server.closeAllConnections();
        return;
      }
      stopping = true;
      io.stderr.write(`poortwachter serve: ${signal}: finishing the requests in flight, then stopping\n`);
      const force = setTimeout(() => {
        io.stderr.write(`poortwachter serve: requests still running after ${shutdownTimeout / 1000} s: closing their connections\n`);
        app.server.closeAllConnections();
      }, shutdownTimeout);
      force.unref();
      app.close().then(
        () => {
          clearTimeout(force);
          process.off('SIGTERM', stop);
          process.off('SIGINT', stop);
          io.stderr.write('poortwachter serve: stopped\n');
          resolve(0);
        },
        (error: unknown) => {
          io.stderr.write(`poortwachter serve: error while stopping: ${oneLine(error)}\n`);
          resolve(2);
        },
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}
