/**
 * Dutch that is Dutch (issue 21): the Dutch outputs of the example cases — table, HTML, CSV for
 * Excel, the JSON Schemas and the worklist's errors — hold none of the English or mixed words a
 * Dutch verzuimcasemanager tripped over, one word for the case (verzuimgeval), Dutch UWV pages, and
 * status words that fit who acts (UWV sends its letter; the employer did nothing late).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { SCHEMA_DESCRIPTIONS_NL } from '../../src/i18n/schema-nl.js';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

async function run(args: string[], input = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await runCli(args, { stdin: Readable.from([input]), stdout, stderr, env: {} });
  return { code, out: stdout.text, err: stderr.text };
}

const examples = join(import.meta.dirname, '../../examples');
const caseFiles = readdirSync(examples).filter((f) => f.endsWith('.json'));
const AS_OF = '2026-07-01';

/** The words of the issue: English, or a second and third Dutch word for the case. */
const FORBIDDEN: readonly [RegExp, string][] = [
  [/best practice/i, 'English "best practice"'],
  [/\(practice\)|\bpractice\b/i, 'English "practice"'],
  [/uwv\.nl\/en\//, "a link to UWV's English pages"],
  [/\belke case\b|\bcases?\b/i, 'English "case"'],
  [/\bcasus(sen|bestand)?\b/i, '"casus" (the word is verzuimgeval)'],
  [/\bzaak\b|\bzaken\b/i, '"zaak" (the word is verzuimgeval)'],
  [/\bziektegeval(len)?\b/i, '"ziektegeval" (the word is verzuimgeval)'],
  [/Gevolg: advies/, '"Gevolg: advies"'],
];

function expectDutch(text: string, where: string): void {
  // Field names and codes of the data are not words: `"case":`, `firstSickDay`, ids in URLs.
  const words = text
    .replace(/"[A-Za-z-]+":/g, ' ')
    .replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, ' ') // codes such as case-closed, done-late
    .replace(/https?:\/\/(?!www\.uwv\.nl\/en\/|uwv\.nl\/en\/)\S+/g, ' ');
  for (const [pattern, what] of FORBIDDEN) {
    const hit = words.match(pattern);
    expect(hit, `${where}: ${what} in …${hit ? words.slice(Math.max(0, (hit.index ?? 0) - 60), (hit.index ?? 0) + 40) : ''}…`).toBeNull();
  }
}

describe.each(caseFiles)('the Dutch outputs of examples/%s', (file) => {
  const args = ['--case', join(examples, file), '--as-of', AS_OF, '--lang', 'nl'];

  it('table (narrow and wide) and HTML: no English or mixed words', async () => {
    for (const extra of [
      ['--format', 'table'],
      ['--format', 'table', '--wide'],
      ['--format', 'html'],
    ]) {
      const r = await run(['timeline', ...args, ...extra]);
      expect(r.code, r.err).toBe(0);
      expectDutch(r.out, `${file} ${extra.join(' ')}`);
    }
  });

  it('links UWV’s Dutch pages in Dutch and its English ones in English', async () => {
    const nl = await run(['timeline', ...args, '--format', 'html']);
    const en = await run(['timeline', '--case', join(examples, file), '--as-of', AS_OF, '--lang', 'en', '--format', 'html']);
    expect(nl.out).not.toContain('uwv.nl/en/');
    expect(nl.out).toContain('https://www.uwv.nl/werkgevers/formulieren/');
    expect(en.out).toContain('https://www.uwv.nl/en/employers/forms/creating-an-action-plan-to-help-your-employee-return-to-work');
  });

  it('CSV for Excel: a Dutch header row and Dutch words in the code columns', async () => {
    const r = await run(['timeline', ...args, '--format', 'csv', '--excel']);
    expect(r.code, r.err).toBe(0);
    expectDutch(r.out, `${file} csv --excel`);
    const [header, ...rows] = r.out
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(header).not.toMatch(/\b(occurrence|kind|actor|title|due|week|status_label|completed_on|legal_basis)\b|_/);
    const codes =
      /^(legal|advice|info|protocol|werkgever\+werknemer|uwv|done|done-late|overdue|due-soon|upcoming|suspended|not-applicable)$/;
    for (const row of rows) {
      const cells = row.split(';');
      for (const i of [2, 3, 10]) expect(cells[i], row).not.toMatch(codes);
    }
  });
});

