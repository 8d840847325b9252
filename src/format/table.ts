/**
 * The timeline as an aligned text table for a terminal: week of sickness, due date with the Dutch
 * (or English) weekday, step, who acts, status and the day it was done, then the findings.
 *
 * By default every line fits `TABLE_WIDTH` (100) columns (a terminal of 100 columns does not wrap
 * it): dates in digits, the window start on a line of its own under the step, long step names and
 * actors wrapped at word boundaries inside their column, findings wrapped with a hanging indent.
 * Nothing is cut off. `wide: true` gives the one-line-per-step form with a window column and dates
 * with month names (145–230 columns).
 *
 * @module
 */
import type { CaseTimeline, Flag, Milestone, MilestoneStatus } from '../types.js';
import {
  actorLabel,
  CATALOGUES,
  caseStatusLabel,
  flagMessage,
  kindLabel,
  type Lang,
  milestoneStatusLabel,
  milestoneTitle,
  numericDate,
  readableDate,
  severityLabel,
} from './labels.js';

/**
 * Options of {@link renderTable}.
 *
 * @example
 * renderTable(timeline, { lang: 'en', color: process.stdout.isTTY })
 */
export interface RenderTableOptions {
  /** Language of headings, labels and dates. Default `nl`. */
  readonly lang?: Lang | undefined;
  /** Colour the status with ANSI escapes (the CLI turns this on for a TTY without `NO_COLOR`). Default false. */
  readonly color?: boolean | undefined;
  /**
   * One line per step, with a window column and dates with month names, however wide that is
   * (145–230 columns). Default false: every line fits `TABLE_WIDTH` (100) columns.
   */
  readonly wide?: boolean | undefined;
}

/** The most columns a line of the default (not `wide`) table takes. */
export const TABLE_WIDTH = 100;

const ANSI: Readonly<Record<MilestoneStatus, string>> = {
  done: '\u001b[32m',
  'done-late': '\u001b[33m',
  overdue: '\u001b[1;31m',
  'due-soon': '\u001b[1;33m',
  upcoming: '',
  suspended: '\u001b[2m',
  'not-applicable': '\u001b[2m',
};
const RESET = '\u001b[0m';
const BOLD = '\u001b[1m';

/** A mark per severity besides its word, so that findings read apart without colour. */
const SEVERITY_MARK: Readonly<Record<Flag['severity'], string>> = { error: '!!', warning: ' !', info: ' i' };
const SEVERITY_ANSI: Readonly<Record<Flag['severity'], string>> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[2m' };

/**
 * Renders a timeline as an aligned table with a header (case status, week, wachttijd) and the
 * findings below. Advice and info steps are marked as such after their title. Every line fits
 * `TABLE_WIDTH` (100) columns unless `wide` is set. Ends with a newline.
 *
 * @example
 * renderTable(evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10' }), { lang: 'nl' })
 * //=> 'Poortwachter · eerste ziektedag ma 6 jan. 2025 · peildatum ma 10 mrt. 2025\n…'
 */
export function renderTable(timeline: CaseTimeline, options: RenderTableOptions = {}): string {
  const lang: Lang = options.lang === 'en' ? 'en' : 'nl';
  const color = options.color === true;
  const wide = options.wide === true;
  const t = CATALOGUES[lang].table;
  const paint = (code: string, text: string): string => (color && code !== '' ? `${code}${text}${RESET}` : text);
  const fitLines = (line: string, indent: number, firstIndent = 0): string[] =>
    wide ? [line] : wrapWords(line, TABLE_WIDTH, indent, firstIndent);

  const out: string[] = [];
  const heading = `${t.heading} · ${t.firstSickDay} ${readableDate(timeline.firstSickDay, lang)} · ${t.asOf} ${readableDate(timeline.asOf, lang)}`;
  for (const l of fitLines(heading, 0)) out.push(paint(BOLD, l));
  const facts = [
    `${caseStatusLabel(timeline.status, lang)}, ${t.week} ${timeline.currentWeek} (${timeline.countedSickDays} ${t.countedDays})`,
    `${t.lastDay} ${readableDate(timeline.wachttijd.lastDay, lang)}`,
    `${t.wiaStart} ${readableDate(timeline.wachttijd.wiaStart, lang)}`,
    `${t.wageEnd} ${readableDate(timeline.wageObligationEnd, lang)}`,
  ];
  out.push(...(wide ? [facts.join(' · ')] : joinFitting(facts, ' · ', TABLE_WIDTH)));
  out.push('');

  out.push(...(wide ? wideRows(timeline, lang, paint) : narrowRows(timeline, lang, paint)));
  out.push('');

  out.push(paint(BOLD, t.flags));
  if (timeline.flags.length === 0) out.push(`  ${t.none}`);
  for (const f of timeline.flags) {
    const text = `${severityLabel(f.severity, lang)}: ${flagMessage(f, lang)}`;
    // After '  !! ' (5 columns); continuation lines start under the severity word.
    const [first = '', ...rest] = fitLines(text, 5, 5);
    out.push(`  ${paint(SEVERITY_ANSI[f.severity], SEVERITY_MARK[f.severity])} ${first}`, ...rest);
  }
  return `${out.join('\n')}\n`;
}

type Paint = (code: string, text: string) => string;

const stepName = (m: Milestone, lang: Lang): string =>
  m.kind === 'legal' ? milestoneTitle(m, lang) : `${milestoneTitle(m, lang)} (${kindLabel(m.kind, lang)})`;

/** A non-breaking space: {@link wrapWords} never breaks a line there, and prints a plain space. */
const NBSP = '\u00A0';

/** {@link stepName} with the occurrence bound to the word before it: "aanpak 14" never wraps apart. */
const wrappedStepName = (m: Milestone, lang: Lang): string => {
  const title = milestoneTitle(m, lang);
  const bound = title.endsWith(` ${m.occurrence}`) ? `${title.slice(0, -String(m.occurrence).length - 1)}${NBSP}${m.occurrence}` : title;
  return m.kind === 'legal' ? bound : `${bound} (${kindLabel(m.kind, lang)})`;
};

/** The one-line-per-step rows (`wide`), header first. */
function wideRows(timeline: CaseTimeline, lang: Lang, paint: Paint): string[] {
  const t = CATALOGUES[lang].table;
  const rows: { cells: string[]; status: MilestoneStatus }[] = timeline.milestones.map((m) => ({
    status: m.status,
    cells: [
      String(m.week),
      m.windowStart === null ? '' : readableDate(m.windowStart, lang),
      readableDate(m.due, lang),
      stepName(m, lang),
      actorLabel(m.actor, lang),
      milestoneStatusLabel(m, lang),
      m.completedOn === null ? '' : readableDate(m.completedOn, lang),
    ],
  }));
  const header = [...t.columns];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r.cells[i] ?? '').length)));
  const STATUS_COL = 5;
  const line = (cells: readonly string[], status: MilestoneStatus | null): string =>
    cells
      .map((c, i) => {
        const padded = i === 0 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0);
        return i === STATUS_COL && status !== null ? paint(ANSI[status], padded) : padded;
      })
      .join('  ')
      .trimEnd();
  return [paint(BOLD, line(header, null)), ...rows.map((r) => line(r.cells, r.status))];
}

