/**
 * The case page's code that runs without a browser: its one call of the engine (the same issues as
 * `safeEvaluateCase`, without zod), the URL fragment, the form model, the date-fns stand-in of its
 * bundle and the data-* contract of its rows. The page in a browser: test/browser/page.test.ts.
 */

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format as dateFnsFormat } from 'date-fns/format';
import { enGB as dateFnsEnGB } from 'date-fns/locale/en-GB';
import { nl as dateFnsNl } from 'date-fns/locale/nl';
import { describe, expect, it } from 'vitest';
import { evaluateCase, safeEvaluateCase } from '../../src/case/parse.js';
import { PAGE_FILES } from '../../src/common/page-files.js';
import { pageEn } from '../../src/i18n/page-en.js';
import { pageNl } from '../../src/i18n/page-nl.js';
import { CHUNK_FILES, loadedChunk } from '../../src/page/chunks.js';
import { computeCase, explainMilestone } from '../../src/page/compute.js';
import { enGB, format, nl } from '../../src/page/date-format.js';
import { fromBase64Url, readFragment, toBase64Url, writeFragment } from '../../src/page/fragment.js';
import { COURSE_TYPES, EMPTY_CASE, fieldsOf, fromCaseInput, STEP_TYPES, toCaseInput } from '../../src/page/model.js';
import { stepsHtml } from '../../src/page/view.js';
import { fc, test } from '../fc.js';
import { runs } from '../fc-runs.js';

const AS_OF = '2025-06-02';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Inputs with problems of every kind the page can meet: typed in the form or loaded from a file. */
const BAD_INPUTS: readonly unknown[] = [
  {},
  { firstSickDay: '06-01-2025' },
  { firstSickDay: '2025-02-30' },
  { firstSickDay: 20250106 },
  { firstSickDay: '2025-01-06', events: [{ type: 'probleemanalyze', date: '2025-02-10' }] },
  { firstSickDay: '2025-01-06', events: [{ type: 'probleemanalyse' }] },
  { firstSickDay: '2025-01-06', events: [{ type: 'hersteld', date: '2024-12-31' }] },
  { firstSickDay: '2025-01-06', events: [{ type: 'zwangerschapsverlof', date: '2025-03-01', until: '2025-02-01' }] },
  { firstSickDay: '2025-01-06', events: [{ type: 'verlenging', date: '2026-10-01', weeks: 12 }] },
  { firstSickDay: '2025-01-06', events: [{ type: 'verlenging', date: '2026-10-01', weeks: '13' }] },
  { firstSickDay: '2025-01-06', events: [{ type: 'loonsanctie', date: '2027-01-10', weeks: 53 }] },
  { firstSickDay: '2025-01-06', events: [{ type: 'gedeeltelijk-hersteld', date: '2025-02-01', percentage: 150 }] },
  { firstSickDay: '2025-01-06', events: [{ type: 'gedeeltelijk-hersteld', date: '2025-02-01', percentage: '50' }] },
  { firstSickDay: '2025-01-06', events: [{ type: 'casemanager', date: '2025-03-01', casemanagerType: 'baas' }] },
  { firstSickDay: '2025-01-06', events: [{ type: 'hersteld', date: '2025-03-01', weeks: 3 }] },
  { firstSickDay: '2025-01-06', events: [{ type: 'hersteld', date: '2025-03-01', note: 5 }] },
  { firstSickDay: '2025-01-06', extra: true },
  { firstSickDay: '2025-01-06', vangnet: { grond: 'zwanger' } },
  { firstSickDay: '2025-01-06', vangnet: { grond: 'zwangerschap', bekendOp: '01-02-2025', x: 1 } },
  { firstSickDay: '2025-01-06', id: true },
  { firstSickDay: '2025-01-06', events: 'none' },
  { firstSickDay: '2025-01-06', events: [null, 3] },
];

const byPath = (issues: readonly { path: readonly (string | number)[]; code: string; message: { nl: string; en: string } }[]) =>
  issues
    .map((i) => ({ path: i.path.join('.'), code: i.code, nl: i.message.nl, en: i.message.en }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));

