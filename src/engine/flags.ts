import type { Flag, FlagCode, FlagParams, MilestoneId, Severity } from '../types.js';

/**
 * Builds a flag: a code, a severity and the facts behind it. No words: the message catalogues
 * (`flagMessage`) render it.
 */
export function makeFlag<C extends FlagCode>(
  code: C,
  severity: Severity,
  params: FlagParams[C],
  milestoneId?: MilestoneId,
  occurrence?: number,
): Flag {
  if (milestoneId === undefined) return { code, severity, params } as Flag;
  return (occurrence === undefined ? { code, severity, milestoneId, params } : { code, severity, milestoneId, occurrence, params }) as Flag;
}
