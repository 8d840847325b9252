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

/** Replaces `{name}` by the value of that parameter. */
export function fill(template: string, values: Readonly<Record<string, number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}