describe('computeCase: the page checks input as safeEvaluateCase does, without zod', () => {
  for (const input of BAD_INPUTS) {
    it(`gives the same issues (path, code, Dutch and English message) for ${JSON.stringify(input)}`, () => {
      const page = computeCase(input, AS_OF);
      const library = safeEvaluateCase(input, { asOf: AS_OF });
      expect(page.ok).toBe(false);
      expect(library.success).toBe(false);
      if (page.ok || library.success) return;
      expect(byPath(page.issues)).toEqual(byPath(library.issues));
    });
  }

  it('suggests the ISO date of a Dutch-order date and the nearest event type ("bedoelde u …?")', () => {
    const r = computeCase({ firstSickDay: '06-01-2025', events: [{ type: 'probleemanalyze', date: '2025-02-10' }] }, AS_OF);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.message.nl)).toEqual([
      expect.stringContaining('bedoelde u 2025-01-06?'),
      expect.stringContaining("bedoelde u 'probleemanalyse'?"),
    ]);
  });

  it('gives the library timeline for valid input, and its explanation on request', () => {
    const input = {
      firstSickDay: '2025-01-06',
      events: [
        { type: 'probleemanalyse', date: '2025-02-20' },
        { type: 'hersteld', date: '2025-03-10' },
        { type: 'ziek', date: '2025-03-24' },
      ],
    };
    const r = computeCase(input, AS_OF);
    expect(r).toEqual({ ok: true, timeline: evaluateCase(input as never, { asOf: AS_OF, dossier: true }) });
    if (!r.ok) return;
    const pa = r.timeline.milestones.find((m) => m.id === 'probleemanalyse');
    // Hand-checked: counted day 42 of a case from Mon 6 Jan 2025 is Sun 16 Feb 2025 (no gap before it).
    expect(explainMilestone(input, AS_OF, pa as never, 'nl')[0]).toContain('zo 16 feb. 2025');
  });
});

describe('the URL fragment', () => {
  it('writes #case=<base64url JSON>&asOf=… and reads it back', () => {
    const input = { firstSickDay: '2025-01-06', events: [{ type: 'hersteld', date: '2025-03-01', note: 'geëvalueerd — €' }] };
    const hash = writeFragment(input, AS_OF, 'nl');
    expect(hash).toMatch(/^#case=[A-Za-z0-9_-]+&asOf=2025-06-02$/);
    expect(readFragment(hash)).toEqual({ case: input, asOf: AS_OF, lang: 'nl' });
    expect(readFragment(writeFragment(input, AS_OF, 'en')).lang).toBe('en');
  });

  it('reads what is not base64url JSON as no case', () => {
    expect(readFragment('#case=%%%&asOf=2025-01-01')).toEqual({ case: null, asOf: '2025-01-01', lang: 'nl' });
    expect(readFragment(`#case=${toBase64Url('{not json')}`).case).toBeNull();
    expect(readFragment('').case).toBeNull();
    expect(fromBase64Url('/w')).toBeNull(); // '/' is base64, not base64url
  });

  test.prop([fc.jsonValue()], { numRuns: runs(200) })('round-trips any JSON value', (value) => {
    const normalised = JSON.parse(JSON.stringify(value)) as unknown;
    expect(readFragment(writeFragment(value, AS_OF, 'nl')).case).toEqual(normalised);
  });

  test.prop([fc.string({ unit: 'grapheme' })], { numRuns: runs(200) })('base64url round-trips any text', (text) => {
    const encoded = toBase64Url(text);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(fromBase64Url(encoded)).toBe(text);
  });
});

describe('the form model', () => {
  it('offers every event type the engine knows but protocol, each once', () => {
    const offered = [...STEP_TYPES, ...COURSE_TYPES];
    expect(new Set(offered).size).toBe(offered.length);
    expect(offered).toContain('probleemanalyse');
    expect(offered).toContain('zwangerschapsverlof');
    expect(offered).not.toContain('protocol');
  });

  it('turns typed text into a case: numbers as numbers, empty fields left out', () => {
    const model = {
      ...EMPTY_CASE,
      firstSickDay: ' 2025-01-06 ',
      events: [
        { type: 'verlenging', values: { date: '2026-10-01', weeks: '13', note: '' } },
        { type: 'gedeeltelijk-hersteld', values: { date: '2025-03-01', percentage: '50,5' } },
        { type: 'casemanager', values: { date: '2025-03-01', casemanagerType: '' } },
        { type: 'loonsanctie', values: { date: '2027-01-10', weeks: 'tien' } },
      ],
      vangnet: { grond: 'zwangerschap', bekendOp: '', uitgerekendeDatum: '2025-05-01', meerling: true },
    };
    expect(toCaseInput(model)).toEqual({
      firstSickDay: '2025-01-06',
      events: [
        { type: 'verlenging', date: '2026-10-01', weeks: 13 },
        { type: 'gedeeltelijk-hersteld', date: '2025-03-01', percentage: 50.5 },
        { type: 'casemanager', date: '2025-03-01' },
        { type: 'loonsanctie', date: '2027-01-10', weeks: 'tien' },
      ],
      vangnet: { grond: 'zwangerschap', uitgerekendeDatum: '2025-05-01', meerling: true },
    });
  });

  it('reads a case back into the form unchanged', () => {
    const input = {
      id: 'E-17',
      firstSickDay: '2025-01-06',
      events: [
        { type: 'zwangerschapsverlof', date: '2025-04-01', until: '2025-07-21' },
        { type: 'casemanager', date: '2025-03-01', casemanagerType: 'hr', note: 'HR-adviseur' },
        { type: 'verlenging', date: '2026-10-01', weeks: 26 },
      ],
      vangnet: { grond: 'zwangerschap', bekendOp: '2025-01-20' },
    };
    expect(toCaseInput(fromCaseInput(input))).toEqual(input);
    expect(fromCaseInput([1, 2])).toBe(EMPTY_CASE);
    expect(fieldsOf('hersteld')).toEqual(['date', 'note']);
  });
});

describe("the date-fns stand-in of the page's bundle", () => {
  // Every pattern the renderers pass to date-fns `format` (the picture's files, src/format/html.ts, src/i18n/dates.ts).
  const PATTERNS = ['EEEEEE d MMM yyyy', 'd MMM yyyy', 'd MMMM yyyy', 'MMM', 'dd-MM-yyyy', 'yyyy-MM-dd', 'EEEEEE dd-MM-yyyy'];
  it('knows every pattern the renderers use', () => {
    const used = new Set<string>();
    for (const file of [
      'src/format/svg-model.ts',
      'src/format/svg-steps.ts',
      'src/format/report-common.ts',
      'src/format/html.ts',
      'src/i18n/dates.ts',
    ]) {
      const code = readFileSync(join(ROOT, file), 'utf8').replace(/^\s*(\*|\/\/).*$/gm, '');
      for (const m of code.matchAll(/'([^']*(?:yyyy|MMM|dd-MM)[^']*)'/g)) used.add(m[1] as string);
    }
    // numericDate builds its pattern from parts: the weekday, then one of the two orders.
    used.delete('dd-MM-yyyy');
    used.delete('yyyy-MM-dd');
    expect([...used].filter((p) => !PATTERNS.includes(p))).toEqual([]);
  });
  it('formats every day of 2024–2027 as date-fns does, in Dutch and English', () => {
    const differences: string[] = [];
    for (let t = Date.UTC(2024, 0, 1); t <= Date.UTC(2027, 11, 31); t += 86_400_000) {
      const u = new Date(t);
      const local = new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate(), 12);
      for (const pattern of PATTERNS) {
        for (const [shim, real] of [
          [nl, dateFnsNl],
          [enGB, dateFnsEnGB],
        ] as const) {
          const ours = format(local, pattern, { locale: shim });
          const theirs = dateFnsFormat(local, pattern, { locale: real });
          if (ours !== theirs) differences.push(`${pattern} ${shim.code}: ${ours} ≠ ${theirs}`);
        }
      }
    }
    expect(differences.slice(0, 5)).toEqual([]);
  });
});

