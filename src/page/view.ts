/**
 * The case page's results as HTML text: the summary, the milestone table (each row carries
 * `data-milestone`, `data-occurrence` and `data-due`: docs/page.md), the findings with their
 * consequence, the wage phases and the dossier. The picture is `renderTimelineSvg`. Every value from
 * the case is escaped. No style attributes: the page's Content-Security-Policy allows only its own
 * stylesheet.
 *
 * Step names and legal bases are looked up by milestone id (the catalogues, `MILESTONE_RULES`), not
 * read from the milestone.
 *
 * @module
 */
import { escapeXml as esc } from '../format/report-common.js';
import {
  actorLabel,
  caseStatusLabel,
  flagMessage,
  kindLabel,
  type Lang,
  milestoneName,
  readableDate,
  severityLabel,
  statusLabel,
} from '../i18n/index.js';
import type { PageWords } from '../i18n/page-nl.js';
import { MILESTONE_RULES } from '../law/milestones.js';
import type { LegalBasis } from '../law/sources.js';
import type { CaseTimeline, ConsequenceCode, DossierItem, Flag, IsoDate, Milestone, MilestoneId, MilestoneStatus } from '../types.js';

/** The status symbol: the shape of the marker in the picture. */
const SYMBOL: Readonly<Record<MilestoneStatus, string>> = {
  done: '●',
  'done-late': '◆',
  overdue: '▲',
  'due-soon': '■',
  upcoming: '○',
  suspended: '□',
  'not-applicable': '✕',
};

const SEVERITY_SYMBOL = { error: '✖', warning: '▲', info: 'ℹ' } as const;

const CONSEQUENCE: ReadonlyMap<string, ConsequenceCode> = new Map(MILESTONE_RULES.map((r) => [r.id, r.consequence]));

/**
 * A step's name with its occurrence where it repeats (`Evaluatie plan van aanpak 2`).
 *
 * @example
 * stepTitle({ id: 'evaluatie', occurrence: 2 }, 'nl') //=> 'Evaluatie plan van aanpak 2'
 */
export function stepTitle(m: { readonly id: MilestoneId; readonly occurrence: number }, lang: Lang): string {
  const name = milestoneName(m.id, lang);
  return m.id === 'evaluatie' || m.occurrence > 1 ? `${name} ${m.occurrence}` : name;
}

/** The legal bases of a step, by its id (read for an explanation only: the case page's page.js holds no legal sources, scripts/build-page.mjs). */
export function legalBasisOf(id: MilestoneId): readonly LegalBasis[] {
  return MILESTONE_RULES.find((r) => r.id === id)?.legalBasis ?? [];
}

/** The id of a milestone's row (the picture's markers link to it). */
export const rowId = (m: { readonly id: string; readonly occurrence: number }): string => `m-${m.id}-${m.occurrence}`;

const date = (d: IsoDate, lang: Lang): string => `<time datetime="${esc(d)}">${esc(readableDate(d, lang))}</time>`;

/** The summary of the case: status, week, the end of the wachttijd and of the wage obligation. */
export function summaryHtml(t: CaseTimeline, w: PageWords, lang: Lang): string {
  const items: [string, string][] = [
    [w.summary.status, esc(caseStatusLabel(t.status, lang))],
    [w.summary.week, String(t.currentWeek)],
    [w.summary.counted, String(t.countedSickDays)],
    [w.summary.lastDay, date(t.wachttijd.lastDay, lang)],
    [w.summary.wiaStart, date(t.wachttijd.wiaStart, lang)],
    [w.summary.wageEnd, date(t.wageObligationEnd, lang)],
  ];
  return `<dl class="summary">${items.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${v}</dd></div>`).join('')}</dl>`;
}

/**
 * The milestone table, one row per milestone in the timeline's order: due date (with window and
 * strict latest), week, step (with an explanation opened on request), status, actor, consequence.
 */
export function stepsHtml(t: CaseTimeline, w: PageWords, lang: Lang): string {
  const rows = t.milestones.map((m, i) => {
    const due = [date(m.due, lang)];
    if (m.windowStart !== null) due.push(`<span class="sub">${esc(w.windowFrom)} ${date(m.windowStart, lang)}</span>`);
    if (m.legalLatest !== null && m.legalLatest !== m.due) {
      due.push(`<span class="sub">${esc(w.legalLatest)} ${date(m.legalLatest, lang)}</span>`);
    }
    const status = [
      `<span class="status s-${m.status}"><span class="sym" aria-hidden="true">${SYMBOL[m.status]}</span> ${esc(statusLabel(m.status, lang))}</span>`,
    ];
    if (m.completedOn !== null) status.push(`<span class="sub">${esc(w.doneOn)} ${date(m.completedOn, lang)}</span>`);
    const cm =
      m.casemanagerType !== undefined && m.casemanagerType !== null
        ? `<span class="sub">${esc(w.field.casemanagerType)}: ${esc(w.casemanagerTypes[m.casemanagerType])}</span>`
        : '';
    const step = `<strong>${esc(stepTitle(m, lang))}</strong><span class="sub">${esc(kindLabel(m.kind, lang))}</span>${cm}<details class="why" data-index="${i}"><summary>${esc(w.explain)}</summary><div class="why-body"></div></details>`;
    const cells: [string, string][] = [
      [w.col.due, due.join('')],
      [w.col.week, String(m.week)],
      [w.col.step, step],
      [w.col.status, status.join('')],
      [w.col.actor, esc(actorLabel(m.actor, lang))],
      [w.col.consequence, esc(w.consequence[m.kind === 'protocol' ? 'protocol' : (CONSEQUENCE.get(m.id) ?? 'info')])],
    ];
    return `<tr id="${esc(rowId(m))}" class="st-${m.status}" tabindex="-1" data-milestone="${esc(m.id)}" data-occurrence="${m.occurrence}" data-due="${esc(m.due)}" data-status="${m.status}" data-week="${m.week}">${cells
      .map(([label, html]) => `<td data-label="${esc(label)}">${html}</td>`)
      .join('')}</tr>`;
  });
  const head = [w.col.due, w.col.week, w.col.step, w.col.status, w.col.actor, w.col.consequence]
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join('');
  return `<table class="steps"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The explanation of one milestone: the derivation lines and its legal bases, linked. */
