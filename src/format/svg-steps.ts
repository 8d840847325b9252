/**
 * The geometry of the picture's lower part: a row per step with its name, a marker per milestone
 * (its window, overdue span, strict legal latest and completion), the lines of the end of the
 * wachttijd and the peildatum, and the legend. Part of {@link pictureModel} (./svg-model.ts).
 *
 * @module
 */
import { timelineDay as dayOf } from '../engine/case-weeks.js';
import { CATALOGUES, milestoneName } from '../i18n/index.js';
import type { CaseTimeline, IsoDate, MilestoneId, MilestoneStatus } from '../types.js';
import { formatEpochDay, formatReportDate, milestoneLabel, STATUS_LABELS } from './report-common.js';
import { AXIS_Y, FIRST_ROW_Y, type Frame, LABEL_W, PLOT_W, PLOT_X, ROW_H, r1, WIDTH } from './svg-layout.js';

/** A row of steps: striped or not, with the step's name left of the plot on one or two lines. */
export interface RowModel {
  readonly top: number;
  readonly striped: boolean;
  readonly label: {
    readonly x: number;
    readonly y: number;
    /** One line at 11 units, or two at 9.5. */
    readonly lines: readonly [string] | readonly [string, string];
    /** The whole name, when the two lines shortened it. */
    readonly title: string | null;
  };
}

/** A milestone's marker at its due date, with what is drawn around it. */
export interface Marker {
  readonly id: MilestoneId;
  readonly occurrence: number;
  readonly status: MilestoneStatus;
  readonly due: IsoDate;
  readonly week: number;
  readonly x: number;
  readonly y: number;
  /** Its text alternative: step, due date and week, status, completion, window. */
  readonly alt: string;
  /** The window from its start to the due date. */
  readonly window: { readonly x: number; readonly width: number } | null;
  /** From the due date to the peildatum, when overdue. */
  readonly overdueSpan: { readonly width: number } | null;
  readonly legalLatest: { readonly x: number } | null;
  readonly completed: { readonly x: number; readonly late: boolean } | null;
  /** The occurrence shown above a repeated step. */
  readonly number: number | null;
}

/** The line at the end of the wachttijd and the peildatum with its date. */
export interface LinesModel {
  readonly wachttijdEnd: { readonly x: number; readonly y1: number; readonly y2: number } | null;
  readonly asOf: {
    readonly date: IsoDate;
    readonly x: number;
    readonly y1: number;
    readonly y2: number;
    readonly text: { readonly y: number; readonly anchor: 'start' | 'middle' | 'end'; readonly text: string };
  };
}

/** What a legend entry shows: a status's marker or a band's texture or line. */
export type LegendSymbol =
  | MilestoneStatus
  | 'window'
  | 'legal-latest'
  | 'completed'
  | 'overdue-span'
  | 'sick'
  | 'sick-assumed'
  | 'fit-gap'
  | 'leave'
  | 'previous-case'
  | 'extension'
  | 'loonsanctie'
  | 'no-wage'
  | 'as-of'
  | 'wachttijd-end';

/** The legend below the chart, four entries a line. */
export interface LegendModel {
  /** The legend's name, for assistive technology. */
  readonly label: string;
  readonly top: number;
  /** The height of the whole picture, the legend included. */
  readonly height: number;
  readonly items: readonly {
    readonly symbol: LegendSymbol;
    readonly cx: number;
    readonly cy: number;
    readonly text: string;
    readonly textX: number;
  }[];
}

const STATUS_ORDER: readonly MilestoneStatus[] = ['done', 'done-late', 'overdue', 'due-soon', 'upcoming', 'suspended', 'not-applicable'];

/** Characters of a row label that fit the room left of the plot at 11 units (a wide sans-serif: 0.6 em each). */
const LABEL_CHARS = Math.floor((LABEL_W - 14) / (11 * 0.6));
/** The same at 9.5 units, for a label on two lines. */
const LABEL_CHARS_SMALL = Math.floor((LABEL_W - 14) / (9.5 * 0.6));

/** One row per step that occurs, in the order of the rule table. */
export function rows(f: Frame, timeline: CaseTimeline): RowModel[] {
  return f.rows.map((id, i) => {
    const top = FIRST_ROW_Y + i * ROW_H;
    const first = timeline.milestones.find((m) => m.id === id);
    const name = first?.title?.[f.lang] ?? milestoneName(id, f.lang);
    return { top, striped: i % 2 === 0, label: rowLabel(name, PLOT_X - 8, top) };
  });
}

/**
 * A step's name left of its row, ending 8 units before the plot: on one line when it fits, else
 * on two lines at a smaller size, broken at the space that balances them best. A name longer than
 * two lines hold (a long verzuimprotocol title) keeps what fits and ends in '…', with the whole
 * name as its tooltip.
 */
