import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../../src/calendar/isoDate.js';
import { renderTable } from '../../src/format/index.js';
import { displayWidth, TABLE_WIDTH, wrapWords } from '../../src/format/table.js';
import { readableDate } from '../../src/i18n/dates.js';
import { evaluateCase } from '../../src/index.js';
import { renderedCorpus as corpusCases } from '../corpus.js';
import { fc, test } from '../fc.js';

const read = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../examples', name), 'utf8'));
const NL_DAYS = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];

describe('readableDate', () => {
  it('writes the Dutch weekday and abbreviated month', () => {
    expect(readableDate('2025-02-16', 'nl')).toBe('zo 16 feb. 2025');
    expect(readableDate('2025-04-27', 'nl')).toBe('zo 27 apr. 2025');
    expect(readableDate('2025-05-05', 'nl')).toBe('ma 5 mei 2025');
    expect(readableDate('2024-02-29', 'en')).toBe('Th 29 Feb 2024');
  });

  // Run under four TZ values by `npm test`: the local-noon Date never shifts the day.
  test.prop([fc.integer({ min: parseIsoDate('1900-01-01'), max: parseIsoDate('2199-12-31') })])(
    'names the same weekday and day as luxon in Europe/Amsterdam, in every machine time zone',
    (day) => {
      const iso = formatIsoDate(day);
      const oracle = DateTime.fromISO(iso, { zone: 'Europe/Amsterdam' });
      const [weekday, dayOfMonth, , year] = readableDate(iso, 'nl').split(' ');
      expect(weekday).toBe(NL_DAYS[oracle.weekday - 1]);
      expect(Number(dayOfMonth)).toBe(oracle.day);
      expect(Number(year)).toBe(oracle.year);
    },
  );
});

/**
 * The columns a line takes on a terminal, measured independently of the renderer: ANSI escapes and
 * combining marks take none, East Asian wide characters and emoji two, everything else (▲ ✓ ’ é) one.
 */
