/**
 * The words of `poortwachter worklist` in Dutch (the default), and the interface both languages
 * fill ({@link WorklistWords}); English in `worklist-en.ts`.
 *
 * @module
 */
import type { ConsequenceCode } from '../types.js';

/**
 * Every word `poortwachter worklist` prints, per language.
 *
 * @example
 * const words: WorklistWords = worklistNl;
 * words.columns.due //=> 'Termijn'
 */
export interface WorklistWords {
  /** Title of the table, the HTML page and the calendar. */
  readonly title: string;
  /** The line under the title: as-of date and range. */
  readonly range: (asOf: string, withinDays: number) => string;
  readonly columns: {
    readonly due: string;
    readonly days: string;
    readonly week: string;
    readonly case: string;
    readonly step: string;
    readonly actor: string;
    readonly status: string;
    readonly consequence: string;
    readonly window: string;
  };
  /** Marks an item listed because its window opens (not because it is due). */
  readonly windowOpens: (date: string) => string;
  /** What missing a step costs, in a few words. */
  readonly consequence: { readonly [K in ConsequenceCode]: string };
  /** The closing count. */
  readonly counts: (cases: number, invalid: number, items: number) => string;
  /** When nothing is due. */
  readonly nothing: string;
  /** One invalid input line on stderr. */
  readonly invalidLine: (line: number, id: string | number | undefined, message: string) => string;
  /** The stderr summary when some lines were invalid. */
  readonly invalidSummary: (invalid: number, cases: number) => string;
  /** Labels in an ICS event description. */
  readonly ics: {
    readonly case: string;
    readonly due: string;
    readonly legalLatest: string;
    readonly week: string;
    readonly daysLeft: (days: number) => string;
  };
  /** A bad `--within` value. */
  readonly badWithin: (got: string, max: number) => string;
  /** A bad `--limit` value. */
  readonly badLimit: (got: string, max: number) => string;
  /** After the counts, with `--limit`: how many of how many items are listed. */
  readonly limited: (shown: number, found: number) => string;
  /** The `message` at the end of a `/v1/worklist` answer cut short by a forced shutdown. */
  readonly interrupted: (afterLine: number) => string;
  /** Headings of `--counts` (table) per group. */
  readonly groups: { readonly status: string; readonly week: string; readonly actor: string; readonly step: string };
}

/**
 * The Dutch words of `poortwachter worklist`.
 *
 * @example
 * worklistNl.counts(1000, 2, 13) //=> '1000 verzuimgevallen gelezen, 2 ongeldig, 13 acties'
 */
export const worklistNl: WorklistWords = {
  title: 'Poortwachter-werklijst',
  range: (asOf, withinDays) => `peildatum ${asOf} · verstreken of uiterlijk binnen ${withinDays} dagen`,
  columns: {
    due: 'Termijn',
    days: 'Dagen',
    week: 'Wk',
    case: 'Verzuimgeval',
    step: 'Stap',
    actor: 'Wie',
    status: 'Status',
    consequence: 'Gevolg',
    window: 'Venster vanaf',
  },
  windowOpens: (date) => `venster opent ${date}`,
  consequence: {
    loonsanctie: 'loonsanctie',
    'boete-42e-week': 'boete',
    'riv-missing': 'termijn UWV',
    'wia-aanvraag-late': 'WIA later',
    'wia-late-letter': 'WIA later',
    'vangnet-late': 'boete',
    'evaluatie-praktijk': 'praktijk UWV',
    advice: 'geen sanctie',
    protocol: 'eigen protocol',
    info: 'geen',
  },
  counts: (cases, invalid, items) =>
    `${cases} ${cases === 1 ? 'verzuimgeval' : 'verzuimgevallen'} gelezen, ${invalid} ongeldig, ${items} ${items === 1 ? 'actie' : 'acties'}`,
  nothing: 'Niets verstreken of binnenkort te doen.',
  invalidLine: (line, id, message) => `poortwachter worklist: regel ${line}${id === undefined ? '' : ` (id ${id})`}: ${message}`,
  invalidSummary: (invalid, cases) => `poortwachter worklist: ${invalid} van ${cases} regels ongeldig (hierboven per regel)`,
  badWithin: (got, max) => `poortwachter worklist: --within moet een geheel aantal dagen van 0 tot ${max} zijn (gekregen: '${got}')`,
  interrupted: (afterLine) =>
    afterLine === 0
      ? 'onderbroken: de server stopt; dit antwoord is niet compleet: stuur alle regels opnieuw'
      : `onderbroken: de server stopt; regels na regel ${afterLine} zijn niet gelezen: stuur ze opnieuw, vanaf regel ${afterLine + 1}`,
  badLimit: (got, max) => `poortwachter worklist: --limit moet een geheel getal van 1 tot ${max} zijn (gekregen: '${got}')`,
  limited: (shown, found) => `de ${shown} dringendste van ${found} acties`,
  groups: { status: 'Per status', week: 'Per week (van de termijn)', actor: 'Per wie', step: 'Per stap' },
  ics: {
    week: 'Ziekteweek',
    case: 'Verzuimgeval',
    due: 'Termijn',
    legalLatest: 'Uiterlijk (strikt)',
    daysLeft: (days) => (days < 0 ? `${-days} dagen verstreken` : days === 0 ? 'vandaag' : `nog ${days} dagen`),
  },
};
