/**
 * Dutch output is Dutch and English output is English, in every format: a corpus of timelines
 * (renderedCorpus() of test/corpus.ts: every flag code, derivation step kind and status reason) rendered as
 * table, CSV, iCalendar, HTML (with its SVG) and the CLI's JSON words, in `nl` and in `en`, and
 * scanned for words of the other language. Only the prose is scanned: codes and ISO dates (the CSV
 * code columns, JSON keys, HTML attributes) are for programs, and legal citations and URLs are
 * Dutch names in both languages.
 */
import { describe, expect, it } from 'vitest';
import { withWords } from '../../src/cli/timeline.js';
import { renderCsv, renderHtmlReport, renderIcs, renderTable, TIMELINE_CSV_COLUMNS } from '../../src/format/index.js';
import { CATALOGUES } from '../../src/i18n/index.js';
import type { DerivationStepKind, FlagCode, Lang, StatusReason } from '../../src/index.js';
import { SOURCES } from '../../src/index.js';
import { renderedCorpus as corpusCases } from '../corpus.js';
import { parseCsv, unfoldIcs } from './parse.js';

/**
 * English words that never belong in Dutch output. Not `of` and `status`: both are Dutch words too
 * (`of` = or), as `week`, `is` and `in` are.
 */
const ENGLISH = [
  'the',
  'days',
  'day',
  'after',
  'before',
  'overdue',
  'upcoming',
  'employer',
  'employee',
  'counted',
  'due',
  'done',
  'not',
  'and',
  'with',
  'report',
  'late',
  'until',
  'since',
  'from',
  'first',
  'sick',
  'missing',
  'weeks',
  'step',
  'steps',
  'findings',
  'window',
  'latest',
  'recovered',
  'closed',
  'applicable',
  'suspended',
  'error',
  'warning',
  'who',
];
/** Dutch words that never belong in English output. */
const DUTCH = [
  'de',
  'het',
  'een',
  'dagen',
  'dag',
  'na',
  'vóór',
  'voor',
  'gedaan',
  'werkgever',
  'werknemer',
  'ziektedag',
  'ziektedagen',
  'termijn',
  'van',
  'en',
  'niet',
  'nog',
  'op',
  'met',
  'bij',
  'weken',
  'uiterlijk',
  'verstreken',
  'gepland',
  'binnenkort',
  'hersteld',
  'ziek',
  'stap',
  'stappen',
  'bevindingen',
  'peildatum',
  'eerste',
  'waarschuwing',
  'fout',
  'wie',
  'vanaf',
];
/**
 * Dutch legal names an English text keeps, as names (see the English catalogue): none of them is on
 * the stop-list today, listed so that a later, longer stop-list keeps allowing them.
 */
const DUTCH_NAMES_IN_ENGLISH = new Set([
  'probleemanalyse',
  'wachttijd',
  'loonsanctie',
  'uwv',
  'wia',
  're-integratieverslag',
  'poortwachter',
  'samentelling',
  'verzuim',
  'ziektewet',
  'iva',
  'aow',
  'bw',
  'atw',
  'spoor',
  'vangnet',
  'deskundigenoordeel',
  'taakdelegatie',
]);

/** Legal citations, and the Dutch legal names English titles give in brackets (`Action plan (plan van aanpak)`). */
const NAMES = [...Object.values(SOURCES).map((b) => b.citation), 'plan van aanpak'].sort((a, b) => b.length - a.length);

/** Legal citations and URLs are names, the same in both languages: out of the scanned text. */
function withoutNames(text: string): string {
  let out = text.replace(/https?:\/\/\S+/g, ' ');
  for (const c of NAMES) out = out.split(c).join(' ');
  return out;
}