/**
 * The rows within {@link TABLE_WIDTH}: week, due date (weekday and digits), step (its window start
 * on a line below), who, status, done on (digits). Step and who share what the other columns
 * leave, split so that the fewest lines wrap.
 */
function narrowRows(timeline: CaseTimeline, lang: Lang, paint: Paint): string[] {
  const t = CATALOGUES[lang].table;
  const header = [t.columns[0], t.columns[2], t.columns[3], t.columns[4], t.columns[5], t.columns[6]];
  const rows = timeline.milestones.map((m) => ({
    status: m.status,
    week: String(m.week),
    due: numericDate(m.due, lang, true),
    step: wrappedStepName(m, lang),
    window: m.windowStart === null ? null : `${t.from} ${numericDate(m.windowStart, lang, true)}`,
    who: actorLabel(m.actor, lang),
    state: milestoneStatusLabel(m, lang),
    done: m.completedOn === null ? '' : numericDate(m.completedOn, lang, false),
  }));
  const width = (i: number, cells: readonly string[]): number => Math.max(displayWidth(header[i] ?? ''), ...cells.map(displayWidth));
  const wWeek = width(
    0,
    rows.map((r) => r.week),
  );
  const wDue = width(
    1,
    rows.map((r) => r.due),
  );
  const wState = width(
    4,
    rows.map((r) => r.state),
  );
  const wDone = width(
    5,
    rows.map((r) => r.done),
  );
  const GAP = 2;
  const budget = TABLE_WIDTH - (wWeek + wDue + wState + wDone + 5 * GAP);
  const stepTexts = rows.flatMap((r) => (r.window === null ? [r.step] : [r.step, r.window]));
  const whoTexts = rows.map((r) => r.who);
  const count = new Map<string, number>();
  const linesOf = (text: string, w: number): number => {
    const key = `${w} ${text}`;
    let n = count.get(key);
    if (n === undefined) count.set(key, (n = wrapWords(text, w, 0).length));
    return n;
  };
  const [wStep, wWho] = split(budget, width(2, stepTexts), width(3, whoTexts), (s, w) =>
    rows.reduce((n, r) => n + Math.max(linesOf(r.step, s) + (r.window === null ? 0 : linesOf(r.window, s)), linesOf(r.who, w)), 0),
  );

  const line = (cells: readonly string[], status: MilestoneStatus | null): string =>
    cells
      .map((c, i) => {
        const w = [wWeek, wDue, wStep, wWho, wState, wDone][i] ?? 0;
        const padded = i === 0 ? padStart(c, w) : padEnd(c, w);
        return i === 4 && status !== null && c !== '' ? paint(ANSI[status], padded) : padded;
      })
      .join(' '.repeat(GAP))
      .trimEnd();
  const out = [paint(BOLD, line(header.map(String), null))];
  for (const r of rows) {
    const step = [...wrapWords(r.step, wStep, 0), ...(r.window === null ? [] : wrapWords(r.window, wStep, 0))];
    const who = wrapWords(r.who, wWho, 0);
    const height = Math.max(step.length, who.length);
    for (let i = 0; i < height; i++) {
      out.push(
        i === 0
          ? line([r.week, r.due, step[0] ?? '', who[0] ?? '', r.state, r.done], r.status)
          : line(['', '', step[i] ?? '', who[i] ?? '', '', ''], null),
      );
    }
  }
  return out;
}

