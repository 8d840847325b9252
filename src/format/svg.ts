/**
 * The timeline picture: a case of up to two years (plus verlenging and loonsanctie) as one SVG.
 *
 * A horizontal calendar axis with month labels and the weeks of sickness (week n starts on counted
 * day 7(n−1)+1, so after a fit gap the week ticks jump with the case); sick periods as bars, fit gaps
 * (samentelling) and leave as hatched and dotted bands; one row per milestone id with a marker at
 * each due date, its window as a band, a shape per status (never colour alone), a peildatum line
 * (asOf) and overdue steps emphasised.
 *
 * Pure: a string from a {@link CaseTimeline}, no DOM, no clock. Positions are computed on epoch-day
 * integers; date-fns only formats labels, from a `Date` built at local noon of the calendar day.
 *
 * @module
 */
// Subpath imports: the `date-fns/locale` barrel loads every locale (≈ 0.5 s at startup in Node).
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';
import { civilFromDays, daysFromCivil, formatIsoDate } from '../calendar/isoDate.js';
import { type CountedIntervals, countedDay, subtractIntervals } from '../engine/counting.js';
import { CATALOGUES, milestoneName, milestoneTitle } from '../i18n/index.js';
import { MILESTONE_RULES } from '../law/milestones.js';
import type { CaseEvent, CaseTimeline, IsoDate, Milestone, MilestoneId, MilestoneStatus } from '../types.js';

/**
 * Epoch day of a timeline date. Not `parseIsoDate`: derived dates may lie after 2199 (its input
 * limit), where it gives NaN (and the month loop of the axis never ended).
 */
function dayOf(d: IsoDate): number {
  const day = daysFromCivil(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10)));
  return formatIsoDate(day) === d ? day : Number.NaN;
}

/**
 * Languages of the renderers: Dutch (default) or English.
 *
 * @example
 * const lang: ReportLang = 'en';
 */
export type ReportLang = 'nl' | 'en';

/**
 * Options of {@link renderTimelineSvg}.
 *
 * @example
 * const options: RenderTimelineSvgOptions = { lang: 'en', events: input.events, idPrefix: 'case42' };
 */
export interface RenderTimelineSvgOptions {
  /** Language of labels and text alternatives. Default `nl`. */
  readonly lang?: ReportLang | undefined;
  /**
   * The case's events (the `events` of the `CaseInput`), optional. The timeline itself does not
   * list leave; with the events, `zwangerschapsverlof` is drawn as leave and left out of the week
   * count, as the engine does. Without them, leave inside a sick period is not visible.
   */
  readonly events?: readonly CaseEvent[] | undefined;
  /** Prefix of the `id`s inside the SVG (patterns, title), to keep them unique on a page. Default `pw`. */
  readonly idPrefix?: string | undefined;
}

/**
 * Escapes text for XML and HTML content and attribute values (`&`, `<`, `>`, `"`, `'`).
 *
 * @example
 * escapeXml('Plan <b> & "x"') //=> 'Plan &lt;b&gt; &amp; &quot;x&quot;'
 */
export function escapeXml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);
}

const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Formats an ISO date for people with a date-fns pattern in Dutch or English. The `Date` is built
 * from the ISO parts at local noon and read back in local time, so the calendar day is the same in
 * every time zone. Text that is not an ISO date is returned unchanged.
 *
 * @example
 * formatReportDate('2025-02-16', 'nl') //=> '16 feb. 2025'
 * formatReportDate('2025-02-16', 'en', 'EEEE d MMMM yyyy') //=> 'Sunday 16 February 2025'
 */
export function formatReportDate(date: IsoDate, lang: ReportLang, pattern = 'd MMM yyyy'): string {
  const day = dayOf(date);
  if (Number.isNaN(day)) return date;
  return formatEpochDay(day, lang, pattern);
}

function formatEpochDay(day: number, lang: ReportLang, pattern: string): string {
  const { year, month, day: dom } = civilFromDays(day);
  const local = new Date(year, month - 1, dom, 12);
  local.setFullYear(year); // years < 100 would otherwise map to 19xx
  return format(local, pattern, { locale: lang === 'nl' ? nl : enGB });
}

/**
 * The status of a step in words, in Dutch and English: the catalogues' words (src/i18n), the same
 * in the picture, its legend, the HTML report, the table, CSV and ICS.
 *
 * @example
 * STATUS_LABELS.overdue.nl //=> 'verstreken'
 * STATUS_LABELS['done-late'].en //=> 'done late'
 */
export const STATUS_LABELS: Readonly<Record<MilestoneStatus, Readonly<Record<ReportLang, string>>>> = Object.fromEntries(
  (Object.keys(CATALOGUES.nl.status) as MilestoneStatus[]).map((s) => [s, { nl: CATALOGUES.nl.status[s], en: CATALOGUES.en.status[s] }]),
) as Record<MilestoneStatus, Readonly<Record<ReportLang, string>>>;