describe('the data-* contract of the milestone rows (docs/page.md)', () => {
  it('gives each row data-milestone, data-occurrence and data-due of its milestone, in order', () => {
    const t = evaluateCase(
      { firstSickDay: '2025-01-06', events: [{ type: 'plan-van-aanpak', date: '2025-03-01' }] },
      { asOf: '2026-03-01' },
    );
    for (const [words, lang] of [
      [pageNl, 'nl'],
      [pageEn, 'en'],
    ] as const) {
      const html = stepsHtml(t, words, lang);
      const rows = [
        ...html.matchAll(/<tr id="[^"]+" class="[^"]+" tabindex="-1" data-milestone="([^"]+)" data-occurrence="(\d+)" data-due="([^"]+)"/g),
      ];
      expect(rows.map((r) => `${r[1]}#${r[2]}@${r[3]}`)).toEqual(t.milestones.map((m) => `${m.id}#${m.occurrence}@${m.due}`));
    }
  });
});

describe("the page's later scripts (src/page/chunks.ts)", () => {
  it('hands what a later script registers to page.js, by name, and nothing before', async () => {
    const before = globalThis.poortwachterChunks;
    try {
      globalThis.poortwachterChunks = undefined;
      expect(loadedChunk('en')).toBeUndefined();
      const { EXPORT_RENDERERS } = await import('../../src/page/chunk-exports.js');
      expect(loadedChunk('exports')).toBe(EXPORT_RENDERERS);
      expect(loadedChunk('en')).toBeUndefined();
      await import('../../src/page/chunk-en.js');
      expect(loadedChunk('en')?.page).toBe(pageEn);
      expect(loadedChunk('en')?.catalogue.lang).toBe('en');
      expect(loadedChunk('exports')).toBe(EXPORT_RENDERERS);
    } finally {
      globalThis.poortwachterChunks = before;
    }
  });

  it('names a file for every later script, each served and written with the page', () => {
    expect(CHUNK_FILES).toEqual({ en: 'page-en.js', exports: 'page-exports.js' });
    for (const file of Object.values(CHUNK_FILES)) expect(PAGE_FILES).toContain(file);
  });
});