function rowLabel(full: string, right: number, top: number): RowModel['label'] {
  if (full.length <= LABEL_CHARS) return { x: right, y: top + ROW_H / 2 + 4, lines: [full], title: null };
  const words = full.split(' ');
  let best: [string, string] | null = null;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join(' ');
    const b = words.slice(i).join(' ');
    if (a.length > LABEL_CHARS_SMALL || b.length > LABEL_CHARS_SMALL) continue;
    if (best === null || Math.max(a.length, b.length) < Math.max(best[0].length, best[1].length)) best = [a, b];
  }
  if (best === null) {
    const cut = `${full.slice(0, 2 * LABEL_CHARS_SMALL - 1)}`;
    const at = cut.lastIndexOf(' ', LABEL_CHARS_SMALL);
    const a = at > 0 ? cut.slice(0, at) : cut.slice(0, LABEL_CHARS_SMALL);
    const rest = cut.slice(a.length).trim();
    best = [a, `${rest.slice(0, LABEL_CHARS_SMALL - 1).trimEnd()}…`];
  }
  const [a, b] = best;
  return { x: right, y: top + 9, lines: [a, b], title: `${a} ${b}` !== full ? full : null };
}

/** A marker per milestone with a due date, in the order of the due dates. */
export function markers(f: Frame, timeline: CaseTimeline): Marker[] {
  const sorted = [...timeline.milestones].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  const out: Marker[] = [];
  for (const m of sorted) {
    const due = dayOf(m.due);
    if (Number.isNaN(due)) continue;
    const cx = f.x(due);
    const ws = m.windowStart === null ? Number.NaN : dayOf(m.windowStart);
    const until = Math.min(f.asOf, f.end);
    const ll = m.legalLatest === null ? Number.NaN : dayOf(m.legalLatest);
    const done = m.completedOn === null ? Number.NaN : dayOf(m.completedOn);
    out.push({
      id: m.id,
      occurrence: m.occurrence,
      status: m.status,
      due: m.due,
      week: m.week,
      x: cx,
      y: FIRST_ROW_Y + f.rows.indexOf(m.id) * ROW_H + ROW_H / 2,
      alt: markerAlt(f, m, due),
      window: !Number.isNaN(ws) && ws < due ? { x: f.x(ws), width: r1(cx - f.x(ws)) } : null,
      overdueSpan: m.status === 'overdue' && until > due ? { width: r1(f.x(until) - cx) } : null,
      legalLatest: !Number.isNaN(ll) && ll !== due ? { x: f.x(ll) } : null,
      completed: Number.isNaN(done) ? null : { x: f.x(done), late: m.status === 'done-late' },
      number: m.id === 'evaluatie' || m.occurrence > 1 ? m.occurrence : null,
    });
  }
  return out;
}

function markerAlt(f: Frame, m: CaseTimeline['milestones'][number], due: number): string {
  const { words, lang } = f;
  return [
    milestoneLabel(m, lang),
    `${words.due} ${formatEpochDay(due, lang, 'd MMM yyyy')} (${words.weekLong} ${m.week})`,
    CATALOGUES[lang].stepStatus[m.id]?.[m.status] ?? STATUS_LABELS[m.status][lang],
    m.completedOn === null ? '' : `${m.actor === 'uwv' ? words.receivedOn : words.doneOn} ${formatReportDate(m.completedOn, lang)}`,
    m.windowStart === null ? '' : `${words.windowFrom} ${formatReportDate(m.windowStart, lang)}`,
  ]
    .filter((s) => s !== '')
    .join(' — ');
}

/** The end of the wachttijd (when on the axis) and the peildatum (at the axis's end when far off). */
export function linesModel(f: Frame, timeline: CaseTimeline): LinesModel {
  const { lastDay, end, asOf, asOfInRange, chartBottom } = f;
  const ax = f.x(asOfInRange ? asOf : end);
  return {
    wachttijdEnd: !Number.isNaN(lastDay) && lastDay <= end ? { x: f.x(lastDay + 1), y1: AXIS_Y, y2: chartBottom } : null,
    asOf: {
      date: timeline.asOf,
      x: ax,
      y1: AXIS_Y - 2,
      y2: chartBottom + 4,
      text: {
        y: chartBottom + 16,
        anchor: ax > PLOT_X + PLOT_W - 90 ? 'end' : ax < PLOT_X + 90 ? 'start' : 'middle',
        text: `${f.words.asOf} ${formatEpochDay(asOf, f.lang, 'd MMM yyyy')}${asOfInRange ? '' : ' →'}`,
      },
    },
  };
}

/** Every shape and texture of the picture with its words. */
export function legendModel(f: Frame): LegendModel {
  const { words, lang } = f;
  const previous: [LegendSymbol, string][] = f.earlier.length === 0 ? [] : [['previous-case', words.previousCase]];
  const entries: [LegendSymbol, string][] = [
    ...STATUS_ORDER.map((s): [LegendSymbol, string] => [s, STATUS_LABELS[s][lang]]),
    ['window', words.window],
    ['legal-latest', words.legalLatest],
    ['completed', words.completed],
    ['overdue-span', words.overdueSpan],
    ['sick', words.sick],
    ['sick-assumed', words.sickAssumed],
    ['fit-gap', words.fitGap],
    ['leave', words.leave],
    ...previous,
    ['extension', words.extended],
    ['loonsanctie', words.loonsanctie],
    ['no-wage', words.noWage],
    ['as-of', words.asOf],
    ['wachttijd-end', words.wachttijdEnd],
  ];
  const top = f.chartBottom + 30;
  const colW = (WIDTH - 16) / 4;
  const items = entries.map(([symbol, text], i) => {
    const cx = 20 + (i % 4) * colW;
    return { symbol, cx, cy: top + 14 + Math.floor(i / 4) * 20, text, textX: r1(cx + 16) };
  });
  return { label: words.legend, top, height: top + 14 + Math.ceil(entries.length / 4) * 20, items };
}