/**
 * Colours per status, each at least 4.5:1 against white (WCAG AA for text, 3:1 for graphics).
 * The shape carries the meaning too: circle done, diamond done late, triangle overdue, square due
 * soon, ring upcoming, square ring suspended, cross not applicable.
 *
 * @example
 * STATUS_COLORS.overdue //=> '#c21a26'
 */
export const STATUS_COLORS: Readonly<Record<MilestoneStatus, string>> = {
  done: '#1a7f37',
  'done-late': '#8a5a00',
  overdue: '#c21a26',
  'due-soon': '#a84300',
  upcoming: '#0a5cc2',
  suspended: '#57606a',
  'not-applicable': '#5f6770',
};

const STATUS_ORDER: readonly MilestoneStatus[] = ['done', 'done-late', 'overdue', 'due-soon', 'upcoming', 'suspended', 'not-applicable'];

/** One row per step, in the order of the process: the order of the rule table. */
const ROW_ORDER: readonly MilestoneId[] = MILESTONE_RULES.map((r) => r.id);

// Layout (user units of the viewBox; 1040 fits A4 landscape with 10 mm margins at 96 dpi).
const WIDTH = 1040;
const LABEL_W = 214;
const PAD_R = 18;
const PLOT_X = LABEL_W;
const PLOT_W = WIDTH - LABEL_W - PAD_R;
const AXIS_Y = 52;
const ROW_H = 22;
const PERIOD_Y = AXIS_Y + 8;
const WACHT_Y = PERIOD_Y + ROW_H;
const FIRST_ROW_Y = WACHT_Y + ROW_H + 6;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";
const INK = '#1f2328';
const MUTED = '#57606a';
const GRID = '#d8dee4';

const r1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * Counted-day intervals of the evaluated case, leave removed: built with the engine's own counting
 * (src/engine/counting.ts), so the axis shows the weeks the engine counts. Only the axis ticks need
 * this; each milestone's week comes from the timeline (`m.week`).
 */
type Counting = CountedIntervals;

function buildCounting(sick: readonly (readonly [number, number])[], leave: readonly (readonly [number, number])[]): Counting {
  return subtractIntervals(
    sick.map((x) => x[0]),
    sick.map((x) => x[1]),
    leave.map((x) => x[0]),
    leave.map((x) => x[1]),
  );
}

/** The calendar day of counted day `n` (1-based), or `null` when the case never reaches it. */
function dayOfCounted(counting: Counting, n: number): number | null {
  const last = counting.ends[counting.ends.length - 1];
  const day = countedDay(counting, n);
  return last === undefined || day > last ? null : day;
}

interface CaseModel {
  readonly d1: number;
  readonly asOf: number;
  /** Sick periods of the evaluated case; an open period has `end` = +Infinity. */
  readonly sick: readonly (readonly [number, number])[];
  readonly leave: readonly (readonly [number, number])[];
  readonly counting: Counting;
}

function caseModel(timeline: CaseTimeline, events: readonly CaseEvent[] | undefined): CaseModel {
  const d1 = dayOf(timeline.firstSickDay);
  const asOf = dayOf(timeline.asOf);
  const own = timeline.periods.filter((p) => p.caseFirstSickDay === timeline.firstSickDay);
  const sick = (own.length > 0 ? own : [{ start: timeline.firstSickDay, end: null }])
    .map((p) => [dayOf(p.start), p.end === null ? Number.POSITIVE_INFINITY : dayOf(p.end)] as const)
    .filter(([s, e]) => !Number.isNaN(s) && !Number.isNaN(e))
    .sort((a, b) => a[0] - b[0]);
  const leave: (readonly [number, number])[] = [];
  for (const ev of events ?? []) {
    if (ev.type !== 'zwangerschapsverlof') continue;
    const s = dayOf(ev.date);
    const e = dayOf(ev.until);
    if (!Number.isNaN(s) && !Number.isNaN(e) && e >= s) leave.push([s, e]);
  }
  leave.sort((a, b) => a[0] - b[0]);
  return { d1, asOf, sick, leave, counting: buildCounting(sick, leave) };
}

function milestoneDays(m: Milestone): number[] {
  return [m.windowStart, m.due, m.legalLatest, m.completedOn]
    .filter((d): d is IsoDate => d !== null)
    .map(dayOf)
    .filter((d) => !Number.isNaN(d));
}

/**
 * The label of one milestone occurrence: its title, with the occurrence number for repeated steps.
 *
 * @example
 * milestoneLabel(evaluatie2, 'nl') //=> 'Evaluatie plan van aanpak 2'
 * milestoneLabel(probleemanalyse, 'en') //=> 'Problem analysis (occupational physician)'
 */
export function milestoneLabel(m: Milestone, lang: ReportLang): string {
  return milestoneTitle(m, lang);
}

