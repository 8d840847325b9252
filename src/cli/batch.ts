/**
 * `poortwachter batch`: NDJSON cases in, exactly one result line per input line out, in order,
 * streaming (the NDJSON splitter of `src/batch/ndjson-lines.ts` over the input: one line at most
 * `--line-limit` characters is ever held; output buffered in 64 kB chunks that wait for `drain`).
 *
 * @module
 */
import type { Readable, Writable } from 'node:stream';
import { compactTimelineJson, idOf } from '../batch/line.js';
import { DEFAULT_MAX_LINE_CHARS, ndjsonLines } from '../batch/ndjson-lines.js';
import { checkCaseInput, evaluationIssues, parseEvaluateOptions } from '../case/parse.js';
import { evaluateChecked } from '../engine/evaluate.js';
import { csvRow, csvSeparator, UTF8_BOM, WAGE_PHASES_CSV_COLUMNS } from '../format/csv.js';
import {
  type CaseSummary,
  parseSummaryFields,
  pickSummary,
  SUMMARY_FIELDS,
  type SummaryField,
  summarizeTimeline,
  summaryCsvColumns,
  summaryCsvValues,
} from '../format/summary.js';
import { caseStatusLabel, type Lang, statusLabel } from '../i18n/index.js';
import { inputIssue } from '../i18n/issues.js';
import type { CaseStatus, InputIssue, MilestoneStatus } from '../types.js';
import { choice, dateOption, FAIL_ON, LANGS, parseCommandArgs } from './args.js';
import { helpText } from './help.js';
import { CliError, type CliIo, fsReason, oneLine, todayInAmsterdam } from './io.js';
import { CLI_CATALOGUES } from './messages.js';
import { lineIssue as issue, openNdjsonInput, parseNdjsonLine } from './ndjson.js';
import { failsOn } from './timeline.js';

