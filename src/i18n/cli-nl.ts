/**
 * De woorden van de `poortwachter`-opdracht zelf, in het Nederlands (de standaardtaal): fouten in
 * het gebruik, bestands- en JSON-fouten, voortgang van `batch` en de helpteksten. Houd dezelfde
 * sleutels aan als `cli-en.ts`.
 *
 * @module
 */
import type { CliCatalogue, FsReason } from './cli-catalogue.js';

const REASON: Readonly<Record<FsReason, string>> = {
  ENOENT: 'bestand bestaat niet',
  EACCES: 'geen toegang',
  EISDIR: 'is een map',
  ENOTDIR: 'geen map',
};
const reason = (code: FsReason | null, detail: string): string => (code === null ? detail : REASON[code]);
const quoted = (xs: readonly string[]): string => xs.map((x) => `'${x}'`).join(', ');
const or = (xs: readonly string[]): string => (xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} of ${xs.at(-1)}`);

const MAIN = `poortwachter — elke stap van de Wet verbetering poortwachter, met termijn, wettelijke
grondslag en status, uit een eerste ziektedag en de gebeurtenissen van een verzuimgeval.

Gebruik: poortwachter <opdracht> [opties]

Opdrachten:
  timeline   de tijdlijn van één verzuimgeval (tabel, json, csv, ics of html)
  report     het HTML-verslag van één verzuimgeval (timeline --format html)
  batch      één resultaatregel per NDJSON-regel (nachtelijke salarisruns)
  worklist   de open stappen over veel verzuimgevallen: verstreken of binnen N dagen, op datum
  validate   controleer een verzuimgeval (JSON) op de invoerregels
  schema     het JSON Schema van een verzuimgeval
  sources    de wettelijke bronnen, en welke stap welke bron noemt
  serve      de HTTP-dienst (JSON en NDJSON; OpenAPI 3.1 op /openapi.json)
  page       de verzuimpagina als statische bestanden (rekent in de browser)

Opties:
  -h, --help      hulp (ook: poortwachter <opdracht> --help)
  -v, --version   de versie
  --lang L        nl | en (standaard nl): de taal van alles wat poortwachter schrijft

Voorbeeld:
  poortwachter timeline --first-sick-day 2025-01-06 --as-of 2025-03-10

Afsluitcodes: 0 in orde; 2 verkeerd gebruik of ongeldige invoer; 1 alleen met --fail-on.
Documentatie: docs/cli.md
`;

const TIMELINE = `Gebruik: poortwachter timeline (--first-sick-day JJJJ-MM-DD | --case BESTAND|-) [opties]

De tijdlijn van één verzuimgeval: elke poortwachterstap met termijn, wettelijke grondslag en status.

Opties:
  --first-sick-day D   eerste ziektedag (dag 1); genoeg voor een geval zonder gebeurtenissen
  --case BESTAND|-     het verzuimgeval als JSON (een bestand, of - voor stdin); zie 'poortwachter schema'
  --as-of D            peildatum (standaard: vandaag in Europe/Amsterdam)
  --format F           table | json | csv | ics | html
                       (standaard: table op een terminal, anders json)
  --excel              csv voor Nederlandse Excel: puntkomma's en een UTF-8-BOM
  --wide               table: één regel per stap met een kolom 'Vanaf' en datums met maandnamen
                       (standaard past elke regel in 100 kolommen)
  --lang L             nl | en (standaard nl): woorden, datums en meldingen
  --id ID              uw kenmerk van het verzuimgeval (html: in de titel; ics: in UID's en titels;
                       standaard: de id van het verzuimgeval)
  --fail-on W          overdue: afsluitcode 1 als een wettelijke stap verstreken is;
                       late: ook als er een te laat is gedaan
  --explain            json: per stap ook de afleiding ('derivation') en de toelichting ('explanation')
  -h, --help           deze hulp

json: het CaseTimeline-object van de bibliotheek, de feiten van elke stap (naam en wettelijke
grondslag staan bij de 'id' van de stap in 'poortwachter sources'); achter de bestaande velden
staat per bevinding 'message', en met --explain per stap 'derivation' en 'explanation', in --lang.