function columns(line: string): number {
  let n = 0;
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(line.replace(/\u001b\[[0-9;]*m/g, ''))) {
    n += /\p{Extended_Pictographic}|[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(segment) ? 2 : 1;
  }
  return n;
}
const widest = (text: string): number => Math.max(...text.split('\n').map(columns));

describe('renderTable', () => {
  const timeline = evaluateCase(read('sample-case.json'), { asOf: '2025-06-02' });

  it('opens with the case, then one row per milestone (long names wrapped in their column), then the findings', () => {
    const text = renderTable(timeline);
    const rows = text.split('\n');
    expect(rows[0]).toBe('Poortwachter · eerste ziektedag ma 6 jan. 2025 · peildatum ma 2 jun. 2025');
    expect(rows[1]).toMatch(/^ziek, week 22 \(148 ziektedagen\) · einde wachttijd zo 3 jan\. 2027/);
    expect(rows[2]).toBe('loondoorbetaling t/m zo 3 jan. 2027');
    const headerAt = rows.findIndex((r) => r.startsWith('Week'));
    const header = rows[headerAt] as string;
    expect(header).toMatch(/^Week {2}Uiterlijk +Stap +Wie +Status +Gedaan op$/);
    const statusAt = header.indexOf('Status');
    const stepAt = header.indexOf('Stap');
    // A row starts with its week; the lines below it continue its step or who.
    const body = rows.slice(headerAt + 1, rows.indexOf('Bevindingen') - 1);
    const starts = body.filter((r) => /^ *\d+ {2}/.test(r));
    expect(starts).toHaveLength(timeline.milestones.length);
    starts.forEach((row, i) => {
      const m = timeline.milestones[i];
      if (m === undefined) throw new Error('row without milestone');
      expect(row.slice(6)).toMatch(/^(ma|di|wo|do|vr|za|zo) \d{2}-\d{2}-\d{4}/);
      expect(row.slice(6, 19)).toBe(`${readableDate(m.due, 'nl').slice(0, 2)} ${m.due.slice(8)}-${m.due.slice(5, 7)}-${m.due.slice(0, 4)}`);
      expect(row.slice(statusAt)).toMatch(
        m.kind === 'info'
          ? /^(verwacht|binnenkort|mogelijk|kan nog kort|ontvangen|laat ontvangen|nog niet ontvangen|bereikt|aangevraagd|n\.v\.t\.)/
          : /^(gedaan|te laat gedaan|verstreken|binnenkort|gepland|opgeschort|n\.v\.t\.)/,
      );
    });
    for (const r of body.filter((x) => !/^ *\d+ {2}/.test(x))) expect(r.slice(0, stepAt).trim()).toBe('');
    // The window start is a line of its own under the step; long names wrap, never cut.
    expect(text).toMatch(/42e-weeksmelding aan UWV +werkgever +gepland\n +vanaf ma 20-10-2025\n/);
    expect(text).toMatch(/Signalering dreigend langdurig +werkgever +verstreken\n +verzuim \(week 3\) \(advies\)\n/);
    expect(text).not.toContain('…');
    expect(text).toContain('\nBevindingen\n');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('wraps findings under their severity word', () => {
    const text = renderTable(timeline);
    expect(text).toMatch(/\n {3}! waarschuwing: Signalering dreigend langdurig verzuim \(week 3\): uiterlijk .*\n {5}\S/);
  });

  it('keeps the one-line-per-step form with a window column behind wide', () => {
    const text = renderTable(timeline, { wide: true });
    const rows = text.split('\n');
    expect(rows[1]).toMatch(/· loondoorbetaling t\/m zo 3 jan\. 2027$/);
    const header = rows[3] as string;
    expect(header).toMatch(/^Week {2}Vanaf +Uiterlijk +Stap +Wie +Status +Gedaan op$/);
    const dueAt = header.indexOf('Uiterlijk');
    rows.slice(4, 4 + timeline.milestones.length).forEach((row, i) => {
      const m = timeline.milestones[i];
      if (m === undefined) throw new Error('row without milestone');
      expect(row.slice(dueAt).startsWith(readableDate(m.due, 'nl'))).toBe(true);
    });
    expect(widest(text)).toBeGreaterThan(100);
  });

  it('fits 100 columns for every case of the corpus and examples/, in nl and en, with and without colour', () => {
    const cases = corpusCases();
    expect(cases.length).toBeGreaterThan(150);
    const over: string[] = [];
    for (const c of cases) {
      for (const lang of ['nl', 'en'] as const) {
        for (const color of [false, true]) {
          const text = renderTable(c.timeline, { lang, color });
          for (const line of text.split('\n')) if (columns(line) > TABLE_WIDTH) over.push(`${c.name} ${lang}: ${columns(line)} ${line}`);
        }
      }
    }
    expect(over).toEqual([]);
    expect(TABLE_WIDTH).toBe(100);
  });

  it('counts the columns a terminal shows: escapes none, marks and accents one, wide characters two', () => {
    expect(displayWidth('\u001b[1;31mverstreken\u001b[0m')).toBe(10);
    expect(displayWidth('▲ te laat ✓')).toBe(11);
    expect(displayWidth('employee’s e\u0301')).toBe(12);
    expect(displayWidth('日本')).toBe(4);
    expect(columns('▲ ✓ 日本')).toBe(displayWidth('▲ ✓ 日本'));
  });

  it('wraps at spaces, and breaks a word only when it is longer than the line', () => {
    expect(wrapWords('Evaluatie plan van aanpak 16', 20, 0)).toEqual(['Evaluatie plan van', 'aanpak 16']);
    expect(wrapWords('kort', 20, 0)).toEqual(['kort']);
    expect(wrapWords('aaaaaaaaaa bb', 4, 0)).toEqual(['aaaa', 'aaaa', 'aa', 'bb']);
    expect(wrapWords('een twee drie', 9, 2, 0)).toEqual(['een twee', '  drie']);
    for (const line of wrapWords('a '.repeat(200), 17, 3, 5)) expect(displayWidth(line)).toBeLessThanOrEqual(17);
  });
  it('marks advice and info steps', () => {
    const text = renderTable(timeline, { wide: true });
    expect(text).toContain('Melding aan de bedrijfsarts (advies)');
    expect(text).toContain('Einde wachttijd (ter informatie)');
    expect(renderTable(timeline, { lang: 'en', wide: true })).toContain('Report to the occupational physician (advice)');
    // an info step is expected, not planned (issue 21)
    expect(renderTable(timeline)).toMatch(/Einde wachttijd \(ter +UWV +verwacht\n +informatie\)\n/);
  });

  it('colours only the status, only when asked', () => {
    expect(renderTable(timeline)).not.toMatch(/\u001b/);
    const coloured = renderTable(timeline, { color: true });
    expect(coloured).toMatch(/\u001b\[1;31mverstreken *\u001b\[0m/);
    expect(coloured).toMatch(/\u001b\[32mgedaan *\u001b\[0m/);
    // Without the escapes it is the same table.
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(renderTable(timeline));
  });

  it('says so when there are no findings', () => {
    const t = evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-01-07' });
    expect(renderTable(t, { lang: 'en' })).toContain('Findings\n  No findings.\n');
  });
});

describe('an evaluation keeps its number (issue 21)', () => {
  // complex-case.json on 2024-05-06: the step column is as wide as "Evaluatie plan van aanpak", so
  // "10", "11", … ended up alone on the line below their title.
  const input = JSON.parse(readFileSync(join(import.meta.dirname, '../../examples/complex-case.json'), 'utf8'));

  /** The continuation lines of the step column that hold only a number. */
  function loneNumbers(text: string, lang: 'nl' | 'en'): string[] {
    const lines = text.split('\n');
    const header = lines.findIndex((l) => l.startsWith('Week'));
    const stepAt = (lines[header] ?? '').indexOf(lang === 'nl' ? 'Stap' : 'Step');
    return lines
      .slice(header + 1)
      .filter((l) => l.slice(0, stepAt).trim() === '' && /^\d+$/.test(l.slice(stepAt).split(/\s{2,}/)[0] ?? ''));
  }

  it('never puts the number of an evaluation alone on a line', () => {
    const text = renderTable(evaluateCase(input, { asOf: '2024-05-06' }), { lang: 'nl' });
    expect(loneNumbers(text, 'nl')).toEqual([]);
    expect(text).toMatch(/ {2}Evaluatie plan van +werkgever en werknemer +gepland\n +aanpak 10\n/);
    expect(text).not.toContain('\u00A0'); // the binding space prints as a plain one
  });

  test.prop([fc.integer({ min: 0, max: 900 }), fc.constantFrom('nl' as const, 'en' as const)])(
    'keeps every number with its word, on any as-of date',
    (days, lang) => {
      const asOf = formatIsoDate(parseIsoDate(input.firstSickDay) + days);
      expect(loneNumbers(renderTable(evaluateCase(input, { asOf }), { lang }), lang)).toEqual([]);
    },
  );

  it('wraps at a non-breaking space never, and prints it as a space', () => {
    expect(wrapWords('Evaluatie plan van aanpak\u00A014', 25, 0)).toEqual(['Evaluatie plan van', 'aanpak 14']);
    expect(wrapWords('Evaluatie plan van aanpak 14', 25, 0)).toEqual(['Evaluatie plan van aanpak', '14']);
    expect(wrapWords('kort\u00A01', 25, 0)).toEqual(['kort 1']);
  });
});