describe('status words that fit who acts', () => {
  // complex-case: UWV's letter about the WIA application is expected on ma 8 jun. 2026; it came on
  // 2026-06-20, twelve days late. UWV sent it late — the employer did nothing late.
  const input = JSON.parse(readFileSync(join(examples, 'complex-case.json'), 'utf8'));
  input.events.push({ type: 'wia-brief-ontvangen', date: '2026-06-20' });

  it('shows UWV’s late letter as received late, the end of the wachttijd as expected', async () => {
    for (const format of ['table', 'html', 'csv']) {
      const r = await run(
        ['timeline', '--case', '-', '--as-of', AS_OF, '--lang', 'nl', '--format', format, '--wide'],
        JSON.stringify(input),
      );
      expect(r.code, r.err).toBe(0);
      const letter = r.out
        .split(/\r?\n/)
        .find((l) => /Brief van UWV over de WIA-aanvraag/.test(l) || /data-row-milestone-id="wia-brief-uwv"/.test(l));
      expect(letter, format).toBeDefined();
      if (format === 'html') {
        const row = r.out.slice(r.out.indexOf('data-row-milestone-id="wia-brief-uwv"'));
        const status = row.slice(0, row.indexOf('</tr>'));
        expect(status).toContain('laat ontvangen');
        expect(status).toContain('ontvangen op');
        expect(status).not.toMatch(/gedaan|gepland/);
        const end = r.out.slice(r.out.indexOf('data-row-milestone-id="einde-wachttijd"'));
        expect(end.slice(0, end.indexOf('</tr>'))).toContain('verwacht');
      } else {
        expect(letter).toContain('laat ontvangen');
        expect(letter).not.toMatch(/te laat gedaan|gepland/);
        const end = r.out.split(/\r?\n/).find((l) => /Einde wachttijd/.test(l));
        expect(end).not.toMatch(/gepland/);
        expect(end).toMatch(/verwacht/);
      }
    }
  });
});

describe('the JSON Schemas with --lang nl', () => {
  it.each(['input', 'timeline', 'batch-line'])('describes every field of %s in Dutch, and in English with --lang en', async (which) => {
    const nl = await run(['schema', which, '--lang', 'nl']);
    const en = await run(['schema', which, '--lang', 'en']);
    const descriptions = (text: string) =>
      [...text.matchAll(/"description": "((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
    const dutch = new Set(Object.values(SCHEMA_DESCRIPTIONS_NL));
    expect(descriptions(nl.out).length).toBeGreaterThan(0);
    for (const d of descriptions(nl.out)) expect(dutch.has(d), d).toBe(true);
    for (const d of descriptions(en.out)) expect(Object.hasOwn(SCHEMA_DESCRIPTIONS_NL, d), d).toBe(true);
    expectDutch(nl.out, `schema ${which}`);
  });
});

describe('the worklist with --lang nl', () => {
  it('says what is wrong with a line in Dutch, with one word for the case', async () => {
    const lines = `${JSON.stringify({ firstSickDay: '2025-01-06' })}\n${JSON.stringify({ id: 'X', firstSickDay: '2025-02-30' })}\n`;
    for (const format of ['table', 'json', 'csv']) {
      const r = await run(['worklist', '-', '--as-of', '2025-06-01', '--lang', 'nl', '--format', format], lines);
      expect(r.err).toMatch(/regel 1/);
      expectDutch(r.err, `worklist ${format} stderr`);
      if (format === 'table') expectDutch(r.out, 'worklist table');
    }
  });

  it('names what missing an advice step costs in Dutch words, not "advies"', async () => {
    const input = readFileSync(join(examples, 'payroll-export.ndjson'), 'utf8');
    const r = await run(['worklist', '-', '--as-of', '2025-06-01', '--lang', 'nl', '--format', 'table'], input);
    expect(r.out).toMatch(/geen sanct/); // the worklist table may cut the column
    expect(r.out).not.toMatch(/ advies\s*$/m);
    expectDutch(r.out, 'worklist table');
  });
});
