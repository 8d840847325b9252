/**
 * The geometry of the timeline picture: a {@link CaseTimeline} turned into boxes, lines, markers and
 * labels with their coordinates and words, and nothing drawn yet (./svg-serialise.ts writes the SVG).
 *
 * The calendar runs left to right, in user units of the viewBox. The sick periods, the leave and
 * the weeks of sickness come from the engine ({@link caseWeeks}); the words from the catalogue.
 * Pure: no DOM, no clock.
 *
 * @module
 */
import { civilFromDays, daysFromCivil } from '../calendar/isoDate.js';
import { type CaseWeeks, caseWeeks, timelineDay as dayOf } from '../engine/case-weeks.js';
import { CATALOGUES } from '../i18n/index.js';
import { MILESTONE_RULES } from '../law/milestones.js';
import type { CaseEvent, CaseTimeline, IsoDate, Milestone, MilestoneId } from '../types.js';
import { formatEpochDay, formatReportDate, milestoneLabel, type ReportLang } from './report-common.js';
import { type EarlierCase, FIRST_ROW_Y, type Frame, PERIOD_Y, PLOT_W, PLOT_X, ROW_H, r1, WACHT_Y, WIDTH } from './svg-layout.js';
import { type LegendModel, type LinesModel, legendModel, linesModel, type Marker, markers, type RowModel, rows } from './svg-steps.js';

/** One row per step, in the order of the process: the order of the rule table. */
const ROW_ORDER: readonly MilestoneId[] = MILESTONE_RULES.map((r) => r.id);

/** A box with a tooltip: a sick period, a fit gap, leave, an earlier case's period. */
export interface Box {
  readonly kind: 'sick' | 'sick-assumed' | 'fit-gap' | 'leave' | 'previous-period';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly title: string;
}

/** A phase of the wachttijd row, with its words inside when they fit. */
export interface Phase {
  readonly kind: 'wachttijd' | 'extension' | 'no-wage' | 'late-application' | 'loonsanctie';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly label: { readonly x: number; readonly y: number; readonly text: string } | null;
}

/** The calendar axis: month ticks (with the year at January and the first month), week ticks. */
export interface AxisModel {
  readonly title: string;
  readonly months: readonly {
    readonly x: number;
    readonly year: { readonly x: number; readonly text: string } | null;
    readonly label: { readonly x: number; readonly text: string } | null;
  }[];
  /** Week ticks; a major one (week 1, 13, 26 …) has a label and runs down to `chartBottom`. */
  readonly weeks: readonly { readonly x: number; readonly label: { readonly x: number; readonly text: string } | null }[];
}

/** The whole picture. */
export interface PictureModel {
  readonly idPrefix: string;
  readonly height: number;
  readonly title: string;
  readonly desc: string;
  readonly firstSickDay: IsoDate;
  readonly asOf: IsoDate;
  readonly chartBottom: number;
  readonly axis: AxisModel;
  readonly periods: { readonly title: string; readonly boxes: readonly Box[] };
  readonly previousCases: readonly { readonly firstSickDay: IsoDate; readonly boxes: readonly Box[] }[];
  readonly wachttijd: { readonly title: string; readonly phases: readonly Phase[] };
  readonly rows: readonly RowModel[];
  readonly markers: readonly Marker[];
  readonly lines: LinesModel;
  readonly legend: LegendModel;
}

/**
 * The geometry of the picture of `timeline` in `lang`; `events` are the case's events (for its
 * leave), `idPrefix` the prefix of the ids inside the SVG.
 *
 * @example
 * const model = pictureModel(evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10' }), undefined, 'en', 'pw');
 * model.markers[0]?.id //=> 'melding-bedrijfsarts'
 */
