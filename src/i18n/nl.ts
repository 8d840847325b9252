/**
 * De Nederlandse berichtencatalogus: elk woord dat poortwachter een mens laat zien, in het
 * Nederlands (de standaardtaal). Houd dezelfde sleutels aan als `en.ts`.
 *
 * @module
 */
import type { Catalogue } from './catalogue.js';

const VANGNET_NL = {
  zwangerschap: 'Vangnet (zwangerschap)',
  'zwangerschap-na-verlof': 'Vangnet (ziek door zwangerschap of bevalling na het verlof)',
  'no-riskpolis': 'Vangnet (no-riskpolis)',
  orgaandonatie: 'Vangnet (orgaandonatie)',
} as const;

const dagen = (n: number): string => (n === 1 ? '1 dag' : `${n} dagen`);
const weken = (n: number): string => (n === 1 ? '1 week' : `${n} weken`);
/** `91 dagen (13 weken)`, `95 dagen (13 weken en 4 dagen)`. */
const dagenInWeken = (n: number): string =>
  n % 7 === 0 ? `${dagen(n)} (${weken(n / 7)})` : n < 7 ? dagen(n) : `${dagen(n)} (${weken(Math.floor(n / 7))} en ${dagen(n % 7)})`;
const nietGeteld = (u: { fit: number; leave: number }): string =>
  (u.fit > 0 ? ` + ${u.fit} niet-getelde ${u.fit === 1 ? 'dag' : 'dagen'} herstel` : '') +
  (u.leave > 0 ? ` + ${u.leave} niet-getelde ${u.leave === 1 ? 'dag' : 'dagen'} zwangerschapsverlof` : '');

