/**
 * The timeline picture as SVG text: writes a {@link PictureModel} (./svg-model.ts) with its
 * patterns, colours, shapes per status (never colour alone) and text alternatives. Every text of
 * the model is escaped here, once.
 *
 * @module
 */
import type { MilestoneStatus } from '../types.js';
import { escapeXml as esc, STATUS_COLORS } from './report-common.js';
import { AXIS_Y, PERIOD_Y, PLOT_W, PLOT_X, ROW_H, r1, WACHT_Y, WIDTH } from './svg-layout.js';
import type { Box, Phase, PictureModel } from './svg-model.js';
import type { LegendModel, LegendSymbol, LinesModel, Marker, RowModel } from './svg-steps.js';

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";
const INK = '#1f2328';
const MUTED = '#57606a';
const GRID = '#d8dee4';

/**
 * The SVG text of a picture: `<svg …>` with its `<title>` and `<desc>` first. Its role is `group`,
 * named by the title and the description, not `img`: an image's children are presentational, and
 * the markers are links to the rows of the report (axe: nested-interactive).
 *
 * @example
 * serialisePicture(pictureModel(timeline, events, 'nl', 'pw')).startsWith('<svg') //=> true
 */
export function serialisePicture(model: PictureModel): string {
  const idp = esc(model.idPrefix);
  const { height } = model;
  const out = [
    ...axis(model),
    ...periods(model, idp),
    ...wachttijd(model, idp),
    ...rows(model.rows),
    `<g class="pw-markers" font-family="${FONT}">`,
    ...model.markers.map(marker),
    '</g>',
    ...lines(model.lines),
    ...legend(model.legend, idp),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" class="pw-timeline" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="group" aria-labelledby="${idp}-title ${idp}-desc" data-first-sick-day="${esc(model.firstSickDay)}" data-as-of="${esc(model.asOf)}">
<title id="${idp}-title">${esc(model.title)}</title>
<desc id="${idp}-desc">${esc(model.desc)}</desc>
${defs(idp)}
<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>
${out.join('\n')}
</svg>`;
}

/** Patterns for fit gaps, leave, extension and loonsanctie (meaning by texture, not hue). */
function defs(idp: string): string {
  return `<defs>
<pattern id="${idp}-fit" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#57606a" stroke-width="1.6"/></pattern>
<pattern id="${idp}-leave" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#f3e8ff"/><circle cx="3" cy="3" r="1.4" fill="#6f42c1"/></pattern>
<pattern id="${idp}-ext" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="8" height="8" fill="#eef2f6"/><line x1="0" y1="0" x2="0" y2="8" stroke="#8c959f" stroke-width="1"/></pattern>
<pattern id="${idp}-sanction" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#fff1f0"/><path d="M0 0L8 8M8 0L0 8" stroke="#c21a26" stroke-width="0.9"/></pattern>
<pattern id="${idp}-assumed" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#dbe7f5"/><line x1="0" y1="0" x2="0" y2="6" stroke="#9db7d9" stroke-width="2"/></pattern>
</defs>`;
}

/** Years, months, weeks of sickness and their grid. */
function axis(model: PictureModel): string[] {
  const grid: string[] = [];
  const labels: string[] = [];
  for (const m of model.axis.months) {
    grid.push(`<line x1="${m.x}" y1="${AXIS_Y - 30}" x2="${m.x}" y2="${AXIS_Y - 18}" stroke="${GRID}"/>`);
    if (m.year !== null) {
      labels.push(`<text x="${m.year.x}" y="${AXIS_Y - 40}" font-size="11" font-weight="600" fill="${INK}">${esc(m.year.text)}</text>`);
      grid.push(`<line x1="${m.x}" y1="${AXIS_Y - 50}" x2="${m.x}" y2="${AXIS_Y - 18}" stroke="#afb8c1"/>`);
    }
    if (m.label !== null)
      labels.push(`<text x="${m.label.x}" y="${AXIS_Y - 22}" font-size="9.5" fill="${MUTED}">${esc(m.label.text)}</text>`);
  }
  for (const w of model.axis.weeks) {
    if (w.label !== null) {
      grid.push(`<line x1="${w.x}" y1="${AXIS_Y - 14}" x2="${w.x}" y2="${model.chartBottom}" stroke="${GRID}"/>`);
      labels.push(`<text x="${w.label.x}" y="${AXIS_Y - 5}" font-size="9.5" fill="${MUTED}">${esc(w.label.text)}</text>`);
    } else {
      grid.push(`<line x1="${w.x}" y1="${AXIS_Y - 3}" x2="${w.x}" y2="${AXIS_Y}" stroke="#afb8c1"/>`);
    }
  }
  return [
    `<g class="pw-axis" aria-hidden="true" font-family="${FONT}">`,
    `<text x="${PLOT_X - 8}" y="${AXIS_Y - 5}" font-size="9.5" fill="${MUTED}" text-anchor="end">${esc(model.axis.title)}</text>`,
    ...grid,
    `<line x1="${PLOT_X}" y1="${AXIS_Y}" x2="${PLOT_X + PLOT_W}" y2="${AXIS_Y}" stroke="${MUTED}"/>`,
    ...labels,
    '</g>',
  ];
}

/** The fill and stroke of each kind of box. */
function boxStyle(kind: Box['kind'], idp: string): string {
  switch (kind) {
    case 'sick':
      return `fill="#3e6fb0"`;
    case 'sick-assumed':
      return `fill="url(#${idp}-assumed)" stroke="#3e6fb0" stroke-width="0.8" stroke-dasharray="3 2"`;
    case 'fit-gap':
      return `fill="url(#${idp}-fit)" stroke="${MUTED}" stroke-width="0.8"`;
    case 'leave':
      return `fill="url(#${idp}-leave)" stroke="#6f42c1" stroke-width="0.8"`;
    case 'previous-period':
      return `fill="#d0d7de" stroke="${MUTED}" stroke-width="0.8"`;
    default:
      return kind satisfies never;
  }
}

function rect(b: Box, idp: string): string {
  return `<rect class="pw-${b.kind}" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" ${boxStyle(b.kind, idp)}><title>${esc(b.title)}</title></rect>`;
}

/** Sick periods, fit gaps, leave and the earlier cases. */
function periods(model: PictureModel, idp: string): string[] {
  return [
    `<g class="pw-periods" font-family="${FONT}">`,
    `<text x="${PLOT_X - 8}" y="${PERIOD_Y + ROW_H / 2 + 4}" font-size="11" font-weight="600" fill="${INK}" text-anchor="end">${esc(model.periods.title)}</text>`,
    ...model.periods.boxes.map((b) => rect(b, idp)),
    ...model.previousCases.map(
      (c) => `<g class="pw-previous-case" data-first-sick-day="${esc(c.firstSickDay)}">${c.boxes.map((b) => rect(b, idp)).join('')}</g>`,
    ),
    '</g>',
  ];
}

/** The fill and stroke of each phase of the wachttijd row. */
function phaseStyle(kind: Phase['kind'], idp: string): string {
  switch (kind) {
    case 'wachttijd':
      return `fill="#eef2f6" stroke="#8c959f" stroke-width="0.8"`;
    case 'extension':
      return `fill="url(#${idp}-ext)" stroke="#8c959f" stroke-width="0.8"`;
    case 'no-wage':
      return `fill="#ffffff" stroke="${MUTED}" stroke-width="0.8" stroke-dasharray="3 2"`;
    case 'late-application':
      return `fill="#fff4e5" stroke="#8a4b00" stroke-width="0.8"`;
    case 'loonsanctie':
      return `fill="url(#${idp}-sanction)" stroke="#c21a26" stroke-width="0.8"`;
    default:
      return kind satisfies never;
  }
}

/** The wachttijd: 104 weeks, then verlenging and loonsanctie (textures and words, not hue). */
function wachttijd(model: PictureModel, idp: string): string[] {
  const phase = (p: Phase): string =>
    `<g class="pw-${p.kind}"><rect x="${p.x}" y="${p.y}" width="${p.width}" height="${p.height}" ${phaseStyle(p.kind, idp)}><title>${esc(p.title)}</title></rect>` +
    (p.label === null
      ? ''
      : `<text x="${p.label.x}" y="${p.label.y}" font-size="9.5" fill="${INK}" aria-hidden="true">${esc(p.label.text)}</text>`) +
    '</g>';
  return [
    `<g class="pw-wachttijd-row" font-family="${FONT}">`,
    `<text x="${PLOT_X - 8}" y="${WACHT_Y + ROW_H / 2 + 3}" font-size="11" font-weight="600" fill="${INK}" text-anchor="end">${esc(model.wachttijd.title)}</text>`,
    ...model.wachttijd.phases.map(phase),
    '</g>',
  ];
}

/** The rows of steps: stripes and the steps' names. */
function rows(model: readonly RowModel[]): string[] {
  const out: string[] = [];
  for (const row of model) {
    if (row.striped) out.push(`<rect x="0" y="${row.top}" width="${WIDTH}" height="${ROW_H}" fill="#f6f8fa"/>`);
    const { x, y, lines, title } = row.label;
    if (lines.length === 1) {
      out.push(`<text x="${x}" y="${y}" font-size="11" fill="${INK}" text-anchor="end">${esc(lines[0])}</text>`);
    } else {
      const tooltip = title === null ? '' : `<title>${esc(title)}</title>`;
      out.push(
        `<text class="pw-row-label" x="${x}" y="${y}" font-size="9.5" fill="${INK}" text-anchor="end"><tspan x="${x}" dy="0">${esc(lines[0])}</tspan><tspan x="${x}" dy="10">${esc(lines[1])}</tspan>${tooltip}</text>`,
      );
    }
  }
  return [`<g class="pw-rows" font-family="${FONT}">`, ...out, '</g>'];
}

/** A milestone: a link to its row in the report, its marker and what is drawn around it. */
function marker(m: Marker): string {
  const { x: cx, y: cy } = m;
  const color = STATUS_COLORS[m.status];
  const parts: string[] = [];
  if (m.window !== null) {
    parts.push(
      `<rect class="pw-window" x="${m.window.x}" y="${cy - 5}" width="${m.window.width}" height="10" fill="${color}" fill-opacity="0.14" stroke="${color}" stroke-width="0.8"/>`,
    );
  }
  if (m.overdueSpan !== null) {
    parts.push(
      `<rect class="pw-overdue-span" x="${cx}" y="${cy - 2}" width="${m.overdueSpan.width}" height="4" fill="${color}" fill-opacity="0.55"/>`,
    );
  }
  if (m.legalLatest !== null) {
    const ll = m.legalLatest.x;
    parts.push(
      `<path class="pw-legal-latest" d="M${cx} ${cy}H${ll}M${ll} ${cy - 5}V${cy + 5}" stroke="${INK}" stroke-width="1.2" stroke-dasharray="2 1.5" fill="none"/>`,
    );
  }
  if (m.completed !== null) {
    const done = m.completed.x;
    parts.push(
      `<path class="pw-completed" d="M${cx} ${cy}H${done}M${done} ${cy - 7}V${cy + 7}" stroke="${color}" stroke-width="1.6" fill="none"${m.completed.late ? ' stroke-dasharray="3 2"' : ''}/>`,
    );
  }
  parts.push(markerShape(m.status, cx, cy, color));
  if (m.number !== null) {
    parts.push(`<text x="${cx}" y="${cy - 8}" font-size="8" fill="${INK}" text-anchor="middle" aria-hidden="true">${m.number}</text>`);
  }
  const alt = esc(m.alt);
  return `<a href="#m-${esc(m.id)}-${m.occurrence}" aria-label="${alt}"><g class="pw-milestone pw-${m.status}" data-milestone-id="${esc(m.id)}" data-occurrence="${m.occurrence}" data-due="${esc(m.due)}" data-status="${m.status}" data-x="${cx}" data-week="${m.week}"><title>${alt}</title>${parts.join('')}</g></a>`;
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

/** The end of the wachttijd and the peildatum. */
function lines(model: LinesModel): string[] {
  const out: string[] = [];
  const end = model.wachttijdEnd;
  if (end !== null) {
    out.push(
      `<line class="pw-wachttijd-end" x1="${end.x}" y1="${end.y1}" x2="${end.x}" y2="${end.y2}" stroke="${MUTED}" stroke-width="1.2" stroke-dasharray="6 3"/>`,
    );
  }
  const a = model.asOf;
  out.push(
    `<g class="pw-asof" data-asof="${esc(a.date)}"><line x1="${a.x}" y1="${a.y1}" x2="${a.x}" y2="${a.y2}" stroke="${INK}" stroke-width="2"/>`,
    `<text x="${a.x}" y="${a.text.y}" font-size="11" font-weight="700" fill="${INK}" text-anchor="${a.text.anchor}">${esc(a.text.text)}</text></g>`,
  );
  return [`<g class="pw-lines" font-family="${FONT}">`, ...out, '</g>'];
}

/** The symbol of a legend entry, centred on (cx, cy). */
function legendSymbol(symbol: LegendSymbol, cx: number, cy: number, idp: string): string {
  const band = (attrs: string): string => `<rect x="${cx - 8}" y="${cy - 6}" width="16" height="12" ${attrs}/>`;
  const tick = (stroke: string, attrs: string): string =>
    `<line x1="${cx}" y1="${cy - 7}" x2="${cx}" y2="${cy + 7}" stroke="${stroke}" ${attrs}/>`;
  switch (symbol) {
    case 'window':
      return `<rect x="${cx - 8}" y="${cy - 5}" width="16" height="10" fill="${STATUS_COLORS.upcoming}" fill-opacity="0.14" stroke="${STATUS_COLORS.upcoming}" stroke-width="0.8"/>`;
    case 'legal-latest':
      return `<path d="M${cx - 8} ${cy}H${cx + 8}M${cx + 8} ${cy - 5}V${cy + 5}" stroke="${INK}" stroke-width="1.2" stroke-dasharray="2 1.5" fill="none"/>`;
    case 'completed':
      return `<path d="M${cx - 8} ${cy}H${cx + 4}M${cx + 4} ${cy - 7}V${cy + 7}" stroke="${STATUS_COLORS.done}" stroke-width="1.6" fill="none"/>`;
    case 'overdue-span':
      return `<rect x="${cx - 8}" y="${cy - 2}" width="16" height="4" fill="${STATUS_COLORS.overdue}" fill-opacity="0.55"/>`;
    // The bands as drawn in the chart; extension and loonsanctie by their texture alone.
    case 'sick':
    case 'sick-assumed':
    case 'fit-gap':
    case 'leave':
      return band(boxStyle(symbol, idp));
    case 'previous-case':
      return band(boxStyle('previous-period', idp));
    case 'extension':
      return band(`fill="url(#${idp}-ext)"`);
    case 'loonsanctie':
      return band(`fill="url(#${idp}-sanction)"`);
    case 'no-wage':
      return band(phaseStyle('no-wage', idp));
    case 'as-of':
      return tick(INK, 'stroke-width="2"');
    case 'wachttijd-end':
      return tick(MUTED, 'stroke-width="1.2" stroke-dasharray="6 3"');
    default:
      return markerShape(symbol, cx, cy, STATUS_COLORS[symbol]);
  }
}

/** Every shape and texture with words. */
function legend(model: LegendModel, idp: string): string[] {
  return [
    `<g class="pw-legend" font-family="${FONT}" role="list" aria-label="${esc(model.label)}">`,
    `<line x1="0" y1="${model.top - 6}" x2="${WIDTH}" y2="${model.top - 6}" stroke="${GRID}"/>`,
    ...model.items.map(
      (it) =>
        `<g class="pw-legend-item" role="listitem">${legendSymbol(it.symbol, it.cx, it.cy, idp)}<text x="${it.textX}" y="${it.cy + 4}" font-size="11" fill="${INK}">${esc(it.text)}</text></g>`,
    ),
    '</g>',
  ];
}
