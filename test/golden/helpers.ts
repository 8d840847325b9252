/**
 * Helpers for the golden tests. `plus` is an oracle independent of the engine's calendar: it uses
 * Date.UTC, so a golden expectation written as `plus('2025-01-06', 294)` is checked twice — by the
 * literal in the comment beside it and by this arithmetic.
 */

import type { CaseEvent, CaseTimeline, ExplainedTimeline, MilestoneId, Policy } from '../../src/index.js';
import { evaluateCase } from '../../src/index.js';

/** `iso` + `days` calendar days, computed with Date.UTC (not with the engine). */
export function plus(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Calendar days from `a` to `b`, computed with Date.UTC. */
export function days(a: string, b: string): number {
  const t = (s: string) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return (t(b) - t(a)) / 86_400_000;
}

/** Evaluates with `explain: true`: the golden tests check the derivations too (the dates do not depend on it). */
export function run(firstSickDay: string, events: readonly CaseEvent[], asOf: string, policy?: Partial<Policy>): ExplainedTimeline {
  return evaluateCase({ firstSickDay, events }, { asOf, explain: true, ...(policy ? { policy } : {}) });
}

/** The milestone `id` (occurrence `occ`), failing loudly when it is missing. */
export function ms<T extends CaseTimeline>(t: T, id: MilestoneId, occ = 1): T['milestones'][number] {
  const m = t.milestones.find((x) => x.id === id && x.occurrence === occ);
  if (m === undefined)
    throw new Error(`milestone ${id} #${occ} missing; have ${t.milestones.map((x) => `${x.id}#${x.occurrence}`).join(', ')}`);
  return m;
}

export function has(t: CaseTimeline, id: MilestoneId, occ = 1): boolean {
  return t.milestones.some((x) => x.id === id && x.occurrence === occ);
}

export function flagCodes(t: CaseTimeline): string[] {
  return t.flags.map((f) => f.code);
}
