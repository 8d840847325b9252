/**
 * `poortwachter timeline` (and `report`, its HTML alias): one case, rendered as a table, JSON,
 * CSV, iCalendar or HTML.
 *
 * @module
 */
import { safeEvaluateCase } from '../case/parse.js';
import { renderCsv } from '../format/csv.js';
import { renderIcs } from '../format/ics.js';
import { summarizeTimeline } from '../format/summary.js';
import { renderTable } from '../format/table.js';
import { explain, flagMessage, type Lang } from '../i18n/index.js';
import type { CaseEvent, CaseTimeline, Flag, Milestone } from '../types.js';
import { choice, dateOption, FAIL_ON, type FailOn, LANGS, parseCommandArgs } from './args.js';
import { helpText } from './help.js';
import { CliError, type CliIo, parseJson, readSource, todayInAmsterdam, useColor } from './io.js';

/**
 * The `--format` values of `timeline`.
 *
 * @example
 * choice('timeline', 'format', 'ics', TIMELINE_FORMATS, 'table') //=> 'ics'
 */
export const TIMELINE_FORMATS = ['table', 'json', 'csv', 'ics', 'html'] as const;

/**
 * A `--format` value of `timeline`.
 *
 * @example
 * const format: TimelineFormat = 'csv';
 */
export type TimelineFormat = (typeof TIMELINE_FORMATS)[number];

