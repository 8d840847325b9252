/**
 * De Nederlandse meldingen over fouten in de invoer. Elke melding begint met de naam van het veld.
 * Houd dezelfde sleutels aan als `issues-en.ts`.
 *
 * @module
 */
import type { IssueCatalogue, SuggestionCatalogue } from './issues-catalogue.js';

const SOORT: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'getal',
  int: 'geheel getal',
  boolean: 'true of false',
  object: 'object',
  array: 'lijst',
  null: 'null',
  'string | number': 'tekst of getal',
  'rule-table': 'een regeltabel (maak er een met createRuleTable)',
  'localized-text': '{ nl, en } met twee teksten',
};
const soort = (t: string): string => SOORT[t] ?? t;
/** A batch line is named by its number; a whole file needs no name (the CLI puts the file's name first). */
const regel = (line: number | null): string => (line === null ? '' : `regel ${line}: `);

export const nlIssues: IssueCatalogue = {
  lang: 'nl',
  message: {
    missing: (f) => `${f}: ontbreekt (verplicht veld)`,
    invalid_type: (f, p) => `${f}: verwacht ${soort(p.expected)}, gekregen ${soort(p.received)}${p.value === null ? '' : ` ${p.value}`}`,
    invalid_date: (f, p) => `${f}: ${p.value} is geen geldige datum (verwacht JJJJ-MM-DD, een bestaande dag van 1900 tot en met 2199)`,
    invalid_event_type: (f, p) => `${f}: onbekende soort gebeurtenis ${p.value}; \`poortwachter schema\` noemt de geldige soorten`,
    unknown_field: (f) => `${f}: onbekend veld (velden worden nooit stilzwijgend genegeerd)`,
    too_small: (f, p) =>
      p.origin === 'number'
        ? `${f}: ${p.value ?? 'het getal'} is te klein (minimaal ${p.minimum})`
        : p.origin === 'string'
          ? `${f}: te kort (minimaal ${p.minimum} tekens)`
          : `${f}: te weinig elementen (minimaal ${p.minimum})`,
    too_big: (f, p) =>
      p.origin === 'number'
        ? `${f}: ${p.value ?? 'het getal'} is te groot (maximaal ${p.maximum})`
        : p.origin === 'string'
          ? `${f}: te lang (maximaal ${p.maximum} tekens)`
          : `${f}: te veel elementen (maximaal ${p.maximum})`,
    invalid_value: (f, p) =>
      p.allowed.length === 0
        ? `${f}: ${p.value} is niet toegestaan`
        : `${f}: ${p.value} is niet toegestaan; kies uit ${p.allowed.map((a) => `'${a}'`).join(', ')}`,
    before_first_sick_day: (f, p) => `${f}: ${p.date} ligt vóór de eerste ziektedag (${p.firstSickDay})`,
    until_before_date: (f, p) => `${f}: ${p.until} ligt vóór de begindatum (${p.date})`,
    invalid_id: (f, p) => `${f}: ${p.value} is geen geldige naam (kleine letters, cijfers en koppeltekens, zoals 'gesprek-week-2')`,
    duplicate_id: (f, p) => `${f}: ${p.value} komt al eerder in de lijst voor; elke naam mag één keer voorkomen`,
    total_too_big: (f, p) =>
      `${f}: de verlengingen tellen op tot ${p.total} weken; meer dan ${p.maximum} weken in totaal wordt niet aanvaard`,
    invalid_json: (_f, p) => `${regel(p.line)}geen geldige JSON (${p.detail})`,
    empty_line: (_f, p) => `regel ${p.line}: leeg (verwacht per regel één verzuimgeval als JSON)`,
    unreadable: (_f, p) => `${p.file}: kan niet worden gelezen (${p.detail})`,
    internal_error: (_f, p) => `${regel(p.line)}interne fout (${p.detail}); meld dit als fout in poortwachter`,
  },
};

/** Wat na de melding volgt als er een suggestie is (`params.suggestion`). */
export const nlSuggestions: SuggestionCatalogue = {
  lang: 'nl',
  date: (s) => `; bedoelde u ${s}? (gelezen als DD-MM-JJJJ)`,
  eventType: (s) => `; bedoelde u '${s}'?`,
};
