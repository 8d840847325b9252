/**
 * The shape of an input-issue catalogue: for each {@link InputIssueCode}, a function that writes the
 * message from the field's name and the issue's params. Both catalogues (`issues-nl.ts`,
 * `issues-en.ts`) implement it, so a code missing from one is a type error. Kept apart from the
 * main catalogues: `evaluateCase` needs these words (its error carries them), not the others.
 *
 * @module
 */
import type { InputIssueCode, InputIssueParams } from '../types.js';

/** The message of an issue with code `C`: starts with `field`, the name of the field (`events[2].date`). */
export type IssueMessage<C extends InputIssueCode> = (field: string, params: InputIssueParams[C]) => string;

/**
 * The words of a suggestion (`params.suggestion` of `invalid_date` and `invalid_event_type`), added
 * after the issue's message. A catalogue apart from {@link IssueCatalogue}: only `parseCaseInput`
 * and `safeEvaluateCase` make suggestions, so `evaluateCase` does not carry these words.
 */
export interface SuggestionCatalogue {
  /** The language of this catalogue. */
  readonly lang: 'nl' | 'en';
  /** After `invalid_date`: the ISO date the text means when read as DD-MM-YYYY (the Dutch order). */
  readonly date: (suggestion: string) => string;
  /** After `invalid_event_type`: the nearest known event type. */
  readonly eventType: (suggestion: string) => string;
}

/** Every input-issue message for one language. */
export interface IssueCatalogue {
  /** The language of this catalogue. */
  readonly lang: 'nl' | 'en';
  /** One message per code. */
  readonly message: { readonly [C in InputIssueCode]: IssueMessage<C> };
}
