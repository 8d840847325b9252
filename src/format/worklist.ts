/**
 * The worklist's renderers, streamed: every format is a generator of text chunks (about 64 kB
 * each) made from the sorted items one at a time, so the answer is never one string in memory.
 * Shared by `poortwachter worklist` and `POST /v1/worklist`. The JSON document is byte for byte
 * what `JSON.stringify(document, null, 2)` gives (or, with `pretty: false`, `JSON.stringify(document)`).
 *
 * @module
 */
import { daysFromCivil, formatIsoDate } from '../calendar/isoDate.js';
import { actorLabel, type Lang, milestoneTitle, numericDate, readableDate, statusLabel } from '../i18n/index.js';
import { worklistEn } from '../i18n/worklist-en.js';
import { type WorklistWords, worklistNl } from '../i18n/worklist-nl.js';
import { MILESTONE_RULES } from '../law/milestones.js';
import type { InputIssue, IsoDate, LocalizedText } from '../types.js';
import type { WorkItem } from '../worklist.js';
import type { SortedWorkItems, WorklistCounts } from '../worklist-store.js';
import { csvRow, csvSeparator, UTF8_BOM } from './csv.js';
import { escapeIcsText, foldIcsLine } from './ics.js';
import { escapeXml } from './svg.js';

/**
 * The output formats of the worklist.
 *
 * @example
 * WORKLIST_FORMATS.includes('ndjson') //=> true
 */
export const WORKLIST_FORMATS = ['table', 'json', 'ndjson', 'csv', 'ics', 'html'] as const;

/**
 * One of {@link WORKLIST_FORMATS}.
 *
 * @example
 * const f: WorklistFormat = 'csv';
 */
export type WorklistFormat = (typeof WORKLIST_FORMATS)[number];

/**
 * The formats a counts-only worklist (`--counts`) can be written in.
 *
 * @example
 * WORKLIST_COUNTS_FORMATS.includes('ics') //=> false
 */
export const WORKLIST_COUNTS_FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;

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

/**
 * An input line that was not a valid case with an id: its 1-based number, its `id` when it had one.
 *
 * @example
 * const bad: WorklistInvalidLine = { line: 4, issues: [] };
 */
export interface WorklistInvalidLine {
  readonly line: number;
  readonly id?: string | number;
  readonly issues: readonly InputIssue[];
}

/**
 * Everything a worklist answer is made of.
 *
 * @example
 * const answer: WorklistAnswer = { asOf: '2025-06-02', withinDays: 14, cases: 0, invalid: [], items: [], found: 0 };
 */
export interface WorklistAnswer {
  readonly asOf: IsoDate;
  readonly withinDays: number;
  /** Input lines read. */
  readonly cases: number;
  readonly invalid: readonly WorklistInvalidLine[];
  /** The items to write, in order (`length` and re-iterable: the table measures them first); `null` with `groups`. */
  readonly items: SortedWorkItems | readonly WorkItem[] | null;
  /** Items found (more than `items.length` with a `limit`). */
  readonly found: number;
  /** `--limit`, when given. */
  readonly limit?: number | undefined;
  /** Counts only (`--counts`): per status, week, actor and step. */
  readonly groups?: WorklistCounts | undefined;
  /** The reading stopped early (a server shutting down): the answer covers lines 1 … `afterLine`. */
  readonly interrupted?: WorklistInterruption | undefined;
}

/**
 * How an interrupted answer ends: it covers input lines 1 … `afterLine` (0: no line is whole, send
 * them all again), with a message in both languages.
 *
 * @example
 * const end: WorklistInterruption = { afterLine: 33880, message: { nl: 'onderbroken: …', en: 'interrupted: …' } };
 */
export interface WorklistInterruption {
  readonly afterLine: number;
  readonly message?: { readonly nl: string; readonly en: string } | undefined;
}

/**
 * Options of {@link renderWorklist}.
 *
 * @example
 * const options: WorklistRenderOptions = { lang: 'en', excel: true };
 */
