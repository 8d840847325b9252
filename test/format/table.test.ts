import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { evaluateCase, formatIsoDate, parseIsoDate, readableDate, renderTable } from '../../src/index.js';

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
      expect(row.slice(statusAt)).toMatch(/^(gedaan|te laat gedaan|verstreken|binnenkort|gepland|opgeschort|n\.v\.t\.)/);
    });
    expect(text).toContain('\nBevindingen\n');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('marks advice and info steps', () => {
    const text = renderTable(timeline);
    expect(text).toContain('Melding aan de bedrijfsarts (advies)');
    expect(text).toContain('Einde wachttijd (ter informatie)');
    expect(renderTable(timeline, { lang: 'en' })).toContain('Report to the occupational physician (advice)');
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
