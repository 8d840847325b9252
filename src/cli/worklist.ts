/**
 * `poortwachter worklist`: NDJSON cases in (a file or stdin, read line by line), the open steps
 * that are overdue or fall due within `--within` days out, sorted by date, then severity, then
 * case id, as a table, JSON, CSV, iCalendar or an HTML page. Memory grows with the items
 * returned, not with the input. Invalid lines are reported on stderr by line number and counted.
 *
 * @module
 */
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { daysFromCivil, formatIsoDate } from '../calendar/isoDate.js';
import { csvRow } from '../format/csv.js';
import { escapeIcsText, foldIcsLine } from '../format/ics.js';
import { escapeXml } from '../format/svg.js';
import { actorLabel, type Lang, milestoneTitle, readableDate, statusLabel } from '../i18n/index.js';
import { worklistEn } from '../i18n/worklist-en.js';
import { type WorklistWords, worklistNl } from '../i18n/worklist-nl.js';
import type { InputIssue } from '../types.js';
import {
  caseWorkItems,
  compareWorkItems,
  type WorkItem,
  type WorklistCaseResult,
  type WorklistInvalid,
  type WorklistResult,
} from '../worklist.js';
import { choice, dateOption, LANGS, parseCommandArgs } from './args.js';
import { helpText } from './help.js';
import { CliError, type CliIo, fsReason, oneLine, todayInAmsterdam } from './io.js';
import { openNdjsonInput, parseNdjsonLine } from './ndjson.js';

