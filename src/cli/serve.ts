/**
 * `poortwachter serve`: the HTTP service (`src/server/`) on a port, until SIGTERM or SIGINT; then
 * requests in flight finish and the process exits 0. At `--shutdown-timeout` or a second signal,
 * streamed answers are interrupted (each ends with a whole `interrupted` line saying after which
 * input line), the connections still open are closed 5 s later, and the process exits 1.
 * Fastify is imported only here, on demand: the other subcommands start without it.
 *
 * @module
 */

import { isMissingPeer } from '../common/missing-peer.js';
import type { Lang } from '../i18n/index.js';
import { choice, LANGS, parseCommandArgs } from './args.js';
import { helpText } from './help.js';
import { CliError, type CliIo, oneLine } from './io.js';
import { CLI_CATALOGUES } from './messages.js';

/** After a forced shutdown began: how long interrupted answers may take to go out, in ms. */
const INTERRUPT_GRACE = 5000;

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  log: { type: 'boolean' },
  'body-limit': { type: 'string' },
  'line-limit': { type: 'string' },
  'max-events': { type: 'string' },
  'request-timeout': { type: 'string' },
  'idle-timeout': { type: 'string' },
  'body-timeout': { type: 'string' },
  'max-connections': { type: 'string' },
  'shutdown-timeout': { type: 'string' },
  drain: { type: 'string' },
  lang: { type: 'string' },
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
  throw new CliError((m) => [`poortwachter serve: ${m.serve.badNumber(name, min, max, String(value))} ${m.seeHelp('serve')}`]);
}

/**
 * The service's module, imported on demand. Without Fastify (an optional peer dependency) a
 * {@link CliError} says how to add it, in the catalogue's language (exit 2, no stack trace).
 *
 * @example
 * const { createServer } = await loadServer();
 */
async function loadServer(): Promise<typeof import('../server/app.js')> {
  try {
    return await import('../server/app.js');
  } catch (error) {
    if (!isMissingPeer(error)) throw error;
    const range = error.range;
    const major = /\d+/.exec(range)?.[0] ?? '5';
    throw new CliError((m) => [`poortwachter serve: ${m.serve.missingFastify(range, major)}`]);
  }
}

/**
 * Runs `poortwachter serve` and resolves with the exit code once the server has stopped after a
 * signal (0), or fails at start with a {@link CliError} (2: bad option, port in use).
 *
 * @example
 * await runServe(['--port', '0', '--lang', 'en'], io) // stderr: 'poortwachter serve: listening on http://127.0.0.1:41234 …'
 */
export async function runServe(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('serve', args, OPTIONS, 0);
  const lang: Lang = choice('serve', 'lang', values.lang, LANGS, 'nl');
  if (values.help === true) {
    io.stdout.write(helpText('serve', lang));
    return 0;
  }
  const words = CLI_CATALOGUES[lang].serve;
  const say = (text: string): void => {
    io.stderr.write(`poortwachter serve: ${text}\n`);
  };
  const port = intOption('port', values.port, 0, 65_535, 8080);
  const host = typeof values.host === 'string' && values.host !== '' ? values.host : '127.0.0.1';
  const shutdownTimeout = intOption('shutdown-timeout', values['shutdown-timeout'], 0, 3600, 30) * 1000;
  const drain = intOption('drain', values.drain, 0, 3600, 5) * 1000;
  const { createServer, SERVER_DEFAULTS } = await loadServer();
  const interrupt = new AbortController();
  const shutdown = new AbortController();
  const app = createServer({
    interrupt: interrupt.signal,
    shutdown: shutdown.signal,
    log: values.log === true,
    bodyLimit: intOption('body-limit', values['body-limit'], 1024, 1024 * 1024 * 1024, SERVER_DEFAULTS.bodyLimit),
    lineLimit: intOption('line-limit', values['line-limit'], 1024, 256 * 1024 * 1024, SERVER_DEFAULTS.lineLimit),
    maxEvents: intOption('max-events', values['max-events'], 1, 10_000, SERVER_DEFAULTS.maxEvents),
    requestTimeout: intOption('request-timeout', values['request-timeout'], 0, 86_400, SERVER_DEFAULTS.requestTimeout / 1000) * 1000,
    idleTimeout: intOption('idle-timeout', values['idle-timeout'], 0, 86_400, SERVER_DEFAULTS.idleTimeout / 1000) * 1000,
    bodyTimeout: intOption('body-timeout', values['body-timeout'], 1, 3600, SERVER_DEFAULTS.bodyTimeout / 1000) * 1000,
    maxConnections: intOption('max-connections', values['max-connections'], 1, 1_000_000, SERVER_DEFAULTS.maxConnections),
  });

  let url: string;
  try {
    url = await app.listen({ port, host });
  } catch (error) {
    await app.close().catch(() => {});
    const code = (error as { code?: string }).code;
    const reason = code === 'EADDRINUSE' || code === 'EACCES' ? code : null;
    const detail = oneLine(error);
    throw new CliError((m) => [`poortwachter serve: ${m.serve.cannotListen(`${host}:${port}`, reason, detail)}`]);
  }
  say(words.listening(url));
  if (host === '0.0.0.0' || host === '::') say(words.everyInterface);

  return new Promise<number>((resolve) => {
    let stopping = false;
    let cut = false;
    // Forced: streamed answers end with their `interrupted` line, then what is still open is closed.
    const cutShort = (): void => {
      if (cut) return;
      cut = true;
      interrupt.abort();
      // Time for the interrupted answers to go out (each closes its connection a second after its
      // last line); what is still open then is cut. Not unref'd: a connection whose body is no
      // longer read keeps no event loop alive, and close() would never resolve (the process would
      // end with exit 0, as if nothing was cut).
      setTimeout(() => app.server.closeAllConnections(), INTERRUPT_GRACE);
    };
    let closing: NodeJS.Timeout | undefined;
    const stop = (signal: NodeJS.Signals): void => {
      if (stopping) {
        say(words.signalAgain(signal));
        if (closing !== undefined) close(); // still draining: close now
        cutShort();
        return;
      }
      stopping = true;
      say(words.stopping(signal));
      // SIGTERM (an orchestrator): /readyz answers 503 for --drain seconds while everything else is
      // still served, so a load balancer can stop sending here; then close. SIGINT (Ctrl-C): at once.
      shutdown.abort();
      closing = setTimeout(close, signal === 'SIGTERM' ? drain : 0);
    };
    const close = (): void => {
      clearTimeout(closing);
      closing = undefined;
      const force = setTimeout(() => {
        say(words.forceClose(shutdownTimeout / 1000));
        cutShort();
      }, shutdownTimeout);
      force.unref();
      app.close().then(
        () => {
          clearTimeout(force);
          process.off('SIGTERM', stop);
          process.off('SIGINT', stop);
          // Anything cut short is not a clean stop: exit 1, so a supervisor can tell.
          say(cut ? words.stoppedCut : words.stopped);
          resolve(cut ? 1 : 0);
        },
        (error: unknown) => {
          say(words.stopError(oneLine(error)));
          resolve(2);
        },
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}
