import type { Flag, FlagCode, MilestoneId } from '../types.js';

/** Builds a flag. */
export function makeFlag(
  code: FlagCode,
  severity: Flag['severity'],
  nl: string,
  en: string,
  milestoneId?: MilestoneId,
  occurrence?: number,
): Flag {
  if (milestoneId === undefined) return { code, severity, message: { nl, en } };
  return occurrence === undefined
    ? { code, severity, milestoneId, message: { nl, en } }
    : { code, severity, milestoneId, occurrence, message: { nl, en } };
}

/**
 * Filled templates per values object (the frozen parameter segments of a rule table): a case only
 * looks them up, it never runs the regular expression again.
 */
const filled = new WeakMap<object, Map<string, string>>();

/** Replaces `{name}` by the value of that parameter. */
export function fill(template: string, values: Readonly<Record<string, number>>): string {
  let cache = filled.get(values);
  if (cache === undefined) {
    cache = new Map();
    filled.set(values, cache);
  }
  let out = cache.get(template);
  if (out === undefined) {
    out = template.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
    cache.set(template, out);
  }
  return out;
}
