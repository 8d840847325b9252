/**
 * `poortwachter sources`: the legal sources the rules cite (src/law/sources.ts), each with its
 * stable id, and per milestone id the ids of its sources — what a compact batch line leaves out.
 *
 * @module
 */
import { type Lang, milestoneName } from '../i18n/index.js';
import { MILESTONE_RULES } from '../law/milestones.js';
import { type LegalBasis, SOURCES, sourceUrl } from '../law/sources.js';
import type { MilestoneId } from '../types.js';
import { choice, LANGS, parseCommandArgs } from './args.js';
import { helpText } from './help.js';
import type { CliIo } from './io.js';
import { CLI_CATALOGUES } from './messages.js';

const OPTIONS = {
  format: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The sources catalogue as data: every source by id, and every milestone of the rule table with
 * its title in `lang` and the ids of its sources, in the order of the process.
 *
 * @example
 * sourcesCatalogue('nl').milestones.find((m) => m.id === 'probleemanalyse')?.sources
 * //=> ['regelingArt2Lid2', 'uwvStappenplan']
 */
export function sourcesCatalogue(lang: Lang): {
  readonly sources: Readonly<Record<string, LegalBasis>>;
  readonly milestones: readonly { readonly id: MilestoneId; readonly title: string; readonly sources: readonly string[] }[];
} {
  const idOf = new Map<LegalBasis, string>(Object.entries(SOURCES).map(([id, b]) => [b, id]));
  return {
    sources: SOURCES,
    milestones: MILESTONE_RULES.map((r) => ({
      id: r.id,
      title: milestoneName(r.id, lang),
      sources: r.legalBasis.map((b) => idOf.get(b) ?? b.citation),
    })),
  };
}

/**
 * Runs `poortwachter sources` and returns the exit code.
 *
 * @example
 * await runSources(['--format', 'json'], io) //=> 0
 */
export async function runSources(args: readonly string[], io: CliIo, fallbackLang: Lang = 'nl'): Promise<number> {
  const { values } = parseCommandArgs('sources', args, OPTIONS, 0);
  const lang: Lang = choice('sources', 'lang', values.lang, LANGS, fallbackLang);
  if (values.help === true) {
    io.stdout.write(helpText('sources', lang));
    return 0;
  }
  const format = choice('sources', 'format', values.format, ['table', 'json'] as const, io.stdout.isTTY === true ? 'table' : 'json');
  const data = sourcesCatalogue(lang);
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
    return 0;
  }
  const words = CLI_CATALOGUES[lang].sources;
  const table = (header: readonly string[], rows: readonly (readonly string[])[]): string[] => {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    return [header, ...rows].map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    );
  };
  // Sources: the id, then the citation, the address on its own line beneath (citations are long).
  const idWidth = Math.max(...Object.keys(data.sources).map((id) => id.length));
  const out = [
    `${words.sourcesHeading} (${words.columns.id}, ${words.columns.citation}, ${words.columns.url})`,
    ...Object.entries(data.sources).flatMap(([id, b]) => [
      `  ${id.padEnd(idWidth)}  ${b.citation}`,
      `  ${' '.repeat(idWidth)}  ${sourceUrl(b, lang)}`,
    ]),
    '',
    words.milestonesHeading,
    ...table(
      [words.columns.id, words.columns.step, words.columns.sources],
      data.milestones.map((m) => [m.id, m.title, m.sources.join(', ')]),
    ).map((line) => `  ${line}`),
  ];
  io.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
