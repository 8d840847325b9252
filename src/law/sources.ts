/**
 * Legal sources cited by the rules. One record per source; rules refer to these by key so a URL is
 * written once. docs/sources.md lists every source with its public URL.
 *
 * @module
 */

/** A citation of a legal source, as it appears in a milestone's `legalBasis`. */
export interface LegalBasis {
  /** Article and act, e.g. `Regeling procesgang art. 2 lid 2`. */
  readonly citation: string;
  /** Where to read it. */
  readonly url: string;
}

const basis = (citation: string, url: string): LegalBasis => Object.freeze({ citation, url });

const WIA = 'https://wetten.overheid.nl/BWBR0019057';
const BW7 = 'https://wetten.overheid.nl/BWBR0005290/2024-01-01/#Boek7';
const UWV_STAPPEN = 'https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/stappenplan-bij-ziekte-werknemer/index.aspx';
/** UWV's page on the plan van aanpak exists in English; its Dutch counterpart is below ({@link sourceUrl}). */
const UWV_ACTION_PLAN_EN = 'https://www.uwv.nl/en/employers/forms/creating-an-action-plan-to-help-your-employee-return-to-work';
/** UWV's Dutch forms for employers, with "Maken Plan van aanpak" and "Invullen (Eerstejaars)evaluatie". */
const UWV_FORMULIEREN_NL = 'https://www.uwv.nl/werkgevers/formulieren/';

