/**
 * The JSON text of a timeline, written by hand: byte for byte what `JSON.stringify(timeline)` gives
 * for every timeline the engine produces; the text in about a third of the time, the text with its
 * UTF-8 length (what a server pays) in about 0.6 (docs/performance.md). For the web service's
 * `POST /v1/evaluate` answer and the lines of `poortwachter batch` and `POST /v1/batch`; not part
 * of the library's entry (the engine and the case page never import it).
 *
 * @module
 */
import type { CaseTimeline, Milestone, Period } from '../types.js';

/**
 * How the serialiser writes a value:
 * - `vocabulary`: a word of a closed list (src/vocab.ts, src/codes.ts) or `null`, written between
 *   quotes as it is (no such word needs escaping);
 * - `date`: an ISO date the engine formatted (`YYYY-MM-DD`, digits and dashes) or `null`, the same;
 * - `number`: a whole number the engine counted (finite), written by `String`;
 * - `json`: anything else — the user's own text (a protocol step's id and title), free-form nested
 *   data (derivations, flags, wage phases) — through `JSON.stringify`;
 * - `hand`: a nested object or list of the timeline with a writer of its own below (periods, the
 *   wachttijd, the milestones).
 */
type Written = 'vocabulary' | 'date' | 'number' | 'json' | 'hand';

/**
 * Every key of a milestone in the order the engine creates them (src/engine/interpret.ts,
 * `milestone()`: the twelve facts, then the optional keys), and how each is written. `satisfies`
 * makes a key added to {@link Milestone} and not written here a type error; the tests check the
 * order against the engine's objects.
 *
 * @example
 * Object.keys(MILESTONE_KEYS).slice(0, 3) //=> ['id', 'occurrence', 'kind']
 */
export const MILESTONE_KEYS = {
  id: 'vocabulary',
  occurrence: 'number',
  kind: 'vocabulary',
  actor: 'vocabulary',
  windowStart: 'date',
  due: 'date',
  legalLatest: 'date',
  status: 'vocabulary',
  completedOn: 'date',
  week: 'number',
  countedDay: 'number',
  consequence: 'vocabulary',
  derivation: 'json',
  casemanagerType: 'vocabulary',
  variant: 'vocabulary',
  protocolStep: 'json',
  title: 'json',
} as const satisfies Record<keyof Milestone, Written>;

/**
 * Every key of a timeline in the order the engine creates them (src/engine/evaluate.ts,
 * `evaluateDays`), and how each is written (`hand`: by a writer of its own below). A key added to
 * {@link CaseTimeline} and not written here is a type error.
 *
 * @example
 * TIMELINE_KEYS.milestones //=> 'hand'
 */
export const TIMELINE_KEYS = {
  firstSickDay: 'date',
  asOf: 'date',
  status: 'vocabulary',
  countedSickDays: 'number',
  currentWeek: 'number',
  periods: 'hand',
  previousCases: 'json',
  wachttijd: 'hand',
  wageObligationEnd: 'date',
  wageObligationDerivation: 'json',
  wagePhases: 'json',
  milestones: 'hand',
  flags: 'json',
  dossier: 'json',
} as const satisfies Record<keyof CaseTimeline, Written>;

/** A date or `null` as JSON. */
const date = (d: string | null): string => (d === null ? 'null' : `"${d}"`);

/** One milestone's JSON (the keys of {@link MILESTONE_KEYS}, in its order). */
function milestoneJson(m: Milestone): string {
  let s = `{"id":"${m.id}","occurrence":${m.occurrence},"kind":"${m.kind}","actor":"${m.actor}","windowStart":${date(m.windowStart)},"due":"${m.due}","legalLatest":${date(m.legalLatest)},"status":"${m.status}","completedOn":${date(m.completedOn)},"week":${m.week},"countedDay":${m.countedDay},"consequence":"${m.consequence}"`;
  if (m.derivation !== undefined) s += `,"derivation":${JSON.stringify(m.derivation)}`;
  if (m.casemanagerType !== undefined) s += `,"casemanagerType":${date(m.casemanagerType)}`;
  if (m.variant !== undefined) s += `,"variant":${date(m.variant)}`;
  if (m.protocolStep !== undefined) s += `,"protocolStep":${JSON.stringify(m.protocolStep)}`;
  if (m.title !== undefined) s += `,"title":${JSON.stringify(m.title)}`;
  return `${s}}`;
}

function periodsJson(periods: readonly Period[]): string {
  let s = '[';
  for (let i = 0; i < periods.length; i++) {
    const p = periods[i] as Period;
    s += `${i === 0 ? '' : ','}{"start":"${p.start}","end":${date(p.end)},"caseFirstSickDay":"${p.caseFirstSickDay}"}`;
  }
  return `${s}]`;
}

function milestonesJson(milestones: readonly Milestone[]): string {
  let s = '[';
  for (let i = 0; i < milestones.length; i++)
    s += i === 0 ? milestoneJson(milestones[i] as Milestone) : `,${milestoneJson(milestones[i] as Milestone)}`;
  return `${s}]`;
}

/**
 * The JSON text of a timeline: the same bytes as `JSON.stringify(timeline)` (keys in the engine's
 * order, no whitespace), written from the shape the contract fixes. The words of closed lists and
 * the ISO dates are written as they are; every other text (a protocol step's id and title, a
 * dossier's motivering, the free-form parts) goes through `JSON.stringify`. An explained timeline
 * (`explain: true`) is `JSON.stringify`'s whole: its derivations are most of it, and one call writes
 * them faster than one per milestone.
 *
 * @example
 * const timeline = evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-03-03' });
 * timelineJson(timeline) === JSON.stringify(timeline) //=> true
 * timelineJson(timeline).slice(0, 60) //=> '{"firstSickDay":"2025-01-06","asOf":"2025-03-03","status":"s'
 */
export function timelineJson(t: CaseTimeline): string {
  // Explained (every milestone with its derivation, `explain: true`): most of the text is the
  // derivations, free-form data that JSON.stringify writes faster in one call than in one per milestone.
  if (t.milestones[0]?.derivation !== undefined) return JSON.stringify(t);
  let s = `{"firstSickDay":"${t.firstSickDay}","asOf":"${t.asOf}","status":"${t.status}","countedSickDays":${t.countedSickDays},"currentWeek":${t.currentWeek},"periods":${periodsJson(t.periods)},"previousCases":${JSON.stringify(t.previousCases)},"wachttijd":{"lastDay":"${t.wachttijd.lastDay}","wiaStart":"${t.wachttijd.wiaStart}"},"wageObligationEnd":"${t.wageObligationEnd}","wageObligationDerivation":${JSON.stringify(t.wageObligationDerivation)},"wagePhases":${JSON.stringify(t.wagePhases)},"milestones":${milestonesJson(t.milestones)},"flags":${JSON.stringify(t.flags)}`;
  if (t.dossier !== undefined) s += `,"dossier":${JSON.stringify(t.dossier)}`;
  return `${s}}`;
}