Voorbeelden:
  poortwachter timeline --first-sick-day 2025-01-06 --as-of 2025-03-10
  poortwachter timeline --case examples/sample-case.json --as-of 2025-06-02 --format ics > verzuim.ics
  cat verzuimgeval.json | poortwachter timeline --case - --format json --fail-on overdue
`;

const REPORT = `Gebruik: poortwachter report (--first-sick-day JJJJ-MM-DD | --case BESTAND|-) [opties]

Het zelfstandige HTML-verslag van één verzuimgeval (hetzelfde als 'timeline --format html').
Opties als bij 'poortwachter timeline' (--as-of, --lang, --fail-on); --format is altijd html.

Voorbeeld:
  poortwachter report --case examples/sample-case.json --as-of 2025-06-02 > verslag.html
`;

const BATCH = `Gebruik: poortwachter batch [BESTAND|-] [opties]

Leest NDJSON (één verzuimgeval per regel, als in 'poortwachter schema', eventueel met een "id") uit
BESTAND of stdin en schrijft per invoerregel precies één resultaatregel, op volgorde, stromend:
  {"ok":true,"line":1,"id":"E-17","timeline":{…}}
  {"ok":false,"line":2,"id":"E-18","issues":[{"path":["firstSickDay"],"code":"…","message":{"nl":"…","en":"…"}}]}
Een lege of kapotte regel geeft een ok:false-regel; niets wordt overgeslagen en de run gaat door.
Elke stap bevat zijn feiten; naam en wettelijke grondslag staan bij de 'id' van de stap in
'poortwachter sources' (en in ruleOf(id) van de bibliotheek, GET /v1/rules).

Opties:
  --as-of D        peildatum voor elk verzuimgeval (standaard: vandaag in Europe/Amsterdam)
  --format F       ndjson | csv | payroll-csv (csv: een kopregel en één rij per invoerregel;
                   payroll-csv: één rij per werknemer per loonfase — jaar-1, jaar-2,
                   verlenging, late-wia-aanvraag, loonsanctie — met datums, dagen en
                   percentage, voor de salarisadministratie; standaard ndjson)
  --excel          csv voor Nederlandse Excel: puntkomma's en een UTF-8-BOM
  --fields LIJST   in plaats van de hele tijdlijn: 'summary' (status,currentWeek,next,overdue),
                   'all', of een lijst met komma's uit firstSickDay, asOf, status, currentWeek,
                   countedSickDays, next, overdue, doneLate, lastDay, wiaStart,
                   wageObligationEnd, flags (csv standaard: all)
  --lang L         nl | en: taal van de kolom issues in csv en van de meldingen (standaard nl)
  --fail-on W      overdue | late: afsluitcode 1 als een verzuimgeval een verstreken (of te laat gedane) wettelijke stap heeft
  --line-limit N   langste regel in tekens (standaard 1048576); een langere is een too_big-regel
  -h, --help       deze hulp

Voortgang en een eindtelling (verzuimgevallen, in orde, ongeldig, verstreken) gaan naar stderr als dat een terminal is.
Afsluitcode 2 als een regel ongeldig was (nadat elke regel is geschreven). Gaat de lezer van de
uitvoer weg (| head), dan stopt het lezen meteen; de afsluitcode telt de regels tot dan.

Voorbeelden:
  poortwachter batch verzuimgevallen.ndjson --as-of 2025-06-02 --fields summary > resultaten.ndjson
  node examples/generate-ndjson.mjs 1000 | poortwachter batch - --format csv > verzuimgevallen.csv
  poortwachter batch verzuimgevallen.ndjson --format payroll-csv --excel > loon.csv
`;

const WORKLIST = `Gebruik: poortwachter worklist [BESTAND|-] [opties]

Leest NDJSON-verzuimgevallen (één per regel, elk met een "id") uit BESTAND of stdin en zet de open
stappen die verstreken zijn of binnen --within dagen vervallen op één lijst, over alle verzuimgevallen,
op datum, dan op zwaarte (wettelijk vóór advies, verstreken eerst), dan op id van het verzuimgeval.
Mijlpalen ter informatie (einde wachttijd, de brief van UWV, vervroegde IVA) staan er nooit op;
stappen van een verzuimgeval waarvan de klok stilstaat (de werknemer is hersteld, status opgeschort)
blijven weg. Leest regel voor regel: het geheugen groeit met de lijst, niet met de invoer.

