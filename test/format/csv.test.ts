import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, renderCsv, renderWagePhasesCsv, TIMELINE_CSV_COLUMNS, TIMELINE_CSV_HEADERS } from '../../src/format/index.js';
import { evaluateCase, legalBasisOf } from '../../src/index.js';
import { fc, test } from '../fc.js';

/** An independent RFC 4180 reader: records end in CRLF, fields quoted when they hold , " CR or LF. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else if (c === '"' || c === '\r' || c === '\n') {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}: not RFC 4180`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('last record without CRLF');
  return records;
}

const sample = JSON.parse(readFileSync(join(import.meta.dirname, '../../examples/complex-case.json'), 'utf8'));

describe('csvCell', () => {
  it('quotes fields with a comma, quote, CR or LF and doubles quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('guards text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+31 6 1234')).toBe("'+31 6 1234");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('guards a formula after leading spaces, and the full-width ＝＋－＠ that spreadsheets read as = + - @', () => {
    expect(csvCell('  =1+1')).toBe("'  =1+1");
    expect(csvCell(' \u00a0@SUM(A1)')).toBe("' \u00a0@SUM(A1)");
    expect(csvCell('\n=1+1')).toBe(`"'\n=1+1"`);
    for (const c of ['＝', '＋', '－', '＠']) expect(csvCell(`${c}1+1`)).toBe(`'${c}1+1`);
    expect(csvCell(' ＝1')).toBe("' ＝1");
    expect(csvCell('a =1')).toBe('a =1'); // not at the start: text
  });

  it('writes numbers, booleans and empty values as they are', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  test.prop([fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 8 })])(
    'round-trips any text through an RFC 4180 reader (formula starts get one leading quote)',
    (values) => {
      const [record] = parseCsv(csvRow(values));
      expect(record).toEqual(values.map((v) => (/^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/.test(v) ? `'${v}` : v)));
    },
  );
});

describe('renderCsv', () => {
  const timeline = evaluateCase(sample, { asOf: '2025-06-02' });

  it('has a header row and one record per milestone, all of equal width, CRLF line ends', () => {
    const records = parseCsv(renderCsv(timeline));
    expect(records[0]).toEqual([...TIMELINE_CSV_COLUMNS]);
    expect(records).toHaveLength(timeline.milestones.length + 1);
    for (const r of records) expect(r).toHaveLength(TIMELINE_CSV_COLUMNS.length);
  });

  it('keeps ISO dates, statuses and ids as data', () => {
    const records = parseCsv(renderCsv(timeline, { lang: 'en' }));
    timeline.milestones.forEach((m, i) => {
      const r = records[i + 1] as string[];
      expect(r[0]).toBe(m.id);
      expect(r[1]).toBe(String(m.occurrence));
      expect(r[6]).toBe(m.due);
      expect(r[7]).toBe(String(m.week)); // the engine's week, not one the renderer counts
      expect(r[8]).toBe(String(m.countedDay));
      expect(r[10]).toBe(m.status);
      expect(r[11]).toBe(m.completedOn ?? '');
      expect(r[12]).toBe(
        legalBasisOf(m)
          .map((b) => b.citation)
          .join('; '),
      );
    });
    expect(records[1]?.[4]).toBe('Report to the occupational physician');
  });
});

describe('CSV for Dutch Excel and for payroll (issue 11)', () => {
  const t = evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-10' });

  it('writes the Dutch Excel dialect: a UTF-8 BOM and semicolons, quoting a cell with a semicolon', () => {
    const text = renderCsv(t, { dialect: 'excel-nl' });
    expect(text.startsWith('\uFEFFStap (code);Keer;Soort;Wie;Stap;Vanaf;Uiterlijk;Ziekteweek;Ziektedag;')).toBe(true);
    expect(csvRow(['a;b', 'geëvalueerd', '€ 455', '–'], ';')).toBe('"a;b";geëvalueerd;€ 455;–\r\n');
    // the BOM makes Excel read the bytes as UTF-8: the ë survives the round trip through a Buffer
    expect(Buffer.from(csvRow(['geëvalueerd'], ';'), 'utf8').toString('utf8')).toBe('geëvalueerd\r\n');
  });

  it('names the columns and writes the code columns in words of the language (issue 21)', () => {
    const [header, ...rows] = renderCsv(t, { dialect: 'excel-nl' }).slice(1).split('\r\n');
    expect(header?.split(';')).toEqual([...TIMELINE_CSV_HEADERS.nl]);
    const pa = rows.find((r) => r.startsWith('probleemanalyse;'))?.split(';');
    // kind, actor, status: words; the last column explains the status
    expect([pa?.[2], pa?.[3], pa?.[10], pa?.at(-1)]).toEqual([
      'wettelijk',
      'bedrijfsarts',
      'verstreken',
      'termijn verstreken en nog niet gedaan',
    ]);
    const pva = rows.find((r) => r.startsWith('plan-van-aanpak;'))?.split(';');
    expect(pva?.[3]).toBe('werkgever en werknemer');
    const en = renderCsv(t, { dialect: 'excel-nl', lang: 'en' }).slice(1).split('\r\n');
    expect(en[0]?.split(';')).toEqual([...TIMELINE_CSV_HEADERS.en]);
    expect(en.find((r) => r.startsWith('probleemanalyse;'))?.split(';')[2]).toBe('legal');
    // without the dialect: codes, for programs
    expect(renderCsv(t).split('\r\n')[0]).toBe(TIMELINE_CSV_COLUMNS.join(','));
  });

  it('writes one row per employee per wage phase', () => {
    const text = renderWagePhasesCsv([
      { id: 'E1', timeline: t },
      {
        id: 'E2',
        timeline: evaluateCase(
          {
            firstSickDay: '2025-01-06',
            events: [
              { type: 'hersteld', date: '2025-03-03' },
              { type: 'ziek', date: '2025-03-17' },
            ],
          },
          { asOf: '2025-03-17' },
        ),
      },
    ]);
    expect(text.split('\r\n')).toEqual([
      'employee,phase,from,until,days,percentage,ranges',
      'E1,jaar-1,2025-01-06,2026-01-04,364,70,2025-01-06/2026-01-04',
      'E1,jaar-2,2026-01-05,2027-01-03,364,70,2026-01-05/2027-01-03',
      // 14 fit days (2025-03-03 … 03-16) left out; year 2 starts 14 days later (see docs/rules.md)
      'E2,jaar-1,2025-01-06,2026-01-18,364,70,2025-01-06/2025-03-02 2025-03-17/2026-01-18',
      'E2,jaar-2,2026-01-19,2027-01-17,364,70,2026-01-19/2027-01-17',
      '',
    ]);
  });
});
