/**
 * The HTML report: one self-contained file with the timeline picture ({@link renderTimelineSvg}),
 * the flags, the milestone table with the legal reasoning, and the dossier checklist.
 *
 * No scripts, fonts, images or network requests: inline CSS and an inline SVG only, so the file
 * can be mailed, archived in a dossier and printed on A4 landscape. Dutch by default.
 *
 * @module
 */

import type { ReportWords } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { legalBasisOf } from '../law/rule-of.js';
import { sourceUrl } from '../law/sources.js';
import type { CaseEvent, CaseTimeline, DossierItem, Flag, IsoDate, Milestone, MilestoneId } from '../types.js';
import {
  actorLabel,
  CATALOGUES,
  caseStatusLabel,
  eventTypeLabel,
  explain,
  flagMessage,
  kindLabel,
  milestoneName,
  milestoneStatusLabel,
  severityLabel,
} from './labels.js';
import { escapeXml as esc, formatReportDate, milestoneLabel, type ReportLang, renderTimelineSvg, STATUS_COLORS } from './svg.js';

/**
 * Options of {@link renderHtmlReport}.
 *
 * @example
 * renderHtmlReport(evaluateCase(input, { asOf: '2026-01-15' }), { lang: 'en', events: input.events });
 */
export interface RenderHtmlReportOptions {
  /** Language of the report. Default `nl`. */
  readonly lang?: Lang | undefined;
  /**
   * The case's events (the `events` of the `CaseInput`), optional: with them the picture shows
   * leave (`zwangerschapsverlof`) and the week numbers skip it as the engine does, and the report
   * lists the notes of the events.
   */
  readonly events?: readonly CaseEvent[] | undefined;
  /**
   * Your name or reference for the case (the `id` of a `CaseInput`, an employee number), shown in
   * the page title and the heading so that reports of different cases read apart. Optional.
   */
  readonly caseId?: string | number | undefined;
}

/** A symbol and a colour per severity; the word comes from the catalogue (`severityLabel`). */
const SEVERITY = {
  error: { symbol: '✖', color: '#c21a26' },
  warning: { symbol: '▲', color: '#8a5a00' },
  info: { symbol: 'ℹ', color: '#0a5cc2' },
} as const;

/** Who acts as casemanager, and which re-integratieverslag, in words (the data holds Dutch codes). */
const detail = (code: keyof ReportWords['detail'], lang: ReportLang): string => CATALOGUES[lang].report.detail[code];
const upperFirst = (s: string): string => (s === '' ? s : (s[0] as string).toUpperCase() + s.slice(1));

/** The status symbol used in the table: the same shape as the marker in the picture. */
const STATUS_SYMBOL: Readonly<Record<Milestone['status'], string>> = {
  done: '●',
  'done-late': '◆',
  overdue: '▲',
  'due-soon': '■',
  upcoming: '○',
  suspended: '□',
  'not-applicable': '✕',
};