Opties:
  --within N         dagen na --as-of (standaard 14); verstreken stappen staan er altijd op
  --as-of D          de datum van de lijst (standaard: vandaag in Europe/Amsterdam)
  --format F         table | json | ndjson | csv | ics | html
                     (standaard: table op een terminal, anders json)
  --lang L           nl | en (standaard nl): elk woord dat wordt geschreven, fouten ook
  --include-windows  ook stappen waarvan het venster binnen de periode opengaat
  --excel            csv voor Nederlandse Excel: puntkomma's en een UTF-8-BOM
  --limit N          alleen de N dringendste stappen (de telling zegt hoeveel er waren)
  --counts           alleen tellingen: per status, week, wie en stap (table, json, ndjson, csv)
  --actor A,B        alleen stappen van deze actoren (werkgever, werknemer, bedrijfsarts, uwv,
                     werkgever+werknemer)
  --kind K,L         alleen deze soorten stappen (legal, advice, protocol)
  -h, --help         deze hulp

Ongeldige regels (geen id, kapotte JSON, verkeerde datums) worden op stderr gemeld met hun
regelnummer en in de uitvoer geteld (json: "invalid"); de run gaat door. Afsluitcode 0, ook als
er regels ongeldig waren; 2 bij verkeerd gebruik, onleesbare invoer, of als elke regel ongeldig was.

Voorbeelden:
  poortwachter worklist verzuimgevallen.ndjson --within 14 --as-of 2025-06-02
  poortwachter worklist verzuimgevallen.ndjson --format ics > werklijst.ics
  cat verzuimgevallen.ndjson | poortwachter worklist - --format csv > werklijst.csv
  poortwachter worklist verzuimgevallen.ndjson --limit 20 --actor werkgever --format table
`;

const VALIDATE = `Gebruik: poortwachter validate BESTAND|- [--format text|json] [--lang nl|en]

Controleert een verzuimgeval op de invoerregels. Afsluitcode 0 als hij geldig is; 2 met elk probleem op
een eigen regel op stderr (of, met --format json, {"valid":false,"issues":[…]} op stdout).

Voorbeeld:
  poortwachter validate examples/sample-case.json
`;

const SCHEMA = `Gebruik: poortwachter schema

Schrijft het JSON Schema (draft 2020-12) van een verzuimgeval, gemaakt uit de zod-schema's, met
de beschrijvingen van de velden in --lang (standaard Nederlands). Met --lang en is het hetzelfde
bestand als poortwachter/schema.json in het pakket. 'schema timeline' en 'schema batch-line' geven
de schema's van de uitvoer. Elk soort gebeurtenis met een voorbeeld: docs/dossier.md.

Voorbeeld:
  poortwachter schema > verzuimgeval.schema.json
`;

const SOURCES = `Gebruik: poortwachter sources [--format table|json] [--lang nl|en]

De wettelijke bronnen die poortwachter noemt, elk met een vaste id, en per stap (op de 'id' van
de stap) zijn naam en de ids van zijn bronnen: wat een tijdlijn niet per stap herhaalt.

Opties:
  --format F   table | json (standaard: table op een terminal, anders json)
  --lang L     nl | en (standaard nl): koppen en namen van de stappen
  -h, --help   deze hulp

Voorbeeld:
  poortwachter sources --format json > bronnen.json
`;

const SERVE = `Gebruik: poortwachter serve [--port 8080] [--host 127.0.0.1] [opties]

De HTTP-dienst voor HR-systemen in elke taal: één verzuimgeval beoordelen (POST /v1/evaluate), veel
verzuimgevallen (POST /v1/batch, NDJSON in en uit, gestreamd), de werklijst over veel verzuimgevallen
(POST /v1/worklist), valideren (POST /v1/validate), de JSON Schema's, de wettelijke bronnen,
/healthz en /readyz. De verzuimpagina (rekent in de browser) staat op /, de API-pagina op /docs,
OpenAPI 3.1 op /openapi.json. Fouten zijn
application/problem+json in het Nederlands of Engels (Accept-Language; standaard nl).
Schrijft het adres waarop de dienst luistert naar stderr (met --port 0: een vrije poort).
SIGTERM of SIGINT: lopende verzoeken worden afgemaakt, daarna stopt de dienst met code 0; na
--shutdown-timeout of een tweede signaal eindigt een gestreamd antwoord met een "interrupted"-regel
(na welke invoerregel), code 1.