const OPTIONS = {
  'first-sick-day': { type: 'string' },
  case: { type: 'string' },
  'as-of': { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  id: { type: 'string' },
  'fail-on': { type: 'string' },
  excel: { type: 'boolean' },
  wide: { type: 'boolean' },
  explain: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Whether a timeline trips `--fail-on`: a legal step overdue, or (with `late`) also one done late.
 *
 * @example
 * failsOn(summarizeTimeline(timeline), 'overdue') //=> true when a legal step is overdue
 */
export function failsOn(
  summary: { readonly overdue: readonly unknown[]; readonly doneLate: readonly unknown[] },
  failOn: FailOn | undefined,
): boolean {
  if (failOn === undefined) return false;
  return summary.overdue.length > 0 || (failOn === 'late' && summary.doneLate.length > 0);
}

/**
 * Runs `poortwachter timeline` (or `report`, which fixes the format to html) and returns the exit code.
 *
 * @example
 * await runTimeline(['--first-sick-day', '2025-01-06', '--as-of', '2025-03-10', '--format', 'json'], io) //=> 0
 */
export async function runTimeline(args: readonly string[], io: CliIo, command: 'timeline' | 'report' = 'timeline'): Promise<number> {
  const { values } = parseCommandArgs(command, args, OPTIONS, 0);
  const lang: Lang = choice(command, 'lang', values.lang, LANGS, 'nl');
  if (values.help === true) {
    io.stdout.write(helpText(command, lang));
    return 0;
  }
  const defaultFormat: TimelineFormat = command === 'report' ? 'html' : io.stdout.isTTY === true ? 'table' : 'json';
  const format = choice(command, 'format', values.format, command === 'report' ? (['html'] as const) : TIMELINE_FORMATS, defaultFormat);
  const failOn = choice(command, 'fail-on', values['fail-on'], FAIL_ON, undefined);
  const asOf = dateOption(command, 'as-of', values['as-of']) ?? todayInAmsterdam();
  const firstSickDay = dateOption(command, 'first-sick-day', values['first-sick-day']);
  const casePath = values.case as string | undefined;
  if (firstSickDay === undefined && casePath === undefined) {
    throw new CliError((m) => [`poortwachter ${command}: ${m.needCase} ${m.seeHelp(command)}`]);
  }

  let input: unknown = { firstSickDay };
  let source = '--first-sick-day';
  if (casePath !== undefined) {
    const { name, text } = await readSource(casePath, io);
    source = name;
    const json = parseJson(text);
    if (!json.ok) {
      const at = json.at;
      throw new CliError((m) => [`${name}: ${m.notJson(at)}`]);
    }
    input = json.value;
    if (firstSickDay !== undefined && typeof input === 'object' && input !== null && !Array.isArray(input)) {
      const own = (input as { firstSickDay?: unknown }).firstSickDay;
      if (own === undefined) input = { ...input, firstSickDay };
      else if (own !== firstSickDay) {
        throw new CliError((m) => [`${name}: ${m.firstSickDayDiffers(String(own), firstSickDay)}`]);
      }
    }
  }

  // The derivations are built only where they are shown: the report and the calendar explain each
  // step, JSON on request (--explain); the table and CSV show the facts.
  const explainSteps = format === 'html' || format === 'ics' || values.explain === true;
  const result = safeEvaluateCase(input, { asOf, explain: explainSteps });
  if (!result.success) {
    const issues = result.issues;
    throw new CliError(() => issues.map((i) => `${source}: ${i.message[lang]}`));
  }
  const timeline = result.data;
  // Before day 1 there is nothing to count: the library says so in a flag, the CLI refuses (exit 2).
  const early = timeline.flags.find((f) => f.code === 'AS_OF_BEFORE_FIRST_SICK_DAY');
  if (early !== undefined) throw new CliError(() => [`poortwachter ${command}: ${flagMessage(early, lang, { dates: 'iso' })}`]);
  const caseId =
    (values.id as string | undefined) ??
    (typeof input === 'object' && input !== null ? ((input as { id?: string | number }).id ?? undefined) : undefined);

  io.stdout.write(
    format === 'html'
      ? await renderHtml(timeline, lang, caseId, events(input))
      : render(timeline, format, lang, io, caseId, values.excel === true, values.wide === true),
  );
  return failsOn(summarizeTimeline(timeline), failOn) ? 1 : 0;
}

/** The HTML report, loaded on demand: its SVG timeline pulls in all of date-fns, which slows every other command's start. */
async function renderHtml(
  timeline: CaseTimeline,
  lang: Lang,
  caseId: string | number | undefined,
  caseEvents: readonly CaseEvent[] | undefined,
): Promise<string> {
  const { renderHtmlReport } = await import('../format/html.js');
  return renderHtmlReport(timeline, { lang, caseId, events: caseEvents });
}

/** The events of a case that passed validation (for the report's leave bands and notes). */
const events = (input: unknown): readonly CaseEvent[] | undefined => (input as { events?: readonly CaseEvent[] }).events;

function render(
  timeline: CaseTimeline,
  format: TimelineFormat,
  lang: Lang,
  io: CliIo,
  caseId: string | number | undefined,
  excel: boolean,
  wide: boolean,
): string {
  switch (format) {
    case 'table':
      return renderTable(timeline, { lang, color: useColor(io), wide });
    case 'json':
      return `${JSON.stringify(withWords(timeline, lang), null, 2)}\n`;
    case 'csv':
      return renderCsv(timeline, { lang, dialect: excel ? 'excel-nl' : 'rfc4180' });
    case 'ics':
      return renderIcs(timeline, { lang, caseId, dtstamp: new Date() });
    case 'html':
      throw new Error('html is rendered by renderHtml');
    default:
      return format satisfies never;
  }
}

/**
 * The timeline as `--format json` prints it: the engine's object, and behind each flag's own fields
 * its `message` in `lang`; behind each milestone that carries a `derivation` (`--explain`) the
 * rendered `explanation` (lines). Dates ISO.
 *
 * @example
 * withWords(explainedTimeline, 'nl').milestones[0].explanation //=> ['Ziektedag 7 (week 1) = eerste ziektedag 2025-01-06 + 6 dagen = 2025-01-12']
 * withWords(timeline, 'nl').milestones[0].explanation //=> undefined
 */
export function withWords(
  timeline: CaseTimeline,
  lang: Lang,
): Omit<CaseTimeline, 'milestones' | 'flags'> & {
  readonly milestones: readonly (Milestone & { readonly explanation?: readonly string[] })[];
  readonly flags: readonly (Flag & { readonly message: string })[];
} {
  return {
    ...timeline,
    milestones:
      timeline.milestones[0]?.derivation === undefined
        ? timeline.milestones
        : timeline.milestones.map((m) => ({ ...m, explanation: explain(m, lang, { dates: 'iso' }) })),
    flags: timeline.flags.map((f) => ({ ...f, message: flagMessage(f, lang, { dates: 'iso' }) })),
  };
}
