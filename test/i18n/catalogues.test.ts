/**
 * The catalogues: both languages have the same keys, recursively; the corpus reaches every
 * derivation step kind, status reason and flag code (with each declared severity); rendered in `nl`
 * it has no English words and rendered in `en` no Dutch ones, legal names apart.
 */
import { describe, expect, it } from 'vitest';
import { ISSUE_EXAMPLES } from '../../scripts/write-codes.js';
import { FLAG_CODES, FLAG_SEVERITIES, INPUT_ISSUE_CODES } from '../../src/codes.js';
import { enCatalogue } from '../../src/i18n/en.js';
import { explain, flagMessage } from '../../src/i18n/index.js';
import { enIssues, inputIssue, nlIssues, suggestionWords } from '../../src/i18n/issues.js';
import { nlCatalogue } from '../../src/i18n/nl.js';
import type { DerivationStep } from '../../src/types.js';
import { corpus, REASON_CODES, STEP_KINDS } from '../corpus.js';

/** Every key path of an object, recursively (functions and strings are leaves). */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.keys(value)
    .sort()
    .flatMap((k) => keyPaths((value as Record<string, unknown>)[k], prefix === '' ? k : `${prefix}.${k}`));
}

describe('the catalogues have the same keys in both languages', () => {
  it('nl and en message catalogues', () => {
    expect(keyPaths(nlCatalogue)).toEqual(keyPaths(enCatalogue));
  });
  it('nl and en input issue catalogues, one message per input issue code', () => {
    expect(keyPaths(nlIssues)).toEqual(keyPaths(enIssues));
    expect(Object.keys(nlIssues.message).sort()).toEqual([...INPUT_ISSUE_CODES].sort());
  });
  it('a flag message per flag code', () => {
    expect(Object.keys(nlCatalogue.flag).sort()).toEqual([...FLAG_CODES].sort());
  });
});

const steps = (d: {
  windowStart: readonly DerivationStep[] | null;
  due: readonly DerivationStep[];
  legalLatest: readonly DerivationStep[] | null;
}) => [...(d.windowStart ?? []), ...d.due, ...(d.legalLatest ?? [])];

describe('the corpus', () => {
  it('reaches every derivation step kind, every status reason and every flag code with each of its severities', () => {
    const kinds = new Set<string>();
    const reasons = new Set<string>();
    const flags = new Set<string>();
    for (const { timeline: t } of corpus()) {
      for (const m of t.milestones) {
        for (const s of steps(m.derivation)) kinds.add(s.kind);
        if (m.derivation.reason !== null) reasons.add(m.derivation.reason.code);
      }
      for (const s of t.wageObligationDerivation) kinds.add(s.kind);
      for (const f of t.flags) {
        expect(FLAG_SEVERITIES[f.code], `${f.code} with severity ${f.severity}`).toContain(f.severity);
        flags.add(`${f.code}/${f.severity}`);
      }
    }
    expect([...kinds].sort()).toEqual([...STEP_KINDS].sort());
    expect([...reasons].sort()).toEqual([...REASON_CODES].sort());
    expect([...flags].sort()).toEqual(FLAG_CODES.flatMap((c) => FLAG_SEVERITIES[c].map((s) => `${c}/${s}`)).sort());
  });
});

/** English words that have no place in Dutch output. */
const ENGLISH = new Set(
  (
    'the days day after before overdue upcoming employer employee counted due done not and with report reports ' +
    'first sick weeks late letter application received until since from when which this that there their ' +
    'are were has have been will would should must may can cannot step steps window closed open fit recovery ' +
    'leave pregnancy maternity extension sanction wage payment employment ends end ended starts start new case ' +
    'to on by at for or but no without within least most than only yet still made make risk fine consequence ' +
    'working holiday saturday sunday rolled forward back last next earlier strict legal latest information warning error'
  ).split(' '),
);