/**
 * Splits `budget` columns between two columns whose texts want `a` and `b`: both whole when they fit,
 * else the split with the fewest lines (`lines(wa, wb)`), the first column widest among equals.
 */
function split(budget: number, a: number, b: number, lines: (wa: number, wb: number) => number): [number, number] {
  if (a + b <= budget) return [a, b];
  let best: [number, number] = [Math.max(1, budget - b), b];
  let fewest = Number.POSITIVE_INFINITY;
  for (let wb = Math.min(b, budget - 1); wb >= 1; wb--) {
    const wa = Math.min(a, budget - wb);
    const n = lines(wa, wb);
    if (n < fewest) {
      fewest = n;
      best = [wa, wb];
    }
  }
  return best;
}

/**
 * The columns a text takes on a terminal: one per character, none for ANSI colour escapes and
 * combining marks, two for East Asian wide characters. The status marks (▲, ✓) take one.
 *
 * @example
 * displayWidth('\u001b[32mgedaan\u001b[0m') //=> 6
 * displayWidth('▲ te laat') //=> 9
 */
export function displayWidth(text: string): number {
  // Most text is Latin letters and punctuation: one column each.
  if (/^[\u0020-\u007e\u00a0-\u02ff\u2010-\u2027]*$/.test(text)) return text.length;
  let n = 0;
  for (const ch of text.replace(/\u001b\[[0-9;]*m/g, '')) {
    if (/\p{M}|\u200b|\u200d|\ufe0f/u.test(ch)) continue;
    n +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u.test(
        ch,
      )
        ? 2
        : 1;
  }
  return n;
}

const padEnd = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - displayWidth(s)));
const padStart = (s: string, w: number): string => ' '.repeat(Math.max(0, w - displayWidth(s))) + s;

/**
 * Wraps a text at spaces into lines of at most `width` columns; continuation lines are indented by
 * `indent` spaces, and the first line leaves room for `firstIndent` columns put before it by the
 * caller. A word longer than a line is broken inside, so that no line is ever wider. A
 * non-breaking space (U+00A0) keeps its two words on one line, and comes out as a plain space.
 *
 * @example
 * wrapWords('Evaluatie plan van aanpak 16', 20, 0) //=> ['Evaluatie plan van', 'aanpak 16']
 * wrapWords('Evaluatie plan van aanpak\u00A014', 25, 0) //=> ['Evaluatie plan van', 'aanpak 14']
 */
export function wrapWords(text: string, width: number, indent: number, firstIndent = 0): string[] {
  if (displayWidth(text) + firstIndent <= width) return [text.replaceAll(NBSP, ' ')];
  const lines: string[] = [];
  let current = '';
  const room = (): number => width - (lines.length === 0 ? firstIndent : indent);
  const flush = (): void => {
    lines.push((lines.length === 0 ? '' : ' '.repeat(indent)) + current);
    current = '';
  };
  for (const word of text.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (displayWidth(candidate) <= room()) {
      current = candidate;
      continue;
    }
    if (current !== '') flush();
    let rest = word;
    while (displayWidth(rest) > room() && room() > 0) {
      const chars = [...rest];
      let take = 0;
      let w = 0;
      while (take < chars.length && w + displayWidth(chars[take] ?? '') <= room()) w += displayWidth(chars[take++] ?? '');
      current = chars.slice(0, Math.max(1, take)).join('');
      flush();
      rest = chars.slice(Math.max(1, take)).join('');
    }
    current = rest;
  }
  if (current !== '' || lines.length === 0) flush();
  return lines.map((l) => l.replaceAll(NBSP, ' '));
}

/** Joins parts with `sep` into lines of at most `width` columns, breaking only between parts. */
function joinFitting(parts: readonly string[], sep: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const part of parts) {
    const candidate = current === '' ? part : `${current}${sep}${part}`;
    if (current !== '' && displayWidth(candidate) > width) {
      lines.push(current);
      current = part;
    } else current = candidate;
  }
  if (current !== '') lines.push(current);
  return lines.flatMap((l) => wrapWords(l, width, 2));
}
