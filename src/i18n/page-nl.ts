/**
 * De woorden van de verzuimpagina (`poortwachter serve` op `/`, `poortwachter page`), in het
 * Nederlands (de standaardtaal). Namen van stappen, statussen, bevindingen en invoerfouten komen uit
 * de gewone catalogi; hier staat alleen wat de pagina zelf zegt. Houd dezelfde sleutels aan als
 * `page-en.ts`.
 *
 * @module
 */
import type { CasemanagerType, ConsequenceCode, VangnetGrond, WagePhaseKind } from '../types.js';

/**
 * Every word of the case page, per language.
 *
 * @example
 * const words: PageWords = pageNl;
 * words.firstSickDay //=> 'Eerste ziektedag'
 */
export interface PageWords {
  readonly title: string;
  readonly intro: string;
  /** The label of the language switch: the other language's name, in that language. */
  readonly otherLang: string;
  readonly caseHeading: string;
  readonly firstSickDay: string;
  readonly asOf: string;
  /** The hint under a date field. */
  readonly dateHint: string;
  readonly events: string;
  readonly noEvents: string;
  readonly addEvent: string;
  readonly pickType: string;
  readonly groupSteps: string;
  readonly groupCourse: string;
  readonly event: (n: number, label: string) => string;
  readonly removeShort: string;
  readonly remove: (n: number) => string;
  readonly field: {
    readonly date: string;
    readonly until: string;
    readonly untilOptional: string;
    readonly weeks: string;
    readonly percentage: string;
    readonly casemanagerType: string;
    readonly note: string;
    readonly step: string;
  };
  readonly notRecorded: string;
  readonly casemanagerTypes: { readonly [K in CasemanagerType]: string };
  readonly vangnet: string;
  readonly vangnetGrond: string;
  readonly noVangnet: string;
  readonly vangnetGronden: { readonly [K in VangnetGrond]: string };
  readonly bekendOp: string;
  readonly uitgerekendeDatum: string;
  readonly meerling: string;
  readonly file: string;
  readonly open: string;
  readonly save: string;
  readonly newCase: string;
  readonly notJson: (detail: string) => string;
  readonly opened: (name: string) => string;
  /** A later script of the page (the English words, the downloads' renderers) that could not be loaded: offline before it came. */
  readonly notLoaded: (file: string) => string;
  readonly issues: (n: number) => string;
  readonly start: string;
  readonly summary: {
    readonly status: string;
    readonly week: string;
    readonly counted: string;
    readonly lastDay: string;
    readonly wiaStart: string;
    readonly wageEnd: string;
  };
  readonly live: (steps: number, overdue: number, dueSoon: number) => string;
  readonly steps: string;
  readonly col: {
    readonly due: string;
    readonly week: string;
    readonly step: string;
    readonly status: string;
    readonly actor: string;
    readonly consequence: string;
  };
  readonly windowFrom: string;
  readonly legalLatest: string;
  readonly doneOn: string;
  readonly explain: string;
  readonly basis: string;
  readonly findings: string;
  readonly noFindings: string;
  readonly toStep: string;
  /** What missing a step costs, in a few words (the table's last column). */
  readonly consequence: { readonly [K in ConsequenceCode]: string };
  readonly wage: string;
  readonly wageKinds: { readonly [K in WagePhaseKind]: string };
  readonly wageCol: {
    readonly phase: string;
    readonly from: string;
    readonly until: string;
    readonly days: string;
    readonly percentage: string;
  };
  readonly dossier: string;
  readonly dossierCol: { readonly item: string; readonly required: string; readonly present: string; readonly date: string };
  readonly deskundigenoordeel: string;
  readonly yes: string;
  readonly no: string;
  readonly missing: string;
  readonly notYet: string;
  readonly takeAway: string;
  readonly takeAwayIntro: string;
  readonly exports: { readonly ics: string; readonly csv: string; readonly html: string; readonly json: string };
  readonly link: string;
  readonly results: string;
  readonly linkHint: string;
  readonly privacy: string;
  readonly disclaimer: string;
}

