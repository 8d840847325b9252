/**
 * Interrupting a streamed answer (`POST /v1/batch`, `POST /v1/worklist`) at a forced shutdown: the
 * body is no longer read, the lines already read are answered, and the answer ends with one whole
 * line that says so and after which input line, so the client can send the rest again. The shape,
 * documented in docs/cli.md ("Shutdown"):
 *
 * `{"ok":false,"interrupted":true,"afterLine":N,"message":{"nl":"…","en":"…"}}`
 *
 * `afterLine` is the last input line that was answered (0: none); the client resumes with line
 * `afterLine + 1`.
 *
 * @module
 */
import { CLI_CATALOGUES } from '../common/messages.js';

/**
 * The last line of an interrupted streamed answer, as sent (JSON and a line end).
 *
 * @example
 * interruptedLine(33880)
 * //=> '{"ok":false,"interrupted":true,"afterLine":33880,"message":{"nl":"onderbroken: …","en":"interrupted: …"}}\n'
 */
export function interruptedLine(afterLine: number): string {
  const message = { nl: CLI_CATALOGUES.nl.serve.interrupted(afterLine), en: CLI_CATALOGUES.en.serve.interrupted(afterLine) };
  return `${JSON.stringify({ ok: false, interrupted: true, afterLine, message })}\n`;
}

/**
 * The items of `source` until `signal` aborts: then the iteration ends at once, even while the
 * source is waiting for input (a client that sends slowly or not at all). Says afterwards whether
 * it was cut short. The pending read of the source is left behind: its stream is the caller's to
 * end or destroy.
 *
 * @example
 * const lines = untilAborted(ndjsonLines(request.raw, 1 << 20), signal);
 * for await (const chunk of lines.items) …;
 * if (lines.interrupted()) reply.raw.write(interruptedLine(n));
 */
export function untilAborted<T>(
  source: AsyncIterable<T>,
  signal: AbortSignal | undefined,
): { readonly items: AsyncGenerator<T>; readonly interrupted: () => boolean } {
  let interrupted = false;
  async function* items(): AsyncGenerator<T> {
    if (signal === undefined) {
      yield* source;
      return;
    }
    const iterator = source[Symbol.asyncIterator]();
    let onAbort = (): void => {};
    const aborted = new Promise<'aborted'>((resolve) => {
      onAbort = () => resolve('aborted');
      signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      while (true) {
        if (signal.aborted) {
          interrupted = true;
          return;
        }
        const pending = iterator.next();
        const next = await Promise.race([pending, aborted]);
        if (next === 'aborted') {
          interrupted = true;
          pending.catch(() => {}); // the read left behind may still fail (its stream destroyed): nobody waits for it
          return;
        }
        if (next.done === true) return;
        yield next.value;
      }
    } finally {
      signal.removeEventListener('abort', onAbort);
      // Not awaited: while a read is pending, an async generator's return() waits for it.
      if (!interrupted) iterator.return?.().catch(() => {});
    }
  }
  return { items: items(), interrupted: () => interrupted };
}
