/**
 * The English messages about problems in the input. Each starts with the field's name. Keep the
 * same keys as `issues-nl.ts`.
 *
 * @module
 */
import type { IssueCatalogue, SuggestionCatalogue } from './issues-catalogue.js';

const KIND: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'number',
  int: 'whole number',
  boolean: 'true or false',
  object: 'object',
  array: 'list',
  null: 'null',
  'string | number': 'text or number',
  'rule-table': 'a rule table (build one with createRuleTable)',
  'localized-text': '{ nl, en } with two texts',
};
const kind = (t: string): string => KIND[t] ?? t;
/** A batch line is named by its number; a whole file needs no name (the CLI puts the file's name first). */
const line = (n: number | null): string => (n === null ? '' : `line ${n}: `);

export const enIssues: IssueCatalogue = {
  lang: 'en',
  message: {
    missing: (f) => `${f}: is missing (required field)`,
    invalid_type: (f, p) => `${f}: expected ${kind(p.expected)}, received ${kind(p.received)}${p.value === null ? '' : ` ${p.value}`}`,
    invalid_date: (f, p) => `${f}: ${p.value} is not a valid date (expected YYYY-MM-DD, a real calendar day from 1900 through 2199)`,
    invalid_event_type: (f, p) => `${f}: unknown event type ${p.value}; \`poortwachter schema\` lists the valid types`,
    unknown_field: (f) => `${f}: unknown field (fields are never silently ignored)`,
    too_small: (f, p) =>
      p.origin === 'number'
        ? `${f}: ${p.value ?? 'the number'} is too small (at least ${p.minimum})`
        : p.origin === 'string'
          ? `${f}: too short (at least ${p.minimum} characters)`
          : `${f}: too few items (at least ${p.minimum})`,
    too_big: (f, p) =>
      p.origin === 'number'
        ? `${f}: ${p.value ?? 'the number'} is too big (at most ${p.maximum})`
        : p.origin === 'string'
          ? `${f}: too long (at most ${p.maximum} characters)`
          : `${f}: too many items (at most ${p.maximum})`,
    invalid_value: (f, p) =>
      p.allowed.length === 0
        ? `${f}: ${p.value} is not allowed`
        : `${f}: ${p.value} is not allowed; choose one of ${p.allowed.map((a) => `'${a}'`).join(', ')}`,
    before_first_sick_day: (f, p) => `${f}: ${p.date} is before the first sick day (${p.firstSickDay})`,
    until_before_date: (f, p) => `${f}: ${p.until} is before the start date (${p.date})`,
    invalid_id: (f, p) => `${f}: ${p.value} is not a valid name (lower-case letters, digits and hyphens, such as 'gesprek-week-2')`,
    duplicate_id: (f, p) => `${f}: ${p.value} is already used earlier in the list; each name may occur once`,
    total_too_big: (f, p) => `${f}: the extensions add up to ${p.total} weeks; more than ${p.maximum} weeks in total is not accepted`,
    invalid_json: (_f, p) => `${line(p.line)}not valid JSON (${p.detail})`,
    empty_line: (_f, p) => `line ${p.line}: empty (expected one case as JSON per line)`,
    unreadable: (_f, p) => `${p.file}: cannot be read (${p.detail})`,
    internal_error: (_f, p) => `${line(p.line)}internal error (${p.detail}); please report this as a bug in poortwachter`,
  },
};

/** What follows the message when there is a suggestion (`params.suggestion`). */
export const enSuggestions: SuggestionCatalogue = {
  lang: 'en',
  date: (s) => `; did you mean ${s}? (read as DD-MM-YYYY, the Dutch order)`,
  eventType: (s) => `; did you mean '${s}'?`,
};
