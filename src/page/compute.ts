/**
 * The case page's one way into the engine: {@link computeCase} evaluates what the form holds, and
 * {@link explainMilestone} renders how a date came about, on request. Both run in the browser.
 *
 * The page checks the form's case with the library's one schema (`safeEvaluateCase`, src/case/parse.ts):
 * the same codes, paths, messages and "bedoelde u …?" suggestions as the command and the service.
 *
 * @module
 */
import { safeEvaluateCase } from '../case/parse.js';
import { explain, type Lang } from '../i18n/index.js';
import type { CaseTimeline, InputIssue, IsoDate, Milestone } from '../types.js';

/** What the page shows: a timeline, or the problems of the input. */
export type PageResult =
  | { readonly ok: true; readonly timeline: CaseTimeline }
  | { readonly ok: false; readonly issues: readonly InputIssue[] };

/**
 * Evaluates untrusted input on `asOf` for the page: the timeline, or every input issue (each with
 * its field's path and its message in Dutch and English). Never throws for bad input.
 *
 * @example
 * computeCase({ firstSickDay: '2025-01-06' }, '2025-03-10').ok //=> true
 * computeCase({ firstSickDay: '06-01-2025' }, '2025-03-10')
 * //=> { ok: false, issues: [{ path: ['firstSickDay'], code: 'invalid_date', params: { value: "'06-01-2025'", suggestion: '2025-01-06' }, … }] }
 */
export function computeCase(input: unknown, asOf: IsoDate): PageResult {
  // The one call of the engine. With derivations made on request (an `explain` option), the page
  // asks for none here and {@link explainMilestone} asks for one.
  const r = safeEvaluateCase(input, { asOf, dossier: true });
  return r.success ? { ok: true, timeline: r.data } : { ok: false, issues: r.issues };
}

/**
 * How a milestone's dates were derived, one line per step, in `lang` (the catalogue's `explain`).
 * Takes the input and `asOf` too, so that the page keeps working when derivations are computed on
 * request instead of carried by every milestone.
 *
 * @example
 * const r = computeCase({ firstSickDay: '2025-01-06' }, '2025-02-10');
 * explainMilestone({ firstSickDay: '2025-01-06' }, '2025-02-10', r.timeline.milestones[2], 'nl')
 * //=> ['Ziektedag 42 (week 6) = eerste ziektedag ma 6 jan. 2025 + 41 dagen = zo 16 feb. 2025', …]
 */
export function explainMilestone(input: unknown, asOf: IsoDate, m: Milestone, lang: Lang): string[] {
  // Derivations are built on request only (`explain: true`): evaluate once more, for this step.
  const explained = explainedTimeline(input, asOf).milestones.find(
    (x) => x.id === m.id && x.occurrence === m.occurrence && (x.protocolStep ?? null) === (m.protocolStep ?? null),
  );
  return explained === undefined ? [] : explain(explained, lang);
}

/**
 * The timeline with every milestone's derivation (`explain: true`), for the exports that show how a
 * date came about (the HTML report, the ICS descriptions), as `timeline --format html|ics` asks for it.
 */
export function explainedTimeline(input: unknown, asOf: IsoDate): CaseTimeline {
  // Asked for a case the page has shown, so with valid input; safeEvaluateCase, the page's one way
  // into the engine (page.js hands it to page-exports.js, scripts/build-page.mjs), not a second one.
  const r = safeEvaluateCase(input, { asOf, explain: true });
  if (!r.success) throw new Error(r.issues.map((i) => i.message.en).join('; '));
  return r.data;
}
