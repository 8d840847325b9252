/**
 * `poortwachter worklist`: NDJSON cases in (a file or stdin, read line by line), the open steps
 * that are overdue or fall due within `--within` days out, sorted by date, then severity, then
 * case id, as a table, JSON, NDJSON, CSV, iCalendar or an HTML page — written item by item.
 * Memory: each item is held packed (about 40 bytes, src/worklist-store.ts) until the sort, and
 * made into text only when it is written; `--limit N` keeps only N, `--counts` only counts.
 * Invalid lines are reported on stderr by line number and counted.
 *
 * @module
 */
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import {
  renderWorklist,
  WORKLIST_COUNTS_FORMATS,
  WORKLIST_FORMATS,
  type WorklistAnswer,
  type WorklistInvalidLine,
} from '../format/worklist.js';
import type { Lang } from '../i18n/index.js';
import { worklistEn } from '../i18n/worklist-en.js';
import { type WorklistWords, worklistNl } from '../i18n/worklist-nl.js';
import type { InputIssue } from '../types.js';
import { ACTORS } from '../vocab.js';
import { caseWorkItemsWith, WORKLIST_BOUNDS, WORKLIST_KINDS, type WorklistCaseResult, type WorklistOptions } from '../worklist.js';
import { createTopWorkItems, createWorkItemCounts, createWorkItemStore, type WorkItemSink } from '../worklist-store.js';
import { choice, dateOption, LANGS, parseCommandArgs } from './args.js';
import { helpText } from './help.js';
import { CliError, type CliIo, fsReason, oneLine, todayInAmsterdam } from './io.js';
import { openNdjsonInput, parseNdjsonLine } from './ndjson.js';

export { WORKLIST_CSV_COLUMNS, WORKLIST_FORMATS, worklistUid } from '../format/worklist.js';

