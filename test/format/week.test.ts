/**
 * Every renderer shows the engine's week of sickness for each milestone (`Milestone.week`), read
 * back out of its output: the table's week column, the CSV `week` column, the ICS description, the
 * HTML table's week cell and the SVG marker's text. No renderer counts weeks itself.
 */

import { describe, expect, it } from 'vitest';
import { renderCsv, renderHtmlReport, renderIcs, renderTable, renderTimelineSvg, TIMELINE_CSV_COLUMNS } from '../../src/format/index.js';
import { stepKey } from '../../src/format/labels.js';
import { type CaseTimeline, evaluateCase } from '../../src/index.js';
import { validCaseArb } from '../arbitraries.js';
import { fc, test } from '../fc.js';
import { parseCsv, unfoldIcs } from './parse.js';

type Weeks = Map<string, number>;

const engine = (t: CaseTimeline): Weeks => new Map(t.milestones.map((m) => [stepKey(m), m.week]));

/**
 * Table rows follow the header line, one per milestone in timeline order, each starting with its
 * week (lines below a row, which continue a wrapped step, start with spaces only); in both forms.
 */
function tableWeeks(t: CaseTimeline, lang: 'nl' | 'en', wide = false): Weeks {
  const lines = renderTable(t, { lang, wide }).split('\n');
  const header = lines.findIndex((l) => l.startsWith('Week'));
  const rows = lines.slice(header + 1).filter((l) => /^ *\d+ {2}/.test(l));
  return new Map(t.milestones.map((m, i) => [stepKey(m), Number(rows[i]?.trim().split(/\s+/)[0])]));
}

function csvWeeks(t: CaseTimeline): Weeks {
  const [header, ...rows] = parseCsv(renderCsv(t));
  const col = (name: string): number => (header ?? []).indexOf(name);
  expect(header).toEqual([...TIMELINE_CSV_COLUMNS]);
  return new Map(rows.map((r) => [`${r[col('id')]}#${r[col('occurrence')]}`, Number(r[col('week')])]));
}

function icsWeeks(t: CaseTimeline, lang: 'nl' | 'en'): Weeks {
  const out: Weeks = new Map();
  const label = lang === 'nl' ? 'Ziekteweek' : 'Week of sickness';
  for (const block of renderIcs(t, { lang }).split('BEGIN:VEVENT').slice(1)) {
    const lines = unfoldIcs(block);
    const uid = /^UID:poortwachter-\d{4}-\d{2}-\d{2}-(.+)-(\d+)@poortwachter$/.exec(lines.find((l) => l.startsWith('UID:')) ?? '');
    const week = new RegExp(`${label}: (\\d+)`).exec(lines.find((l) => l.startsWith('DESCRIPTION:')) ?? '');
    if (uid !== null && week !== null) out.set(`${uid[1]}#${uid[2]}`, Number(week[1]));
  }
  return out;
}

/** The HTML table's week cell: the second cell of each milestone row. */
function htmlWeeks(t: CaseTimeline): Weeks {
  const out: Weeks = new Map();
  const html = renderHtmlReport(t);
  for (const m of html.matchAll(/<tr id="m-(.+?)-(\d+)" [^>]*>\n<td>.*?<\/td>\n<td class="nowrap"[^>]*>(\d+)<\/td>/g)) {
    out.set(`${m[1]}#${m[2]}`, Number(m[3]));
  }
  return out;
}

/** The SVG marker's text alternative: `… (week 6) …`. */
function svgWeeks(t: CaseTimeline, lang: 'nl' | 'en'): Weeks {
  const out: Weeks = new Map();
  for (const m of renderTimelineSvg(t, { lang }).matchAll(
    /data-milestone-id="([^"]+)" data-occurrence="(\d+)"[^>]*><title>[^<]*\(week (\d+)\)/g,
  )) {
    out.set(`${m[1]}#${m[2]}`, Number(m[3]));
  }
  return out;
}

describe("every renderer shows the engine's week", () => {
  test.prop([validCaseArb(12), fc.constantFrom('nl' as const, 'en' as const)], { numRuns: 40 })(
    'table, CSV, ICS, HTML and SVG agree with Milestone.week',
    ({ input, asOf }, lang) => {
      const t = evaluateCase(input, { asOf });
      const expected = engine(t);
      expect(tableWeeks(t, lang)).toEqual(expected);
      expect(tableWeeks(t, lang, true)).toEqual(expected);
      expect(csvWeeks(t)).toEqual(expected);
      expect(htmlWeeks(t)).toEqual(expected);
      expect(svgWeeks(t, lang)).toEqual(expected);
      // The calendar has an event per step except the info dates (open ones confirmed, the rest cancelled).
      const inCalendar = new Map(t.milestones.filter((m) => m.kind !== 'info').map((m) => [stepKey(m), m.week]));
      expect(icsWeeks(t, lang)).toEqual(inCalendar);
    },
  );

  it('shows week 6 for the probleemanalyse of issue 10 in every format (hersteld 1 Feb, due 26 Feb 2025)', () => {
    const t = evaluateCase(
      { firstSickDay: '2025-01-06', events: [{ type: 'hersteld', date: '2025-02-01' }] },
      { asOf: '2025-02-10', policy: { firstWeeks: 'counted' } }, // sick days, as in issue 10
    );
    const pa = t.milestones.find((m) => m.id === 'probleemanalyse');
    expect(pa).toMatchObject({ due: '2025-02-26', week: 6 });
    const key = 'probleemanalyse#1';
    expect(tableWeeks(t, 'nl').get(key)).toBe(6);
    expect(csvWeeks(t).get(key)).toBe(6);
    expect(htmlWeeks(t).get(key)).toBe(6);
    expect(svgWeeks(t, 'nl').get(key)).toBe(6);
    expect(icsWeeks(t, 'nl').get(key)).toBe(6);
  });
});
