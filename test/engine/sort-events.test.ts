/**
 * The canonical order of the events (events.ts `sortEvents`): short lists are sorted by insertion,
 * long ones by Array.prototype.sort. Both must give the one order the comparison defines, whatever
 * the order of the input: checked as relations between runs, over events crowded on a few days so
 * that every tie-break (recovery before relapse, type, content, input place) is exercised.
 */

import { describe, expect } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../../src/calendar/isoDate.js';
import { sortEvents } from '../../src/engine/events.js';
import type { CaseEvent } from '../../src/index.js';
import { fc, test as fcTest } from '../fc.js';
import { runs } from '../fc-runs.js';

const D1 = parseIsoDate('2025-01-06');
const date = fc.integer({ min: 0, max: 4 }).map((o) => formatIsoDate(D1 + o));
const note = fc.option(fc.constantFrom('a', 'b', 'é'), { nil: undefined });

/** Events on five days, of a few types, some with the same type, day and content. */
const eventArb: fc.Arbitrary<CaseEvent> = fc
  .tuple(
    fc.oneof(
      fc.record({ type: fc.constantFrom('hersteld', 'ziek', 'evaluatie', 'probleemanalyse'), date }),
      fc.record({ type: fc.constant('casemanager'), date, casemanagerType: fc.constantFrom('hr', 'extern') }),
      fc.record({ type: fc.constant('gedeeltelijk-hersteld'), date, percentage: fc.constantFrom(25, 50) }),
    ),
    note,
  )
  .map(([e, n]) => (n === undefined ? e : { ...e, note: n }) as CaseEvent);

/** The events in sorted order, by content (two events equal in content are interchangeable). */
const sorted = (events: readonly CaseEvent[]): string[] => sortEvents(events).map((e) => JSON.stringify(e.event));

describe('sortEvents', () => {
  fcTest.prop(
    [fc.array(eventArb, { maxLength: 80 }).chain((a) => fc.tuple(fc.constant(a), fc.shuffledSubarray(a, { minLength: a.length })))],
    {
      numRuns: runs(300),
    },
  )('gives the same order for any order of the same events, short lists and long', ([events, shuffled]) => {
    expect(sorted(shuffled)).toEqual(sorted(events));
  });

  fcTest.prop(
    [fc.array(eventArb, { minLength: 33, maxLength: 80 }).chain((a) => fc.tuple(fc.constant(a), fc.subarray(a, { maxLength: 32 })))],
    {
      numRuns: runs(300),
    },
  )('sorts a short list (by insertion) as the long list it is part of orders it', ([all, part]) => {
    const inPart = new Map<string, number>();
    for (const e of part) inPart.set(JSON.stringify(e), (inPart.get(JSON.stringify(e)) ?? 0) + 1);
    const induced = sorted(all).filter((k) => {
      const left = inPart.get(k) ?? 0;
      if (left === 0) return false;
      inPart.set(k, left - 1);
      return true;
    });
    expect(sorted(part)).toEqual(induced);
  });

  fcTest.prop([fc.array(eventArb, { maxLength: 80 })], { numRuns: runs(200) })(
    'puts the days in order and, on one day, a recovery before a relapse before the rest',
    (events) => {
      const out = sortEvents(events);
      const rank = (t: string): number => (t === 'hersteld' ? 0 : t === 'ziek' ? 1 : 2);
      for (let i = 1; i < out.length; i++) {
        const a = out[i - 1] as (typeof out)[number];
        const b = out[i] as (typeof out)[number];
        expect(a.day < b.day || (a.day === b.day && rank(a.type) <= rank(b.type))).toBe(true);
      }
    },
  );
});