export interface WorklistRenderOptions {
  readonly lang: Lang;
  /** JSON indented by two spaces (the CLI) or on one line (the service). Default true. */
  readonly pretty?: boolean | undefined;
  /** CSV for Dutch Excel: semicolons and a UTF-8 BOM. */
  readonly excel?: boolean | undefined;
  /** DTSTAMP of the calendar (default: now). */
  readonly dtstamp?: Date | undefined;
  /**
   * Asked before each chunk of items (json and ndjson): an interruption ends the item list there
   * and the answer with it (a server made to stop while it writes).
   */
  readonly cutShort?: (() => WorklistInterruption | undefined) | undefined;
}

const WORDS: Readonly<Record<Lang, WorklistWords>> = { nl: worklistNl, en: worklistEn };
const CHUNK = 64 * 1024;
const TABLE_WIDTH = 100;

/**
 * The worklist in `format`, as text chunks of about 64 kB, made as they are read.
 *
 * @example
 * for (const chunk of renderWorklist(answer, 'csv', { lang: 'nl' })) process.stdout.write(chunk);
 */
export function* renderWorklist(answer: WorklistAnswer, format: WorklistFormat, options: WorklistRenderOptions): Generator<string> {
  const lang = options.lang;
  if (answer.groups !== undefined) {
    yield* countsOnly(answer, answer.groups, format, options);
    return;
  }
  const items = answer.items ?? [];
  switch (format) {
    case 'json':
      yield* json(answer, items, options.pretty !== false, options.cutShort);
      return;
    case 'ndjson':
      yield* ndjson(answer, items, options.cutShort);
      return;
    case 'csv':
      yield* csv(items, lang, options.excel === true);
      return;
    case 'ics':
      yield* ics(answer, items, lang, options.dtstamp ?? new Date());
      return;
    case 'html':
      yield* html(answer, items, lang);
      return;
    default:
      yield* table(answer, items, lang);
  }
}

/** The `counts` member: cases, invalid and items, and `found` with a limit. */
function countsOf(answer: WorklistAnswer, listed: number): Record<string, number> {
  return {
    cases: answer.cases,
    invalid: answer.invalid.length,
    items: listed,
    ...(answer.limit === undefined ? {} : { found: answer.found }),
  };
}

function invalidJson(i: WorklistInvalidLine): { line: number; id?: string | number; issues: readonly InputIssue[] } {
  return i.id === undefined ? { line: i.line, issues: i.issues } : { line: i.line, id: i.id, issues: i.issues };
}

/** The members that end an interrupted answer: `interrupted: true`, `afterLine` and `message`. */
function interruptedMembers(end: WorklistInterruption | undefined): Record<string, unknown> {
  if (end === undefined) return {};
  return { interrupted: true, afterLine: end.afterLine, ...(end.message === undefined ? {} : { message: end.message }) };
}

function* json(
  answer: WorklistAnswer,
  items: Iterable<WorkItem> & { length: number },
  pretty: boolean,
  cutShort: WorklistRenderOptions['cutShort'],
): Generator<string> {
  const head = { asOf: answer.asOf, withinDays: answer.withinDays, counts: countsOf(answer, items.length) };
  const invalid = answer.invalid.map(invalidJson);
  let end = answer.interrupted;
  if (!pretty) {
    let out = `${JSON.stringify(head).slice(0, -1)},"items":[`;
    let first = true;
    for (const item of items) {
      out += first ? JSON.stringify(item) : `,${JSON.stringify(item)}`;
      first = false;
      if (out.length >= CHUNK) {
        yield out;
        out = '';
        end ??= cutShort?.();
        if (end !== answer.interrupted) break;
      }
    }
    out += `],"invalid":${JSON.stringify(invalid)}`;
    for (const [k, v] of Object.entries(interruptedMembers(end))) out += `,${JSON.stringify(k)}:${JSON.stringify(v)}`;
    yield `${out}}`;
    return;
  }
  // `JSON.stringify(document, null, 2)`, written member by member and item by item.
  let out = `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "items": [`;
  let first = true;
  for (const item of items) {
    out += `${first ? '' : ','}\n    ${prettyJson(item as unknown as Record<string, unknown>, '    ')}`;
    first = false;
    if (out.length >= CHUNK) {
      yield out;
      out = '';
    }
  }
  out += first ? ']' : '\n  ]';
  out += `,\n  "invalid": ${JSON.stringify(invalid, null, 2).replaceAll('\n', '\n  ')}`;
  for (const [k, v] of Object.entries(interruptedMembers(end))) out += `,\n  ${JSON.stringify(k)}: ${JSON.stringify(v)}`;
  yield `${out}\n}\n`;
}

