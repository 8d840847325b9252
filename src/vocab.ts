/**
 * The vocabularies of poortwachter, each written once: every closed list of words the input, the
 * policy and the timeline use, as an `as const` list. The TypeScript unions (src/types.ts) and the
 * zod enums (src/case/schema.ts, src/case/timeline-schema.ts, src/server/schemas.ts) are derived
 * from these lists, and code that needs the values (a filter, a check) reads them here. Zod-free,
 * so that the engine may import it.
 *
 * The message catalogues key their words by these unions (a `Record` over the type): a value added
 * here and not worded there is a type error.
 *
 * @module
 */

/** The milestone ids of docs/rules.md (a contract), in the order of the rule table. */
export const MILESTONE_IDS = Object.freeze([
  'melding-bedrijfsarts',
  'signalering-week-3',
  'probleemanalyse',
  'plan-van-aanpak',
  'casemanager',
  'evaluatie',
  '42e-weeksmelding',
  'eerstejaarsevaluatie',
  'vervroegde-iva',
  'wia-brief-uwv',
  'eindevaluatie',
  're-integratieverslag',
  'wia-aanvraag',
  'einde-wachttijd',
  'ziekmelding-uwv-einde-dienstverband',
  'ziekmelding-uwv-vangnet',
  'spoor-2-besluit',
  'protocol',
] as const);

/** The milestones no event records as done: dates to know (`wia-brief-uwv`, `einde-wachttijd`) and the employer's protocol (its own `protocol` event). */
export const NOT_STEP_EVENTS = ['wia-brief-uwv', 'einde-wachttijd', 'protocol'] as const;

/** The milestone ids an event records as a completed step (`{ type: <id>, date }`). */
export const STEP_EVENT_TYPES: readonly Exclude<(typeof MILESTONE_IDS)[number], (typeof NOT_STEP_EVENTS)[number]>[] = Object.freeze(
  MILESTONE_IDS.filter(
    (id): id is Exclude<(typeof MILESTONE_IDS)[number], (typeof NOT_STEP_EVENTS)[number]> =>
      !(NOT_STEP_EVENTS as readonly string[]).includes(id),
  ),
);

/** The events that are not a completed milestone step: a step of the employer's protocol, and what happens to the case. */
export const OTHER_EVENT_TYPES = Object.freeze([
  'protocol',
  'hersteld',
  'ziek',
  'gedeeltelijk-hersteld',
  'zwangerschapsverlof',
  'wia-brief-ontvangen',
  'verlenging',
  'loonsanctie',
  'loonsanctie-bekort',
  'einde-dienstverband',
  'aow-leeftijd',
  'deskundigenoordeel',
  'afwijking',
] as const);

/** Every event type (`CaseEvent['type']`): the steps, then the others. */
export const CASE_EVENT_TYPES: readonly ((typeof STEP_EVENT_TYPES)[number] | (typeof OTHER_EVENT_TYPES)[number])[] = Object.freeze([
  ...STEP_EVENT_TYPES,
  ...OTHER_EVENT_TYPES,
]);

/** `legal`, `advice`, `info` or the employer's own `protocol`. */
export const MILESTONE_KINDS = Object.freeze(['legal', 'advice', 'info', 'protocol'] as const);

/** Who has to act. */
export const ACTORS = Object.freeze(['werkgever', 'werknemer', 'bedrijfsarts', 'uwv', 'werkgever+werknemer'] as const);

/** Where a step stands relative to `asOf`, in the order the renderers list them. */
export const MILESTONE_STATUSES = Object.freeze([
  'done',
  'done-late',
  'overdue',
  'due-soon',
  'upcoming',
  'suspended',
  'not-applicable',
] as const);

/** Where the case stands on `asOf`. */
export const CASE_STATUSES = Object.freeze(['sick', 'recovered', 'closed'] as const);

/** Who the casemanager is (docs/sources.md#casemanagement). */
export const CASEMANAGER_TYPES = Object.freeze(['leidinggevende', 'hr', 'extern', 'taakdelegatie'] as const);

/** Why a case falls under the Ziektewet vangnet (ZW 29a, 29b). */
export const VANGNET_GRONDEN = Object.freeze(['zwangerschap', 'zwangerschap-na-verlof', 'no-riskpolis', 'orgaandonatie'] as const);

/** The steps whose terms the Regeling procesgang sets, from which an agreed deviation may depart (art. 5). */
export const AFWIJKING_STEPS = Object.freeze(['probleemanalyse', 'plan-van-aanpak', 'evaluatie', 'eerstejaarsevaluatie'] as const);

/** The phases of wage payment (BW 7:629). */
export const WAGE_PHASE_KINDS = Object.freeze(['jaar-1', 'jaar-2', 'verlenging', 'late-wia-aanvraag', 'loonsanctie'] as const);

/** The severities of a flag. */
export const SEVERITIES = Object.freeze(['error', 'warning', 'info'] as const);

/** `policy.probleemanalyse`: due at the end of week 6 (`week`) or on D1+42 (`strict`). */
export const PROBLEEMANALYSE_MODES = Object.freeze(['week', 'strict'] as const);

/** `policy.firstWeeks`: how the first weeks count across a fit gap. */
export const FIRST_WEEKS_MODES = Object.freeze(['calendar', 'counted'] as const);