export function explanationHtml(m: Milestone, lines: readonly string[], w: PageWords): string {
  const basis = legalBasisOf(m.id)
    .map((b) => `<li><a href="${esc(b.url)}" rel="noopener noreferrer" target="_blank">${esc(b.citation)}</a></li>`)
    .join('');
  return `<ul>${lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>${basis === '' ? '' : `<p class="sub">${esc(w.basis)}</p><ul>${basis}</ul>`}`;
}

function severityRank(f: Flag): number {
  return f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2;
}

/** The findings, errors first, each with a link to its step's row. */
export function findingsHtml(t: CaseTimeline, w: PageWords, lang: Lang): string {
  if (t.flags.length === 0) return `<p>${esc(w.noFindings)}</p>`;
  const rows = new Set(t.milestones.map(rowId));
  const items = [...t.flags]
    .sort((a, b) => severityRank(a) - severityRank(b))
    .map((f) => {
      const target = f.milestoneId === undefined ? null : rowId({ id: f.milestoneId, occurrence: f.occurrence ?? 1 });
      const link =
        target !== null && rows.has(target)
          ? ` <a href="#${esc(target)}" class="to-step" data-row="${esc(target)}">${esc(w.toStep)}</a>`
          : '';
      return `<li class="sev-${f.severity}" data-flag-code="${esc(f.code)}"><strong><span aria-hidden="true">${SEVERITY_SYMBOL[f.severity]}</span> ${esc(severityLabel(f.severity, lang))}</strong> — ${esc(flagMessage(f, lang))}${link}</li>`;
    });
  return `<ul class="findings">${items.join('')}</ul>`;
}

/** The wage phases: kind, from, until, days and percentage. */
export function wageHtml(t: CaseTimeline, w: PageWords, lang: Lang): string {
  const c = w.wageCol;
  const rows = t.wagePhases.map(
    (p) =>
      `<tr data-wage-phase="${esc(p.kind)}"><td data-label="${esc(c.phase)}">${esc(w.wageKinds[p.kind])}</td><td data-label="${esc(c.from)}">${date(p.from, lang)}</td><td data-label="${esc(c.until)}">${date(p.until, lang)}</td><td data-label="${esc(c.days)}">${p.days}</td><td data-label="${esc(c.percentage)}">${p.percentage} %</td></tr>`,
  );
  return `<table class="wage"><thead><tr>${[c.phase, c.from, c.until, c.days, c.percentage]
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function dossierRow(d: DossierItem, w: PageWords, lang: Lang): string {
  const c = w.dossierCol;
  const title =
    d.id === 'deskundigenoordeel'
      ? `${w.deskundigenoordeel}${d.occurrence > 1 ? ` ${d.occurrence}` : ''}`
      : stepTitle({ id: d.id, occurrence: d.occurrence }, lang);
  const present = d.present
    ? `<span class="yes"><span aria-hidden="true">✔</span> ${esc(w.yes)}</span>`
    : d.required
      ? `<span class="no"><span aria-hidden="true">✖</span> ${esc(w.missing)}</span>`
      : `<span class="sub">${esc(w.notYet)}</span>`;
  return `<tr data-dossier="${esc(d.id)}" data-occurrence="${d.occurrence}"><td data-label="${esc(c.item)}">${esc(title)}</td><td data-label="${esc(c.required)}">${esc(d.required ? w.yes : w.no)}</td><td data-label="${esc(c.present)}">${present}</td><td data-label="${esc(c.date)}">${d.date === null ? '—' : date(d.date, lang)}</td></tr>`;
}

/** The dossier checklist. */
export function dossierHtml(t: CaseTimeline, w: PageWords, lang: Lang): string {
  const c = w.dossierCol;
  return `<table class="dossier"><thead><tr>${[c.item, c.required, c.present, c.date]
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join('')}</tr></thead><tbody>${(t.dossier ?? []).map((d) => dossierRow(d, w, lang)).join('')}</tbody></table>`;
}
