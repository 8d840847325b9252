/**
 * `poortwachter batch`: NDJSON cases in, exactly one result line per input line out, in order,
 * streaming (readline over the input, output buffered in 64 kB chunks that wait for `drain`). The
 * answer to each line comes from `src/batch/line.ts`, shared with the batch endpoint of `serve`.
 *
 * @module
 */
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { createBatchLineEvaluator } from '../batch/line.js';
import { csvRow } from '../format/csv.js';
import type { Lang } from '../format/labels.js';
import { parseSummaryFields, SUMMARY_FIELDS, type SummaryField } from '../format/summary.js';
import { choice, dateOption, FAIL_ON, LANGS, parseCommandArgs } from './args.js';
import { helpText } from './help.js';
import { CliError, type CliIo, oneLine, todayInAmsterdam } from './io.js';
import { failsOn } from './timeline.js';

const OPTIONS = {
  'as-of': { type: 'string' },
  format: { type: 'string' },
  fields: { type: 'string' },
  lang: { type: 'string' },
  'fail-on': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The `--format` values of `batch`.
 *
 * @example
 * choice('batch', 'format', 'csv', BATCH_FORMATS, 'ndjson') //=> 'csv'
 */
export const BATCH_FORMATS = ['ndjson', 'csv'] as const;

const FLUSH_AT = 64 * 1024;
const PROGRESS_EVERY = 10_000;

/**
 * Thrown when the reader of stdout went away (EPIPE): the run stops quietly.
 *
 * @example
 * if (error instanceof CliError && error.lines[0] === OUTPUT_CLOSED) return 0;
 */
export const OUTPUT_CLOSED = 'output closed';

/**
 * Counts of a batch run.
 *
 * @example
 * const counts: BatchCounts = { cases: 1000, ok: 950, invalid: 50, overdue: 120 };
 */
export interface BatchCounts {
  cases: number;
  ok: number;
  invalid: number;
  overdue: number;
}

/**
 * Runs `poortwachter batch` and returns the exit code: 0, 2 when any line was invalid (after
 * writing every line), 1 with `--fail-on` when a case trips it.
 *
 * @example
 * await runBatch(['cases.ndjson', '--as-of', '2025-06-02', '--fields', 'summary'], io) //=> 0
 */
export async function runBatch(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('batch', args, OPTIONS, 1);
  if (values.help === true) {
    io.stdout.write(helpText('batch'));
    return 0;
  }
  const format = choice('batch', 'format', values.format, BATCH_FORMATS, 'ndjson');
  const lang: Lang = choice('batch', 'lang', values.lang, LANGS, 'nl');
  const failOn = choice('batch', 'fail-on', values['fail-on'], FAIL_ON, undefined);
  const asOf = dateOption('batch', 'as-of', values['as-of']) ?? todayInAmsterdam();
  let fields: readonly SummaryField[] | null = format === 'csv' ? SUMMARY_FIELDS : null;
  if (typeof values.fields === 'string') {
    const parsed = parseSummaryFields(values.fields);
    if (!parsed.ok) {
      throw new CliError([
        `poortwachter batch: unknown --fields ${parsed.unknown.map((u) => `'${u}'`).join(', ')}; use summary, all or a comma list of ${SUMMARY_FIELDS.join(', ')}`,
      ]);
    }
    fields = parsed.fields;
  }

  const source = positionals[0] ?? '-';
  let input: Readable;
  if (source === '-') {
    if (io.stdin.isTTY === true)
      throw new CliError([
        "poortwachter batch: stdin is a terminal; pipe NDJSON into it or give a file name (see 'poortwachter batch --help')",
      ]);
    input = io.stdin;
  } else {
    try {
      const handle = await open(source, 'r');
      if ((await handle.stat()).isDirectory()) {
        await handle.close();
        throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      }
      input = handle.createReadStream({ highWaterMark: FLUSH_AT });
    } catch (error) {
      throw new CliError([`${source}: cannot read (${readError(error)})`]);
    }
  }

  const progress = io.stderr.isTTY === true;
  const needSummary = fields !== null || failOn !== undefined || progress;
  const counts: BatchCounts = { cases: 0, ok: 0, invalid: 0, overdue: 0 };
  let failed = false;
  const out = bufferedWriter(io.stdout);

  const evaluator = createBatchLineEvaluator({ asOf, format, fields, lang, needSummary });
  if (format === 'csv') out.push(csvRow(['line', 'id', 'ok', ...evaluator.csvColumns, 'issues']));

  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of rl) {
      counts.cases++;
      const r = evaluator.line(line, counts.cases);
      if (!r.ok) counts.invalid++;
      else {
        counts.ok++;
        if (r.summary !== null && r.summary.overdue.length > 0) counts.overdue++;
        if (r.summary !== null && failsOn(r.summary, failOn)) failed = true;
      }
      if (out.push(r.text)) await out.flush();
      if (progress && counts.cases % PROGRESS_EVERY === 0) io.stderr.write(`\rpoortwachter batch: ${counts.cases} lines…`);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    // The input broke off (a read error): what was read has been answered; say where it stopped.
    await out.flush();
    throw new CliError([`${source === '-' ? 'stdin' : source}: cannot read after line ${counts.cases} (${readError(error)})`]);
  } finally {
    rl.close();
    if (source !== '-') input.destroy();
  }
  await out.flush();

  if (progress) {
    io.stderr.write(`\rpoortwachter batch: ${counts.cases} cases, ${counts.ok} ok, ${counts.invalid} invalid, ${counts.overdue} overdue\n`);
  }
  if (counts.invalid > 0) {
    io.stderr.write(
      `poortwachter batch: ${counts.invalid} of ${counts.cases} lines are invalid (see the ok:false ${format === 'csv' ? 'rows' : 'lines'})\n`,
    );
    return 2;
  }
  return failed ? 1 : 0;
}

function readError(error: unknown): string {
  const code = (error as { code?: string }).code;
  return code === 'ENOENT'
    ? 'no such file'
    : code === 'EISDIR'
      ? 'is a directory'
      : code === 'EACCES'
        ? 'permission denied'
        : oneLine(error);
}

/** Collects output and writes it in chunks, waiting for `drain` when the reader is slower. */
function bufferedWriter(stream: Writable): { push(text: string): boolean; flush(): Promise<void> } {
  let buffer = '';
  return {
    push(text: string): boolean {
      buffer += text;
      return buffer.length >= FLUSH_AT;
    },
    async flush(): Promise<void> {
      if (buffer === '') return;
      if (stream.destroyed) throw new CliError([OUTPUT_CLOSED]);
      const chunk = buffer;
      buffer = '';
      if (stream.write(chunk)) return;
      await new Promise<void>((resolve) => {
        const done = (): void => {
          stream.off('drain', done);
          stream.off('close', done);
          stream.off('error', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
        stream.on('error', done);
      });
      if (stream.destroyed) throw new CliError([OUTPUT_CLOSED]);
    },
  };
}