/**
 * Renders the timeline of a case as a standalone SVG document fragment (`<svg …>…</svg>`), with a
 * `<title>` and `<desc>`, one `<g class="pw-milestone">` per milestone carrying `data-milestone-id`,
 * `data-occurrence`, `data-due` and `data-status`, and a legend that names every shape.
 * Each marker links to `#m-<id>-<occurrence>`, the row of the HTML report's milestone table.
 *
 * @example
 * const timeline = evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10' });
 * const svg = renderTimelineSvg(timeline, { lang: 'en' });
 * svg.startsWith('<svg') //=> true
 * svg.includes('data-milestone-id="probleemanalyse"') //=> true
 */
export function renderTimelineSvg(timeline: CaseTimeline, options: RenderTimelineSvgOptions = {}): string {
  const lang: ReportLang = options.lang === 'en' ? 'en' : 'nl';
  const idp = escapeXml(options.idPrefix ?? 'pw');
  const words = CATALOGUES[lang].picture;
  const model = caseModel(timeline, options.events);
  const { d1, asOf, counting } = model;
  const lastDay = dayOf(timeline.wachttijd.lastDay);
  const wageEnd = dayOf(timeline.wageObligationEnd);

  // Range of the axis: day 1 to the furthest date of the case, plus a little air.
  let end = Math.max(d1 + 727, lastDay, wageEnd);
  for (const m of timeline.milestones) for (const d of milestoneDays(m)) end = Math.max(end, d);
  for (const [s, e] of model.sick) end = Math.max(end, s, Number.isFinite(e) ? e : s);
  const asOfInRange = asOf <= end + 366;
  if (asOfInRange) end = Math.max(end, asOf);
  end += 14;
  // Earlier closed cases of the last year are drawn before this one (older ones are only listed).
  const earlier = earlierCases(timeline).filter((c) => c.start >= d1 - 365);
  const start = Math.min(d1, ...earlier.map((c) => c.start)) - 7;
  const span = end - start;
  const x = (day: number): number => r1(PLOT_X + ((Math.min(Math.max(day, start), end) - start) / span) * PLOT_W);

  const rows = ROW_ORDER.filter((id) => timeline.milestones.some((m) => m.id === id));
  const rowY = (id: MilestoneId): number => FIRST_ROW_Y + rows.indexOf(id) * ROW_H + ROW_H / 2;
  const chartBottom = FIRST_ROW_Y + rows.length * ROW_H;
  const out: string[] = [];

  // --- defs: patterns for fit gaps, leave, extension and loonsanctie (meaning by texture, not hue)
  const defs = `<defs>
<pattern id="${idp}-fit" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#57606a" stroke-width="1.6"/></pattern>
<pattern id="${idp}-leave" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#f3e8ff"/><circle cx="3" cy="3" r="1.4" fill="#6f42c1"/></pattern>
<pattern id="${idp}-ext" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="8" height="8" fill="#eef2f6"/><line x1="0" y1="0" x2="0" y2="8" stroke="#8c959f" stroke-width="1"/></pattern>
<pattern id="${idp}-sanction" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#fff1f0"/><path d="M0 0L8 8M8 0L0 8" stroke="#c21a26" stroke-width="0.9"/></pattern>
<pattern id="${idp}-assumed" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#dbe7f5"/><line x1="0" y1="0" x2="0" y2="6" stroke="#9db7d9" stroke-width="2"/></pattern>
</defs>`;

  // --- axis: years, months, weeks of sickness, grid
  const grid: string[] = [];
  const labels: string[] = [];
  const firstMonth = civilFromDays(start);
  let y = firstMonth.year;
  let mo = firstMonth.month;
  const monthStarts: number[] = [];
  for (;;) {
    const day = daysFromCivil(y, mo, 1);
    if (day > end) break;
    if (day >= start) monthStarts.push(day);
    mo++;
    if (mo > 12) {
      mo = 1;
      y++;
    }
  }
  const pxPerMonth = (30.44 / span) * PLOT_W;
  const monthStep = pxPerMonth >= 22 ? 1 : pxPerMonth >= 11 ? 2 : 3;
  for (const day of monthStarts) {
    const { month, year } = civilFromDays(day);
    grid.push(`<line x1="${x(day)}" y1="${AXIS_Y - 30}" x2="${x(day)}" y2="${AXIS_Y - 18}" stroke="${GRID}"/>`);
    if ((month === 1 || day === monthStarts[0]) && x(day) + 34 <= WIDTH) {
      labels.push(`<text x="${r1(x(day) + 3)}" y="${AXIS_Y - 40}" font-size="11" font-weight="600" fill="${INK}">${year}</text>`);
      grid.push(`<line x1="${x(day)}" y1="${AXIS_Y - 50}" x2="${x(day)}" y2="${AXIS_Y - 18}" stroke="#afb8c1"/>`);
    }
    if ((month - 1) % monthStep === 0 && x(day) + 24 <= WIDTH) {
      labels.push(
        `<text x="${r1(x(day) + 2)}" y="${AXIS_Y - 22}" font-size="9.5" fill="${MUTED}">${escapeXml(formatEpochDay(day, lang, 'MMM').replace('.', ''))}</text>`,
      );
    }
  }
  const pxPerWeek = (7 / span) * PLOT_W;
  for (let w = 1; w <= 200; w++) {
    const day = dayOfCounted(counting, 7 * (w - 1) + 1);
    if (day === null || day > end) break;
    const major = w === 1 || w % 13 === 0;
    if (major && x(day) + 42 <= WIDTH) {
      grid.push(`<line x1="${x(day)}" y1="${AXIS_Y - 14}" x2="${x(day)}" y2="${chartBottom}" stroke="${GRID}"/>`);
      labels.push(`<text x="${r1(x(day) + 2)}" y="${AXIS_Y - 5}" font-size="9.5" fill="${MUTED}">${words.week} ${w}</text>`);
    } else if (pxPerWeek >= 3) {
      grid.push(`<line x1="${x(day)}" y1="${AXIS_Y - 3}" x2="${x(day)}" y2="${AXIS_Y}" stroke="#afb8c1"/>`);
    }
  }
  out.push(
    `<g class="pw-axis" aria-hidden="true" font-family="${FONT}">`,
    `<text x="${PLOT_X - 8}" y="${AXIS_Y - 5}" font-size="9.5" fill="${MUTED}" text-anchor="end">${words.weekOfSickness}</text>`,
    ...grid,
    `<line x1="${PLOT_X}" y1="${AXIS_Y}" x2="${PLOT_X + PLOT_W}" y2="${AXIS_Y}" stroke="${MUTED}"/>`,
    ...labels,
    '</g>',
  );

  // --- sick periods, fit gaps, leave, extension of the wachttijd, loonsanctie
  const band: string[] = [];
  const by = PERIOD_Y + 3;
  const bh = ROW_H - 6;
  const rect = (s: number, e: number, attrs: string, kind: string, title: string): string => {
    const x1 = x(s);
    const x2 = x(e + 1);
    return `<rect class="pw-${kind}" x="${x1}" y="${by}" width="${r1(Math.max(x2 - x1, 1))}" height="${bh}" ${attrs}><title>${escapeXml(title)}</title></rect>`;
  };
  const range = (s: number, e: number): string =>
    s === e ? formatEpochDay(s, lang, 'd MMM yyyy') : `${formatEpochDay(s, lang, 'd MMM yyyy')} – ${formatEpochDay(e, lang, 'd MMM yyyy')}`;
  let previousEnd: number | null = null;
  for (const [s, e] of model.sick) {
    if (previousEnd !== null && s > previousEnd + 1) {
      band.push(
        rect(
          previousEnd + 1,
          s - 1,
          `fill="url(#${idp}-fit)" stroke="${MUTED}" stroke-width="0.8"`,
          'fit-gap',
          `${words.fitGap}: ${range(previousEnd + 1, s - 1)}`,
        ),
      );
    }
    const known = Math.min(e, asOf);
    if (known >= s) {
      const title = `${words.sick}: ${Number.isFinite(e) ? range(s, e) : `${formatEpochDay(s, lang, 'd MMM yyyy')} –`}`;
      band.push(rect(s, known, `fill="#3e6fb0"`, 'sick', title));
    }
    if (e > asOf) {
      const from = Math.max(s, asOf + 1);
      const to = Number.isFinite(e) ? e : end;
      band.push(
        rect(
          from,
          to,
          `fill="url(#${idp}-assumed)" stroke="#3e6fb0" stroke-width="0.8" stroke-dasharray="3 2"`,
          'sick-assumed',
          `${words.sickAssumed}: ${range(from, to)}`,
        ),
      );
    }
    previousEnd = e;
  }
  if (previousEnd !== null && Number.isFinite(previousEnd) && asOf > previousEnd) {
    band.push(
      rect(
        previousEnd + 1,
        Math.min(asOf, end),
        `fill="url(#${idp}-fit)" stroke="${MUTED}" stroke-width="0.8"`,
        'fit-gap',
        `${words.fit}: ${range(previousEnd + 1, asOf)}`,
      ),
    );
  }
  for (const [s, e] of model.leave) {
    band.push(rect(s, e, `fill="url(#${idp}-leave)" stroke="#6f42c1" stroke-width="0.8"`, 'leave', `${words.leave}: ${range(s, e)}`));
  }
  for (const c of earlier) {
    const title = `${words.previousCase}: ${range(c.start, c.end)} (${c.counted} ${words.countedDays})`;
    band.push(
      `<g class="pw-previous-case" data-first-sick-day="${escapeXml(c.firstSickDay)}">${c.periods
        .map(([s, e]) => rect(s, e, `fill="#d0d7de" stroke="${MUTED}" stroke-width="0.8"`, 'previous-period', title))
        .join('')}</g>`,
    );
  }
  out.push(
    `<g class="pw-periods" font-family="${FONT}">`,
    `<text x="${PLOT_X - 8}" y="${PERIOD_Y + ROW_H / 2 + 4}" font-size="11" font-weight="600" fill="${INK}" text-anchor="end">${words.sickPeriods}</text>`,
    ...band,
    '</g>',
  );

  // --- the wachttijd: 104 weeks, then verlenging and loonsanctie (textures and words, not hue)
  const phases: string[] = [];
  const wy = WACHT_Y + 4;
  const wh = ROW_H - 10;
  const phase = (s: number, e: number, fill: string, kind: string, text: string): void => {
    if (e < s) return;
    const x1 = x(s);
    const x2 = x(e + 1);
    const w = r1(Math.max(x2 - x1, 1));
    phases.push(
      `<g class="pw-${kind}"><rect x="${x1}" y="${wy}" width="${w}" height="${wh}" ${fill}><title>${escapeXml(`${text}: ${range(s, e)}`)}</title></rect>` +
        (w > text.length * 5.6 + 8
          ? `<text x="${r1(x1 + 4)}" y="${wy + wh - 3}" font-size="9.5" fill="${INK}" aria-hidden="true">${escapeXml(text)}</text>`
          : '') +
        '</g>',
    );
  };
  const base728 = dayOfCounted(counting, 728);
  const baseEnd = base728 !== null && base728 < lastDay ? base728 : lastDay;
  phase(d1, baseEnd, `fill="#eef2f6" stroke="#8c959f" stroke-width="0.8"`, 'wachttijd', words.wachttijd104);
  if (baseEnd < lastDay) {
    // The weeks as the engine derived them (the verlenging step of einde-wachttijd).
    const end = timeline.milestones.find((m) => m.id === 'einde-wachttijd');
    const step = end?.derivation?.due.find((s) => s.kind === 'verlenging');
    const weeks = step?.kind === 'verlenging' ? step.weeks : Math.round((lastDay - baseEnd) / 7);
    phase(
      baseEnd + 1,
      lastDay,
      `fill="url(#${idp}-ext)" stroke="#8c959f" stroke-width="0.8"`,
      'extension',
      `${words.extendedShort} +${weeks} ${words.week}`,
    );
  }
  if (wageEnd < lastDay && wageEnd >= d1) {
    // AOW age or einde dienstverband: the employer's wage obligation ends before the wachttijd does.
    phase(wageEnd + 1, lastDay, `fill="#ffffff" stroke="${MUTED}" stroke-width="0.8" stroke-dasharray="3 2"`, 'no-wage', words.noWage);
  }
  // After the wachttijd: the phases of the engine's wageObligationDerivation, each to its date.
  let from = lastDay + 1;
  for (const step of timeline.wageObligationDerivation) {
    const until = Math.min(dayOf(step.date), wageEnd);
    if (until < from) continue;
    if (step.kind === 'lateApplication') {
      phase(from, until, `fill="#fff4e5" stroke="#8a4b00" stroke-width="0.8"`, 'late-application', words.lateApplicationDays(step.days));
    } else if (step.kind === 'loonsanctie') {
      phase(
        from,
        until,
        `fill="url(#${idp}-sanction)" stroke="#c21a26" stroke-width="0.8"`,
        'loonsanctie',
        words.loonsanctieWeeks(step.weeks),
      );
    } else {
      continue;
    }
    from = until + 1;
  }
  out.push(
    `<g class="pw-wachttijd-row" font-family="${FONT}">`,
    `<text x="${PLOT_X - 8}" y="${WACHT_Y + ROW_H / 2 + 3}" font-size="11" font-weight="600" fill="${INK}" text-anchor="end">${words.wachttijd}</text>`,
    ...phases,
    '</g>',
  );

  // --- milestone rows
  const rowLabels: string[] = [];
  rows.forEach((id, i) => {
    const top = FIRST_ROW_Y + i * ROW_H;
    if (i % 2 === 0) rowLabels.push(`<rect x="0" y="${top}" width="${WIDTH}" height="${ROW_H}" fill="#f6f8fa"/>`);
    const first = timeline.milestones.find((m) => m.id === id) as Milestone;
    rowLabels.push(rowLabel(first.title?.[lang] ?? milestoneName(first.id, lang), PLOT_X - 8, top));
  });
  out.push(`<g class="pw-rows" font-family="${FONT}">`, ...rowLabels, '</g>');

  const markers: string[] = [];
  const sorted = [...timeline.milestones].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  for (const m of sorted) {
    const due = dayOf(m.due);
    if (Number.isNaN(due)) continue;
    const cy = rowY(m.id);
    const cx = x(due);
    const color = STATUS_COLORS[m.status];
    const label = milestoneLabel(m, lang);
    const parts: string[] = [];
    const alt = [
      label,
      `${words.due} ${formatEpochDay(due, lang, 'd MMM yyyy')} (${words.weekLong} ${m.week})`,
      CATALOGUES[lang].stepStatus[m.id]?.[m.status] ?? STATUS_LABELS[m.status][lang],
      m.completedOn === null ? '' : `${m.actor === 'uwv' ? words.receivedOn : words.doneOn} ${formatReportDate(m.completedOn, lang)}`,
      m.windowStart === null ? '' : `${words.windowFrom} ${formatReportDate(m.windowStart, lang)}`,
    ]
      .filter((s) => s !== '')
      .join(' — ');
    if (m.windowStart !== null) {
      const ws = dayOf(m.windowStart);
      if (!Number.isNaN(ws) && ws < due) {
        parts.push(
          `<rect class="pw-window" x="${x(ws)}" y="${cy - 5}" width="${r1(x(due) - x(ws))}" height="10" fill="${color}" fill-opacity="0.14" stroke="${color}" stroke-width="0.8"/>`,
        );
      }
    }
    if (m.status === 'overdue') {
      const until = Math.min(asOf, end);
      if (until > due) {
        parts.push(
          `<rect class="pw-overdue-span" x="${cx}" y="${cy - 2}" width="${r1(x(until) - cx)}" height="4" fill="${color}" fill-opacity="0.55"/>`,
        );
      }
    }
    if (m.legalLatest !== null) {
      const ll = dayOf(m.legalLatest);
      if (!Number.isNaN(ll) && ll !== due) {
        parts.push(
          `<path class="pw-legal-latest" d="M${cx} ${cy}H${x(ll)}M${x(ll)} ${cy - 5}V${cy + 5}" stroke="${INK}" stroke-width="1.2" stroke-dasharray="2 1.5" fill="none"/>`,
        );
      }
    }
    if (m.completedOn !== null) {
      const c = dayOf(m.completedOn);
      if (!Number.isNaN(c)) {
        const cxDone = x(c);
        parts.push(
          `<path class="pw-completed" d="M${cx} ${cy}H${cxDone}M${cxDone} ${cy - 7}V${cy + 7}" stroke="${color}" stroke-width="1.6" fill="none"${m.status === 'done-late' ? ' stroke-dasharray="3 2"' : ''}/>`,
        );
      }
    }
    parts.push(markerShape(m.status, cx, cy, color));
    if (m.id === 'evaluatie' || m.occurrence > 1) {
      parts.push(
        `<text x="${cx}" y="${cy - 8}" font-size="8" fill="${INK}" text-anchor="middle" aria-hidden="true">${m.occurrence}</text>`,
      );
    }
    markers.push(
      `<a href="#m-${escapeXml(m.id)}-${m.occurrence}" aria-label="${escapeXml(alt)}"><g class="pw-milestone pw-${m.status}" data-milestone-id="${escapeXml(m.id)}" data-occurrence="${m.occurrence}" data-due="${escapeXml(m.due)}" data-status="${m.status}" data-x="${cx}" data-week="${m.week}"><title>${escapeXml(alt)}</title>${parts.join('')}</g></a>`,
    );
  }
  out.push(`<g class="pw-markers" font-family="${FONT}">`, ...markers, '</g>');

  // --- wachttijd end and the peildatum line
  const lines: string[] = [];
  if (!Number.isNaN(lastDay) && lastDay <= end) {
    const lx = x(lastDay + 1);
    lines.push(
      `<line class="pw-wachttijd-end" x1="${lx}" y1="${AXIS_Y}" x2="${lx}" y2="${chartBottom}" stroke="${MUTED}" stroke-width="1.2" stroke-dasharray="6 3"/>`,
    );
  }
  const ax = x(asOfInRange ? asOf : end);
  const asOfText = `${words.asOf} ${formatEpochDay(asOf, lang, 'd MMM yyyy')}${asOfInRange ? '' : ' →'}`;
  const asOfAnchor = ax > PLOT_X + PLOT_W - 90 ? 'end' : ax < PLOT_X + 90 ? 'start' : 'middle';
  lines.push(
    `<g class="pw-asof" data-asof="${escapeXml(timeline.asOf)}"><line x1="${ax}" y1="${AXIS_Y - 2}" x2="${ax}" y2="${chartBottom + 4}" stroke="${INK}" stroke-width="2"/>`,
    `<text x="${ax}" y="${chartBottom + 16}" font-size="11" font-weight="700" fill="${INK}" text-anchor="${asOfAnchor}">${escapeXml(asOfText)}</text></g>`,
  );
  out.push(`<g class="pw-lines" font-family="${FONT}">`, ...lines, '</g>');

  // --- legend: every shape and texture with words
  const legendTop = chartBottom + 30;
  const items: string[] = [];
  const colW = (WIDTH - 16) / 4;
  const entries: { draw: (cx: number, cy: number) => string; text: string }[] = [
    ...STATUS_ORDER.map((s) => ({
      draw: (cx: number, cy: number) => markerShape(s, cx, cy, STATUS_COLORS[s]),
      text: STATUS_LABELS[s][lang],
    })),
    {
      draw: (cx, cy) =>
        `<rect x="${cx - 8}" y="${cy - 5}" width="16" height="10" fill="${STATUS_COLORS.upcoming}" fill-opacity="0.14" stroke="${STATUS_COLORS.upcoming}" stroke-width="0.8"/>`,
      text: words.window,
    },
    {
      draw: (cx, cy) =>
        `<path d="M${cx - 8} ${cy}H${cx + 8}M${cx + 8} ${cy - 5}V${cy + 5}" stroke="${INK}" stroke-width="1.2" stroke-dasharray="2 1.5" fill="none"/>`,
      text: words.legalLatest,
    },
    {
      draw: (cx, cy) =>
        `<path d="M${cx - 8} ${cy}H${cx + 4}M${cx + 4} ${cy - 7}V${cy + 7}" stroke="${STATUS_COLORS.done}" stroke-width="1.6" fill="none"/>`,
      text: words.completed,
    },
    {
      draw: (cx, cy) => `<rect x="${cx - 8}" y="${cy - 2}" width="16" height="4" fill="${STATUS_COLORS.overdue}" fill-opacity="0.55"/>`,
      text: words.overdueSpan,
    },
    { draw: (cx, cy) => `<rect x="${cx - 8}" y="${cy - 6}" width="16" height="12" fill="#3e6fb0"/>`, text: words.sick },
    {
      draw: (cx, cy) =>
        `<rect x="${cx - 8}" y="${cy - 6}" width="16" height="12" fill="url(#${idp}-assumed)" stroke="#3e6fb0" stroke-width="0.8" stroke-dasharray="3 2"/>`,
      text: words.sickAssumed,
    },
    {
      draw: (cx, cy) =>
        `<rect x="${cx - 8}" y="${cy - 6}" width="16" height="12" fill="url(#${idp}-fit)" stroke="${MUTED}" stroke-width="0.8"/>`,
      text: words.fitGap,
    },
    {
      draw: (cx, cy) =>
        `<rect x="${cx - 8}" y="${cy - 6}" width="16" height="12" fill="url(#${idp}-leave)" stroke="#6f42c1" stroke-width="0.8"/>`,
      text: words.leave,
    },
    ...(earlier.length === 0
      ? []
      : [
          {
            draw: (cx: number, cy: number) =>
              `<rect x="${cx - 8}" y="${cy - 6}" width="16" height="12" fill="#d0d7de" stroke="${MUTED}" stroke-width="0.8"/>`,
            text: words.previousCase,
          },
        ]),
    { draw: (cx, cy) => `<rect x="${cx - 8}" y="${cy - 6}" width="16" height="12" fill="url(#${idp}-ext)"/>`, text: words.extended },
    {
      draw: (cx, cy) => `<rect x="${cx - 8}" y="${cy - 6}" width="16" height="12" fill="url(#${idp}-sanction)"/>`,
      text: words.loonsanctie,
    },
    {
      draw: (cx, cy) =>
        `<rect x="${cx - 8}" y="${cy - 6}" width="16" height="12" fill="#ffffff" stroke="${MUTED}" stroke-width="0.8" stroke-dasharray="3 2"/>`,
      text: words.noWage,
    },
    {
      draw: (cx, cy) => `<line x1="${cx}" y1="${cy - 7}" x2="${cx}" y2="${cy + 7}" stroke="${INK}" stroke-width="2"/>`,
      text: words.asOf,
    },
    {
      draw: (cx, cy) =>
        `<line x1="${cx}" y1="${cy - 7}" x2="${cx}" y2="${cy + 7}" stroke="${MUTED}" stroke-width="1.2" stroke-dasharray="6 3"/>`,
      text: words.wachttijdEnd,
    },
  ];
  entries.forEach((entry, i) => {
    const cx = 20 + (i % 4) * colW;
    const cy = legendTop + 14 + Math.floor(i / 4) * 20;
    items.push(
      `<g class="pw-legend-item">${entry.draw(cx, cy)}<text x="${r1(cx + 16)}" y="${cy + 4}" font-size="11" fill="${INK}">${escapeXml(entry.text)}</text></g>`,
    );
  });
  const legendRows = Math.ceil(entries.length / 4);
  const height = legendTop + 14 + legendRows * 20;
  out.push(
    `<g class="pw-legend" font-family="${FONT}" role="list" aria-label="${words.legend}">`,
    `<line x1="0" y1="${legendTop - 6}" x2="${WIDTH}" y2="${legendTop - 6}" stroke="${GRID}"/>`,
    ...items.map((it) => it.replace('<g class="pw-legend-item">', '<g class="pw-legend-item" role="listitem">')),
    '</g>',
  );

  const title = `${words.title} — ${formatReportDate(timeline.firstSickDay, lang)}`;
  const desc = describe(timeline, lang);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="pw-timeline" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${idp}-title ${idp}-desc" data-first-sick-day="${escapeXml(timeline.firstSickDay)}" data-as-of="${escapeXml(timeline.asOf)}">
<title id="${idp}-title">${escapeXml(title)}</title>
<desc id="${idp}-desc">${escapeXml(desc)}</desc>
${defs}
<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>
${out.join('\n')}
</svg>`;
}

/** Characters of a row label that fit the room left of the plot at 11 units (a wide sans-serif: 0.6 em each). */
const LABEL_CHARS = Math.floor((LABEL_W - 14) / (11 * 0.6));
/** The same at 9.5 units, for a label on two lines. */
const LABEL_CHARS_SMALL = Math.floor((LABEL_W - 14) / (9.5 * 0.6));

/**
 * A step's name left of its row, ending 8 units before the plot: on one line when it fits, else
 * on two lines at a smaller size, broken at the space that balances them best. A name longer than
 * two lines hold (a long verzuimprotocol title) keeps what fits and ends in '…', with the whole
 * name as its tooltip.
 */
function rowLabel(full: string, right: number, top: number): string {
  const text = (y: number, size: number, body: string): string =>
    `<text x="${right}" y="${y}" font-size="${size}" fill="${INK}" text-anchor="end">${body}</text>`;
  if (full.length <= LABEL_CHARS) return text(top + ROW_H / 2 + 4, 11, escapeXml(full));
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
  const shortened = `${a} ${b}` !== full;
  return `<text class="pw-row-label" x="${right}" y="${top + 9}" font-size="9.5" fill="${INK}" text-anchor="end"><tspan x="${right}" dy="0">${escapeXml(a)}</tspan><tspan x="${right}" dy="10">${escapeXml(b)}</tspan>${shortened ? `<title>${escapeXml(full)}</title>` : ''}</text>`;
}

/**
 * The earlier closed cases of the timeline (`previousCases`, a new case after 28 days or more of
 * recovery), each with its sick periods from `periods`, as epoch days.
 */
function earlierCases(
  timeline: CaseTimeline,
): { firstSickDay: IsoDate; start: number; end: number; counted: number; periods: (readonly [number, number])[] }[] {
  return timeline.previousCases.flatMap((c) => {
    const start = dayOf(c.firstSickDay);
    const end = dayOf(c.lastSickDay);
    if (Number.isNaN(start) || Number.isNaN(end)) return [];
    const periods = timeline.periods
      .filter((p) => p.caseFirstSickDay === c.firstSickDay && p.end !== null)
      .map((p) => [dayOf(p.start), dayOf(p.end as IsoDate)] as const)
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

/** A marker shape per status, centred on (cx, cy). */
function markerShape(status: MilestoneStatus, cx: number, cy: number, color: string): string {
  switch (status) {
    case 'done':
      return `<circle class="pw-marker" cx="${cx}" cy="${cy}" r="6" fill="${color}"/><path d="M${r1(cx - 3)} ${cy}l2.2 2.4 4-4.6" stroke="#ffffff" stroke-width="1.6" fill="none"/>`;
    case 'done-late':
      return `<path class="pw-marker" d="M${cx} ${cy - 7}L${cx + 7} ${cy}L${cx} ${cy + 7}L${cx - 7} ${cy}Z" fill="${color}"/>`;
    case 'overdue':
      return `<path class="pw-marker" d="M${cx} ${cy - 9}L${cx + 8.5} ${cy + 6}L${cx - 8.5} ${cy + 6}Z" fill="${color}" stroke="#ffffff" stroke-width="1"/><path d="M${cx} ${cy - 4}V${cy + 1}M${cx} ${cy + 2.6}V${cy + 4}" stroke="#ffffff" stroke-width="1.8"/>`;
    case 'due-soon':
      return `<rect class="pw-marker" x="${r1(cx - 5.5)}" y="${r1(cy - 5.5)}" width="11" height="11" fill="${color}"/>`;
    case 'upcoming':
      return `<circle class="pw-marker" cx="${cx}" cy="${cy}" r="5" fill="#ffffff" stroke="${color}" stroke-width="2"/>`;
    case 'suspended':
      return `<rect class="pw-marker" x="${r1(cx - 5)}" y="${r1(cy - 5)}" width="10" height="10" fill="#ffffff" stroke="${color}" stroke-width="1.6"/><path d="M${r1(cx - 1.8)} ${cy - 3}V${cy + 3}M${r1(cx + 1.8)} ${cy - 3}V${cy + 3}" stroke="${color}" stroke-width="1.4"/>`;
    case 'not-applicable':
      return `<path class="pw-marker" d="M${cx - 4.5} ${cy - 4.5}L${cx + 4.5} ${cy + 4.5}M${cx + 4.5} ${cy - 4.5}L${cx - 4.5} ${cy + 4.5}" stroke="${color}" stroke-width="2.2"/>`;
    default:
      return status satisfies never;
  }
}

/** The text alternative of the picture: what a sighted reader takes in at a glance. */
function describe(timeline: CaseTimeline, lang: ReportLang): string {
  const count = (s: MilestoneStatus): number => timeline.milestones.filter((m) => m.status === s).length;
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
