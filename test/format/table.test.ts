import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { evaluateCase, formatIsoDate, parseIsoDate, readableDate, renderTable, sicknessWeekOn } from '../../src/index.js';

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

describe('sicknessWeekOn', () => {
  test.prop([
    fc.integer({ min: parseIsoDate('2015-01-01'), max: parseIsoDate('2030-01-01') }),
    fc.integer({ min: 0, max: 800 }),
    fc.integer({ min: -30, max: 900 }),
  ])('is week n = ceil(counted day / 7) in an uninterrupted case, and currentWeek at asOf', (day1, age, offset) => {
    const t = evaluateCase({ firstSickDay: formatIsoDate(day1) }, { asOf: formatIsoDate(day1 + age) });
    expect(sicknessWeekOn(t, t.asOf)).toBe(t.currentWeek);
    const n = offset + 1;
    expect(sicknessWeekOn(t, formatIsoDate(day1 + offset))).toBe(n <= 0 ? 0 : Math.ceil(n / 7));
  });

  it('counts past 2199 for a case that starts late in 2199', () => {
    const t = evaluateCase({ firstSickDay: '2199-06-01' }, { asOf: '2199-06-10' });
    const end = t.milestones.find((m) => m.id === 'einde-wachttijd');
    expect(end?.due.startsWith('2201-')).toBe(true);
    expect(sicknessWeekOn(t, end?.due ?? '')).toBe(104);
  });

  it('skips the fit days of samentelling', () => {
    const t = evaluateCase(read('complex-case.json'), { asOf: '2025-06-02' });
    expect(sicknessWeekOn(t, t.asOf)).toBe(t.currentWeek);
    for (const m of t.milestones.filter(
      (x) => x.id === 'probleemanalyse' || x.id === 'eerstejaarsevaluatie' || x.id === 'einde-wachttijd',
    )) {
      const week = m.id === 'probleemanalyse' ? 6 : m.id === 'eerstejaarsevaluatie' ? 52 : 104;
      expect(sicknessWeekOn(t, m.due)).toBe(week);
    }
  });
});

describe('renderTable', () => {
  const timeline = evaluateCase(read('sample-case.json'), { asOf: '2025-06-02' });

  it('opens with the case, then one aligned row per milestone, then the findings', () => {
    const text = renderTable(timeline);
    const rows = text.split('\n');
    expect(rows[0]).toBe('Poortwachter · eerste ziektedag ma 6 jan. 2025 · peildatum ma 2 jun. 2025');
    expect(rows[1]).toMatch(/^ziek, week 22 \(148 ziektedagen\) · einde wachttijd zo 3 jan\. 2027/);
    const header = rows[3] as string;
    expect(header).toMatch(/^Week {2}Vanaf +Uiterlijk +Stap +Wie +Status +Gedaan op$/);
    const body = rows.slice(4, 4 + timeline.milestones.length);
    const statusAt = header.indexOf('Status');
    const dueAt = header.indexOf('Uiterlijk');
    body.forEach((row, i) => {
      const m = timeline.milestones[i];
      if (m === undefined) throw new Error('row without milestone');
      expect(row.slice(dueAt).startsWith(readableDate(m.due, 'nl'))).toBe(true);
      expect(row.slice(statusAt)).toMatch(/^(gedaan|te laat gedaan|te laat|binnenkort|gepland|opgeschort|n\.v\.t\.)/);
    });
    expect(text).toContain('\nBevindingen\n');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('marks advice and info steps', () => {
    const text = renderTable(timeline);
    expect(text).toContain('Melding aan de bedrijfsarts (advies)');
    expect(text).toContain('Einde wachttijd (info)');
    expect(renderTable(timeline, { lang: 'en' })).toContain('Report to the occupational physician (advice)');
  });

  it('colours only the status, only when asked', () => {
    expect(renderTable(timeline)).not.toMatch(/\u001b/);
    const coloured = renderTable(timeline, { color: true });
    expect(coloured).toMatch(/\u001b\[1;31mte laat *\u001b\[0m/);
    expect(coloured).toMatch(/\u001b\[32mgedaan *\u001b\[0m/);
    // Without the escapes it is the same table.
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(renderTable(timeline));
  });

  it('says so when there are no findings', () => {
    const t = evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-01-07' });
    expect(renderTable(t, { lang: 'en' })).toContain('Findings\n  No findings.\n');
  });
});