export function pictureModel(
  timeline: CaseTimeline,
  events: readonly CaseEvent[] | undefined,
  lang: ReportLang,
  idPrefix: string,
): PictureModel {
  const f = frameOf(timeline, caseWeeks(timeline, events), lang);
  const legend = legendModel(f);
  return {
    idPrefix,
    height: legend.height,
    title: `${f.words.title} — ${formatReportDate(timeline.firstSickDay, lang)}`,
    desc: describe(timeline, lang),
    firstSickDay: timeline.firstSickDay,
    asOf: timeline.asOf,
    chartBottom: f.chartBottom,
    axis: axisModel(f),
    periods: { title: f.words.sickPeriods, boxes: bands(f) },
    previousCases: f.earlier.map((c) => previousCase(f, c)),
    wachttijd: { title: f.words.wachttijd, phases: phases(f, timeline) },
    rows: rows(f, timeline),
    markers: markers(f, timeline),
    lines: linesModel(f, timeline),
    legend,
  };
}

function frameOf(timeline: CaseTimeline, weeks: CaseWeeks, lang: ReportLang): Frame {
  const d1 = dayOf(timeline.firstSickDay);
  const asOf = dayOf(timeline.asOf);
  const lastDay = dayOf(timeline.wachttijd.lastDay);
  const wageEnd = dayOf(timeline.wageObligationEnd);
  // Range of the axis: day 1 to the furthest date of the case, plus a little air.
  let end = Math.max(d1 + 727, lastDay, wageEnd);
  for (const m of timeline.milestones) for (const d of milestoneDays(m)) end = Math.max(end, d);
  for (const [s, e] of weeks.sick) end = Math.max(end, s, Number.isFinite(e) ? e : s);
  const asOfInRange = asOf <= end + 366;
  if (asOfInRange) end = Math.max(end, asOf);
  end += 14;
  // Earlier closed cases of the last year are drawn before this one (older ones are only listed).
  const earlier = earlierCases(timeline).filter((c) => c.start >= d1 - 365);
  const start = Math.min(d1, ...earlier.map((c) => c.start)) - 7;
  const span = end - start;
  const rowIds = ROW_ORDER.filter((id) => timeline.milestones.some((m) => m.id === id));
  const day = (d: number): string => formatEpochDay(d, lang, 'd MMM yyyy');
  return {
    lang,
    words: CATALOGUES[lang].picture,
    d1,
    asOf,
    lastDay,
    wageEnd,
    start,
    end,
    asOfInRange,
    rows: rowIds,
    chartBottom: FIRST_ROW_Y + rowIds.length * ROW_H,
    weeks,
    earlier,
    x: (d) => r1(PLOT_X + ((Math.min(Math.max(d, start), end) - start) / span) * PLOT_W),
    range: (s, e) => (s === e ? day(s) : `${day(s)} – ${day(e)}`),
  };
}

function milestoneDays(m: Milestone): number[] {
  return [m.windowStart, m.due, m.legalLatest, m.completedOn]
    .filter((d): d is IsoDate => d !== null)
    .map(dayOf)
    .filter((d) => !Number.isNaN(d));
}

/**
 * The earlier closed cases of the timeline (`previousCases`, a new case after 28 days or more of
 * recovery), each with its sick periods from `periods`, as epoch days.
 */
function earlierCases(timeline: CaseTimeline): EarlierCase[] {
  return timeline.previousCases.flatMap((c) => {
    const start = dayOf(c.firstSickDay);
    const end = dayOf(c.lastSickDay);
    if (Number.isNaN(start) || Number.isNaN(end)) return [];
    const periods = timeline.periods
      .flatMap((p) => (p.caseFirstSickDay === c.firstSickDay && p.end !== null ? [[dayOf(p.start), dayOf(p.end)] as const] : []))
      .filter(([s, e]) => !Number.isNaN(s) && !Number.isNaN(e));
    return [
      {
        firstSickDay: c.firstSickDay,
        start,
        end,
        counted: c.countedSickDays,
        periods: periods.length > 0 ? periods : [[start, end] as const],
      },
    ];
  });
}