const CSS = `
@page { size: A4 landscape; margin: 10mm; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; padding: 16px; max-width: 1100px; color: #1f2328; background: #ffffff;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 22px 0 8px; border-bottom: 1px solid #d0d7de; padding-bottom: 3px; }
p { margin: 4px 0 8px; }
a { color: #0a5cc2; }
.summary { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 4px 16px; margin: 10px 0 0; }
.summary div { min-width: 0; }
.summary dt { font-size: 11px; color: #57606a; margin: 0; }
.summary dd { margin: 0; font-weight: 600; }
figure { margin: 8px 0 0; }
figure svg { display: block; width: 100%; height: auto; max-width: 100%; }
figcaption { font-size: 12px; color: #57606a; margin-top: 4px; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid #d8dee4; overflow-wrap: break-word; hyphens: manual; }
th { font-size: 12px; background: #f6f8fa; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
tr:target { outline: 2px solid #0a5cc2; outline-offset: -2px; }
td ul { margin: 0; padding-left: 16px; }
.muted { color: #57606a; font-size: 12px; }
.nowrap { white-space: nowrap; }
.status { font-weight: 600; }
.sym { display: inline-block; width: 1.1em; margin-right: 3px; text-align: center; }
tr.overdue td { background: #fff5f5; }
tr.overdue td:first-child { box-shadow: inset 4px 0 0 #c21a26; }
.flags { list-style: none; padding: 0; margin: 0; }
.flags li { margin: 0 0 6px; padding: 4px 8px; border-left: 4px solid; background: #f6f8fa; }
.flags .sev { font-weight: 700; }
.present-no { color: #c21a26; font-weight: 600; }
.present-yes { color: #1a7f37; font-weight: 600; }
footer { margin-top: 20px; font-size: 11px; color: #57606a; }
/* Below the width where the seven columns fit their longest words, each step becomes a grid of two
   lines: date, week, step, status and who on the first; legal basis and explanation below, full
   width. Words wrap at spaces and hyphens only, never inside ("werkge|ver"). */
@media screen and (max-width: 1080px) {
  table.milestones, table.milestones thead, table.milestones tbody { display: block; }
  table.milestones colgroup { display: none; }
  table.milestones tr { display: grid; grid-template-columns: 8.5em 4em minmax(0, 1fr) 9.5em 9.5em; border-bottom: 1px solid #d8dee4; }
  table.milestones th, table.milestones td { border-bottom: 0; }
  table.milestones td:nth-child(n+6) { grid-column: 1 / -1; padding-top: 0; }
  table.milestones th:nth-child(n+6) { display: none; }
}
@media print {
  body { padding: 0; max-width: none; font-size: 10.5px; }
  h2 { break-after: avoid; }
  figure { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  tr.overdue td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

const t = (key: Exclude<keyof ReportWords, 'detail'>, lang: ReportLang): string => CATALOGUES[lang].report[key];

function dateCell(date: IsoDate, lang: ReportLang): string {
  return `<time datetime="${esc(date)}">${esc(formatReportDate(date, lang, 'EEEEEE d MMM yyyy'))}</time>`;
}

function statusCell(m: Milestone, lang: ReportLang): string {
  return `<span class="status" style="color:${STATUS_COLORS[m.status]}"><span class="sym" aria-hidden="true">${STATUS_SYMBOL[m.status]}</span>${esc(milestoneStatusLabel(m, lang))}</span>`;
}

function milestoneRow(m: Milestone, lang: ReportLang): string {
  const due = [dateCell(m.due, lang)];
  if (m.windowStart !== null) due.push(`<div class="muted">${t('windowFrom', lang)} ${dateCell(m.windowStart, lang)}</div>`);
  if (m.legalLatest !== null && m.legalLatest !== m.due) {
    due.push(`<div class="muted">${t('legalLatest', lang)} ${dateCell(m.legalLatest, lang)}</div>`);
  }
  const status = [statusCell(m, lang)];
  if (m.completedOn !== null)
    status.push(`<div class="muted">${t(m.actor === 'uwv' ? 'receivedOn' : 'doneOn', lang)} ${dateCell(m.completedOn, lang)}</div>`);
  const basis = legalBasisOf(m)
    .map((b) => `<li><a href="${esc(sourceUrl(b, lang))}" rel="noopener noreferrer">${esc(b.citation)}</a></li>`)
    .join('');
  const why = explain(m, lang)
    .map((e) => `<li>${esc(e)}</li>`)
    .join('');
  const extra = [
    m.casemanagerType ? `<div class="muted">${esc(detail(m.casemanagerType, lang))}</div>` : '',
    m.variant ? `<div class="muted">${esc(detail(m.variant, lang))}</div>` : '',
  ].join('');
  return `<tr id="m-${esc(m.id)}-${m.occurrence}" class="${m.status}" data-row-milestone-id="${esc(m.id)}" data-occurrence="${m.occurrence}" data-due="${esc(m.due)}" data-status="${m.status}" data-week="${m.week}">
<td>${due.join('')}</td>
<td class="nowrap">${m.week}</td>
<td><strong>${esc(milestoneLabel(m, lang))}</strong><div class="muted">${esc(kindLabel(m.kind, lang))}</div>${extra}</td>
<td>${status.join('')}</td>
<td>${esc(actorLabel(m.actor, lang))}</td>
<td><ul>${basis}</ul></td>
<td><ul>${why}</ul></td>
</tr>`;
}

function flagItem(f: Flag, lang: ReportLang, titles: ReadonlyMap<MilestoneId, Milestone>): string {
  const sev = SEVERITY[f.severity];
  const target = f.milestoneId !== undefined && titles.has(f.milestoneId) ? `#m-${f.milestoneId}-${f.occurrence ?? 1}` : null;
  const message = esc(flagMessage(f, lang));
  const link = target === null ? '' : ` <a href="${esc(target)}" class="muted">${t('toStep', lang)}</a>`;
  return `<li style="border-color:${sev.color}" data-flag-code="${esc(f.code)}"><span class="sev" style="color:${sev.color}"><span aria-hidden="true">${sev.symbol}</span> ${esc(upperFirst(severityLabel(f.severity, lang)))}</span> — ${message}${link}</li>`;
}