Opties:
  --port N              TCP-poort (standaard 8080; 0: een vrije poort)
  --host H              adres om op te luisteren (standaard 127.0.0.1: alleen deze machine)
  --log                 één JSON-regel per verzoek op stdout (standaard: geen log)
  --body-limit BYTES    grootste body van één aanroep (standaard 1048576)
  --line-limit TEKENS   langste NDJSON-regel van een batch of werklijst (standaard 1048576)
  --max-events N        hoogste aantal gebeurtenissen per verzuimgeval (standaard 1000, hoogstens 10000)
  --request-timeout S   seconden om een heel verzoek te ontvangen, batchbody's inbegrepen
                        (standaard 300; 0: geen)
  --idle-timeout S      seconden dat een verbinding stil mag zijn tijdens een verzoek (standaard 30)
  --body-timeout S      seconden voor de headers, en één aanroep helemaal (standaard 10)
  --max-connections N   meeste verbindingen tegelijk; meer worden meteen gesloten (standaard 4096)
  --drain S             na SIGTERM: seconden dat /readyz 503 geeft, de rest gaat door (standaard 5)
  --shutdown-timeout S  seconden wachten op lopende verzoeken na SIGTERM (standaard 30)
  --lang L              nl | en (standaard nl): de taal van deze meldingen
  -h, --help            deze hulp

Voorbeeld:
  poortwachter serve --port 8080
  curl -s http://127.0.0.1:8080/v1/evaluate -H 'content-type: application/json' \\
    -d '{"case":{"firstSickDay":"2025-01-06"},"asOf":"2025-03-10","fields":"summary"}'
`;

const PAGE = `Gebruik: poortwachter page --out MAP

Schrijft de verzuimpagina als statische bestanden (index.html, page.js, page.css, page-en.js,
page-exports.js) naar MAP, om op een intranet te zetten zonder Node. De pagina rekent alles in de
browser uit: een verzuimgeval verlaat het scherm van de gebruiker niet. Dezelfde pagina staat
op / van 'poortwachter serve'.

Opties:
  --out MAP    de map om in te schrijven (wordt gemaakt als hij niet bestaat)
  --lang L     nl | en (standaard nl): de taal van deze meldingen
  -h, --help   deze hulp

Voorbeeld:
  poortwachter page --out /srv/intranet/poortwachter