/** Years, months and the weeks of sickness (week n starts on counted day 7(n−1)+1, from the engine). */
function axisModel(f: Frame): AxisModel {
  const { x, start, end, lang } = f;
  const first = civilFromDays(start);
  const monthStarts: number[] = [];
  let y = first.year;
  let mo = first.month;
  for (let day = daysFromCivil(y, mo, 1); day <= end; day = daysFromCivil(y, mo, 1)) {
    if (day >= start) monthStarts.push(day);
    mo++;
    if (mo > 12) {
      mo = 1;
      y++;
    }
  }
  const span = end - start;
  const pxPerMonth = (30.44 / span) * PLOT_W;
  const monthStep = pxPerMonth >= 22 ? 1 : pxPerMonth >= 11 ? 2 : 3;
  const months = monthStarts.map((day) => {
    const { month, year } = civilFromDays(day);
    const yearShown = (month === 1 || day === monthStarts[0]) && x(day) + 34 <= WIDTH;
    const labelShown = (month - 1) % monthStep === 0 && x(day) + 24 <= WIDTH;
    return {
      x: x(day),
      year: yearShown ? { x: r1(x(day) + 3), text: `${year}` } : null,
      label: labelShown ? { x: r1(x(day) + 2), text: formatEpochDay(day, lang, 'MMM').replace('.', '') } : null,
    };
  });
  const pxPerWeek = (7 / span) * PLOT_W;
  const weeks: { x: number; label: { x: number; text: string } | null }[] = [];
  for (const [i, day] of f.weeks.weekStarts.entries()) {
    if (day > end) break;
    const w = i + 1;
    if ((w === 1 || w % 13 === 0) && x(day) + 42 <= WIDTH)
      weeks.push({ x: x(day), label: { x: r1(x(day) + 2), text: `${f.words.week} ${w}` } });
    else if (pxPerWeek >= 3) weeks.push({ x: x(day), label: null });
  }
  return { title: f.words.weekOfSickness, months, weeks };
}

/** A box of the periods row from day `s` through day `e`. */
function box(f: Frame, kind: Box['kind'], s: number, e: number, title: string): Box {
  const x1 = f.x(s);
  const x2 = f.x(e + 1);
  return { kind, x: x1, y: PERIOD_Y + 3, width: r1(Math.max(x2 - x1, 1)), height: ROW_H - 6, title };
}

/** Sick periods (known, then assumed after the peildatum), the fit gaps between them, and leave. */
function bands(f: Frame): Box[] {
  const { words, asOf, end, range } = f;
  const out: Box[] = [];
  let previousEnd: number | null = null;
  for (const [s, e] of f.weeks.sick) {
    if (previousEnd !== null && s > previousEnd + 1) {
      out.push(box(f, 'fit-gap', previousEnd + 1, s - 1, `${words.fitGap}: ${range(previousEnd + 1, s - 1)}`));
    }
    const known = Math.min(e, asOf);
    if (known >= s) {
      const day = formatEpochDay(s, f.lang, 'd MMM yyyy');
      out.push(box(f, 'sick', s, known, `${words.sick}: ${Number.isFinite(e) ? range(s, e) : `${day} –`}`));
    }
    if (e > asOf) {
      const from = Math.max(s, asOf + 1);
      const to = Number.isFinite(e) ? e : end;
      out.push(box(f, 'sick-assumed', from, to, `${words.sickAssumed}: ${range(from, to)}`));
    }
    previousEnd = e;
  }
  if (previousEnd !== null && Number.isFinite(previousEnd) && asOf > previousEnd) {
    out.push(box(f, 'fit-gap', previousEnd + 1, Math.min(asOf, end), `${words.fit}: ${range(previousEnd + 1, asOf)}`));
  }
  for (const [s, e] of f.weeks.leave) out.push(box(f, 'leave', s, e, `${words.leave}: ${range(s, e)}`));
  return out;
}

