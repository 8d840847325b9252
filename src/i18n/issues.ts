/**
 * Input issues: one function builds every {@link InputIssue} — from the issues the parse step
 * (src/case/parse.ts) makes of zod's — with its message in Dutch and English from the issue catalogues. Called only
 * when there is a problem; the happy path never renders a word.
 *
 * @module
 */
import { pathName } from '../engine/issue-data.js';
import type { InputIssue, InputIssueCode, InputIssueData, InputIssueOf, InputIssueParams } from '../types.js';
import type { IssueCatalogue, IssueMessage, SuggestionCatalogue } from './issues-catalogue.js';
import { enIssues, enSuggestions } from './issues-en.js';
import { nlIssues, nlSuggestions } from './issues-nl.js';

export { jsonType, pathName, quote, shownValue } from '../engine/issue-data.js';
export type { IssueCatalogue, IssueMessage, SuggestionCatalogue } from './issues-catalogue.js';
export { enIssues, enSuggestions } from './issues-en.js';
export { nlIssues, nlSuggestions } from './issues-nl.js';

/** The input-issue catalogues by language. */
export const ISSUE_CATALOGUES: Readonly<Record<'nl' | 'en', IssueCatalogue>> = Object.freeze({ nl: nlIssues, en: enIssues });

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
 * An issue of the engine (code, path, params: {@link InputIssueData}) with its message in Dutch and
 * English: how the edges render what `evaluateCase`'s {@link PoortwachterError} carries.
 *
 * @example
 * try { evaluateCase(input, { asOf }) } catch (e) { if (e instanceof PoortwachterError) console.error(e.issues.map(withIssueMessage)) }
 * withIssueMessage({ path: ['firstSickDay'], code: 'missing', params: {} }).message.en //=> 'firstSickDay: is missing (required field)'
 */
export function withIssueMessage(issue: InputIssueData): InputIssue {
  if ('message' in issue && typeof (issue as { message?: unknown }).message === 'object') return issue as InputIssue;
  return inputIssue(issue.path, issue.code, (issue.params ?? {}) as never) as InputIssue;
}