export const pageNl: PageWords = {
  title: 'Poortwachter — verzuimgeval',
  intro: 'Vul een verzuimgeval in en zie elke stap van de Wet verbetering poortwachter, met termijn en status.',
  otherLang: 'English',
  caseHeading: 'Verzuimgeval',
  firstSickDay: 'Eerste ziektedag',
  asOf: 'Peildatum',
  dateHint: 'JJJJ-MM-DD',
  events: 'Gebeurtenissen',
  noEvents: 'Nog geen gebeurtenissen: kies er een hieronder.',
  addEvent: 'Toevoegen',
  pickType: 'Soort gebeurtenis',
  groupSteps: 'Gezette stappen',
  groupCourse: 'Verloop van het verzuim',
  event: (n, label) => `${n}. ${label}`,
  removeShort: 'Verwijderen',
  remove: (n) => `gebeurtenis ${n}`,
  field: {
    date: 'Datum',
    until: 'Tot en met',
    untilOptional: 'Tot en met (optioneel)',
    weeks: 'Weken',
    percentage: 'Percentage hersteld (optioneel)',
    casemanagerType: 'Soort casemanager',
    note: 'Notitie (optioneel)',
    step: 'Protocolstap',
  },
  notRecorded: 'niet vastgelegd',
  casemanagerTypes: { leidinggevende: 'leidinggevende', hr: 'HR', extern: 'extern', taakdelegatie: 'taakdelegatie' },
  vangnet: 'Vangnet (Ziektewet)',
  vangnetGrond: 'Vangnetgrond',
  noVangnet: 'geen vangnet',
  vangnetGronden: {
    zwangerschap: 'zwangerschap',
    'zwangerschap-na-verlof': 'ziek door zwangerschap of bevalling na het verlof',
    'no-riskpolis': 'no-riskpolis',
    orgaandonatie: 'orgaandonatie',
  },
  bekendOp: 'Bekend op (optioneel)',
  uitgerekendeDatum: 'Uitgerekende datum (optioneel)',
  meerling: 'Meerling',
  file: 'Bestand',
  open: 'Verzuimgeval openen (JSON)',
  save: 'Verzuimgeval opslaan (JSON)',
  newCase: 'Nieuw geval',
  notJson: (detail) => `Dit bestand is geen JSON: ${detail}`,
  opened: (name) => `Geopend: ${name}`,
  notLoaded: (file) => `${file} kon niet worden geladen (geen verbinding?); probeer het opnieuw als de verbinding er is.`,
  issues: (n) => (n === 1 ? '1 probleem in de invoer' : `${n} problemen in de invoer`),
  start: 'Vul de eerste ziektedag in om de tijdlijn te zien.',
  summary: {
    status: 'Status',
    week: 'Week van ziekte',
    counted: 'Getelde ziektedagen',
    lastDay: 'Laatste dag wachttijd',
    wiaStart: 'Ingang WIA',
    wageEnd: 'Einde loondoorbetaling',
  },
  live: (steps, overdue, dueSoon) => `${steps} stappen; ${overdue} verstreken, ${dueSoon} binnenkort.`,
  steps: 'Stappen',
  col: { due: 'Termijn', week: 'Week', step: 'Stap', status: 'Status', actor: 'Wie', consequence: 'Gevolg als het ontbreekt' },
  windowFrom: 'vanaf',
  legalLatest: 'strikt juridisch uiterlijk',
  doneOn: 'gedaan op',
  explain: 'Hoe is deze datum berekend?',
  basis: 'Grondslag',
  findings: 'Bevindingen',
  noFindings: 'Geen bevindingen.',
  toStep: 'naar de stap',
  consequence: {
    loonsanctie: 'loonsanctie',
    'boete-42e-week': 'boete',
    'riv-missing': 'WIA-aanvraag opgeschort',
    'wia-aanvraag-late': 'loon langer doorbetalen',
    'wia-late-letter': 'aanvraag binnen 4 weken na de brief',
    'vangnet-late': 'boete van ten hoogste € 455',
    'evaluatie-praktijk': 'praktijk UWV, geen wettelijke termijn',
    advice: 'advies',
    protocol: 'eigen protocol',
    info: '—',
  },

  wage: 'Loondoorbetaling',
  wageKinds: {
    'jaar-1': 'eerste ziektejaar',
    'jaar-2': 'tweede ziektejaar',
    verlenging: 'vrijwillige verlenging',
    'late-wia-aanvraag': 'te late WIA-aanvraag',
    loonsanctie: 'loonsanctie',
  },
  wageCol: { phase: 'Fase', from: 'Van', until: 'Tot en met', days: 'Dagen', percentage: 'Percentage' },
  dossier: 'Re-integratiedossier',
  dossierCol: { item: 'Onderdeel', required: 'Vereist op peildatum', present: 'Aanwezig', date: 'Datum' },
  deskundigenoordeel: 'Deskundigenoordeel (UWV)',
  yes: 'ja',
  no: 'nee',
  missing: 'ontbreekt',
  notYet: 'nog niet nodig',
  takeAway: 'Meenemen',
  takeAwayIntro: 'Deze bestanden maakt uw browser zelf; er gaat niets over het netwerk.',
  exports: { ics: 'Agenda (ICS)', csv: 'Excel (CSV)', html: 'Verslag (HTML)', json: 'Tijdlijn (JSON)' },
  link: 'Link naar dit geval',
  results: 'Uitkomst',
  linkHint:
    'Het geval staat in de link na het #-teken, dat een browser nooit naar een server stuurt. Deel hem alleen met wie het geval mag zien.',
  privacy: 'Deze pagina rekent alles uit in uw browser en stuurt geen gegevens naar een server, ook niet naar de server die haar leverde.',
  disclaimer: 'Een hulpmiddel, geen juridisch advies: controleer termijnen bij twijfel met de bedrijfsarts, UWV of een jurist.',
};