/**
 * `JSON.stringify(value, null, 2)` of a plain object of JSON values, indented by `pad` (its
 * nested lines): the same text, about five times faster per item than stringify + re-indent.
 */
function prettyJson(value: Record<string, unknown>, pad: string): string {
  let out = '{';
  let first = true;
  for (const key in value) {
    const v = value[key];
    if (v === undefined || typeof v === 'function') continue;
    const text =
      v !== null && typeof v === 'object' && !Array.isArray(v)
        ? prettyJson(v as Record<string, unknown>, `${pad}  `)
        : Array.isArray(v)
          ? JSON.stringify(v, null, 2).replaceAll('\n', `\n${pad}  `)
          : JSON.stringify(v);
    out += `${first ? '' : ','}\n${pad}  ${JSON.stringify(key)}: ${text}`;
    first = false;
  }
  return first ? '{}' : `${out}\n${pad}}`;
}

/** The last line of an interrupted NDJSON answer (the shape of `/v1/batch`'s). */
function interruptedLine(end: WorklistInterruption): string {
  return `${JSON.stringify({ ok: false, ...interruptedMembers(end) })}\n`;
}

function* ndjson(answer: WorklistAnswer, items: Iterable<WorkItem>, cutShort: WorklistRenderOptions['cutShort']): Generator<string> {
  let out = '';
  let end = answer.interrupted;
  for (const item of items) {
    out += `${JSON.stringify(item)}\n`;
    if (out.length >= CHUNK) {
      yield out;
      out = '';
      end ??= cutShort?.();
      if (end !== answer.interrupted) break;
    }
  }
  yield* invalidLines({ ...answer, interrupted: end }, out);
}

/** The `ok: false` line of every invalid input line, then the interruption line, after `out`. */
function* invalidLines(answer: WorklistAnswer, start: string): Generator<string> {
  let out = start;
  for (const i of answer.invalid) {
    out += `${JSON.stringify({ ok: false, ...invalidJson(i) })}\n`;
    if (out.length >= CHUNK) {
      yield out;
      out = '';
    }
  }
  if (answer.interrupted !== undefined) out += interruptedLine(answer.interrupted);
  if (out !== '') yield out;
}

function titleOf(item: WorkItem, lang: Lang): string {
  return milestoneTitle({ id: item.milestoneId, occurrence: item.occurrence, title: item.title }, lang);
}

/** Titles and dates are few and repeat: each made once per answer. */
function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = make(key);
      cache.set(key, v);
    }
    return v;
  };
}

function titles(lang: Lang): (item: WorkItem) => string {
  const byKey = new Map<string, string>();
  return (item) => {
    const key = `${item.milestoneId}|${item.protocolStep ?? ''}|${item.occurrence}`;
    let t = byKey.get(key);
    if (t === undefined) {
      t = titleOf(item, lang);
      byKey.set(key, t);
    }
    return t;
  };
}

function* csv(items: Iterable<WorkItem>, lang: Lang, excel: boolean): Generator<string> {
  const sep = csvSeparator(excel ? 'excel-nl' : 'rfc4180');
  const title = titles(lang);
  let out = (excel ? UTF8_BOM : '') + csvRow(WORKLIST_CSV_COLUMNS, sep);
  for (const i of items) {
    out += csvRow(
      [
        String(i.caseId),
        i.milestoneId,
        i.protocolStep,
        i.occurrence,
        title(i),
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
      ],
      sep,
    );
    if (out.length >= CHUNK) {
      yield out;
      out = '';
    }
  }
  yield out;
}

