/**
 * The constant parts of explanation texts, built once per number and kept: an explanation is then
 * a handful of concatenations of cached pieces and cached ISO dates instead of a template literal
 * that converts several numbers to text for every milestone of every case.
 *
 * @module
 */

/** Numbers below this are cached (the numbers come from rule tables and policies: a few dozen). */
const CACHE_SIZE = 4096;

const newCache = (): (string | undefined)[] => new Array<string | undefined>(CACHE_SIZE).fill(undefined);

/** The text for `n` from `cache`, made by `make` (a module-level function, so no closure per call). */
export function cachedText(cache: (string | undefined)[], n: number, make: (n: number) => string): string {
  if (n >= 0 && n < CACHE_SIZE && (n | 0) === n) {
    const text = cache[n];
    if (text !== undefined) return text;
    return (cache[n] = make(n));
  }
  return make(n);
}

const countedHeads = newCache();
const countedTails = newCache();
const beforeEndHeads = newCache();
const intervalHeads = newCache();
const evaluationTails = newCache();
const evaluationDueHeads = newCache();
const evaluationOfHeads = newCache();

const makeCountedHead = (n: number): string => `counted day ${n} (week ${Math.ceil(n / 7)}) = day 1 `;
const makeCountedTail = (n: number): string => ` + ${n - 1} days`;
const makeBeforeEndHead = (n: number): string =>
  `${n} days (${n % 7 === 0 ? `${n / 7} weeks` : `${Math.floor(n / 7)} weeks and ${n % 7} days`}) before the last day of the wachttijd `;
const makeIntervalHead = (n: number): string => `${n} counted days after `;
const makeEvaluationTail = (k: number): string => ` (evaluation ${k}; UWV: at least every 6 weeks)`;
const makeEvaluationDueHead = (k: number): string => `evaluation ${k} due `;
const makeEvaluationOfHead = (k: number): string => `evaluation ${k} of `;

/** `counted day n (week w) = day 1 ` */
export const countedHead = (n: number): string => cachedText(countedHeads, n, makeCountedHead);
/** ` + n-1 days` */
export const countedTail = (n: number): string => cachedText(countedTails, n, makeCountedTail);
/** `n days (n/7 weeks) before the last day of the wachttijd ` */
export const beforeEndHead = (n: number): string => cachedText(beforeEndHeads, n, makeBeforeEndHead);
/** Closes a `beforeEnd` explanation. */
export const BEFORE_END_TAIL = '; counted backward, so never moved by the Algemene termijnenwet (art. 1 lid 2)';
/** `n counted days after ` */
export const intervalHead = (n: number): string => cachedText(intervalHeads, n, makeIntervalHead);
/** ` (evaluation k; UWV: at least every 6 weeks)` */
export const evaluationTail = (k: number): string => cachedText(evaluationTails, k, makeEvaluationTail);
/** `evaluation k due ` */
export const evaluationDueHead = (k: number): string => cachedText(evaluationDueHeads, k, makeEvaluationDueHead);
/** `evaluation k of ` */
export const evaluationOfHead = (k: number): string => cachedText(evaluationOfHeads, k, makeEvaluationOfHead);
