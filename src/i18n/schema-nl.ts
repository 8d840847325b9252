/**
 * De Nederlandse beschrijvingen van de velden in de JSON Schema's (`poortwachter schema --lang nl`).
 * De zod-schema's beschrijven hun velden in het Engels (de meegeleverde schemabestanden); deze tabel
 * geeft per Engelse beschrijving de Nederlandse.
 *
 * @module
 */

/** Per English field description of the schemas, the Dutch one. */
export const SCHEMA_DESCRIPTIONS_NL: Readonly<Record<string, string>> = {
  // the case (CaseInput)
  'A sickness case for poortwachter': 'Een verzuimgeval voor poortwachter',
  'Eerste ziektedag: day 1 of the wachttijd (WIA 23 lid 2)': 'Eerste ziektedag: dag 1 van de wachttijd (WIA art. 23 lid 2)',
  'Events in any order': 'De gebeurtenissen van het verzuimgeval, in willekeurige volgorde',
  'Your own reference, echoed by batch': 'Uw eigen kenmerk; batch en worklist geven het terug',
  'A vangnet case (Ziektewet art. 29a, 29b): adds the early ziekmelding to UWV':
    'Een vangnetgeval (Ziektewet art. 29a, 29b): voegt de vroege ziekmelding bij UWV toe',
  'Calendar date YYYY-MM-DD (1900–2199)': 'Kalenderdatum JJJJ-MM-DD (1900–2199)',
  'Calendar date YYYY-MM-DD': 'Kalenderdatum JJJJ-MM-DD',
  'Free text for the dossier; never interpreted': 'Vrije tekst voor het dossier; wordt nooit geïnterpreteerd',
  // the events
  'A completed step: type is the milestone id, date the day it was done':
    'Een gezette stap: type is de naam van de stap, date de dag waarop hij is gezet',
  'Casemanager appointed on date': 'Casemanager aangewezen op date',
  'Full recovery in the own job; date = first fit day': 'Volledig hersteld in het eigen werk; date = eerste hersteldag',
  'Sick again after hersteld; date = first sick day of the new period':
    'Opnieuw ziek na hersteld; date = eerste ziektedag van de nieuwe periode',
  'Partial return to work; does not stop the clock': 'Gedeeltelijke werkhervatting; de klok loopt door',
  'Pregnancy and maternity leave from date to until (inclusive); not counted':
    'Zwangerschaps- en bevallingsverlof van date tot en met until; telt niet mee',
  'The UWV letter about the WIA application arrived on date': 'De brief van UWV over de WIA-aanvraag is op date ontvangen',
  'Vrijwillige verlenging granted (WIA 24), at least 13 weeks': 'Vrijwillige verlenging toegekend (WIA art. 24), ten minste 13 weken',
  'Loonsanctie imposed by UWV (WIA 25 lid 9), 1–52 weeks': 'Loonsanctie opgelegd door UWV (WIA art. 25 lid 9), 1–52 weken',
  'Bekorting of the loonsanctie (WIA 25 lid 12–14): date = UWV decided the shortfall is repaired; the sanction ends 6 weeks later, or on until':
    'Bekorting van de loonsanctie (WIA art. 25 lid 12–14): date = UWV besliste dat de tekortkoming is hersteld; de sanctie eindigt 6 weken later, of op until',
  "A step of the employer's verzuimprotocol (policy.protocol) was done; step = its id":
    'Een stap uit het verzuimprotocol van de werkgever (policy.protocol) is gezet; step = de id van die stap',
  'End of employment; date = last day of employment': 'Einde dienstverband; date = laatste dag van het dienstverband',
  'The employee reaches AOW age on date': 'De werknemer bereikt op date de AOW-leeftijd',
  'A deskundigenoordeel was requested on date': 'Op date is een deskundigenoordeel aangevraagd',
  // the output
  'A poortwachter timeline (CaseTimeline)': 'Een tijdlijn van poortwachter (CaseTimeline)',
  'One line of poortwachter batch (NDJSON)': 'Eén regel van poortwachter batch (NDJSON)',
  // the fourth pass of the law, and the lean timeline (0.3)
  'Plan van aanpak made on date; evaluatieIntervalDays = the evaluation interval the plan fixes (counted sick days), which then governs the evaluations':
    'Plan van aanpak opgesteld op date; evaluatieIntervalDays = de termijn van evaluatie die het plan vastlegt (getelde ziektedagen), die dan voor de evaluaties geldt',
  'An agreed, reasoned deviation from the term of step (Regeling procesgang art. 5): the step is not flagged, the dossier shows it':
    'Een afgesproken, gemotiveerde afwijking van de termijn van step (Regeling procesgang art. 5): de stap wordt niet gemeld, het dossier toont de afwijking',
  'The employer is eigenrisicodrager for the Ziektewet: no ziekmelding to UWV at the end of employment (ZW 38 lid 2)':
    'De werkgever is eigenrisicodrager voor de Ziektewet: geen ziekmelding bij UWV bij einde dienstverband (ZW art. 38 lid 2)',
  'What missing it costs (a code). Title and legal basis are the rule’s: by id, GET /v1/rules':
    'Wat het missen kost (een code). Naam en grondslag horen bij de regel: op id, GET /v1/rules',
  'Only on protocol steps: the employer’s own name for the step':
    'Alleen bij stappen uit het verzuimprotocol: de eigen naam van de werkgever voor de stap',
  'Only with explain: how the dates came about': 'Alleen met explain: hoe de data tot stand kwamen',
};

/**
 * A JSON Schema with every `description` in Dutch (`nl`), or as it is (`en`). A description
 * without a Dutch entry stays as it is (a test keeps the table complete).
 *
 * @example
 * localizeSchema({ description: 'Events in any order' }, 'nl')
 * //=> { description: 'De gebeurtenissen van het verzuimgeval, in willekeurige volgorde' }
 */
export function localizeSchema<T>(schema: T, lang: 'nl' | 'en'): T {
  if (lang === 'en') return schema;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value !== 'object' || value === null) return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      out[key] = key === 'description' && typeof v === 'string' ? (SCHEMA_DESCRIPTIONS_NL[v] ?? v) : walk(v);
    }
    return out;
  };
  return walk(schema) as T;
}