function cut(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** The closing line: the counts, and with a limit how many of how many are listed. */
function closing(answer: WorklistAnswer, w: WorklistWords, listed: number): string {
  const counts = w.counts(answer.cases, answer.invalid.length, answer.limit === undefined ? listed : answer.found);
  return answer.limit === undefined ? counts : `${counts}; ${w.limited(listed, answer.found)}`;
}

function* table(answer: WorklistAnswer, items: Iterable<WorkItem> & { length: number }, lang: Lang): Generator<string> {
  const w = WORDS[lang];
  const c = w.columns;
  const title = titles(lang);
  // The timeline table's style: weekday and digits (`zo 16-02-2025`, `Su 2025-02-16`).
  const date = memo((d: string) => numericDate(d, lang, true));
  const window = memo((d: string) => w.windowOpens(numericDate(d, lang, false)));
  const actor = memo((a: WorkItem['actor']) => actorLabel(a, lang));
  const status = memo((s: WorkItem['status']) => statusLabel(s, lang));
  const cells = (i: WorkItem): string[] => [
    date(i.date),
    String(i.daysUntilDue),
    i.week === null ? '' : String(i.week),
    String(i.caseId),
    i.trigger === 'window' ? `${title(i)} (${window(i.windowStart ?? i.due)})` : title(i),
    actor(i.actor),
    status(i.status),
    w.consequence[i.consequence],
  ];
  const header = [c.due, c.days, c.week, c.case, c.step, c.actor, c.status, c.consequence];
  // First pass: the width of every column (nothing kept but the widths).
  const widths = header.map((h) => h.length);
  for (const i of items) {
    const row = cells(i);
    for (let k = 0; k < row.length; k++) widths[k] = Math.max(widths[k] ?? 0, (row[k] as string).length);
  }
  // Fit 100 columns (one space between columns): shrink who, the consequence, then the step, each
  // to a floor. A case id is never cut (two ids must stay apart); a very long one widens the table.
  const total = (): number => widths.reduce((x, y) => x + y, 0) + widths.length - 1;
  for (const [k, min] of [
    [5, 14],
    [7, 11],
    [4, 12],
  ] as const) {
    const over = total() - TABLE_WIDTH;
    if (over > 0) widths[k] = Math.max(min, (widths[k] ?? 0) - over);
  }
  const line = (row: readonly string[]): string =>
    row
      .map((cell, k) => {
        const wd = widths[k] ?? 0;
        const text = k === 3 ? cell : cut(cell, wd);
        return k === 1 || k === 2 ? text.padStart(wd) : text.padEnd(wd);
      })
      .join(' ')
      .trimEnd();
  let out = `${w.title}\n${w.range(answer.asOf, answer.withinDays)}\n\n`;
  if (items.length === 0) out += `${w.nothing}\n`;
  else {
    out += `${line(header)}\n`;
    for (const i of items) {
      out += `${line(cells(i))}\n`;
      if (out.length >= CHUNK) {
        yield out;
        out = '';
      }
    }
  }
  yield `${out}\n${closing(answer, w, items.length)}\n`;
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

function* ics(answer: WorklistAnswer, items: Iterable<WorkItem> & { length: number }, lang: Lang, now: Date): Generator<string> {
  const w = WORDS[lang];
  const title = titles(lang);
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
  add(`X-WR-CALDESC:${escapeIcsText(`${w.range(answer.asOf, answer.withinDays)}; ${closing(answer, w, items.length)}`)}`);
  for (const i of items) {
    const on = i.date;
    const summary = `[${String(i.caseId)}] ${title(i)}${i.trigger === 'window' ? ` (${w.windowOpens(on)})` : ''}`;
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
    if (out.length >= CHUNK) {
      yield out;
      out = '';
    }
  }
  add('END:VCALENDAR');
  yield out;
}

const STATUS_CLASS: Readonly<Record<string, string>> = { overdue: 'late', 'due-soon': 'soon', upcoming: 'later', suspended: 'later' };

function* html(answer: WorklistAnswer, items: Iterable<WorkItem> & { length: number }, lang: Lang): Generator<string> {
  const w = WORDS[lang];
  const c = w.columns;
  const title = titles(lang);
  const date = memo((d: string) => escapeXml(readableDate(d, lang)));
  let out = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(w.title)} · ${escapeXml(answer.asOf)}</title>
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
<p>${escapeXml(w.range(answer.asOf, answer.withinDays))}</p>
`;
  if (items.length === 0) out += `<p>${escapeXml(w.nothing)}</p>`;
  else {
    out += `<table>
<thead><tr>${[c.due, c.days, c.week, c.case, c.step, c.actor, c.status, c.consequence].map((h) => `<th scope="col">${escapeXml(h)}</th>`).join('')}</tr></thead>
<tbody>
`;
    let first = true;
    for (const i of items) {
      const step =
        i.trigger === 'window'
          ? `${escapeXml(title(i))} <small>(${escapeXml(w.windowOpens(i.windowStart ?? ''))})</small>`
          : escapeXml(title(i));
      out += `${first ? '' : '\n'}<tr class="${STATUS_CLASS[i.status] ?? ''}"><td><time datetime="${i.date}">${date(i.date)}</time></td><td class="n">${i.daysUntilDue}</td><td class="n">${i.week ?? ''}</td><td>${escapeXml(String(i.caseId))}</td><td>${step}</td><td>${escapeXml(actorLabel(i.actor, lang))}</td><td>${escapeXml(statusLabel(i.status, lang))}</td><td>${escapeXml(w.consequence[i.consequence])}</td></tr>`;
      first = false;
      if (out.length >= CHUNK) {
        yield out;
        out = '';
      }
    }
    out += `
</tbody>
</table>`;
  }
  yield `${out}
<p>${escapeXml(closing(answer, w, items.length))}</p>
</body>
</html>
`;
}

const STEP_TITLES = new Map<string, LocalizedText>(MILESTONE_RULES.map((r) => [r.id, r.title]));
const GROUPS = ['status', 'week', 'actor', 'step'] as const;
const GROUP_KEY = { status: 'byStatus', week: 'byWeek', actor: 'byActor', step: 'byStep' } as const;

function* countsOnly(
  answer: WorklistAnswer,
  groups: WorklistCounts,
  format: WorklistFormat,
  options: WorklistRenderOptions,
): Generator<string> {
  const lang = options.lang;
  const head = { asOf: answer.asOf, withinDays: answer.withinDays, counts: countsOf({ ...answer, limit: undefined }, answer.found) };
  if (format === 'json') {
    const doc: Record<string, unknown> = { ...head, ...groups, invalid: answer.invalid.map(invalidJson) };
    Object.assign(doc, interruptedMembers(answer.interrupted));
    yield options.pretty === false ? JSON.stringify(doc) : `${JSON.stringify(doc, null, 2)}\n`;
    return;
  }
  if (format === 'ndjson') {
    let out = '';
    for (const g of GROUPS)
      for (const [key, count] of Object.entries(groups[GROUP_KEY[g]])) out += `${JSON.stringify({ group: g, key, count })}\n`;
    yield* invalidLines(answer, out);
    return;
  }
  if (format === 'csv') {
    const sep = csvSeparator(options.excel === true ? 'excel-nl' : 'rfc4180');
    let out = (options.excel === true ? UTF8_BOM : '') + csvRow(['group', 'key', 'count'], sep);
    for (const g of GROUPS) for (const [key, count] of Object.entries(groups[GROUP_KEY[g]])) out += csvRow([g, key, count], sep);
    yield out;
    return;
  }
  // table
  const w = WORDS[lang];
  const label = (g: (typeof GROUPS)[number], key: string): string =>
    g === 'status'
      ? statusLabel(key as WorkItem['status'], lang)
      : g === 'actor'
        ? actorLabel(key as WorkItem['actor'], lang)
        : g === 'step'
          ? (STEP_TITLES.get(key)?.[lang] ?? key)
          : key;
  let out = `${w.title}\n${w.range(answer.asOf, answer.withinDays)}\n`;
  for (const g of GROUPS) {
    const rows = Object.entries(groups[GROUP_KEY[g]]).map(([key, count]) => [label(g, key), String(count)] as const);
    const wl = Math.max(0, ...rows.map((r) => r[0].length));
    const wc = Math.max(0, ...rows.map((r) => r[1].length));
    out += `\n${w.groups[g]}\n`;
    for (const [l, n] of rows) out += `  ${l.padEnd(wl)}  ${n.padStart(wc)}\n`;
  }
  yield `${out}\n${w.counts(answer.cases, answer.invalid.length, answer.found)}\n`;
}
