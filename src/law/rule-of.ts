/**
 * The rule of a milestone by its id: what is the same for every case of a step — its titles, legal
 * basis, kind, actor and consequence — looked up instead of repeated in every timeline.
 *
 * @module
 */
import type { Actor, ConsequenceCode, LocalizedText, MilestoneId, MilestoneKind } from '../types.js';
import { MILESTONE_RULES, type MilestoneRule } from './milestones.js';
import { type LegalBasis, SOURCES } from './sources.js';

const BY_ID: ReadonlyMap<string, MilestoneRule> = new Map(MILESTONE_RULES.map((r) => [r.id, r]));

/**
 * The rule of the milestone `id` in the rule table ({@link MILESTONE_RULES}), or `undefined` for an
 * id that has none (`protocol`: the employer's own steps, named in `policy.protocol`).
 *
 * @example
 * ruleOf('probleemanalyse')?.title.nl //=> 'Probleemanalyse'
 * ruleOf('probleemanalyse')?.legalBasis[0]?.url //=> 'https://wetten.overheid.nl/BWBR0013540'
 * ruleOf('protocol') //=> undefined
 */
export function ruleOf(id: Exclude<MilestoneId, 'protocol'>): MilestoneRule;
export function ruleOf(id: string): MilestoneRule | undefined;
export function ruleOf(id: string): MilestoneRule | undefined {
  return BY_ID.get(id);
}

/**
 * The legal basis of a milestone: its rule's (a `protocol` step has none: it is the employer's own).
 *
 * @example
 * legalBasisOf({ id: 'wia-aanvraag' }).map((b) => b.citation) //=> ['WIA art. 64 lid 2–3, 6 (aanvraag 11 weken vóór einde wachttijd; late kennisgeving: 4 weken)']
 */
export function legalBasisOf(m: { readonly id: string }): readonly LegalBasis[] {
  return BY_ID.get(m.id)?.legalBasis ?? [];
}

/** One milestone's rule as `GET /v1/rules` and `poortwachter sources --format json` give it: what every case of the step shares. */
export interface RuleEntry {
  readonly id: Exclude<MilestoneId, 'protocol'>;
  /** Its name in Dutch and English. */
  readonly title: LocalizedText;
  readonly kind: MilestoneKind;
  readonly actor: Actor;
  /** What missing it costs (docs/codes.md). */
  readonly consequence: ConsequenceCode;
  /** The articles and sources it rests on, with links. */
  readonly legalBasis: readonly LegalBasis[];
  /** The keys of those sources in {@link SOURCES} (`GET /v1/sources`). */
  readonly sources: readonly string[];
}

/**
 * The rule table as data for programs in any language: per milestone id its titles, kind, actor,
 * consequence and legal basis — what a timeline does not repeat per step.
 *
 * @example
 * ruleEntries().find((r) => r.id === 'probleemanalyse')?.sources //=> ['regelingArt2Lid2', 'uwvStappenplan']
 */
export function ruleEntries(): readonly RuleEntry[] {
  const keyOf = new Map<LegalBasis, string>(Object.entries(SOURCES).map(([key, b]) => [b, key]));
  return MILESTONE_RULES.map((r) => ({
    id: r.id as Exclude<MilestoneId, 'protocol'>,
    title: r.title,
    kind: r.kind,
    actor: r.actor,
    consequence: r.consequence,
    legalBasis: r.legalBasis,
    sources: r.legalBasis.map((b) => keyOf.get(b) ?? b.citation),
  }));
}
