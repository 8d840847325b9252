/**
 * Input issues: one function builds every {@link InputIssue} — from the engine's own checks and from
 * zod's issues alike — with its message in Dutch and English from the issue catalogues. Called only
 * when there is a problem; the happy path never renders a word.
 *
 * @module
 */
import type { InputIssue, InputIssueCode, InputIssueOf, InputIssueParams } from '../types.js';
import type { IssueCatalogue, IssueMessage, SuggestionCatalogue } from './issues-catalogue.js';
import { enIssues, enSuggestions } from './issues-en.js';
import { nlIssues, nlSuggestions } from './issues-nl.js';

export type { IssueCatalogue, IssueMessage, SuggestionCatalogue } from './issues-catalogue.js';
export { enIssues, enSuggestions } from './issues-en.js';
export { nlIssues, nlSuggestions } from './issues-nl.js';

/** The input-issue catalogues by language. */
export const ISSUE_CATALOGUES: Readonly<Record<'nl' | 'en', IssueCatalogue>> = Object.freeze({ nl: nlIssues, en: enIssues });

/**
 * The name of the field at `path`, as messages start with it.
 *
 * @example
 * pathName(['events', 2, 'date']) //=> 'events[2].date'
 * pathName([]) //=> '(root)'
 */
export function pathName(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out === '' ? '(root)' : out;
}

/**
 * The message of an issue in one language.
 *
 * @example
 * issueMessage('missing', ['firstSickDay'], {}, 'nl') //=> 'firstSickDay: ontbreekt (verplicht veld)'
 */
export function issueMessage<C extends InputIssueCode>(
  code: C,
  path: readonly (string | number)[],
  params: InputIssueParams[C],
  lang: 'nl' | 'en',
): string {
  return (ISSUE_CATALOGUES[lang].message[code] as IssueMessage<C>)(pathName(path), params) + suggestionWords(code, params, lang);
}

const SUGGESTION_CATALOGUES: Readonly<Record<'nl' | 'en', SuggestionCatalogue>> = { nl: nlSuggestions, en: enSuggestions };

/**
 * The words of an issue's `params.suggestion` in one language (`''` when it has none): what
 * {@link issueMessage} and {@link withSuggestionWords} add after the message.
 *
 * @example
 * suggestionWords('invalid_date', { value: "'06-01-2025'", suggestion: '2025-01-06' }, 'en')
 * //=> '; did you mean 2025-01-06? (read as DD-MM-YYYY, the Dutch order)'
 */
export function suggestionWords<C extends InputIssueCode>(code: C, params: InputIssueParams[C] | undefined, lang: 'nl' | 'en'): string {
  const suggestion = (params as { suggestion?: unknown } | undefined)?.suggestion;
  if (typeof suggestion !== 'string') return '';
  const words = SUGGESTION_CATALOGUES[lang];
  return code === 'invalid_date' ? words.date(suggestion) : code === 'invalid_event_type' ? words.eventType(suggestion) : '';
}

/**
 * The issue with the words of its `params.suggestion` after both messages (unchanged without one).
 *
 * @example
 * withSuggestionWords(inputIssue(['firstSickDay'], 'invalid_date', { value: "'06-01-2025'", suggestion: '2025-01-06' })).message.nl
 * //=> "firstSickDay: '06-01-2025' is geen geldige datum (…); bedoelde u 2025-01-06? (gelezen als DD-MM-JJJJ)"
 */
export function withSuggestionWords<I extends InputIssue>(issue: I): I {
  const nl = suggestionWords(issue.code, issue.params, 'nl');
  if (nl === '') return issue;
  return { ...issue, message: { nl: issue.message.nl + nl, en: issue.message.en + suggestionWords(issue.code, issue.params, 'en') } };
}

/**
 * An input issue with its message in Dutch and English: the one way poortwachter makes one.
 *
 * @example
 * inputIssue(['events', 0, 'date'], 'invalid_date', { value: "'2025-02-30'" }).message.en
 * //=> "events[0].date: '2025-02-30' is not a valid date (expected YYYY-MM-DD, a real calendar day from 1900 through 2199)"
 */
export function inputIssue<C extends InputIssueCode>(
  path: readonly (string | number)[],
  code: C,
  params: InputIssueParams[C],
): InputIssueOf<C> {
  const name = pathName(path);
  const nl = (nlIssues.message[code] as IssueMessage<C>)(name, params);
  const en = (enIssues.message[code] as IssueMessage<C>)(name, params);
  return { path, code, params, message: { nl, en } };
}

/**
 * A value as a message quotes it: strings in single quotes, other values as JSON, shortened to 60
 * characters.
 *
 * @example
 * quote('2025-02-30') //=> "'2025-02-30'"
 */
export function quote(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? `'${value}'` : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The JSON type of a value: `string`, `number`, `boolean`, `null`, `array`, `object` (or `undefined`, `bigint`, …). */
export function jsonType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** A value worth quoting in an `invalid_type` message (a string, number or boolean), or `null`. */
export function shownValue(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? quote(value) : null;
}
