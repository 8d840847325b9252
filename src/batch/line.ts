/**
 * One line of a batch run: NDJSON text in, exactly one answer line out (`{"ok":true,…}` or
 * `{"ok":false,"line":n,"issues":[…]}`, or a CSV row). Shared by `poortwachter batch` and the
 * batch endpoint of `poortwachter serve`, so both answer every line in the same format.
 *
 * @module
 */
import { safeEvaluateCase } from '../case/schema.js';
import { csvRow } from '../format/csv.js';
import type { Lang } from '../format/labels.js';
import {
  type CaseSummary,
  pickSummary,
  type SummaryField,
  summarizeTimeline,
  summaryCsvColumns,
  summaryCsvValues,
} from '../format/summary.js';
import type { InputIssue, IsoDate } from '../types.js';

/**
 * How {@link createBatchLineEvaluator} answers each line.
 *
 * @example
 * const options: BatchLineOptions = { asOf: '2025-06-02', format: 'ndjson', fields: null, lang: 'nl', needSummary: false };
 */
export interface BatchLineOptions {
  /** The day every case is evaluated on. */
  readonly asOf: IsoDate;
  /** `ndjson` (one JSON object per line) or `csv` (one row per line; the caller writes the header). */
  readonly format: 'ndjson' | 'csv';
  /** The summary fields to answer with instead of the whole timeline, or `null` for the timeline. */
  readonly fields: readonly SummaryField[] | null;
  /** The language of the issues column of `csv` (NDJSON carries both languages). */
  readonly lang: Lang;
  /** Whether {@link BatchLineResult.summary} is wanted even when `fields` is `null`. */
  readonly needSummary: boolean;
  /** Most events one case may carry (below the library's `MAX_EVENTS`); default: no extra cap. */
  readonly maxEvents?: number | undefined;
}

/**
 * The answer to one input line.
 *
 * @example
 * const r: BatchLineResult = evaluator.line('{"firstSickDay":"2025-01-06"}', 1); // r.text ends with '\n'
 */
export interface BatchLineResult {
  /** Whether the line was a valid case. */
  readonly ok: boolean;
  /** The answer line, with its line end. */
  readonly text: string;
  /** The summary of a valid case when asked for, else `null`. */
  readonly summary: CaseSummary | null;
}

/**
 * What {@link createBatchLineEvaluator} returns.
 *
 * @example
 * const { line, invalid }: BatchLineEvaluator = createBatchLineEvaluator(options);
 */
export interface BatchLineEvaluator {
  /** The CSV columns between `ok` and `issues` (for the header row). */
  readonly csvColumns: readonly string[];
  /** Answers line `n` (1-based); never throws (an unexpected error is that line's `internal_error`). */
  line(text: string, n: number): BatchLineResult;
  /** An `ok: false` answer for line `n` with the given issues. */
  invalid(n: number, id: string | number | undefined, issues: readonly InputIssue[]): BatchLineResult;
}

function issue(code: string, nl: string, en: string, path: readonly (string | number)[] = []): InputIssue {
  return { path, code, message: { nl, en } };
}

function idOf(value: unknown): string | number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const flat = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 297)}…` : flat || 'unknown error';
}

/**
 * The issue for a case with more events than `maxEvents` allows, or `null`. A cheap check before
 * any validation, so an oversized case costs nothing more than its JSON parse.
 *
 * @example
 * eventsCapIssue({ firstSickDay: '2025-01-06', events: [] }, 100) //=> null
 */
export function eventsCapIssue(value: unknown, maxEvents: number | undefined): InputIssue | null {
  if (maxEvents === undefined || typeof value !== 'object' || value === null) return null;
  const events = (value as { events?: unknown }).events;
  if (!Array.isArray(events) || events.length <= maxEvents) return null;
  return issue(
    'too_big',
    `events: te veel gebeurtenissen (${events.length}; maximaal ${maxEvents})`,
    `events: too many events (${events.length}; at most ${maxEvents})`,
    ['events'],
  );
}

/**
 * The per-line logic of a batch run: empty lines, broken JSON, invalid cases and valid ones each
 * get exactly one answer line; an input `id` is echoed back.
 *
 * @example
 * const ev = createBatchLineEvaluator({ asOf: '2025-06-02', format: 'ndjson', fields: null, lang: 'nl', needSummary: false });
 * ev.line('{"firstSickDay":"2025-01-06","id":"E-1"}', 1).text //=> '{"ok":true,"line":1,"id":"E-1","timeline":{…}}\n'
 */
export function createBatchLineEvaluator(options: BatchLineOptions): BatchLineEvaluator {
  const { format, fields, lang, maxEvents } = options;
  const needSummary = options.needSummary || fields !== null;
  const evaluateOptions = { asOf: options.asOf };
  const csvColumns = fields === null ? [] : fields.flatMap(summaryCsvColumns);

  const invalid = (n: number, id: string | number | undefined, issues: readonly InputIssue[]): BatchLineResult => {
    const text =
      format === 'csv'
        ? csvRow([n, id, false, ...csvColumns.map(() => null), issues.map((i) => i.message[lang]).join(' | ')])
        : `${JSON.stringify(id === undefined ? { ok: false, line: n, issues } : { ok: false, line: n, id, issues })}\n`;
    return { ok: false, text, summary: null };
  };

  const answer = (line: string, n: number): BatchLineResult => {
    const text = n === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
    if (/^\s*$/.test(text)) {
      return invalid(n, undefined, [
        issue(
          'empty_line',
          `regel ${n} is leeg (verwacht één case als JSON per regel)`,
          `line ${n} is empty (expected one case as JSON per line)`,
        ),
      ]);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const why = oneLine(error)
        .replace(/, ".*" is not valid JSON$/, '')
        .replace(/ in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/, (_, p: string) => ` at column ${Number(p) + 1}`);
      return invalid(n, undefined, [
        issue('invalid_json', `regel ${n} is geen geldige JSON: ${why}`, `line ${n} is not valid JSON: ${why}`),
      ]);
    }
    const id = idOf(value);
    const capped = eventsCapIssue(value, maxEvents);
    if (capped !== null) return invalid(n, id, [capped]);
    const r = safeEvaluateCase(value, evaluateOptions);
    if (!r.success) return invalid(n, id, r.issues);
    const summary = needSummary ? summarizeTimeline(r.data) : null;
    let out: string;
    if (format === 'csv') {
      out = csvRow([n, id, true, ...(fields ?? []).flatMap((f) => summaryCsvValues(summary as CaseSummary, f)), null]);
    } else {
      const head = id === undefined ? `{"ok":true,"line":${n}` : `{"ok":true,"line":${n},"id":${JSON.stringify(id)}`;
      out =
        fields === null
          ? `${head},"timeline":${JSON.stringify(r.data)}}\n`
          : `${head},${JSON.stringify(pickSummary(summary as CaseSummary, fields)).slice(1)}\n`;
    }
    return { ok: true, text: out, summary };
  };

  return {
    csvColumns,
    invalid,
    line(text: string, n: number): BatchLineResult {
      try {
        return answer(text, n);
      } catch (error) {
        // A safety net: whatever goes wrong with one line is that line's answer, never the end of the run.
        const why = oneLine(error);
        return invalid(n, undefined, [issue('internal_error', `regel ${n}: interne fout: ${why}`, `line ${n}: internal error: ${why}`)]);
      }
    },
  };
}