const OPTIONS = {
  within: { type: 'string' },
  'as-of': { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  'include-windows': { type: 'boolean' },
  excel: { type: 'boolean' },
  limit: { type: 'string' },
  counts: { type: 'boolean' },
  actor: { type: 'string' },
  kind: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const WORDS: Readonly<Record<Lang, WorklistWords>> = { nl: worklistNl, en: worklistEn };

/** A comma-separated list option, each value one of `allowed`. */
function listOption<T extends string>(name: string, value: unknown, allowed: readonly T[]): T[] | undefined {
  if (value === undefined) return undefined;
  return String(value)
    .split(',')
    .map((v) => choice('worklist', name, v.trim(), allowed, allowed[0] as T));
}

/**
 * Runs `poortwachter worklist` and returns the exit code: 0, or 2 on bad usage, an unreadable
 * input, or when every line was invalid (some invalid lines: reported on stderr, exit 0).
 *
 * @example
 * await runWorklist(['cases.ndjson', '--within', '14', '--as-of', '2025-06-02', '--format', 'csv'], io) //=> 0
 */
export async function runWorklist(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('worklist', args, OPTIONS, 1);
  const lang: Lang = choice('worklist', 'lang', values.lang, LANGS, 'nl');
  if (values.help === true) {
    io.stdout.write(helpText('worklist', lang));
    return 0;
  }
  const words = WORDS[lang];
  const counts = values.counts === true;
  const fallback = io.stdout.isTTY === true ? 'table' : 'json';
  const format = counts
    ? choice('worklist', 'format', values.format, WORKLIST_COUNTS_FORMATS, fallback)
    : choice('worklist', 'format', values.format, WORKLIST_FORMATS, fallback);
  const asOf = dateOption('worklist', 'as-of', values['as-of']) ?? todayInAmsterdam();
  const withinText = values.within ?? String(WORKLIST_BOUNDS.withinDefault);
  if (typeof withinText !== 'string' || !/^\d{1,5}$/.test(withinText) || Number(withinText) > WORKLIST_BOUNDS.withinMax) {
    throw new CliError(() => [words.badWithin(String(withinText), WORKLIST_BOUNDS.withinMax)]);
  }
  const withinDays = Number(withinText);
  let limit: number | undefined;
  if (values.limit !== undefined) {
    const text = String(values.limit);
    if (!/^\d{1,9}$/.test(text) || Number(text) < 1 || Number(text) > WORKLIST_BOUNDS.limitMax) {
      throw new CliError(() => [words.badLimit(text, WORKLIST_BOUNDS.limitMax)]);
    }
    limit = Number(text);
  }
  const actors = listOption('actor', values.actor, ACTORS);
  const kinds = listOption('kind', values.kind, WORKLIST_KINDS);
  const options: WorklistOptions = {
    asOf,
    withinDays,
    include: { windows: values['include-windows'] === true },
    ...(actors === undefined && kinds === undefined ? {} : { filter: { actors, kinds } }),
  };
  const source = positionals[0] ?? '-';
  const input = await openNdjsonInput('worklist', source, io);
  // The options checked once for the whole run; each line's case on its own.
  const workItems = caseWorkItemsWith(options);

  // Counts only, the N most urgent, or every item packed until the sort.
  const countsSink = counts ? createWorkItemCounts() : null;
  const top = !counts && limit !== undefined ? createTopWorkItems(limit) : null;
  const store = countsSink === null && top === null ? createWorkItemStore(asOf) : null;
  const sink: WorkItemSink = countsSink ?? top ?? (store as WorkItemSink);

  let lineNo = 0;
  const invalidLines: WorklistInvalidLine[] = [];
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of rl) {
      const n = ++lineNo;
      let r: WorklistCaseResult;
      try {
        const parsed = parseNdjsonLine(line, n);
        if (parsed.ok) {
          const one = workItems(parsed.value, n - 1);
          r = one.ok ? one : { ...one, line: n };
        } else r = { ok: false, index: n - 1, line: n, id: undefined, issues: parsed.issues };
      } catch (error) {
        const why = oneLine(error);
        r = {
          ok: false,
          index: n - 1,
          line: n,
          id: undefined,
          issues: [
            {
              path: [],
              code: 'internal_error',
              message: { nl: `regel ${n}: interne fout: ${why}`, en: `line ${n}: internal error: ${why}` },
            },
          ],
        };
      }
      if (r.ok) sink.add(r.id, r.items);
      else {
        io.stderr.write(`${oneLine(invalidText(words, lang, n, r))}\n`);
        invalidLines.push(r.id === undefined ? { line: n, issues: r.issues } : { line: n, id: r.id, issues: r.issues });
      }
    }
  } catch (error) {
    const after = lineNo;
    throw new CliError((m) => [`${source === '-' ? 'stdin' : source}: ${m.cannotReadAfter(after, fsReason(error), oneLine(error))}`]);
  } finally {
    rl.close();
    if (source !== '-') input.destroy();
  }

  const invalid = invalidLines.length;
  if (invalid > 0) io.stderr.write(`${words.invalidSummary(invalid, lineNo)}\n`);
  const answer: WorklistAnswer = {
    asOf,
    withinDays,
    cases: lineNo,
    invalid: invalidLines,
    items: countsSink !== null ? null : top !== null ? top.sorted() : (store?.sorted() ?? null),
    found: sink.found(),
    limit,
    groups: countsSink?.counts(),
  };
  for (const chunk of renderWorklist(answer, format, { lang, excel: values.excel === true, dtstamp: new Date() })) {
    if (!(await writeAll(io.stdout, chunk))) break; // the reader went away (a closed pipe): stop writing
  }
  return lineNo > 0 && invalid === lineNo ? 2 : 0;
}

/** The stderr line of an invalid input line; a line-level issue already names its line. */
function invalidText(
  words: WorklistWords,
  lang: Lang,
  n: number,
  r: { id: string | number | undefined; issues: readonly InputIssue[] },
): string {
  const own = r.issues.length === 1 && r.issues[0] !== undefined && LINE_CODES.has(r.issues[0].code);
  return own
    ? `poortwachter worklist: ${r.issues[0]?.message[lang] ?? ''}`
    : words.invalidLine(n, r.id, r.issues.map((i) => i.message[lang]).join('; '));
}

const LINE_CODES: ReadonlySet<string> = new Set(['empty_line', 'invalid_json', 'internal_error']);

/** Writes `text`, waiting for 'drain' when the stream asks; false once the stream is closed or broken. */
async function writeAll(stream: Writable, text: string): Promise<boolean> {
  if (stream.destroyed || stream.writableEnded) return false;
  if (stream.write(text)) return true;
  return new Promise<boolean>((resolve) => {
    const done = (ok: boolean) => (): void => {
      stream.off('drain', drained);
      stream.off('close', closed);
      stream.off('error', closed);
      resolve(ok);
    };
    const drained = done(true);
    const closed = done(false);
    stream.on('drain', drained);
    stream.on('close', closed);
    stream.on('error', closed);
  });
}