function dossierRow(d: DossierItem, lang: ReportLang, titles: ReadonlyMap<MilestoneId, Milestone>): string {
  const m = d.id === 'deskundigenoordeel' ? undefined : titles.get(d.id);
  const title =
    d.id === 'deskundigenoordeel'
      ? t('deskundigenoordeel', lang)
      : (m?.title?.[lang] ?? (m === undefined ? d.id : milestoneName(m.id, lang)));
  const numbered = d.id === 'evaluatie' || d.occurrence > 1 ? `${title} ${d.occurrence}` : title;
  // An agreed deviation from the term (Regeling procesgang art. 5), with its reasons.
  const label =
    d.deviation === undefined ? numbered : `${numbered} (${t('agreedDeviation', lang)} ${d.deviation.date}: ${d.deviation.motivering})`;
  const present = d.present
    ? `<span class="present-yes"><span aria-hidden="true">✔</span> ${t('yes', lang)}</span>`
    : d.required
      ? `<span class="present-no"><span aria-hidden="true">✖</span> ${t('missing', lang)}</span>`
      : `<span class="muted">${t('notYet', lang)}</span>`;
  return `<tr data-dossier-id="${esc(d.id)}" data-occurrence="${d.occurrence}"><td>${esc(label)}</td><td>${d.required ? t('yes', lang) : t('no', lang)}</td><td>${present}</td><td>${d.date === null ? '—' : dateCell(d.date, lang)}</td></tr>`;
}

/**
 * Renders a {@link CaseTimeline} as one self-contained HTML document (UTF-8, no scripts, fonts or
 * network requests), printable on A4 landscape: a summary, the timeline picture, the findings, every
 * step with its date, week, status, actor, legal basis (linked) and explanation, and the dossier
 * checklist. All text from the timeline and the events is escaped. Dutch unless `lang: 'en'`.
 *
 * @example
 * const timeline = evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10' });
 * const html = renderHtmlReport(timeline, { lang: 'en' });
 * html.startsWith('<!DOCTYPE html>') //=> true
 * html.includes('<svg') //=> true
 */