const OPTIONS = {
  'as-of': { type: 'string' },
  format: { type: 'string' },
  fields: { type: 'string' },
  lang: { type: 'string' },
  'fail-on': { type: 'string' },
  excel: { type: 'boolean' },
  'line-limit': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The `--format` values of `batch`.
 *
 * @example
 * choice('batch', 'format', 'csv', BATCH_FORMATS, 'ndjson') //=> 'csv'
 */
export const BATCH_FORMATS = ['ndjson', 'csv', 'payroll-csv'] as const;

export { compactTimelineJson } from '../batch/line.js';

const FLUSH_AT = 64 * 1024;
const PROGRESS_EVERY = 10_000;

/** Thrown when the reader of stdout went away (EPIPE): the run stops reading and ends quietly. */
const outputClosed = (): CliError => new CliError(() => [], 0, true);

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

interface LineResult {
  readonly ok: boolean;
  readonly text: string;
  readonly summary: CaseSummary | null;
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
  const lang: Lang = choice('batch', 'lang', values.lang, LANGS, 'nl');
  if (values.help === true) {
    io.stdout.write(helpText('batch', lang));
    return 0;
  }
  const words = CLI_CATALOGUES[lang];
  const format = choice('batch', 'format', values.format, BATCH_FORMATS, 'ndjson');
  const failOn = choice('batch', 'fail-on', values['fail-on'], FAIL_ON, undefined);
  const asOf = dateOption('batch', 'as-of', values['as-of']) ?? todayInAmsterdam();
  let fields: readonly SummaryField[] | null = format === 'csv' ? SUMMARY_FIELDS : null;
  if (typeof values.fields === 'string') {
    const parsed = parseSummaryFields(values.fields);
    if (!parsed.ok) {
      const unknown = parsed.unknown;
      throw new CliError((m) => [`poortwachter batch: ${m.unknownFields(unknown, SUMMARY_FIELDS)}`]);
    }
    fields = parsed.fields;
  }

  const lineLimit = lineLimitOption(values['line-limit']);
  const source = positionals[0] ?? '-';
  const input: Readable = await openNdjsonInput('batch', source, io);

  const progress = io.stderr.isTTY === true;
  const needSummary = fields !== null || failOn !== undefined || progress;
  const counts: BatchCounts = { cases: 0, ok: 0, invalid: 0, overdue: 0 };
  let failed = false;
  const out = bufferedWriter(io.stdout);
  // The options checked once for the whole run; each line's case by checkCaseInput (as safeEvaluateCase would).
  const options = parseEvaluateOptions({ asOf });

  const csvColumns = fields === null ? [] : fields.flatMap(summaryCsvColumns);
  // --excel: semicolons and a UTF-8 BOM, so that Dutch Excel opens the file with a double-click.
  const sep = csvSeparator(values.excel === true ? 'excel-nl' : 'rfc4180');
  if (values.excel === true && format !== 'ndjson') out.push(UTF8_BOM);
  // --excel is for people: the header in words of --lang, and ok and the statuses as words too.
  const people = values.excel === true;
  const header = (names: readonly string[]): readonly string[] => (people ? names.map((c) => words.batchExcelColumns[c] ?? c) : names);
  const okCell = (ok: boolean): string | boolean => (people ? (ok ? words.batchExcelOk.yes : words.batchExcelOk.no) : ok);
  const statusAt = csvColumns.indexOf('status');
  const nextStatusAt = csvColumns.indexOf('next_status');
  const summaryCells = (cells: readonly (string | number | null)[]): readonly (string | number | null)[] =>
    people
      ? cells.map((v, i) =>
          v === null
            ? v
            : i === statusAt
              ? caseStatusLabel(v as CaseStatus, lang)
              : i === nextStatusAt
                ? statusLabel(v as MilestoneStatus, lang)
                : v,
        )
      : cells;
  if (format === 'csv') out.push(csvRow(header(['line', 'id', 'ok', ...csvColumns, 'issues']), sep));
  if (format === 'payroll-csv') out.push(csvRow(header(['line', ...WAGE_PHASES_CSV_COLUMNS, 'issues']), sep));

  const lineResult = (line: string, n: number): LineResult => {
    let value: unknown;
    let issues: readonly InputIssue[];
    const parsed = parseNdjsonLine(line, n);
    if (!parsed.ok) issues = parsed.issues;
    else {
      value = parsed.value;
      const c = checkCaseInput(value);
      if (c.success && options.success) {
        const timeline = evaluateChecked(c.data, options.data);
        let text: string;
        const summary = needSummary ? summarizeTimeline(timeline) : null;
        const id = idOf(value);
        if (format === 'csv') {
          text = csvRow(
            [n, id, okCell(true), ...summaryCells((fields ?? []).flatMap((f) => summaryCsvValues(summary as CaseSummary, f))), null],
            sep,
          );
        } else if (format === 'payroll-csv') {
          // One row per employee per wage phase (a case with none still gets its line, with no phase).
          const phases = timeline.wagePhases;
          text = '';
          for (const p of phases) {
            text += csvRow(
              [n, id, p.kind, p.from, p.until, p.days, p.percentage, p.ranges.map((x) => `${x.from}/${x.until}`).join(' '), null],
              sep,
            );
          }
          if (phases.length === 0) text = csvRow([n, id, null, null, null, null, null, null, null], sep);
        } else {
          const head = id === undefined ? `{"ok":true,"line":${n}` : `{"ok":true,"line":${n},"id":${JSON.stringify(id)}`;
          text =
            fields === null
              ? `${head},"timeline":${compactTimelineJson(timeline)}}\n`
              : `${head},${JSON.stringify(pickSummary(summary as CaseSummary, fields)).slice(1)}\n`;
        }
        return { ok: true, text, summary };
      }
      issues = evaluationIssues(c.success ? [] : c.issues, options.success ? [] : options.issues);
    }
    return invalid(n, idOf(value), issues!);
  };

  const invalid = (n: number, id: string | number | undefined, issues: readonly InputIssue[]): LineResult => {
    const text =
      format === 'csv'
        ? csvRow([n, id, okCell(false), ...csvColumns.map(() => null), issues.map((i) => i.message[lang]).join(' | ')], sep)
        : format === 'payroll-csv'
          ? csvRow([n, id, null, null, null, null, null, null, issues.map((i) => i.message[lang]).join(' | ')], sep)
          : `${JSON.stringify(id === undefined ? { ok: false, line: n, issues } : { ok: false, line: n, id, issues })}\n`;
    return { ok: false, text, summary: null };
  };

  // A line longer than --line-limit is answered with this issue; its text is never held whole.
  const tooLong = inputIssue([], 'too_big', { origin: 'string', maximum: lineLimit, value: null });
  try {
    for await (const lines of ndjsonLines(input, lineLimit)) {
      for (const line of lines) {
        counts.cases++;
        let r: LineResult;
        try {
          r = line.tooLong ? invalid(counts.cases, undefined, [tooLong]) : lineResult(line.text, counts.cases);
        } catch (error) {
          // A safety net: whatever goes wrong with one line is that line's answer, never the end of the run.
          const why = oneLine(error);
          const n = counts.cases;
          r = invalid(n, undefined, [issue('internal_error', (m) => m.lineInternalError(n, why))]);
        }
        if (!r.ok) counts.invalid++;
        else {
          counts.ok++;
          if (r.summary !== null && r.summary.overdue.length > 0) counts.overdue++;
          if (r.summary !== null && failsOn(r.summary, failOn)) failed = true;
        }
        if (out.push(r.text)) await out.flush();
        if (progress && counts.cases % PROGRESS_EVERY === 0) io.stderr.write(`\rpoortwachter batch: ${words.progress(counts.cases)}`);
      }
      // The reader went away (EPIPE) while nothing was being flushed: stop reading now.
      if (out.closed()) throw outputClosed();
    }
    await out.flush();
  } catch (error) {
    if (error instanceof CliError && error.outputClosed) {
      // `batch … | head -1`: the reader has what it wanted. Stop reading; the exit code still says
      // whether a line read so far was invalid.
      return counts.invalid > 0 ? 2 : failed ? 1 : 0;
    }
    if (error instanceof CliError) throw error;
    // The input broke off (a read error): what was read has been answered; say where it stopped.
    await out.flush();
    const after = counts.cases;
    throw new CliError((m) => [`${source === '-' ? 'stdin' : source}: ${m.cannotReadAfter(after, fsReason(error), oneLine(error))}`]);
  } finally {
    if (source !== '-' || out.closed()) input.destroy();
  }

  if (progress) {
    io.stderr.write(`\rpoortwachter batch: ${words.batchCounts(counts)}\n`);
  }
  if (counts.invalid > 0) {
    io.stderr.write(`poortwachter batch: ${words.invalidLines(counts.invalid, counts.cases, format !== 'ndjson')}\n`);
    return 2;
  }
  return failed ? 1 : 0;
}

/**
 * The `--line-limit` of `batch`: characters, 1 024 to 256 Mi (default 1 Mi).
 *
 * @example
 * lineLimitOption('65536') //=> 65536
 */
function lineLimitOption(value: string | boolean | undefined): number {
  if (value === undefined) return DEFAULT_MAX_LINE_CHARS;
  const n = typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
  if (n >= 1024 && n <= 256 * 1024 * 1024) return n;
  throw new CliError((m) => [
    `poortwachter batch: ${m.serve.badNumber('line-limit', 1024, 256 * 1024 * 1024, String(value))} ${m.seeHelp('batch')}`,
  ]);
}

/**
 * Collects output and writes it in chunks, waiting for `drain` when the reader is slower. Knows
 * when the reader went away: an `EPIPE` on `process.stdout` neither destroys it nor throws, so the
 * stream's `error` and `close` events are watched from the start.
 */
function bufferedWriter(stream: Writable): { push(text: string): boolean; flush(): Promise<void>; closed(): boolean } {
  let buffer = '';
  let gone = false;
  const onGone = (): void => {
    gone = true;
  };
  stream.on('error', onGone);
  stream.on('close', onGone);
  const closed = (): boolean => gone || stream.destroyed || stream.errored !== null;
  return {
    closed,
    push(text: string): boolean {
      buffer += text;
      return buffer.length >= FLUSH_AT;
    },
    async flush(): Promise<void> {
      if (buffer === '') return;
      if (closed()) throw outputClosed();
      const chunk = buffer;
      buffer = '';
      if (stream.write(chunk)) return;
      if (closed()) throw outputClosed();
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
      if (closed()) throw outputClosed();
    },
  };
}