/** Every source the rule table cites (docs/sources.md). */
export const SOURCES = Object.freeze({
  regelingArt2Lid1: basis('Regeling procesgang eerste en tweede ziektejaar art. 2 lid 1', 'https://wetten.overheid.nl/BWBR0013540'),
  regelingArt2Lid2: basis('Regeling procesgang eerste en tweede ziektejaar art. 2 lid 2', 'https://wetten.overheid.nl/BWBR0013540'),
  regelingPva: basis(
    'Regeling procesgang eerste en tweede ziektejaar (plan van aanpak binnen 2 weken na het oordeel)',
    'https://wetten.overheid.nl/BWBR0013540',
  ),
  regelingEje: basis('Regeling procesgang eerste en tweede ziektejaar (eerstejaarsevaluatie)', 'https://wetten.overheid.nl/BWBR0013540'),
  wia23: basis('WIA art. 23 (wachttijd, eerste dag, samentelling, verkorte wachttijd)', `${WIA}#Hoofdstuk3_Artikel23`),
  wia23lid6: basis('WIA art. 23 lid 6–7 (verkorte wachttijd)', `${WIA}#Hoofdstuk3_Artikel23`),
  uwvVervroegdeIva: basis(
    'UWV – vervroegde IVA aanvragen na 3 weken ziekte (praktijk van UWV; het begin in week 3 staat niet in WIA 23 lid 6)',
    'https://www.uwv.nl/particulieren/ziek/ziek-wia-uitkering/bijna-2-jaar-ziek-wia/',
  ),
  wia24: basis('WIA art. 24 (verlenging wachttijd op verzoek)', `${WIA}#Hoofdstuk3_Artikel24`),
  wia25lid2: basis('WIA art. 25 lid 2 (plan van aanpak, periodiek geëvalueerd)', `${WIA}#Hoofdstuk3_Artikel25`),
  wia25lid3: basis('WIA art. 25 lid 3–4 (re-integratieverslag 13 weken vóór einde wachttijd)', `${WIA}#Hoofdstuk3_Artikel25`),
  wia25lid9: basis('WIA art. 25 lid 9 (loonsanctie, ten hoogste 52 weken)', `${WIA}#Hoofdstuk3_Artikel25`),
  wia64: basis(
    'WIA art. 64 lid 2–3, 6 (aanvraag 11 weken vóór einde wachttijd; late kennisgeving: 4 weken)',
    `${WIA}#Hoofdstuk7_Artikel64`,
  ),
  bw629lid1: basis('BW 7:629 lid 1 (loondoorbetaling 104 weken)', BW7),
  bw629lid2: basis('BW 7:629 lid 2 sub b (AOW-leeftijd: 6 weken)', BW7),
  bw629lid10: basis('BW 7:629 lid 10 (samentelling bij onderbreking korter dan 4 weken)', BW7),
  bw629lid11: basis('BW 7:629 lid 11 (verlenging loondoorbetaling: verlenging, loonsanctie)', BW7),
  bw658a: basis('BW 7:658a lid 3 (plan van aanpak, regelmatig geëvalueerd)', BW7),
  zw38: basis(
    'Ziektewet art. 38 lid 1 en 3 (ziekmelding bij UWV na 42 weken; boete ten hoogste € 455, bedragen: Boetebesluit socialezekerheidswetten art. 2c)',
    'https://wetten.overheid.nl/BWBR0001888',
  ),
  zw38ziekUitDienst: basis(
    'Ziektewet art. 38 (ziekmelding bij einde dienstverband, uiterlijk laatste werkdag)',
    'https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/werknemer-is-langdurig-ziek/detail/ziek-melden-bij-uwv',
  ),
  atw1: basis('Algemene termijnenwet art. 1 en 3', 'https://wetten.overheid.nl/BWBR0002448'),
  atw4: basis(
    'Algemene termijnenwet art. 4 onder a (geldt niet voor termijnen van meer dan twaalf weken): de 42e-weeksmelding schuift niet',
    'https://wetten.overheid.nl/BWBR0002448',
  ),
  uwvEersteWerkdag42: basis(
    'UWV – ziekmelden: "uiterlijk de eerste werkdag na de 42e ziekteweek" (de termijn die UWV zelf noemt)',
    'https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/werknemer-is-langdurig-ziek/detail/ziek-melden-bij-uwv',
  ),
  uwvStappenplan: basis('UWV – Stappenplan bij ziekte werknemer', UWV_STAPPEN),
  uwvEvaluatie: basis('UWV – minimaal eens per 6 weken evalueren (werkwijze van UWV, geen wettelijke termijn)', UWV_ACTION_PLAN_EN),
  uwvWiaBrief: basis(
    'UWV – brief na 88 weken ziekte (WIA 64 lid 2)',
    'https://www.uwv.nl/particulieren/ziek/ziek-wia-uitkering/wia-uitkering-aanvragen/detail/wanneer-vraag-ik-een-wia-uitkering-aan',
  ),
  seedCasemanagement: basis(
    'Advies uit de praktijk van casemanagement, geen wettelijke grondslag: de wet en de Regeling procesgang noemen geen week 3',
    'https://mensenverzuim.nl/medewerker-ziek-wat-nu/',
  ),
  zw38a: basis(
    'Ziektewet art. 38a lid 2–3, 8–9 (vangnet: ziekmelding bij UWV uiterlijk de vierde dag, of de eerste dag na zes weken; te laat: boete ten hoogste €455, ziekengeld met terugwerkende kracht over ten hoogste een jaar)',
    'https://wetten.overheid.nl/BWBR0001888/#HoofdstukIII_Artikel38a',
  ),
  zw38b: basis(
    'Ziektewet art. 38b lid 2 (grond pas later duidelijk: melding uiterlijk de vierde dag daarna; art. 29a en 29b)',
    'https://wetten.overheid.nl/BWBR0001888/#HoofdstukIII_Artikel38b',
  ),
  zw29a29b: basis(
    'Ziektewet art. 29a (zwangerschap, orgaandonatie) en 29b (no-riskpolis)',
    'https://wetten.overheid.nl/BWBR0001888/#HoofdstukII_Paragraaf3_Artikel29a',
  ),
  uwvVangnet: basis(
    'UWV – ziekmelden bij UWV: uiterlijk de 4e ziektedag, of binnen 6 weken (no-riskpolis, orgaandonatie, zwangerschap vóór de flexibiliseringsperiode)',
    'https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/werknemer-is-langdurig-ziek/detail/ziek-melden-bij-uwv',
  ),
  bw658aLid1: basis(
    'BW 7:658a lid 1 (re-integratie in passende arbeid bij een andere werkgever: spoor 2)',
    'https://wetten.overheid.nl/BWBR0005290/#Boek7_Titeldeel10_Afdeling1_Artikel658a',
  ),
  beoordelingskader: basis(
    'Beleidsregels beoordelingskader poortwachter; UWV Werkwijzer Poortwachter (spoor 2 tenzij concreet perspectief binnen ongeveer 3 maanden)',
    'https://wetten.overheid.nl/BWBR0014375',
  ),
  practiceSpoor2: basis(
    'Praktijk van UWV: spoor 2 uiterlijk na een jaar ziekte (BW 7:658a lid 1 noemt geen dag)',
    'https://wetten.overheid.nl/BWBR0014375',
  ),
  practiceBedrijfsarts: basis(
    'Praktijk: melding aan de bedrijfsarts binnen een week (geen vaste wettelijke dag)',
    'https://wetten.overheid.nl/BWBR0013540',
  ),
} satisfies Record<string, LegalBasis>);

/**
 * The Dutch page of a source whose `url` is an English page (UWV publishes some pages in both
 * languages): Dutch output links the Dutch page, English output the `url` as it is.
 */
const DUTCH_PAGES: ReadonlyMap<string, string> = new Map([[UWV_ACTION_PLAN_EN, UWV_FORMULIEREN_NL]]);

/**
 * The address of a source to show in `lang`: the Dutch page in Dutch output where the source's
 * `url` is an English page with a Dutch counterpart, else the `url`.
 *
 * @example
 * sourceUrl(SOURCES.uwvEvaluatie, 'nl') //=> 'https://www.uwv.nl/werkgevers/formulieren/'
 * sourceUrl(SOURCES.uwvEvaluatie, 'en') //=> 'https://www.uwv.nl/en/employers/forms/creating-an-action-plan-to-help-your-employee-return-to-work'
 */
export function sourceUrl(basis: LegalBasis, lang: 'nl' | 'en'): string {
  return lang === 'nl' ? (DUTCH_PAGES.get(basis.url) ?? basis.url) : basis.url;
}