const OPTIONS = {
  within: { type: 'string' },
  'as-of': { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  'include-windows': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The `--format` values of `worklist`.
 *
 * @example
 * choice('worklist', 'format', 'ics', WORKLIST_FORMATS, 'table') //=> 'ics'
 */
export const WORKLIST_FORMATS = ['table', 'json', 'csv', 'ics', 'html'] as const;

/**
 * The CSV columns of `worklist --format csv`, in order.
 *
 * @example
 * WORKLIST_CSV_COLUMNS[0] //=> 'case_id'
 */
export const WORKLIST_CSV_COLUMNS = [
  'case_id',
  'step',
  'protocol_step',
  'occurrence',
  'title',
  'kind',
  'actor',
  'trigger',
  'window_start',
  'due',
  'legal_latest',
  'week',
  'status',
  'days_until_due',
  'consequence',
] as const;

const WORDS: Readonly<Record<Lang, WorklistWords>> = { nl: worklistNl, en: worklistEn };
const TABLE_WIDTH = 100;

function title(item: WorkItem, lang: Lang): string {
  return milestoneTitle({ id: item.milestoneId, occurrence: item.occurrence, title: item.title }, lang);
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
  const format = choice('worklist', 'format', values.format, WORKLIST_FORMATS, io.stdout.isTTY === true ? 'table' : 'json');
  const asOf = dateOption('worklist', 'as-of', values['as-of']) ?? todayInAmsterdam();
  const withinText = values.within ?? '14';
  if (typeof withinText !== 'string' || !/^\d{1,5}$/.test(withinText) || Number(withinText) > 36_500) {
    throw new CliError(() => [WORDS[lang].badWithin(String(withinText))]);
  }
  const withinDays = Number(withinText);
  const options = { asOf, withinDays, include: { windows: values['include-windows'] === true } };
  const words = WORDS[lang];
  const source = positionals[0] ?? '-';
  const input = await openNdjsonInput('worklist', source, io);

  // One loop, no generator in between: only the items and the invalid lines are kept.
  let lineNo = 0;
  const items: WorkItem[] = [];
  const invalidLines: WorklistInvalid[] = [];
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of rl) {
      const n = ++lineNo;
      let r: WorklistCaseResult;
      try {
        const parsed = parseNdjsonLine(line, n);
        if (parsed.ok) {
          const one = caseWorkItems(parsed.value, n - 1, options);
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
      if (r.ok) for (const item of r.items) items.push(item);
      else {
        io.stderr.write(`${oneLine(invalidText(words, lang, n, r))}\n`);
        invalidLines.push({ index: r.index, line: n, id: r.id, issues: r.issues });
      }
    }
  } catch (error) {
    const after = lineNo;
    throw new CliError((m) => [`${source === '-' ? 'stdin' : source}: ${m.cannotReadAfter(after, fsReason(error), oneLine(error))}`]);
  } finally {
    rl.close();
    if (source !== '-') input.destroy();
  }

  items.sort(compareWorkItems);
  const result: WorklistResult = { items, invalid: invalidLines, casesRead: lineNo };
  const invalid = result.invalid.length;
  if (invalid > 0) io.stderr.write(`${words.invalidSummary(invalid, result.casesRead)}\n`);

  const dtstamp = new Date();
  const text =
    format === 'json'
      ? renderJson(result, asOf, withinDays)
      : format === 'csv'
        ? renderCsvList(result, lang)
        : format === 'ics'
          ? renderIcsList(result, lang, words, asOf, withinDays, dtstamp)
          : format === 'html'
            ? renderHtmlList(result, lang, words, asOf, withinDays)
            : renderTableList(result, lang, words, asOf, withinDays);
  await writeAll(io.stdout, text);
  return result.casesRead > 0 && invalid === result.casesRead ? 2 : 0;
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

async function writeAll(stream: Writable, text: string): Promise<void> {
  if (stream.write(text)) return;
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
}

function renderJson(result: WorklistResult, asOf: string, withinDays: number): string {
  const invalid = result.invalid.map((i) =>
    i.id === undefined ? { line: i.line, issues: i.issues } : { line: i.line, id: i.id, issues: i.issues },
  );
  return `${JSON.stringify(
    {
      asOf,
      withinDays,
      counts: { cases: result.casesRead, invalid: invalid.length, items: result.items.length },
      items: result.items,
      invalid,
    },
    null,
    2,
  )}\n`;
}

function renderCsvList(result: WorklistResult, lang: Lang): string {
  let out = csvRow(WORKLIST_CSV_COLUMNS);
  for (const i of result.items) {
    out += csvRow([
      String(i.caseId),
      i.milestoneId,
      i.protocolStep,
      i.occurrence,
      title(i, lang),
      i.kind,
      i.actor,
      i.trigger,
      i.windowStart,
      i.due,
      i.legalLatest,
      i.week,
      i.status,
      i.daysUntilDue,
      i.consequence,
    ]);
  }
  return out;
}

function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

function renderTableList(result: WorklistResult, lang: Lang, w: WorklistWords, asOf: string, withinDays: number): string {
  const c = w.columns;
  const header = [c.due, c.days, c.week, c.case, c.step, c.actor, c.status, c.consequence];
  const rows = result.items.map((i) => [
    i.trigger === 'window' ? (i.windowStart ?? i.due) : i.due,
    String(i.daysUntilDue),
    i.week === null ? '' : String(i.week),
    String(i.caseId),
    i.trigger === 'window' ? `${title(i, lang)} (${w.windowOpens(i.windowStart ?? '')})` : title(i, lang),
    actorLabel(i.actor, lang),
    statusLabel(i.status, lang),
    w.consequence[i.consequence],
  ]);
  const widths = header.map((h, k) => Math.max(h.length, ...rows.map((r) => (r[k] ?? '').length)));
  // Fit 100 columns (one space between columns): shrink the case id, who and the consequence to a
  // floor, then the step as far as needed.
  const total = (): number => widths.reduce((x, y) => x + y, 0) + widths.length - 1;
  for (const [k, min] of [
    [3, 8],
    [5, 14],
    [7, 11],
    [4, 8],
  ] as const) {
    const over = total() - TABLE_WIDTH;
    if (over > 0) widths[k] = Math.max(min, (widths[k] ?? 0) - over);
  }
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, k) => {
        const wd = widths[k] ?? 0;
        const text = cut(cell, wd);
        return k === 1 || k === 2 ? text.padStart(wd) : text.padEnd(wd);
      })
      .join(' ')
      .trimEnd();
  const out = [w.title, w.range(asOf, withinDays), ''];
  if (rows.length === 0) out.push(w.nothing);
  else {
    out.push(line(header));
    for (const r of rows) out.push(line(r));
  }
  out.push('', w.counts(result.casesRead, result.invalid.length, result.items.length));
  return `${out.join('\n')}\n`;
}

function uidPart(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]/g, (ch) => `%${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

const compact = (date: string): string => date.replaceAll('-', '');

function nextDay(date: string): string {
  return compact(formatIsoDate(daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))) + 1));
}

/**
 * The UID of a work item's calendar event: `caseId/step/occurrence@poortwachter` (a protocol
 * step: `caseId/protocol.<step id>/occurrence`), ids percent-encoded outside `A-Za-z0-9._-`; the
 * same on every run.
 *
 * @example
 * worklistUid({ caseId: 'E 17', milestoneId: 'evaluatie', occurrence: 2 }) //=> 'E%2017/evaluatie/2@poortwachter'
 */
export function worklistUid(item: Pick<WorkItem, 'caseId' | 'milestoneId' | 'occurrence' | 'protocolStep'>): string {
  const step = item.protocolStep === undefined ? item.milestoneId : `protocol.${uidPart(item.protocolStep)}`;
  return `${uidPart(String(item.caseId))}/${step}/${item.occurrence}@poortwachter`;
}

function renderIcsList(result: WorklistResult, lang: Lang, w: WorklistWords, asOf: string, withinDays: number, now: Date): string {
  const stamp = `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
  let out = '';
  const add = (line: string): void => {
    out += foldIcsLine(line);
  };
  add('BEGIN:VCALENDAR');
  add('VERSION:2.0');
  add('PRODID:-//poortwachter//poortwachter worklist//NL');
  add('CALSCALE:GREGORIAN');
  add('METHOD:PUBLISH');
  add(`X-WR-CALNAME:${escapeIcsText(w.title)}`);
  add(
    `X-WR-CALDESC:${escapeIcsText(`${w.range(asOf, withinDays)}; ${w.counts(result.casesRead, result.invalid.length, result.items.length)}`)}`,
  );
  for (const i of result.items) {
    const on = i.trigger === 'window' ? (i.windowStart ?? i.due) : i.due;
    const summary = `[${String(i.caseId)}] ${title(i, lang)}${i.trigger === 'window' ? ` (${w.windowOpens(on)})` : ''}`;
    const description = [
      `${w.ics.case}: ${String(i.caseId)}`,
      `${w.columns.actor}: ${actorLabel(i.actor, lang)}`,
      `${w.columns.status}: ${statusLabel(i.status, lang)} (${w.ics.daysLeft(i.daysUntilDue)})`,
      `${w.ics.due}: ${i.due}`,
      ...(i.legalLatest === null ? [] : [`${w.ics.legalLatest}: ${i.legalLatest}`]),
      ...(i.windowStart === null ? [] : [`${w.columns.window}: ${i.windowStart}`]),
      ...(i.week === null ? [] : [`${w.ics.week}: ${i.week}`]),
      `${w.columns.consequence}: ${w.consequence[i.consequence]}`,
    ].join('\n');
    add('BEGIN:VEVENT');
    add(`UID:${worklistUid(i)}`);
    add(`DTSTAMP:${stamp}`);
    add(`DTSTART;VALUE=DATE:${compact(on)}`);
    add(`DTEND;VALUE=DATE:${nextDay(on)}`);
    add(`SUMMARY:${escapeIcsText(summary)}`);
    add(`DESCRIPTION:${escapeIcsText(description)}`);
    add(`CATEGORIES:Poortwachter,${escapeIcsText(statusLabel(i.status, lang))}`);
    add('TRANSP:TRANSPARENT');
    add('END:VEVENT');
  }
  add('END:VCALENDAR');
  return out;
}

