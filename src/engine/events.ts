/**
 * Stage 1 of the engine: the events. Sorts the checked events into a canonical order (so the
 * order of the input never changes the result) and splits off what happens after `asOf`.
 *
 * @module
 */
import { formatIsoDate, parseIsoDate } from '../calendar/isoDate.js';
import type { CaseEvent, CaseEventType, Flag } from '../types.js';
import { CASE_EVENT_TYPES } from '../vocab.js';
import type { Ev, Leave } from './context.js';
import { makeFlag } from './flags.js';

/**
 * Events that state a fact known in advance (a birthday, a contract end, planned leave): used even
 * when dated after `asOf`. Everything else (steps, recoveries, decisions) only counts once it has
 * happened.
 */
export const FACT_TYPES: ReadonlySet<string> = new Set(['aow-leeftijd', 'einde-dienstverband', 'zwangerschapsverlof']);

/** Events that may be dated before the first sick day. */
export const MAY_PRECEDE_DAY_1: ReadonlySet<string> = new Set(['aow-leeftijd']);

/** Every event type the engine knows. */
export const KNOWN_TYPES: ReadonlySet<string> = new Set<string>(CASE_EVENT_TYPES);

/**
 * Sorts checked events (the schema checked them: src/case/schema.ts) into the canonical order,
 * each with its epoch day and its place in the input.
 */
export function sortEvents(raw: readonly CaseEvent[]): Ev[] {
  const out: Ev[] = [];
  for (let i = 0; i < raw.length; i++) {
    const e = raw[i] as CaseEvent;
    out.push({ type: e.type, day: parseIsoDate(e.date), index: i, event: e });
  }
  // A case has a handful of events, mostly in date order already: a stable insertion sort, which
  // allocates nothing, up to SHORT_SORT (V8's own sort sorts short runs by insertion too);
  // beyond it Array.prototype.sort keeps a long reversed list from costing n² comparisons. The
  // order is total (the input index breaks the last tie), so both give the same result.
  if (out.length > SHORT_SORT) return out.sort(compareEvents);
  for (let i = 1; i < out.length; i++) {
    const e = out[i] as Ev;
    let j = i - 1;
    while (j >= 0 && compareEvents(out[j] as Ev, e) > 0) {
      out[j + 1] = out[j] as Ev;
      j--;
    }
    out[j + 1] = e;
  }
  return out;
}

/** Lists up to this long are sorted by insertion (see {@link sortEvents}). */
const SHORT_SORT = 32;

/**
 * The canonical order: date order; on the same day a recovery precedes a relapse; other ties by type
 * and content, never by input order, so that the order of the events never changes the result.
 */
function compareEvents(a: Ev, b: Ev): number {
  return a.day - b.day || rank(a.type) - rank(b.type) || cmp(a.type, b.type) || cmp(tieKey(a.event), tieKey(b.event)) || a.index - b.index;
}

const rank = (t: CaseEventType): number => (t === 'hersteld' ? 0 : t === 'ziek' ? 1 : 2);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** The payload that can differ between two events of one type on one day. */
const tieKey = (e: CaseEvent): string => {
  const r = e as unknown as Record<string, unknown>;
  return `${r.casemanagerType}|${r.until}|${r.weeks}|${r.percentage}|${r.evaluatieIntervalDays}|${r.step}|${r.occurrence}|${r.motivering}|${r.note}`;
};

/** The events that count on `asOf`, with leave and the recoveries and relapses collected on the way. */
export interface UsedEvents {
  readonly used: readonly Ev[];
  readonly leave: Leave;
  readonly transitions: readonly { readonly type: 'hersteld' | 'ziek'; readonly day: number }[];
}

/**
 * One pass over the sorted events: occurrences after `asOf` are not yet facts (reported with
 * `EVENT_AFTER_AS_OF`, not used); leave (sorted by start, as the events are) and the recoveries and
 * relapses are collected.
 */
export function eventsOn(events: readonly Ev[], asOf: number, flags: Flag[]): UsedEvents {
  const used: Ev[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const transitions: { type: 'hersteld' | 'ziek'; day: number }[] = [];
  for (const e of events) {
    if (e.day > asOf && !FACT_TYPES.has(e.type)) {
      flags.push(makeFlag('EVENT_AFTER_AS_OF', 'warning', { eventType: e.type, date: formatIsoDate(e.day), asOf: formatIsoDate(asOf) }));
      continue;
    }
    used.push(e);
    if (e.type === 'zwangerschapsverlof') {
      starts.push(e.day);
      ends.push(parseIsoDate((e.event as { until: string }).until));
    } else if (e.type === 'hersteld' || e.type === 'ziek') {
      transitions.push({ type: e.type, day: e.day });
    }
  }
  return { used, leave: { starts, ends }, transitions };
}