function previousCase(f: Frame, c: EarlierCase): { firstSickDay: IsoDate; boxes: Box[] } {
  const title = `${f.words.previousCase}: ${f.range(c.start, c.end)} (${c.counted} ${f.words.countedDays})`;
  return { firstSickDay: c.firstSickDay, boxes: c.periods.map(([s, e]) => box(f, 'previous-period', s, e, title)) };
}

/** The wachttijd: 104 weeks, then verlenging and loonsanctie (textures and words, not hue). */
function phases(f: Frame, timeline: CaseTimeline): Phase[] {
  const { words, d1, lastDay, wageEnd } = f;
  const out: Phase[] = [];
  const phase = (s: number, e: number, kind: Phase['kind'], text: string): void => {
    if (e < s) return;
    const x1 = f.x(s);
    const width = r1(Math.max(f.x(e + 1) - x1, 1));
    const y = WACHT_Y + 4;
    const height = ROW_H - 10;
    const label = width > text.length * 5.6 + 8 ? { x: r1(x1 + 4), y: y + height - 3, text } : null;
    out.push({ kind, x: x1, y, width, height, title: `${text}: ${f.range(s, e)}`, label });
  };
  const base728 = f.weeks.lastDayOfWeek104;
  const baseEnd = base728 !== null && base728 < lastDay ? base728 : lastDay;
  phase(d1, baseEnd, 'wachttijd', words.wachttijd104);
  if (baseEnd < lastDay) {
    // The weeks as the engine derived them (the verlenging step of einde-wachttijd).
    const einde = timeline.milestones.find((m) => m.id === 'einde-wachttijd');
    const step = einde?.derivation?.due.find((s) => s.kind === 'verlenging');
    const weeks = step?.kind === 'verlenging' ? step.weeks : Math.round((lastDay - baseEnd) / 7);
    phase(baseEnd + 1, lastDay, 'extension', `${words.extendedShort} +${weeks} ${words.week}`);
  }
  // AOW age or einde dienstverband: the employer's wage obligation ends before the wachttijd does.
  if (wageEnd < lastDay && wageEnd >= d1) phase(wageEnd + 1, lastDay, 'no-wage', words.noWage);
  // After the wachttijd: the phases of the engine's wageObligationDerivation, each to its date.
  let from = lastDay + 1;
  for (const step of timeline.wageObligationDerivation) {
    const until = Math.min(dayOf(step.date), wageEnd);
    if (until < from) continue;
    if (step.kind === 'lateApplication') phase(from, until, 'late-application', words.lateApplicationDays(step.days));
    else if (step.kind === 'loonsanctie') phase(from, until, 'loonsanctie', words.loonsanctieWeeks(step.weeks));
    else continue;
    from = until + 1;
  }
  return out;
}

/** The text alternative of the picture: what a sighted reader takes in at a glance. */
function describe(timeline: CaseTimeline, lang: ReportLang): string {
  const count = (s: Milestone['status']): number => timeline.milestones.filter((m) => m.status === s).length;
  const d = (iso: IsoDate): string => formatReportDate(iso, lang);
  return CATALOGUES[lang].picture.describe({
    firstSickDay: d(timeline.firstSickDay),
    asOf: d(timeline.asOf),
    week: timeline.currentWeek,
    countedSickDays: timeline.countedSickDays,
    periods: timeline.periods.filter((p) => p.caseFirstSickDay === timeline.firstSickDay).length,
    lastDay: d(timeline.wachttijd.lastDay),
    wageEnd: d(timeline.wageObligationEnd),
    steps: timeline.milestones.length,
    done: count('done'),
    doneLate: count('done-late'),
    overdue: count('overdue'),
    dueSoon: count('due-soon'),
    upcoming: count('upcoming'),
    overdueSteps: timeline.milestones.filter((m) => m.status === 'overdue').map((m) => ({ label: milestoneLabel(m, lang), due: d(m.due) })),
  });
}