export const nlCatalogue: Catalogue = {
  lang: 'nl',
  status: {
    done: 'gedaan',
    'done-late': 'te laat gedaan',
    overdue: 'verstreken',
    'due-soon': 'binnenkort',
    upcoming: 'gepland',
    suspended: 'opgeschort',
    'not-applicable': 'n.v.t.',
  },
  statusHelp: {
    done: 'op tijd gedaan',
    'done-late': 'gedaan, maar na de termijn',
    overdue: 'termijn verstreken en nog niet gedaan',
    'due-soon': 'de termijn verstrijkt binnenkort',
    upcoming: 'nog niet aan de beurt',
    suspended: 'de werknemer is hersteld; de klok staat stil',
    'not-applicable': 'niet (meer) nodig in dit verzuimgeval',
  },
  stepStatus: {
    'wia-brief-uwv': {
      done: 'ontvangen',
      'done-late': 'laat ontvangen',
      overdue: 'nog niet ontvangen',
      'due-soon': 'binnenkort verwacht',
      upcoming: 'verwacht',
    },
    'einde-wachttijd': { done: 'bereikt', overdue: 'bereikt', 'due-soon': 'binnenkort', upcoming: 'verwacht' },
    'vervroegde-iva': { done: 'aangevraagd', 'done-late': 'aangevraagd', 'due-soon': 'kan nog kort', upcoming: 'mogelijk' },
  },
  caseStatus: { sick: 'ziek', recovered: 'hersteld (minder dan 4 weken)', closed: 'gesloten (4 weken of langer hersteld)' },
  actor: {
    werkgever: 'werkgever',
    werknemer: 'werknemer',
    bedrijfsarts: 'bedrijfsarts',
    uwv: 'UWV',
    'werkgever+werknemer': 'werkgever en werknemer',
  },
  kind: { legal: 'wettelijk', advice: 'advies', info: 'ter informatie', protocol: 'verzuimprotocol' },
  severity: { error: 'fout', warning: 'waarschuwing', info: 'ter informatie' },
  stepRef: { probleemanalyse: 'de probleemanalyse', 'plan-van-aanpak': 'het plan van aanpak', evaluatie: 'evaluatie' },
  article: 'de',
  eventType: {
    'melding-bedrijfsarts': 'melding aan de bedrijfsarts',
    'signalering-week-3': 'signalering in week 3',
    probleemanalyse: 'probleemanalyse',
    'plan-van-aanpak': 'plan van aanpak',
    casemanager: 'casemanager aangewezen',
    evaluatie: 'evaluatie',
    '42e-weeksmelding': '42e-weeksmelding',
    eerstejaarsevaluatie: 'eerstejaarsevaluatie',
    'vervroegde-iva': 'vervroegde IVA-aanvraag',
    eindevaluatie: 'eindevaluatie',
    're-integratieverslag': 're-integratieverslag',
    'wia-aanvraag': 'WIA-aanvraag',
    'ziekmelding-uwv-einde-dienstverband': 'ziekmelding bij UWV bij einde dienstverband',
    'ziekmelding-uwv-vangnet': 'ziekmelding bij UWV (vangnet)',
    'spoor-2-besluit': 'besluit over spoor 2',
    protocol: 'stap uit het verzuimprotocol',
    hersteld: 'hersteldmelding',
    ziek: 'nieuwe ziekmelding',
    'gedeeltelijk-hersteld': 'gedeeltelijke werkhervatting',
    zwangerschapsverlof: 'zwangerschapsverlof',
    'wia-brief-ontvangen': 'WIA-brief van UWV ontvangen',
    verlenging: 'vrijwillige verlenging',
    loonsanctie: 'loonsanctie',
    'loonsanctie-bekort': 'bekorting van de loonsanctie',
    'einde-dienstverband': 'einde dienstverband',
    'aow-leeftijd': 'AOW-leeftijd',
    deskundigenoordeel: 'deskundigenoordeel',
    afwijking: 'gemotiveerde afwijking van een termijn',
  },
  nonWorkingDay: {
    zaterdag: 'zaterdag',
    zondag: 'zondag',
    nieuwjaarsdag: 'Nieuwjaarsdag',
    'goede-vrijdag': 'Goede Vrijdag',
    'tweede-paasdag': 'Tweede Paasdag',
    koningsdag: 'Koningsdag',
    bevrijdingsdag: 'Bevrijdingsdag',
    hemelvaartsdag: 'Hemelvaartsdag',
    'tweede-pinksterdag': 'Tweede Pinksterdag',
    'eerste-kerstdag': 'Eerste Kerstdag',
    'tweede-kerstdag': 'Tweede Kerstdag',
    'gelijkgestelde-dag': 'gelijkgestelde dag (Atw art. 3 lid 3)',
  },
  consequence: {
    loonsanctie: () =>
      'Risico: UWV kan bij de WIA-aanvraag een loonsanctie opleggen van ten hoogste 52 weken loon (WIA art. 25 lid 9 en art. 65).',
    'boete-42e-week': (fine) =>
      fine === null || fine.daysLate <= 0
        ? 'Gevolg: een bestuurlijke boete van ten hoogste € 455 (Ziektewet art. 38 lid 3; Boetebesluit socialezekerheidswetten art. 2c); UWV kan die verlagen of ervan afzien (Ziektewet art. 45a lid 8). Het is geen verlenging van de loondoorbetaling.'
        : `Gevolg: een bestuurlijke boete van ten hoogste € ${fine.euro} bij ${dagen(fine.daysLate)} te laat (€ 70 tot 7 dagen, € 230 tot 28 dagen, € ${fine.max} vanaf 28 dagen of zonder melding; Ziektewet art. 38 lid 3, Boetebesluit socialezekerheidswetten art. 2c); UWV kan die verlagen of ervan afzien (Ziektewet art. 45a lid 8). Het is geen verlenging van de loondoorbetaling.`,
    'riv-missing': () =>
      'Gevolg: UWV stelt een termijn waarbinnen het verslag alsnog of volledig moet komen (WIA art. 25 lid 8, art. 65); een loonsanctie (WIA art. 25 lid 9) volgt alleen als de re-integratie zelf tekortschoot.',
    'wia-aanvraag-late': () =>
      'Gevolg: de WIA-uitkering gaat later in; de werkgever betaalt het loon door over de vertraging (BW 7:629 lid 11 sub a), tenzij de werknemer geen deugdelijke grond had (lid 3 sub f).',
    'wia-late-letter': () => 'Komt de brief te laat, dan is een WIA-aanvraag nog tijdig binnen 4 weken na ontvangst (WIA art. 64 lid 6).',
    'vangnet-late': () =>
      'Gevolg: een bestuurlijke boete van ten hoogste € 455 (Ziektewet art. 38a lid 8; art. 38b lid 4); UWV kent het ziekengeld dan met terugwerkende kracht toe over ten hoogste een jaar (art. 38a lid 9).',
    'evaluatie-praktijk': () =>
      'De wet zegt ‘periodiek’ (WIA art. 25 lid 2) en ‘regelmatig’ (BW 7:658a lid 3); het plan van aanpak legt de momenten vast (Regeling procesgang art. 4 lid 2 sub b). Eens per 6 weken is praktijk van UWV: leg de in het plan afgesproken termijn vast, die geldt dan.',
    advice: () => 'Geen wettelijke sanctie, wel een zwakkere positie bij de toetsing van het re-integratieverslag door UWV.',
    protocol: () => 'Een stap uit het eigen verzuimprotocol van de werkgever, geen wettelijke plicht.',
    info: () => 'Ter informatie.',
  },
  derivation: {
    counted: (s, c) =>
      `Ziektedag ${s.countedDay} (week ${Math.ceil(s.countedDay / 7)}) = eerste ziektedag ${c.date(s.from)} + ${dagen(s.countedDay - 1)}${nietGeteld(s.uncounted)} = ${c.date(s.date)}`,
    afterStep: (s, c) => {
      const naam = c.stepRef(s.step, s.occurrence);
      const basis =
        s.basis === 'completed'
          ? `${naam} (gedaan op ${c.date(s.from)})`
          : s.basis === 'due'
            ? `${naam} (nog niet gedaan; termijn ${c.date(s.from)})`
            : s.basis === 'legalLatest'
              ? `${naam} (strikt juridisch uiterlijk ${c.date(s.from)})`
              : `de eerste ziektedag ${c.date(s.from)}`;
      return `${s.countedDays} ziektedagen na ${basis}${nietGeteld(s.uncounted)} = ${c.date(s.date)}`;
    },
    beforeEnd: (s, c) =>
      `${dagenInWeken(s.days)} vóór de laatste dag van de wachttijd (${c.date(s.lastDay)}) = ${c.date(s.date)}; teruggerekend, dus nooit verschoven door de Algemene termijnenwet (art. 1 lid 2)`,
    verlenging: (s, c) => `+ ${weken(s.weeks)} vrijwillige verlenging (WIA art. 24) = ${c.date(s.date)}`,
    atwRoll: (s, c) =>
      `${c.date(s.from)} is geen werkdag (${s.skipped.map((d) => `${c.date(d.date)}: ${nlCatalogue.nonWorkingDay[d.reason]}`).join('; ')}); doorgeschoven naar ${c.date(s.date)} (Algemene termijnenwet art. 1 lid 1)`,
    atwTwoWorkingDays: (s, c) =>
      `De termijn vanaf ${c.date(s.termStart)} telt tot ${c.date(s.from)} minder dan twee werkdagen; verlengd tot ${c.date(s.date)} (Algemene termijnenwet art. 2)`,
    firstWerkdag: (s, c) =>
      `UWV: "uiterlijk de eerste werkdag na de 42e ziekteweek": ${c.date(s.from)} is geen werkdag (${s.skipped.map((d) => `${c.date(d.date)}: ${nlCatalogue.nonWorkingDay[d.reason]}`).join('; ')}) = ${c.date(s.date)}; de wettelijke dag zelf schuift niet (Ziektewet art. 38 lid 1; Algemene termijnenwet art. 4 onder a)`,
    lastWorkingDay: (s, c) =>
      `${c.date(s.from)} is geen werkdag (${s.skipped.map((d) => `${c.date(d.date)}: ${nlCatalogue.nonWorkingDay[d.reason]}`).join('; ')}); terug naar de laatste werkdag ${c.date(s.date)} (Ziektewet art. 38 lid 2)`,
    vangnet: (s, c) =>
      `${VANGNET_NL[s.grond]}: ${s.term === 'vierde-dag' ? 'uiterlijk de vierde dag' : s.term === 'vierde-dag-na' ? 'uiterlijk de vierde dag nadat de grond duidelijk kon zijn (art. 38b lid 2)' : 'uiterlijk de eerste dag na zes weken (art. 38a lid 3)'}${s.flexStart === null ? '' : ` (de periode vanaf 6 weken vóór de uitgerekende datum begint op ${c.date(s.flexStart)})`} = ${c.date(s.from)} + ${dagen(s.days)} = ${c.date(s.date)} (Ziektewet art. 38a)`,
    letterReceived: (s, c) => `De WIA-brief van UWV is ontvangen op ${c.date(s.date)}: vanaf die dag kan de aanvraag worden ingediend`,
    lateLetter: (s, c) =>
      `De brief kwam laat (${c.date(s.letter)}): de aanvraag is tijdig binnen ${dagen(s.days)} na ontvangst = ${c.date(s.date)} (WIA art. 64 lid 6)`,
    lateLetterExcluded: (s, c) =>
      `De brief kwam laat (${c.date(s.letter)}), maar de 42e-weeksmelding is ${s.melding === null ? 'niet gedaan' : `pas op ${c.date(s.melding)} gedaan`}, niet vóór de dag waarop de wachttijd 81 weken heeft geduurd (uiterlijk ${c.date(s.meldingBy)}): geen extra 4 weken; de termijn blijft ${c.date(s.date)} (WIA art. 64 lid 6, laatste zin)`,
    eindeDienstverband: (s, c) =>
      `Het dienstverband eindigt op ${c.date(s.lastDayOfEmployment)} na ${s.sickDays} ziektedagen: ${s.report === 'volledig' ? 'een volledig re-integratieverslag met eindevaluatie' : 'een verkort re-integratieverslag'} is uiterlijk op de laatste dag van het dienstverband nodig`,
    lateApplication: (s, c) =>
      `+ ${dagen(s.days)} omdat de WIA-aanvraag (termijn ${c.date(s.due)}) ${s.completedOn === null ? 'nog niet is ingediend (de vertraging tot nu toe)' : `pas op ${c.date(s.completedOn)} is ingediend`} = ${c.date(s.date)} (BW 7:629 lid 11 sub a)`,
    loonsanctie: (s, c) =>
      `+ ${weken(s.weeks)} loonsanctie (WIA art. 25 lid 9)${s.imposed > s.weeks ? ` (opgelegd: ${weken(s.imposed)}; ten hoogste ${weken(s.weeks)})` : ''}${s.leaveDays > 0 ? ` + ${s.leaveDays} niet-getelde ${s.leaveDays === 1 ? 'dag' : 'dagen'} zwangerschapsverlof` : ''} = ${c.date(s.date)}`,
    loonsanctieAfterEnd: (s, c) =>
      `Geen loonsanctie: UWV besliste pas op ${c.date(s.decision)} (${weken(s.weeks)}), na het einde van het tijdvak op ${c.date(s.lastDay)} (WIA art. 25 lid 11) = ${c.date(s.date)}`,
    loonsanctieDecisionLate: (s, c) =>
      `De beschikking over de loonsanctie was uiterlijk ${c.date(s.term)} nodig (zes weken vóór het einde, WIA art. 25 lid 10) en kwam op ${c.date(s.decision)}: de loonsanctie eindigt ${dagen(s.days)} eerder (lid 14) = ${c.date(s.date)}`,
    bekorting: (s, c) =>
      `Bekorting: UWV besliste op ${c.date(s.decision)} dat de tekortkoming is hersteld; de loonsanctie eindigt ${s.days === null ? 'op de dag die het besluit noemt' : `${dagen(s.days)} later`} = ${c.date(s.date)} (WIA art. 25 lid 12–14)`,
    aow: (s, c) =>
      `AOW-leeftijd op ${c.date(s.aowDate)}: loondoorbetaling tot ${weken(s.weeks)} ziekte daarna${nietGeteld(s.uncounted)} = ${c.date(s.date)} (BW 7:629 lid 2 sub b en lid 10)`,
    employmentEnds: (s, c) => `Het dienstverband eindigt op ${c.date(s.date)}; de loondoorbetaling door de werkgever eindigt dan ook`,
    calendarDays: (s, c) => {
      const basis =
        s.step === null
          ? `de eerste ziektedag ${c.date(s.from)}`
          : s.basis === 'completed'
            ? `${c.stepRef(s.step, 1)} (gedaan op ${c.date(s.from)})`
            : s.basis === 'legalLatest'
              ? `${c.stepRef(s.step, 1)} (strikt juridisch uiterlijk ${c.date(s.from)})`
              : `${c.stepRef(s.step, 1)} (nog niet gedaan; termijn ${c.date(s.from)})`;
      const fit =
        s.fitOn === null
          ? ''
          : `; op ${c.date(s.fitOn)} was de werknemer niet ziek, dus onverwijld op de eerstvolgende ziektedag (Regeling procesgang art. 2 lid 3)`;
      return `${dagen(s.days)} (kalenderdagen) na ${basis}${fit} = ${c.date(s.date)}`;
    },
  },
  derivationPart: { windowStart: 'Begin:', legalLatest: 'Strikt juridisch:' },
  reason: {
    'aow-before-wia': (r, c) =>
      `Niet van toepassing: de werknemer bereikt op ${c.date(r.aowDate)} de AOW-leeftijd, vóórdat een WIA-uitkering kan ingaan`,
    'aow-reached': (r, c) =>
      `Niet van toepassing: de werknemer heeft op ${c.date(r.aowDate)} de AOW-leeftijd bereikt; daarna gelden geen poortwachterstappen meer (BW 7:629 lid 2 sub b)`,
    'employment-ended': (r, c) =>
      r.report === 'verkort'
        ? `Het dienstverband eindigt op ${c.date(r.lastDayOfEmployment)} na ${r.sickDays} ziektedagen: alleen een verkort re-integratieverslag is nodig`
        : r.report === 'geen'
          ? `Het dienstverband eindigt op ${c.date(r.lastDayOfEmployment)} na ${r.sickDays} ziektedagen: geen re-integratieverslag nodig (minder dan 6 weken ziek)`
          : `Niet van toepassing: het dienstverband eindigt op ${c.date(r.lastDayOfEmployment)}; de werkgever meldt de werknemer dan ziek bij UWV`,
    'case-closed': (r, c) =>
      `Niet van toepassing: de werknemer is sinds ${c.date(r.fitFrom)} hersteld en ${r.gapDays} dagen of langer niet ziek geweest, dus het verzuimgeval was gesloten voordat deze stap aan de beurt was`,
    suspended: (r, c) =>
      `Opgeschort: de werknemer is sinds ${c.date(r.fitFrom)} hersteld; de datum gaat ervan uit dat de werknemer de dag na ${c.date(r.asOf)} weer ziek wordt en schuift op met elke dag dat de werknemer hersteld blijft`,
    'window-closed': (r, c) => `De termijn is op ${c.date(r.date)} verstreken zonder aanvraag`,
    'vangnet-grond': () =>
      'Niet van toepassing: bij ziekengeld op een vangnetgrond geldt Ziektewet art. 38 niet (lid 4): geen 42e-weeksmelding en geen boete; de vangnetmelding (art. 38a) komt ervoor in de plaats',
    eigenrisicodrager: () =>
      'Niet van toepassing: de werkgever is eigenrisicodrager voor de Ziektewet; de ziekmelding bij einde dienstverband geldt voor de werkgever die geen eigenrisicodrager is (Ziektewet art. 38 lid 2)',
  },
  flag: {
    MILESTONE_OVERDUE: (p, label, c) =>
      `${label}: uiterlijk ${c.date(p.due)} nodig${p.withinLegal && p.legalLatest !== null ? (p.consequence === 'boete-42e-week' ? ` (UWV noemt zelf de eerste werkdag daarna, ${c.date(p.legalLatest)}: tot dan geen boete)` : ` (strikt juridisch uiterlijk ${c.date(p.legalLatest)})`) : ''} en nog niet vastgelegd. ${nlCatalogue.consequence[p.consequence](p.fine)}`,
    MILESTONE_DONE_LATE: (p, label, c) =>
      `${label}: gedaan op ${c.date(p.completedOn)}, na de termijn van ${c.date(p.due)}${p.withinLegal ? ' (wel binnen de uiterste termijn)' : ''}.${p.fine === null ? '' : ` ${nlCatalogue.consequence['boete-42e-week'](p.fine)}`}`,
    STEP_BEFORE_WINDOW: (p, label, c) => `${label}: gedaan op ${c.date(p.completedOn)}, vóórdat dat kon (vanaf ${c.date(p.windowStart)}).`,
    STEP_WHILE_CLOSED: (p, _label, c) =>
      `De stap ‘${nlCatalogue.eventType[p.eventType]}’ op ${c.date(p.date)} valt in een periode waarin het verzuimgeval gesloten was (hersteld sinds ${c.date(p.fitFrom)}).`,
    EVENT_AFTER_AS_OF: (p, _label, c) =>
      `De gebeurtenis ‘${nlCatalogue.eventType[p.eventType]}’ op ${c.date(p.date)} ligt na de peildatum ${c.date(p.asOf)} en is niet meegenomen.`,
    ZIEK_WITHOUT_HERSTELD: (p, _label, c) =>
      `Ziekmelding op ${c.date(p.date)} zonder hersteldmelding ervoor: de werknemer was al ziek; de melding is genegeerd.`,
    HERSTELD_TWICE: (p, _label, c) =>
      `Hersteldmelding op ${c.date(p.date)} terwijl de werknemer niet ziek was (al hersteld, of de ziekte was nog niet begonnen); de melding is genegeerd.`,
    LOONSANCTIE_OVER_MAX: (p) =>
      `De loonsancties tellen op tot ${weken(p.weeks)}; de wet staat ten hoogste ${weken(p.max)} toe (WIA art. 25 lid 9). Er is gerekend met ${weken(p.max)}.`,
    VERLENGING_AFTER_WACHTTIJD: (p, _label, c) =>
      `De verlenging van ${c.date(p.date)} is vastgelegd na het einde van de wachttijd (${c.date(p.lastDay)}); een verlenging moet vóór dat einde worden aangevraagd (WIA art. 24).`,
    WIA_LETTER_LATE: (p, _label, c) =>
      `${p.received === null ? `De WIA-brief van UWV is op ${c.date(p.latest)} nog niet ontvangen` : `De WIA-brief van UWV kwam pas op ${c.date(p.received)} (uiterlijk ${c.date(p.latest)})`}. Een WIA-aanvraag is dan nog tijdig binnen ${dagen(p.afterLetterDays)} na ontvangst (WIA art. 64 lid 6).`,
    WIA_LETTER_EXTENSION_EXCLUDED: (p, _label, c) =>
      `De WIA-brief van UWV kwam laat (${c.date(p.letter)}), maar de werknemer krijgt geen 4 extra weken voor de WIA-aanvraag: de 42e-weeksmelding is ${p.melding === null ? 'niet gedaan' : `pas op ${c.date(p.melding)} gedaan`}, terwijl die uiterlijk ${c.date(p.meldingBy)} nodig was, vóór de dag waarop de wachttijd 81 weken heeft geduurd (WIA art. 64 lid 6).`,
    STEP_IMPLIED: (p, label, c) =>
      p.basis !== 'wia-25-lid-9'
        ? `${label}: geldt als gedaan op ${c.date(p.date)}, de dag van de ${nlCatalogue.eventType[p.impliedBy]} (${p.basis === 'wia-66-lid-1' ? 'WIA art. 66 lid 1' : 'Ziektewet art. 38 lid 8'}).`
        : `${label}: niet vastgelegd, maar uiterlijk op ${c.date(p.date)} gedaan: de ${nlCatalogue.eventType[p.impliedBy]} van die dag volgt op de behandeling van de aanvraag (WIA art. 25 lid 9). Leg de echte datum vast; tot dan is niets op deze datum als te laat beoordeeld.`,
    WAGE_END_OPEN: (p, _label, c) =>
      `Het einde van de loondoorbetaling ligt nog niet vast: de ${nlCatalogue.eventType[p.step as 'wia-aanvraag']} is sinds ${c.date(p.overdueSince)} te laat en niet vastgelegd. De vertraging (BW 7:629 lid 11 sub a) telt pas mee zodra de aanvraag is vastgelegd; tot nu ${p.impliedOn === null ? '' : `ten hoogste (tot ${c.date(p.impliedOn)}) `}${dagen(p.extensionSoFar)}.`,
    REPORT_BEFORE_VERLENGING: (p, label, c) =>
      `${label}: opgesteld op ${c.date(p.completedOn)}, vóór de verlenging van ${c.date(p.verlenging)}; vul het aan voor het verlengde tijdvak, uiterlijk ${c.date(p.due)} (WIA art. 25 lid 4).`,
    FREQUENT_ABSENCE: (p) =>
      `${p.reports} ziekmeldingen in de laatste ${p.windowDays === 365 ? '12 maanden' : dagen(p.windowDays)}: frequent verzuim gaat vaak vooraf aan langdurig verzuim. Overweeg een gesprek of een spreekuur bij de bedrijfsarts (beleid, geen wettelijke plicht).`,
    ATW_CALENDAR_INCOMPLETE: (p) =>
      `De gelijkgestelde dagen (Atw art. 3 lid 3) van ${p.year} staan niet in de gegevens van deze versie (bekend: ${p.knownFrom}–${p.knownUntil}); de datum kan een werkdag later liggen.`,
    RULES_BEFORE_COVERAGE: (p, _label, c) =>
      `De eerste ziektedag ligt vóór ${c.date(p.coverageFrom)}; de termijnen zijn berekend met de huidige regels (vóór 1 juli 2013 golden week 89 en 91 voor verslag en aanvraag).`,
    DUPLICATE_STEP: (p, label, c) =>
      `${label}: ${p.dates.length} keer vastgelegd (${p.dates.map((d) => c.date(d)).join(', ')}); de eerste, van ${c.date(p.counted)}, telt.`,
    NEW_CASE_STARTED: (p, _label, c) =>
      `Na een onderbreking van ${dagen(p.gapDays)} begint op ${c.date(p.date)} een nieuw verzuimgeval met een nieuwe eerste ziektedag (geen samentelling: een onderbreking van 4 weken of langer, niet direct vóór en na zwangerschapsverlof, BW 7:629 lid 10).`,
    AS_OF_BEFORE_FIRST_SICK_DAY: (p, _label, c) =>
      `De peildatum ${c.date(p.asOf)} ligt vóór de eerste ziektedag ${c.date(p.firstSickDay)}: er is nog geen ziekte om te tellen; kies een peildatum vanaf de eerste ziektedag.`,
    RULE_NOT_IN_FORCE: (p, _label, c) =>
      `De loondoorbetaling na de AOW-leeftijd (BW 7:629 lid 2 sub b) geldt sinds ${c.date(p.inForceFrom)} (Wet werken na de AOW-gerechtigde leeftijd); dit verzuimgeval begon eerder, maar het einde van de loondoorbetaling is er toch mee berekend: toets het aan het recht van toen.`,
  },
  picture: {
    sickPeriods: 'Ziekteperioden',
    sick: 'ziek',
    sickAssumed: 'ziek (verwacht, na peildatum)',
    fitGap: 'hersteld (samentelling)',
    fit: 'hersteld',
    previousCase: 'eerder verzuimgeval',
    countedDays: 'getelde ziektedagen',
    leave: 'zwangerschapsverlof',
    extended: 'verlenging wachttijd',
    loonsanctie: 'loonsanctie',
    wachttijd: 'Wachttijd',
    extendedShort: 'verlenging',
    noWage: 'geen loondoorbetaling meer',
    wachttijd104: 'wachttijd 104 weken',
    lateApplication: 'WIA-aanvraag te laat',
    asOf: 'peildatum',
    window: 'venster (vanaf … tot termijn)',
    legalLatest: 'uiterste wettelijke datum',
    completed: 'uitgevoerd op (streep)',
    overdueSpan: 'achterstand tot peildatum',
    week: 'wk',
    weekLong: 'week',
    due: 'termijn',
    doneOn: 'gedaan op',
    receivedOn: 'ontvangen op',
    windowFrom: 'venster vanaf',
    title: 'Poortwachter-tijdlijn',
    legend: 'Legenda',
    weekOfSickness: 'week van ziekte',
    wachttijdEnd: 'einde wachttijd',
    lateApplicationDays: (days) => `WIA-aanvraag te laat +${days} d`,
    loonsanctieWeeks: (weeks) => `loonsanctie +${weeks} wk`,
    describe: (s) =>
      [
        `Verzuim vanaf ${s.firstSickDay}, peildatum ${s.asOf} (week ${s.week}, ${s.countedSickDays} getelde ziektedagen, ${s.periods} ziekteperiode(n)).`,
        `De wachttijd eindigt op ${s.lastDay}; de loondoorbetaling op ${s.wageEnd}.`,
        `${s.steps} stappen: ${s.done} gedaan, ${s.doneLate} te laat gedaan, ${s.overdue} verstreken en nog open, ${s.dueSoon} binnenkort, ${s.upcoming} gepland.`,
        s.overdueSteps.length > 0 ? `Verstreken: ${s.overdueSteps.map((m) => `${m.label} (termijn ${m.due})`).join('; ')}.` : '',
        'De tabel met stappen beschrijft elke stap in woorden.',
      ]
        .filter((x) => x !== '')
        .join(' '),
  },
  report: {
    docTitle: 'Poortwachter-verslag',
    titleFirstDay: 'eerste ziektedag',
    intro:
      'Alle stappen van de Wet verbetering poortwachter voor dit verzuim, met termijn, wettelijke grondslag en status op de peildatum.',
    firstSickDay: 'Eerste ziektedag',
    asOf: 'Peildatum',
    status: 'Status',
    week: 'Week van ziekte',
    counted: 'Getelde ziektedagen',
    lastDay: 'Laatste dag wachttijd',
    wiaStart: 'Ingang WIA',
    wageEnd: 'Einde loondoorbetaling',
    previous: 'Eerdere verzuimgevallen',
    picture: 'Tijdlijn',
    pictureCaption:
      'Elke markering staat op de termijn van een stap; vorm én kleur geven de status (zie legenda). Klik een markering voor de toelichting in de tabel.',
    flags: 'Bevindingen',
    noFlags: 'Geen bevindingen.',
    milestones: 'Stappen',
    dossier: 'Re-integratiedossier',
    dossierIntro: 'Wat UWV bij de RIV-toets in het dossier verwacht, en wat er op de peildatum in zit.',
    colDue: 'Termijn',
    colWeek: 'Week',
    colStep: 'Stap',
    colStatus: 'Status',
    colActor: 'Wie',
    colBasis: 'Grondslag',
    colWhy: 'Toelichting',
    colItem: 'Onderdeel',
    colRequired: 'Vereist op peildatum',
    colPresent: 'Aanwezig',
    colDate: 'Datum',
    windowFrom: 'venster vanaf',
    legalLatest: 'uiterlijk (strikt)',
    doneOn: 'gedaan op',
    receivedOn: 'ontvangen op',
    yes: 'ja',
    no: 'nee',
    missing: 'ontbreekt',
    notYet: 'nog niet nodig',
    notes: 'Notities bij gebeurtenissen',
    footer:
      'Gemaakt met poortwachter. Een hulpmiddel, geen juridisch advies: controleer termijnen bij twijfel met de bedrijfsarts, UWV of een jurist.',
    toStep: 'naar de stap',
    agreedDeviation: 'afgesproken afwijking',
    deskundigenoordeel: 'Deskundigenoordeel (UWV)',
    detail: {
      leidinggevende: 'casemanager: leidinggevende',
      hr: 'casemanager: HR',
      extern: 'casemanager: extern',
      taakdelegatie: 'casemanager: taakdelegatie',
      volledig: 'volledig re-integratieverslag',
      verkort: 'verkort re-integratieverslag',
    },
  },
  table: {
    heading: 'Poortwachter',
    firstSickDay: 'eerste ziektedag',
    asOf: 'peildatum',
    week: 'week',
    countedDays: 'ziektedagen',
    lastDay: 'einde wachttijd',
    wiaStart: 'WIA vanaf',
    wageEnd: 'loondoorbetaling t/m',
    columns: ['Week', 'Vanaf', 'Uiterlijk', 'Stap', 'Wie', 'Status', 'Gedaan op'],
    from: 'vanaf',
    flags: 'Bevindingen',
    none: 'Geen bevindingen.',
  },
  csvHeaders: [
    'Stap (code)',
    'Keer',
    'Soort',
    'Wie',
    'Stap',
    'Vanaf',
    'Uiterlijk',
    'Ziekteweek',
    'Ziektedag',
    'Strikt juridisch uiterlijk',
    'Status',
    'Gedaan op',
    'Grondslag',
    'Toelichting status',
  ],
  ics: {
    who: 'Wie',
    status: 'Status',
    week: 'Ziekteweek',
    countedDay: 'ziektedag',
    window: 'Vanaf',
    basis: 'Grondslag',
    calendar: 'Poortwachter',
    case: 'eerste ziektedag',
  },
};