export function renderHtmlReport(timeline: CaseTimeline, options: RenderHtmlReportOptions = {}): string {
  const lang: ReportLang = options.lang === 'en' ? 'en' : 'nl';
  const events = options.events;
  const titles = new Map<MilestoneId, Milestone>();
  for (const m of timeline.milestones) if (!titles.has(m.id)) titles.set(m.id, m);
  const svg = renderTimelineSvg(timeline, { lang, events, idPrefix: 'pw' });
  const caseId = options.caseId === undefined || String(options.caseId).trim() === '' ? null : String(options.caseId).trim();
  const heading = `${t('docTitle', lang)}${caseId === null ? '' : ` ${caseId}`} — ${t('titleFirstDay', lang)} ${formatReportDate(timeline.firstSickDay, lang, 'd MMMM yyyy')}`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="poortwachter">
<title>${esc(heading)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1${caseId === null ? '' : ` data-case-id="${esc(caseId)}"`}>${esc(heading)}</h1>
<p>${t('intro', lang)}</p>
<dl class="summary">${summaryItems(timeline, lang)
    .map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`)
    .join('')}</dl>
</header>
<main>
<section aria-labelledby="h-picture">
<h2 id="h-picture">${t('picture', lang)}</h2>
<figure>
${svg}
<figcaption>${t('pictureCaption', lang)}</figcaption>
</figure>
</section>
<section aria-labelledby="h-flags">
<h2 id="h-flags">${t('flags', lang)} (${timeline.flags.length})</h2>
${flagList(timeline, lang, titles)}
</section>
${stepsSection(timeline, lang)}
${dossierSection(dossierOf(timeline), lang, titles)}
${notesSection(events, lang)}
</main>
<footer>${t('footer', lang)} ${t('asOf', lang)}: ${esc(timeline.asOf)}.</footer>
</body>
</html>
`;
}

/** The dossier of the case: the one place the report reads it from the timeline. */
function dossierOf(timeline: CaseTimeline): readonly DossierItem[] {
  return timeline.dossier ?? [];
}

/** The case at a glance: dates, status, weeks and earlier cases, as term and description. */
function summaryItems(timeline: CaseTimeline, lang: ReportLang): [string, string][] {
  const summary: [string, string][] = [
    [t('firstSickDay', lang), dateCell(timeline.firstSickDay, lang)],
    [t('asOf', lang), dateCell(timeline.asOf, lang)],
    [t('status', lang), esc(caseStatusLabel(timeline.status, lang))],
    [t('week', lang), `${timeline.currentWeek}`],
    [t('counted', lang), `${timeline.countedSickDays}`],
    [t('lastDay', lang), dateCell(timeline.wachttijd.lastDay, lang)],
    [t('wiaStart', lang), dateCell(timeline.wachttijd.wiaStart, lang)],
    [t('wageEnd', lang), dateCell(timeline.wageObligationEnd, lang)],
  ];
  if (timeline.previousCases.length > 0) {
    summary.push([
      t('previous', lang),
      timeline.previousCases
        .map((c) => `${dateCell(c.firstSickDay, lang)} – ${dateCell(c.lastSickDay, lang)} (${c.countedSickDays})`)
        .join('<br>'),
    ]);
  }
  return summary;
}

/** The findings, errors first. */
function flagList(timeline: CaseTimeline, lang: ReportLang, titles: ReadonlyMap<MilestoneId, Milestone>): string {
  return timeline.flags.length === 0
    ? `<p>${t('noFlags', lang)}</p>`
    : `<ul class="flags">${[...timeline.flags]
        .sort((a, b) => severityRank(a) - severityRank(b))
        .map((f) => flagItem(f, lang, titles))
        .join('\n')}</ul>`;
}

/** The notes of the events, by date; empty without notes. */
function notesSection(events: readonly CaseEvent[] | undefined, lang: ReportLang): string {
  const notes = (events ?? []).filter((e) => typeof e.note === 'string' && e.note.trim() !== '');
  return notes.length === 0
    ? ''
    : `<section><h2>${t('notes', lang)}</h2><ul>${[...notes]
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        .map((e) => `<li>${dateCell(e.date, lang)} ${esc(eventTypeLabel(e.type, lang))}: ${esc(e.note ?? '')}</li>`)
        .join('')}</ul></section>`;
}

/** Every step with its date, week, status, actor, legal basis and explanation. */
function stepsSection(timeline: CaseTimeline, lang: ReportLang): string {
  return `<section aria-labelledby="h-steps">
<h2 id="h-steps">${t('milestones', lang)} (${timeline.milestones.length})</h2>
<table class="milestones">
<colgroup><col style="width:13%"><col style="width:5%"><col style="width:17%"><col style="width:12%"><col style="width:10%"><col style="width:18%"><col style="width:25%"></colgroup>
<thead><tr><th scope="col">${t('colDue', lang)}</th><th scope="col">${t('colWeek', lang)}</th><th scope="col">${t('colStep', lang)}</th><th scope="col">${t('colStatus', lang)}</th><th scope="col">${t('colActor', lang)}</th><th scope="col">${t('colBasis', lang)}</th><th scope="col">${t('colWhy', lang)}</th></tr></thead>
<tbody>
${[...timeline.milestones]
  .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
  .map((m) => milestoneRow(m, lang))
  .join('\n')}
</tbody>
</table>
</section>`;
}

/** The dossier checklist: what UWV expects, and what is present on the peildatum. */
function dossierSection(dossier: readonly DossierItem[], lang: ReportLang, titles: ReadonlyMap<MilestoneId, Milestone>): string {
  return `<section aria-labelledby="h-dossier">
<h2 id="h-dossier">${t('dossier', lang)}</h2>
<p class="muted">${t('dossierIntro', lang)}</p>
<table class="dossier">
<thead><tr><th scope="col">${t('colItem', lang)}</th><th scope="col">${t('colRequired', lang)}</th><th scope="col">${t('colPresent', lang)}</th><th scope="col">${t('colDate', lang)}</th></tr></thead>
<tbody>
${dossier.map((d) => dossierRow(d, lang, titles)).join('\n')}
</tbody>
</table>
</section>`;
}

function severityRank(f: Flag): number {
  return f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2;
}