/** Dutch words that have no place in English output. */
const DUTCH = new Set(
  (
    'de het een dagen dag na vóór voor gedaan werkgever werknemer ziektedag ziektedagen ziekteweek termijn niet en van ' +
    'met op tot uiterlijk nog geen wel maar dan dus omdat terwijl sinds vanaf daarna eerste laatste nieuwe nieuw ' +
    'hersteld ziek ziekte verlof zwangerschapsverlof verlenging dienstverband eindigt einde brief aanvraag ontvangen ' +
    'stap stappen gesloten geteld niet-getelde weken maanden jaar zaterdag zondag werkdag gevolg boete risico wettelijke ' +
    'strikt juridisch verstreken gepland binnenkort opgeschort melding ziekmelding hersteldmelding ligt valt kwam ' +
    'zijn wordt worden moet kan'
  ).split(' '),
);

/** Legal names that stay Dutch in English text (and the few loanwords Dutch text uses). */
const LEGAL_NAMES_IN_EN = [
  'probleemanalyse',
  'plan van aanpak',
  'wachttijd',
  'loonsanctie',
  'loonsancties',
  're-integratieverslag',
  'eindevaluatie',
  'eerstejaarsevaluatie',
  'samentelling',
  'vrijwillige verlenging',
  'deskundigenoordeel',
  'bedrijfsarts',
  'casemanager',
  'gelijkgestelde dag',
  'Algemene termijnenwet',
  'Boetebesluit socialezekerheidswetten',
  'Ziektewet',
  '42e-weeksmelding',
  'Atw',
  'UWV',
  'WIA',
  'IVA',
  'AOW',
  'BW',
  'lid',
  'sub',
  'art',
];
const LOANWORDS_IN_NL = ['casemanager', 'Atw', 'UWV', 'WIA', 'IVA', 'AOW', 'BW'];

/** The words of `text` outside the allowed names, lower-cased. */
function words(text: string, allowed: readonly string[]): string[] {
  let rest = text;
  for (const name of [...allowed].sort((a, b) => b.length - a.length))
    rest = rest.replaceAll(new RegExp(`(?<![\\p{L}-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-])`, 'giu'), ' ');
  return rest.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
}

function foreignWords(texts: Iterable<string>, stop: ReadonlySet<string>, allowed: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const text of texts) for (const w of words(text, allowed)) if (stop.has(w) && !found.has(w)) found.set(w, text);
  return found;
}

function* rendered(lang: 'nl' | 'en'): Generator<string> {
  for (const { timeline: t } of corpus()) {
    for (const m of t.milestones) yield* explain(m, lang);
    for (const f of t.flags) yield flagMessage(f, lang);
  }
  // Input issues without the field's name and the words of the JSON parser or the file system,
  // which are the runtime's (English) and are quoted as they are.
  for (const code of INPUT_ISSUE_CODES) {
    const example = ISSUE_EXAMPLES[code];
    const params = {
      ...example.params,
      ...('detail' in example.params ? { detail: '…' } : {}),
      ...('file' in example.params ? { file: 'x' } : {}),
    };
    yield inputIssue(example.path, code, params as never).message[lang].replace(/^[^ ]*: /, '');
  }
  // The words of a suggestion (the suggested value itself is an ISO date or an event type).
  yield suggestionWords('invalid_date', { value: "'06-01-2025'", suggestion: '2025-01-06' }, lang);
  yield suggestionWords('invalid_event_type', { value: "'x'", suggestion: '2025-01-06' }, lang);
}

describe('rendered in one language, no words of the other', () => {
  it('nl: no English words in explanations, findings and input issues', () => {
    expect(Object.fromEntries(foreignWords(rendered('nl'), ENGLISH, LOANWORDS_IN_NL))).toEqual({});
  });
  it('en: no Dutch words but the legal names', () => {
    expect(Object.fromEntries(foreignWords(rendered('en'), DUTCH, LEGAL_NAMES_IN_EN))).toEqual({});
  });
});