const STATUS_CLASS: Readonly<Record<string, string>> = { overdue: 'late', 'due-soon': 'soon', upcoming: 'later', suspended: 'later' };

function renderHtmlList(result: WorklistResult, lang: Lang, w: WorklistWords, asOf: string, withinDays: number): string {
  const c = w.columns;
  const rows = result.items
    .map((i) => {
      const step =
        i.trigger === 'window'
          ? `${title(i, lang)} <small>(${escapeXml(w.windowOpens(i.windowStart ?? ''))})</small>`
          : escapeXml(title(i, lang));
      const on = i.trigger === 'window' ? (i.windowStart ?? i.due) : i.due;
      return `<tr class="${STATUS_CLASS[i.status] ?? ''}"><td><time datetime="${on}">${escapeXml(readableDate(on, lang))}</time></td><td class="n">${i.daysUntilDue}</td><td class="n">${i.week ?? ''}</td><td>${escapeXml(String(i.caseId))}</td><td>${i.trigger === 'window' ? step : escapeXml(title(i, lang))}</td><td>${escapeXml(actorLabel(i.actor, lang))}</td><td>${escapeXml(statusLabel(i.status, lang))}</td><td>${escapeXml(w.consequence[i.consequence])}</td></tr>`;
    })
    .join('\n');
  const table =
    result.items.length === 0
      ? `<p>${escapeXml(w.nothing)}</p>`
      : `<table>
<thead><tr>${[c.due, c.days, c.week, c.case, c.step, c.actor, c.status, c.consequence].map((h) => `<th scope="col">${escapeXml(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(w.title)} · ${escapeXml(asOf)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#111}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.late td:first-child{border-left:4px solid #b00020}
tr.soon td:first-child{border-left:4px solid #b36b00}
tr.later td:first-child{border-left:4px solid #888}
@media print{body{margin:0}}
</style>
</head>
<body>
<h1>${escapeXml(w.title)}</h1>
<p>${escapeXml(w.range(asOf, withinDays))}</p>
${table}
<p>${escapeXml(w.counts(result.casesRead, result.invalid.length, result.items.length))}</p>
</body>
</html>
`;
}
