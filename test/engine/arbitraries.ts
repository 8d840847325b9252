/**
 * fast-check generators of realistic sickness cases for the engine properties. Dates are built as
 * epoch days and formatted once; day 1 stays on or after 2023-07-01 so that one parameter version
 * (AOW 6 weeks) applies throughout, unless a test asks otherwise.
 */

import { formatIsoDate, parseIsoDate } from '../../src/calendar/isoDate.js';
import type { CaseEvent, CaseInput, CaseTimeline } from '../../src/index.js';
import { fc } from '../fc.js';

export const STEP_TYPES = [
  'melding-bedrijfsarts',
  'signalering-week-3',
  'probleemanalyse',
  'plan-van-aanpak',
  'casemanager',
  'evaluatie',
  '42e-weeksmelding',
  'eerstejaarsevaluatie',
  'vervroegde-iva',
  'eindevaluatie',
  're-integratieverslag',
  'wia-aanvraag',
] as const;

export const D1_MIN = parseIsoDate('2023-07-01');
export const D1_MAX = parseIsoDate('2150-01-01');

/** A generated case as epoch-day numbers, before formatting. */
export interface GenCase {
  readonly d1: number;
  readonly asOf: number;
  readonly events: readonly GenEvent[];
}

export type GenEvent =
  | { readonly type: (typeof STEP_TYPES)[number]; readonly day: number; readonly casemanagerType?: 'hr' | 'extern' }
  | {
      readonly type:
        | 'hersteld'
        | 'ziek'
        | 'wia-brief-ontvangen'
        | 'einde-dienstverband'
        | 'aow-leeftijd'
        | 'deskundigenoordeel'
        | 'gedeeltelijk-hersteld';
      readonly day: number;
    }
  | { readonly type: 'verlenging' | 'loonsanctie'; readonly day: number; readonly weeks: number }
  | { readonly type: 'zwangerschapsverlof'; readonly day: number; readonly until: number };

export function toInput(c: GenCase, shift = 0): { input: CaseInput; asOf: string } {
  const f = (d: number) => formatIsoDate(d + shift);
  const events: CaseEvent[] = c.events.map((e) => {
    if ('until' in e) return { type: e.type, date: f(e.day), until: f(e.until) };
    if ('weeks' in e) return { type: e.type, date: f(e.day), weeks: e.weeks };
    if ('casemanagerType' in e && e.casemanagerType !== undefined)
      return { type: 'casemanager', date: f(e.day), casemanagerType: e.casemanagerType };
    return { type: e.type, date: f(e.day) } as CaseEvent;
  });
  return { input: { firstSickDay: f(c.d1), events }, asOf: f(c.asOf) };
}

/** Sick/fit alternations: a list of (sick days, fit days) after day 1. */
const transitions = (maxFit: number) =>
  fc.array(fc.record({ sick: fc.integer({ min: 1, max: 250 }), fit: fc.integer({ min: 1, max: maxFit }) }), { maxLength: 3 });

export interface CaseOptions {
  /** Largest fit gap generated (default 40: both samentelling and new cases). */
  readonly maxFit?: number;
  /** Include verlenging, loonsanctie, letter, leave, einde-dienstverband, AOW (default true). */
  readonly branches?: boolean;
  /** Include hersteld/ziek (default true). */
  readonly recoveries?: boolean;
}

export function arbCase(opts: CaseOptions = {}): fc.Arbitrary<GenCase> {
  const { maxFit = 40, branches = true, recoveries = true } = opts;
  return fc
    .record({
      d1: fc.integer({ min: D1_MIN, max: D1_MAX }),
      asOfOffset: fc.integer({ min: 0, max: 1000 }),
      gaps: recoveries ? transitions(maxFit) : fc.constant([]),
      steps: fc.array(
        fc.record({
          type: fc.constantFrom(...STEP_TYPES),
          offset: fc.integer({ min: 0, max: 800 }),
          cm: fc.constantFrom(undefined, 'hr', 'extern'),
        }),
        { maxLength: 8 },
      ),
      verlenging: branches
        ? fc.option(fc.record({ offset: fc.integer({ min: 300, max: 760 }), weeks: fc.integer({ min: 13, max: 60 }) }), { nil: undefined })
        : fc.constant(undefined),
      loonsanctie: branches
        ? fc.array(fc.record({ offset: fc.integer({ min: 300, max: 760 }), weeks: fc.integer({ min: 1, max: 52 }) }), { maxLength: 2 })
        : fc.constant([]),
      letter: branches ? fc.option(fc.integer({ min: 400, max: 800 }), { nil: undefined }) : fc.constant(undefined),
      leave: branches
        ? fc.option(fc.record({ offset: fc.integer({ min: 1, max: 700 }), length: fc.integer({ min: 1, max: 120 }) }), { nil: undefined })
        : fc.constant(undefined),
      einde: branches ? fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }) : fc.constant(undefined),
      aow: branches ? fc.option(fc.integer({ min: -400, max: 900 }), { nil: undefined }) : fc.constant(undefined),
      partial: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
    })
    .map((r) => {
      const events: GenEvent[] = [];
      let cursor = r.d1;
      for (const g of r.gaps) {
        const h = cursor + g.sick;
        const s = h + g.fit;
        events.push({ type: 'hersteld', day: h }, { type: 'ziek', day: s });
        cursor = s;
      }
      for (const s of r.steps) {
        events.push(
          s.type === 'casemanager' && s.cm !== undefined
            ? { type: 'casemanager', day: r.d1 + s.offset, casemanagerType: s.cm }
            : { type: s.type, day: r.d1 + s.offset },
        );
      }
      if (r.verlenging) events.push({ type: 'verlenging', day: r.d1 + r.verlenging.offset, weeks: r.verlenging.weeks });
      for (const l of r.loonsanctie) events.push({ type: 'loonsanctie', day: r.d1 + l.offset, weeks: l.weeks });
      if (r.letter !== undefined) events.push({ type: 'wia-brief-ontvangen', day: r.d1 + r.letter });
      if (r.leave)
        events.push({ type: 'zwangerschapsverlof', day: r.d1 + r.leave.offset, until: r.d1 + r.leave.offset + r.leave.length - 1 });
      if (r.einde !== undefined) events.push({ type: 'einde-dienstverband', day: r.d1 + r.einde });
      if (r.aow !== undefined) events.push({ type: 'aow-leeftijd', day: r.d1 + r.aow });
      if (r.partial !== undefined) events.push({ type: 'gedeeltelijk-hersteld', day: r.d1 + r.partial });
      return { d1: r.d1, asOf: r.d1 + r.asOfOffset + (cursor - r.d1), events };
    });
}

/** Milestones keyed by `id#occurrence`. */
export function byKey<T extends CaseTimeline>(t: T): Map<string, T['milestones'][number]> {
  return new Map(t.milestones.map((m) => [`${m.id}#${m.occurrence}`, m]));
}

/** Shift an ISO date (or null) by k days. */
export function shiftIso(iso: string | null, k: number): string | null {
  return iso === null ? null : formatIsoDate(parseIsoDate(iso) + k);
}
