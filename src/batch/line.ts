/**
 * The NDJSON answer line of a batch run — `{"ok":true,"line":n,"id":…,"timeline":{…}}` (or the
 * summary fields asked for) and `{"ok":false,"line":n,"id":…,"issues":[…]}` — shared by
 * `poortwachter batch` and the batch endpoint of `poortwachter serve`, so both answer every line in
 * the same format (`BatchLineSchema`).
 *
 * @module
 */

import { timelineJson } from '../common/timeline-json.js';
import { pickSummary, type SummaryField, summarizeTimeline } from '../format/summary.js';
import { inputIssue } from '../i18n/issues.js';
import type { CaseTimeline, InputIssue } from '../types.js';

/**
 * JSON of a timeline for a batch line: the whole timeline. Since 0.3 every timeline is the facts
 * (milestone titles and legal bases are the rule table's, by `id`: `ruleOf`, `poortwachter
 * sources`, `GET /v1/rules`), so this is the same text as `JSON.stringify`, written by
 * {@link timelineJson} (about twice as fast); kept as the one place the line's timeline is written.
 *
 * @example
 * compactTimelineJson(timeline).includes('"legalBasis"') //=> false
 */
export function compactTimelineJson(timeline: CaseTimeline): string {
  return timelineJson(timeline);
}

/**
 * The `id` of an input case that a batch line echoes back: a string or number `id` field, else
 * `undefined`.
 *
 * @example
 * idOf({ id: 'E-1', firstSickDay: '2025-01-06' }) //=> 'E-1'
 * idOf([1, 2]) //=> undefined
 */
export function idOf(value: unknown): string | number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}

/**
 * The answer line of a valid case: the compact timeline, or with `fields` only those summary
 * fields.
 *
 * @example
 * okLine(1, 'E-1', timeline, ['status']) //=> '{"ok":true,"line":1,"id":"E-1","status":"sick"}\n'
 */
export function okLine(n: number, id: string | number | undefined, timeline: CaseTimeline, fields: readonly SummaryField[] | null): string {
  const head = id === undefined ? `{"ok":true,"line":${n}` : `{"ok":true,"line":${n},"id":${JSON.stringify(id)}`;
  return fields === null
    ? `${head},"timeline":${compactTimelineJson(timeline)}}\n`
    : `${head},${JSON.stringify(pickSummary(summarizeTimeline(timeline), fields)).slice(1)}\n`;
}

/**
 * The answer line of an invalid line: its number, the echoed `id` and every issue.
 *
 * @example
 * invalidLine(2, undefined, issues) //=> '{"ok":false,"line":2,"issues":[…]}\n'
 */
export function invalidLine(n: number, id: string | number | undefined, issues: readonly InputIssue[]): string {
  return `${JSON.stringify(id === undefined ? { ok: false, line: n, issues } : { ok: false, line: n, id, issues })}\n`;
}

/**
 * The issue for a case with more events than `maxEvents` allows (`too_big` on `events`, the
 * library's code and messages), or `null`. A cheap check before any validation, so an oversized
 * case costs nothing more than its JSON parse.
 *
 * @example
 * eventsCapIssue({ firstSickDay: '2025-01-06', events: [] }, 100) //=> null
 * eventsCapIssue({ firstSickDay: '2025-01-06', events: new Array(101).fill({}) }, 100)?.code //=> 'too_big'
 */
export function eventsCapIssue(
  value: unknown,
  maxEvents: number | undefined,
  path: readonly (string | number)[] = ['events'],
): InputIssue | null {
  if (maxEvents === undefined || typeof value !== 'object' || value === null) return null;
  const events = (value as { events?: unknown }).events;
  if (!Array.isArray(events) || events.length <= maxEvents) return null;
  return inputIssue(path, 'too_big', { origin: 'array', maximum: maxEvents, value: String(events.length) });
}