/** The words of the other language in `text`, each with a little context (the first place it occurs). */
function foreignWords(text: string, lang: Lang): Map<string, string> {
  const stop = new Set(lang === 'nl' ? ENGLISH : DUTCH);
  const found = new Map<string, string>();
  const clean = withoutNames(text);
  for (const match of clean.matchAll(/[\p{L}\p{N}'-]+/gu)) {
    const w = match[0].toLowerCase().replace(/^['-]+|['-]+$/g, '');
    if (!stop.has(w) || (lang === 'en' && DUTCH_NAMES_IN_ENGLISH.has(w)) || found.has(w)) continue;
    const at = match.index ?? 0;
    found.set(w, clean.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' '));
  }
  return found;
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The prose of each format: what a person reads. */
const PROSE: Readonly<Record<string, (c: ReturnType<typeof corpusCases>[number], lang: Lang) => string>> = {
  table: (c, lang) => renderTable(c.timeline, { lang }),
  csv: (c, lang) => {
    const rows = parseCsv(renderCsv(c.timeline, { lang }));
    const prose = ['title', 'status_label'].map((col) => TIMELINE_CSV_COLUMNS.indexOf(col as never));
    return rows
      .slice(1)
      .flatMap((r) => prose.map((i) => r[i] ?? ''))
      .join('\n');
  },
  ics: (c, lang) =>
    unfoldIcs(renderIcs(c.timeline, { lang }))
      .filter((l) => /^(SUMMARY|DESCRIPTION|CATEGORIES|X-WR-CALNAME)[:;]/.test(l))
      .map((l) =>
        l
          .slice(l.indexOf(':') + 1)
          .replace(/\\n/g, '\n')
          .replace(/\\([,;\\])/g, '$1'),
      )
      .join('\n'),
  html: (c, lang) =>
    decode(
      // The events without their notes: a note is the user's own text, in whatever language.
      renderHtmlReport(c.timeline, { lang, events: c.input.events?.map((e) => ({ ...e, note: undefined })) })
        .replace(/<style>[\s\S]*?<\/style>/g, ' ')
        .replace(/<[^>]*>/g, ' '),
    ),
  json: (c, lang) => {
    const t = withWords(c.timeline, lang);
    return [...t.milestones.flatMap((m) => m.explanation), ...t.flags.map((f) => f.message)].join('\n');
  },
};

describe('the language of every output format', () => {
  const corpus = corpusCases();

  it('covers every flag code, derivation step kind and status reason', () => {
    const flags = new Set<string>();
    const kinds = new Set<string>();
    const reasons = new Set<string>();
    for (const c of corpus) {
      for (const f of c.timeline.flags) flags.add(f.code);
      for (const s of c.timeline.wageObligationDerivation) kinds.add(s.kind);
      for (const m of c.timeline.milestones) {
        const d = m.derivation;
        for (const s of [...(d.windowStart ?? []), ...d.due, ...(d.legalLatest ?? [])]) kinds.add(s.kind);
        if (d.reason !== null) reasons.add(d.reason.code);
      }
    }
    // The catalogue's keys are the closed unions: every one of them is reached by the corpus.
    expect([...flags].sort()).toEqual((Object.keys(CATALOGUES.nl.flag) as FlagCode[]).sort());
    expect([...kinds].sort()).toEqual((Object.keys(CATALOGUES.nl.derivation) as DerivationStepKind[]).sort());
    expect([...reasons].sort()).toEqual((Object.keys(CATALOGUES.nl.reason) as StatusReason['code'][]).sort());
  });

  for (const format of Object.keys(PROSE)) {
    for (const lang of ['nl', 'en'] as const) {
      it(`${format} in ${lang} has no ${lang === 'nl' ? 'English' : 'Dutch'} words`, () => {
        // Each foreign word once, with the case and the text around its first appearance.
        const found: Record<string, string> = {};
        for (const c of corpus) {
          for (const [word, context] of foreignWords((PROSE[format] as (typeof PROSE)[string])(c, lang), lang)) {
            found[word] ??= `${c.name}: …${context}…`;
          }
        }
        expect(found).toEqual({});
      });
    }
  }

  it('names no finding by its code in the table or the HTML prose', () => {
    const codes = new RegExp(`\\b(?:${Object.keys(CATALOGUES.nl.flag).join('|')})\\b`);
    for (const c of corpus) {
      for (const lang of ['nl', 'en'] as const) {
        expect(PROSE.table?.(c, lang)).not.toMatch(codes);
        expect(PROSE.html?.(c, lang)).not.toMatch(codes);
      }
    }
  });
});