`;

export const cliNl: CliCatalogue = {
  seeHelp: (command) => `(zie 'poortwachter ${command} --help')`,
  unknownCommand: (command, commands) => `onbekende opdracht '${command}'; opdrachten: ${commands.join(', ')} (zie 'poortwachter --help')`,
  unknownOption: (option) => `onbekende optie '${option}'`,
  missingValue: (option) => `optie '${option}' mist een waarde`,
  noValueAllowed: (option) => `optie '${option}' neemt geen waarde`,
  repeatedOption: (option, values) =>
    `optie '${option}' staat er ${values.length} keer (${values.map((v) => `'${v}'`).join(', ')}); geef hem één keer`,
  unexpectedArgument: (args) => `onverwacht argument ${quoted(args)}`,
  badArguments: 'ongeldige argumenten',
  mustBeOneOf: (option, allowed, got) => `--${option} moet ${or(allowed)} zijn (niet '${got}')`,
  invalidDate: (option, got, suggestion) =>
    `--${option} '${got}' is geen geldige datum (verwacht JJJJ-MM-DD, een bestaande kalenderdag tussen 1900 en 2199)${suggestion === undefined ? '' : `; bedoelde u ${suggestion}? (gelezen als DD-MM-JJJJ)`}`,
  needCase: 'geef --first-sick-day JJJJ-MM-DD of --case BESTAND',
  firstSickDayDiffers: (own, flag) => `firstSickDay '${own}' wijkt af van --first-sick-day ${flag}; geef er één`,
  needCaseFile: 'geef een bestand met een verzuimgeval, of - voor stdin',
  valid: 'geldig',
  stdinIsTerminal: (batch) =>
    batch
      ? 'stdin is een terminal; stuur er NDJSON in of geef een bestandsnaam'
      : "stdin is een terminal: stuur een verzuimgeval naar '-' of geef een bestandsnaam",
  inputTooLarge: (mb) => `invoer groter dan ${mb} MB`,
  inputEmpty: (isFile) => `${isFile ? 'het bestand' : 'de invoer'} is leeg (verwacht een verzuimgeval als JSON)`,
  cannotRead: (code, detail) => `kan niet lezen (${reason(code, detail)})`,
  cannotReadAfter: (line, code, detail) => `kan na regel ${line} niet verder lezen (${reason(code, detail)})`,
  notJson: (found) =>
    found === null
      ? 'geen geldige JSON'
      : found.char === null
        ? `geen geldige JSON: de invoer houdt halverwege op (regel ${found.line}, kolom ${found.column})`
        : `geen geldige JSON: onverwacht teken '${found.char}' (regel ${found.line}, kolom ${found.column})`,
  emptyLine: (line) => `regel ${line} is leeg (verwacht één verzuimgeval als JSON per regel)`,
  lineNotJson: (line, column) => `regel ${line} is geen geldige JSON${column === null ? '' : ` (kolom ${column})`}`,
  lineInternalError: (line, detail) => `regel ${line}: interne fout: ${detail}`,
  unknownFields: (unknown, known) =>
    `onbekende --fields ${quoted(unknown)}; gebruik summary, all of een lijst met komma's uit ${known.join(', ')}`,
  progress: (lines) => `${lines} regels…`,
  batchExcelColumns: {
    line: 'Regel',
    id: 'Kenmerk',
    ok: 'Geldig',
    first_sick_day: 'Eerste ziektedag',
    as_of: 'Peildatum',
    status: 'Status',
    current_week: 'Ziekteweek',
    counted_sick_days: 'Ziektedagen',
    next_step: 'Volgende stap',
    next_due: 'Uiterlijk',
    next_status: 'Status volgende stap',
    overdue_count: 'Aantal verstreken',
    overdue_steps: 'Verstreken stappen',
    done_late_count: 'Aantal te laat gedaan',
    done_late_steps: 'Te laat gedane stappen',
    last_day: 'Laatste dag wachttijd',
    wia_start: 'WIA vanaf',
    wage_obligation_end: 'Einde loondoorbetaling',
    flags: 'Bevindingen (codes)',
    issues: 'Fouten in de invoer',
    employee: 'Werknemer',
    phase: 'Fase',
    from: 'Van',
    until: 'Tot en met',
    days: 'Dagen',
    percentage: 'Percentage',
    ranges: 'Perioden',
  },
  batchExcelOk: { yes: 'ja', no: 'nee' },
  batchCounts: (c) => `${c.cases} verzuimgevallen, ${c.ok} in orde, ${c.invalid} ongeldig, ${c.overdue} met een verstreken stap`,
  invalidLines: (invalid, cases, csv) =>
    `${invalid} van ${cases} regels ${invalid === 1 ? 'is' : 'zijn'} ongeldig (zie de ${csv ? 'rijen' : 'regels'} met ok:false)`,
  cannotWrite: (detail) => `kan de uitvoer niet schrijven: ${detail}`,
  unknownSchema: (which, known) => `poortwachter schema: onbekend schema '${which}'; kies uit ${known.join(', ')}`,
  unexpectedError: (detail) => `onverwachte fout: ${detail}`,
  sources: {
    sourcesHeading: 'Bronnen',
    milestonesHeading: 'Stappen en hun bronnen',
    columns: { id: 'Id', citation: 'Vindplaats', url: 'Adres', step: 'Stap', sources: 'Bronnen' },
  },
  serve: {
    missingFastify: (range, major) =>
      `heeft het pakket fastify (${range}) nodig, en dat is niet geïnstalleerd: alleen de webservice gebruikt het, de bibliotheek en de andere opdrachten werken zonder. ` +
      `Voeg het toe naast poortwachter met 'npm install fastify@${major}' (bij een globale installatie: 'npm install -g fastify@${major}'; met npx: 'npx -p poortwachter -p fastify@${major} poortwachter serve')`,
    badNumber: (option, min, max, got) => `--${option} moet een geheel getal van ${min} tot en met ${max} zijn (niet '${got}')`,
    cannotListen: (address, code, detail) =>
      `kan niet luisteren op ${address} (${code === 'EADDRINUSE' ? 'de poort is al in gebruik' : code === 'EACCES' ? 'geen toegang' : detail})`,
    listening: (url) => `luistert op ${url} (verzuimpagina ${url}/, API-pagina ${url}/docs, OpenAPI ${url}/openapi.json)`,
    everyInterface: 'luistert op elke netwerkinterface: zet er TLS en authenticatie voor',
    stopping: (signal) => `${signal}: lopende verzoeken worden afgemaakt, daarna stopt de dienst`,
    signalAgain: (signal) => `${signal} opnieuw: alle verbindingen worden nu gesloten`,
    forceClose: (seconds) => `na ${seconds} s lopen er nog verzoeken: hun verbindingen worden gesloten`,
    stopped: 'gestopt',
    stoppedCut: 'gestopt; lopende antwoorden zijn onderbroken (afsluitcode 1)',
    interrupted: (afterLine) =>
      `onderbroken: de server stopt; regels na regel ${afterLine} zijn niet gelezen: stuur ze opnieuw, vanaf regel ${afterLine + 1}`,
    stopError: (detail) => `fout bij het stoppen: ${detail}`,
    problemTitle: {
      invalid_json: 'Geen geldige JSON',
      invalid_request: 'Ongeldig verzoek',
      invalid_case: 'Ongeldige invoer',
      unsupported_media_type: 'Niet-ondersteund inhoudstype',
      body_too_large: 'Verzoek te groot',
      not_found: 'Niet gevonden',
      method_not_allowed: 'Methode niet toegestaan',
      request_timeout: 'Verzoek niet op tijd',
      headers_too_large: 'Headers van het verzoek te groot',
      shutting_down: 'Server stopt',
      internal_error: 'Interne fout',
    },
    problem: {
      shuttingDown: 'de server stopt; probeer het opnieuw bij een andere instantie',
      unsupportedMediaType: (got, want) => `Content-Type '${got}' wordt hier niet ondersteund; gebruik ${want}`,
      bodyTooLarge: (bytes) => `het verzoek is groter dan ${bytes} bytes; stuur veel verzuimgevallen via /v1/batch`,
      emptyBody: 'de body is leeg (verwacht JSON)',
      notObject: 'de body moet een JSON-object zijn: {"case": {…}, "asOf": "JJJJ-MM-DD", "fields": "…"}',
      badRequest: (detail) => `het verzoek is onleesbaar (${detail})`,
      internal: 'er ging iets mis in de server; de request id staat in het log',
      notFound: (method, url) => `${method} ${url} bestaat niet; zie /docs`,
      invalidInput: (count) => `${count} ${count === 1 ? 'probleem' : 'problemen'} in de invoer; zie issues`,
      invalidQuery: 'ongeldige queryparameters; zie issues',
      methodNotAllowed: (method, url, allow) => `${method} is niet toegestaan op ${url}; wel: ${allow}`,
      requestTimeout: 'het verzoek kwam niet op tijd binnen (headers en body van één aanroep: binnen de body-timeout)',
      headersTooLarge: 'de headers van het verzoek zijn te groot',
      badHttp: (code) => `het verzoek is geen geldig HTTP/1.1 (${code})`,
    },
  },
  page: {
    needOut: "geef de map om in te schrijven met --out (zie 'poortwachter page --help')",
    notBuilt: 'deze installatie bevat de verzuimpagina niet (dist/page/ ontbreekt; bouw met npm run build)',
    written: (dir, files) => `geschreven in ${dir}: ${files.join(', ')}`,
    cannotWrite: (path, detail) => `kan ${path} niet schrijven: ${detail}`,
  },
  help: {
    main: MAIN,
    timeline: TIMELINE,
    report: REPORT,
    batch: BATCH,
    worklist: WORKLIST,
    validate: VALIDATE,
    schema: SCHEMA,
    sources: SOURCES,
    serve: SERVE,
    page: PAGE,
  },
};
