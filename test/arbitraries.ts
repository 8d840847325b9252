/**
 * The fast-check generators of the test suite, in two families:
 * - any valid case and structured mutations of it (validCaseArb, lateCaseArb, invalidMutationArb,
 *   validMutationArb, below): for the fuzz tests, the corpus (test/corpus.ts) and the checks over
 *   every milestone. Built on epoch days, never on `Date`; each mutation carries the path of the
 *   field it breaks, so a test can check that the issue names exactly that field.
 * - realistic sickness cases as epoch-day numbers (arbCase, toInput, further down): for the engine's
 *   properties and the worklist.
 */
import fc from 'fast-check';
import { formatIsoDate, parseIsoDate } from '../src/calendar/isoDate.js';
import { INPUT_ISSUE_CODES } from '../src/codes.js';
import type { CaseEvent, CaseEventType, CaseInput, CaseTimeline, InputIssue, MilestoneStatus } from '../src/index.js';

export type Path = readonly (string | number)[];
type Json = unknown;
type Obj = Record<string, Json>;

/** Number of fuzz inputs per property; `FUZZ_RUNS` scales them (CI default keeps `npm test` short). */
export const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? '1') || 1);
export const runs = (n: number): number => Math.ceil(n * RUNS);

/** The steps validCaseArb records, beside the other event types (ALL_EVENT_TYPES). */
export const VALID_STEP_TYPES = [
  'melding-bedrijfsarts',
  'signalering-week-3',
  'probleemanalyse',
  'plan-van-aanpak',
  'evaluatie',
  '42e-weeksmelding',
  'eerstejaarsevaluatie',
  'vervroegde-iva',
  'eindevaluatie',
  're-integratieverslag',
  'wia-aanvraag',
  'ziekmelding-uwv-einde-dienstverband',
] as const;

export const ALL_EVENT_TYPES: readonly CaseEventType[] = [
  ...VALID_STEP_TYPES,
  'casemanager',
  'hersteld',
  'ziek',
  'gedeeltelijk-hersteld',
  'zwangerschapsverlof',
  'wia-brief-ontvangen',
  'verlenging',
  'loonsanctie',
  'einde-dienstverband',
  'aow-leeftijd',
  'deskundigenoordeel',
];

export const STATUSES: readonly MilestoneStatus[] = ['done', 'done-late', 'overdue', 'due-soon', 'upcoming', 'suspended', 'not-applicable'];

const DAY_1900 = parseIsoDate('1900-01-01');
const DAY_2199 = parseIsoDate('2199-12-31');
/** First sick days the fuzz uses for valid cases: far enough from 2199 that every event fits. */
const VALID_D1_MIN = parseIsoDate('1990-01-01');
const VALID_D1_MAX = parseIsoDate('2150-12-31');

const iso = (day: number): string => formatIsoDate(day);

/** A note: printable text, emoji, RTL, combining marks, NUL and lone surrogates included. */
const noteArb = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('ziek 🤒 — ’t is “erg”', '\u202Emirrored', 'e\u0301\u0301\u0301', '\u0000\u0001', '\uD800', 'Ünïcödé ✓ 日本語'),
);

/** One valid event dated `offset` days after day 1 (`until` for leave, `weeks` where needed). */
function eventArb(day1: number, maxOffset: number): fc.Arbitrary<CaseEvent> {
  const date = fc.integer({ min: 0, max: maxOffset }).map((o) => iso(day1 + o));
  const withNote = <T extends Obj>(a: fc.Arbitrary<T>) =>
    fc.tuple(a, fc.option(noteArb, { nil: undefined, freq: 4 })).map(([e, note]) => (note === undefined ? e : { ...e, note }));
  return withNote(
    fc.oneof(
      fc.record({ type: fc.constantFrom(...VALID_STEP_TYPES), date }),
      fc.record(
        {
          type: fc.constant('casemanager' as const),
          date,
          casemanagerType: fc.constantFrom('leidinggevende', 'hr', 'extern', 'taakdelegatie'),
        },
        { requiredKeys: ['type', 'date'] },
      ),
      fc.record({
        type: fc.constantFrom('hersteld', 'ziek', 'wia-brief-ontvangen', 'einde-dienstverband', 'aow-leeftijd', 'deskundigenoordeel'),
        date,
      }),
      fc.record(
        { type: fc.constant('gedeeltelijk-hersteld' as const), date, percentage: fc.integer({ min: 0, max: 100 }) },
        { requiredKeys: ['type', 'date'] },
      ),
      fc
        .tuple(fc.integer({ min: 0, max: maxOffset }), fc.integer({ min: 0, max: 200 }))
        .map(([o, len]) => ({ type: 'zwangerschapsverlof' as const, date: iso(day1 + o), until: iso(Math.min(day1 + o + len, DAY_2199)) })),
      fc.record({ type: fc.constant('verlenging' as const), date, weeks: fc.integer({ min: 13, max: 520 }) }),
      fc.record({ type: fc.constant('loonsanctie' as const), date, weeks: fc.integer({ min: 1, max: 52 }) }),
    ),
  ) as fc.Arbitrary<CaseEvent>;
}

/** Drops the verlengingen that would take the total past 520 weeks (rejected: total_too_big). */
function capVerlenging(events: CaseEvent[]): CaseEvent[] {
  let total = 0;
  return events.filter((e) => {
    if (e.type !== 'verlenging' || total + e.weeks > 520) return e.type !== 'verlenging';
    total += e.weeks;
    return true;
  });
}

export interface ValidCase {
  readonly input: CaseInput;
  readonly asOf: string;
}

/** A valid case (0–`maxEvents` events in any order, duplicates allowed) and an `asOf` around it. */
export function validCaseArb(maxEvents = 25, d1Min = VALID_D1_MIN, d1Max = VALID_D1_MAX): fc.Arbitrary<ValidCase> {
  return fc.integer({ min: d1Min, max: d1Max }).chain((day1) =>
    fc.record(
      {
        input: fc.record(
          {
            firstSickDay: fc.constant(iso(day1)),
            events: fc.array(eventArb(day1, Math.max(0, Math.min(1200, DAY_2199 - day1))), { maxLength: maxEvents }).map(capVerlenging),
            id: fc.oneof(fc.string({ maxLength: 30 }), fc.integer()),
          },
          { requiredKeys: ['firstSickDay'] },
        ),
        asOf: fc.integer({ min: Math.max(DAY_1900, day1 - 60), max: Math.min(DAY_2199, day1 + 1500) }).map(iso),
      },
      { noNullPrototype: true },
    ),
  );
}

/** Valid cases whose derived dates run past 2199 (the input limit): first sick day 2190–2199. */
export const lateCaseArb = (maxEvents = 6): fc.Arbitrary<ValidCase> => validCaseArb(maxEvents, parseIsoDate('2190-01-01'), DAY_2199);

/** Dates that are not real `YYYY-MM-DD` days the library accepts. */
export const badDateArb: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(
    '2025-02-30',
    '2025-02-29',
    '2100-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-01-32',
    '0000-01-01',
    '0000-00-00',
    '9999-12-31',
    '1899-12-31',
    '2200-01-01',
    '2025-1-6',
    '25-01-06',
    '2025/01/06',
    '06-01-2025',
    '2025-01-06T00:00:00Z',
    '2025-01-06 ',
    ' 2025-01-06',
    '+02025-01-06',
    '-2025-01-06',
    '２０２５-01-06',
    '2025-０1-06',
    '٢٠٢٥-01-06',
    '2025-01-0\u0000',
    '',
    'null',
    'NaN',
  ),
  fc.string({ maxLength: 12 }).filter((s) => Number.isNaN(parseIsoDate(s))),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
    .filter((s) => Number.isNaN(parseIsoDate(s))),
  fc.integer(),
  fc.constantFrom(null, true, false, 20094, 1736121600000, {}, [], ['2025-01-06'], { date: '2025-01-06' }),
);

/** Values of the wrong type for a string/number field. */
const wrongTypeArb: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(null, true, false, {}, [], [1, 2], { $date: '2025-01-06' }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Weeks a verlenging (13–520) or loonsanctie (1–52) may not have. */
export const badWeeksArb = (type: 'verlenging' | 'loonsanctie'): fc.Arbitrary<Json> => {
  const [min, max] = type === 'verlenging' ? [13, 520] : [1, 52];
  const bad = (w: number) => !Number.isInteger(w) || w < min || w > max;
  return fc.oneof(
    fc
      .constantFrom(
        -1,
        0,
        -0,
        0.5,
        12,
        12.5,
        13,
        52,
        53,
        520,
        521,
        1e6,
        2 ** 53,
        2 ** 53 + 2,
        1e308,
        -1e308,
        Number.MAX_VALUE,
        Number.MIN_VALUE,
      )
      .filter(bad),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    fc.constantFrom('13', '52', null, true, [], {}),
    fc.double().filter(bad),
    fc.integer().filter(bad),
  );
};

const POISON_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];

/** An extra key (poison keys included) with a payload that would pollute a prototype if merged. */
const extraKeyArb: fc.Arbitrary<[string, Json]> = fc.tuple(
  fc.oneof(fc.constantFrom(...POISON_KEYS, 'Type', 'DATE', 'weeks ', 'type\u200B', 'ïd', '😀'), fc.string({ minLength: 1, maxLength: 10 })),
  fc.oneof(fc.constant({ polluted: 'yes', prototype: { polluted: 'yes' } }), fc.jsonValue({ maxDepth: 2 })),
);

/** Sets an own property, even for `__proto__` (as `JSON.parse` does). */
function defineOwn(target: Obj, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export interface Mutation {
  readonly kind: string;
  /** The input after the mutation. */
  readonly input: Json;
  /** The field a correct issue must name (the issue path equals it or extends it). */
  readonly path: Path;
}

const clone = <T>(v: T): T => structuredClone(v);

/**
 * One structured mutation that makes a valid case invalid, and the path of the field it breaks.
 * Every mutation here must be rejected; the path is where the issue has to point.
 */
export function invalidMutationArb(): fc.Arbitrary<Mutation> {
  return validCaseArb(12).chain(({ input }) => {
    const base = clone(input) as unknown as Obj & { events?: Obj[] };
    const events = (base.events ?? []) as Obj[];
    const n = events.length;
    const options: fc.Arbitrary<Mutation>[] = [
      badDateArb.map((v) => ({ kind: 'firstSickDay: bad date', input: { ...base, firstSickDay: v }, path: ['firstSickDay'] })),
      fc.constant({ kind: 'firstSickDay: missing', input: { ...base, firstSickDay: undefined }, path: ['firstSickDay'] }),
      wrongTypeArb
        .filter((v) => v !== undefined && v !== null && !Array.isArray(v))
        .map((v) => ({ kind: 'events: not an array', input: { ...base, events: v }, path: ['events'] })),
      extraKeyArb.map(([k, v]) => {
        const m = clone(base);
        defineOwn(m, k, v);
        return { kind: `root: extra key ${k}`, input: m, path: [] };
      }),
      wrongTypeArb
        .filter((v) => typeof v !== 'string' && typeof v !== 'number' && v !== undefined)
        .map((v) => ({ kind: 'id: wrong type', input: { ...base, id: v }, path: ['id'] })),
      fc.string({ minLength: 201, maxLength: 300 }).map((s) => ({ kind: 'id: too long', input: { ...base, id: s }, path: ['id'] })),
      fc.integer({ min: 10_001, max: 10_050 }).map((count) => ({
        kind: 'events: more than MAX_EVENTS',
        input: { ...base, events: Array.from({ length: count }, () => ({ type: 'deskundigenoordeel', date: base.firstSickDay })) },
        path: ['events'],
      })),
    ];
    if (n > 0) {
      const at = fc.integer({ min: 0, max: n - 1 });
      const withEvent = (kind: string, f: (e: Obj, i: number) => Path | null): fc.Arbitrary<Mutation | null> =>
        at.map((i) => {
          const m = clone(base) as Obj & { events: Obj[] };
          const path = f(m.events[i] as Obj, i);
          return path === null ? null : { kind, input: m, path };
        });
      const opts = options as fc.Arbitrary<Mutation | null>[];
      opts.push(
        fc.tuple(at, badDateArb).map(([i, v]) => {
          const m = clone(base) as Obj & { events: Obj[] };
          (m.events[i] as Obj).date = v;
          return { kind: 'event.date: bad date', input: m, path: ['events', i, 'date'] };
        }),
        fc
          .tuple(
            at,
            wrongTypeArb.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
          )
          .map(([i, v]) => {
            const m = clone(base) as Obj & { events: Json[] };
            m.events[i] = v;
            return { kind: 'event: not an object', input: m, path: ['events', i] };
          }),
        fc
          .tuple(
            at,
            fc.oneof(
              fc.constantFrom(
                '',
                'Hersteld',
                'HERSTELD',
                'herstel',
                'probleem-analyse',
                'wia-brief-uwv',
                'einde-wachttijd',
                ...POISON_KEYS,
              ),
              fc.string({ maxLength: 20 }),
              fc.constantFrom(null, 1, true, {}, []),
            ),
          )
          .filter(([, t]) => !(ALL_EVENT_TYPES as readonly unknown[]).includes(t))
          .map(([i, t]) => {
            const m = clone(base) as Obj & { events: Obj[] };
            (m.events[i] as Obj).type = t;
            return { kind: 'event.type: unknown', input: m, path: ['events', i] };
          }),
        withEvent('event.type: missing', (e, i) => {
          delete e.type;
          return ['events', i];
        }),
        withEvent('event.date: missing', (e, i) => {
          delete e.date;
          return ['events', i, 'date'];
        }),
        fc.tuple(at, extraKeyArb).map(([i, [k, v]]) => {
          const m = clone(base) as Obj & { events: Obj[] };
          const e = m.events[i] as Obj;
          if (Object.hasOwn(e, k)) return null;
          defineOwn(e, k, v);
          return { kind: `event: extra key ${k}`, input: m, path: ['events', i] };
        }),
        fc.tuple(at, fc.string({ minLength: 2001, maxLength: 2100 })).map(([i, s]) => {
          const m = clone(base) as Obj & { events: Obj[] };
          (m.events[i] as Obj).note = s;
          return { kind: 'event.note: too long', input: m, path: ['events', i, 'note'] };
        }),
        fc.tuple(at, fc.integer({ min: 1, max: 3650 })).map(([i, back]) => {
          const m = clone(base) as Obj & { events: Obj[] };
          const e = m.events[i] as Obj;
          if (e.type === 'aow-leeftijd') return null; // the one fact that may precede day 1
          const day = parseIsoDate(base.firstSickDay as string) - back;
          if (day < DAY_1900) return null;
          e.date = iso(day);
          if (e.type === 'zwangerschapsverlof') e.until = e.date;
          return { kind: 'event.date: before firstSickDay', input: m, path: ['events', i, 'date'] };
        }),
      );
      const leave = events.findIndex((e) => e.type === 'zwangerschapsverlof');
      if (leave >= 0) {
        opts.push(
          fc.integer({ min: 1, max: 400 }).map((back) => {
            const m = clone(base) as Obj & { events: Obj[] };
            const e = m.events[leave] as Obj;
            const day = parseIsoDate(e.date as string) - back;
            if (day < DAY_1900) return null;
            e.until = iso(day);
            return { kind: 'zwangerschapsverlof.until: before date', input: m, path: ['events', leave, 'until'] };
          }),
          badDateArb.map((v) => {
            const m = clone(base) as Obj & { events: Obj[] };
            (m.events[leave] as Obj).until = v;
            return { kind: 'zwangerschapsverlof.until: bad date', input: m, path: ['events', leave, 'until'] };
          }),
        );
      }
      for (const type of ['verlenging', 'loonsanctie'] as const) {
        const w = events.findIndex((e) => e.type === type);
        if (w >= 0) {
          opts.push(
            badWeeksArb(type).map((v) => {
              const m = clone(base) as Obj & { events: Obj[] };
              (m.events[w] as Obj).weeks = v;
              return { kind: `${type}.weeks: out of range`, input: m, path: ['events', w, 'weeks'] };
            }),
          );
        }
      }
      const gh = events.findIndex((e) => e.type === 'gedeeltelijk-hersteld');
      if (gh >= 0) {
        opts.push(
          fc
            .oneof(
              fc.constantFrom(-1, 101, 1e308, -1e308, Number.NaN, '50', '50%', null),
              fc.double().filter((p) => !(p >= 0 && p <= 100)),
            )
            .map((v) => {
              const m = clone(base) as Obj & { events: Obj[] };
              (m.events[gh] as Obj).percentage = v;
              return { kind: 'gedeeltelijk-hersteld.percentage: out of range', input: m, path: ['events', gh, 'percentage'] };
            }),
        );
      }
      const cm = events.findIndex((e) => e.type === 'casemanager');
      if (cm >= 0) {
        opts.push(
          fc
            .oneof(fc.constantFrom('HR', 'intern', '', 'hr ', null, 1), fc.string({ maxLength: 12 }))
            .filter((v) => !['leidinggevende', 'hr', 'extern', 'taakdelegatie'].includes(v as string))
            .map((v) => {
              const m = clone(base) as Obj & { events: Obj[] };
              (m.events[cm] as Obj).casemanagerType = v;
              return { kind: 'casemanager.casemanagerType: unknown', input: m, path: ['events', cm, 'casemanagerType'] };
            }),
        );
      }
    }
    return fc.oneof(...(options as fc.Arbitrary<Mutation | null>[])).filter((m): m is Mutation => m !== null);
  });
}

/** Mutations that keep the case valid: shuffled, duplicated, unicode notes, thousands of events. */
export function validMutationArb(): fc.Arbitrary<ValidCase & { kind: string }> {
  return validCaseArb(20).chain(({ input, asOf }) => {
    const events = [...(input.events ?? [])];
    return fc.oneof(
      fc
        .shuffledSubarray(events, { minLength: events.length, maxLength: events.length })
        .map((e) => ({ kind: 'shuffled', input: { ...input, events: e }, asOf })),
      fc.integer({ min: 1, max: 5 }).map((k) => ({
        kind: 'duplicated',
        input: { ...input, events: capVerlenging(events.flatMap((e) => Array.from({ length: k }, () => e))) },
        asOf,
      })),
      fc.constant({ kind: 'reversed', input: { ...input, events: [...events].reverse() }, asOf }),
      fc.integer({ min: 1000, max: 3000 }).map((count) => ({
        kind: 'thousands of events',
        input: {
          ...input,
          events: capVerlenging(
            Array.from(
              { length: count },
              (_, i) => events[i % Math.max(1, events.length)] ?? { type: 'deskundigenoordeel', date: input.firstSickDay },
            ),
          ),
        },
        asOf,
      })),
      fc.constant({ kind: 'no events key', input: { firstSickDay: input.firstSickDay }, asOf }),
      fc.constant({
        kind: 'years 1900 and 2199',
        input: { firstSickDay: '1900-01-01', events: [{ type: 'probleemanalyse', date: '1900-02-10' }] },
        asOf: '2199-12-31',
      }),
      fc.constant({ kind: 'first sick day 2199-12-31', input: { firstSickDay: '2199-12-31' }, asOf: '2199-12-31' }),
    ) as fc.Arbitrary<ValidCase & { kind: string }>;
  });
}

/** Whether an issue has the public shape: a path of strings/numbers, a code of the closed set, nl and en messages. */
export function isWellFormedIssue(i: InputIssue): boolean {
  return (
    Array.isArray(i.path) &&
    i.path.every((p) => typeof p === 'string' || (typeof p === 'number' && Number.isInteger(p) && p >= 0)) &&
    (INPUT_ISSUE_CODES as readonly string[]).includes(i.code) &&
    typeof i.message?.nl === 'string' &&
    i.message.nl.trim().length > 0 &&
    typeof i.message?.en === 'string' &&
    i.message.en.trim().length > 0
  );
}

/** Whether `path` starts with `prefix`. */
export const startsWith = (path: Path, prefix: Path): boolean => prefix.length <= path.length && prefix.every((p, i) => path[i] === p);

/** Global objects whose prototypes a polluting merge would touch. */
export function pollutionCheck(): string[] {
  const found: string[] = [];
  const probes: [string, unknown][] = [
    ['Object.prototype', {}],
    ['Array.prototype', []],
    ['Function.prototype', () => {}],
    ['String.prototype', ''],
    ['Number.prototype', 0],
  ];
  for (const [name, v] of probes) {
    for (const key of ['polluted', 'prototype.polluted']) {
      const got = key === 'polluted' ? (v as Obj).polluted : ((v as Obj).prototype as Obj | undefined)?.polluted;
      if (got !== undefined) found.push(`${name}.${key}`);
    }
  }
  for (const key of Object.getOwnPropertyNames(Object.prototype)) {
    if (!BUILTIN_OBJECT_PROTO_KEYS.has(key)) found.push(`Object.prototype.${key} (new key)`);
  }
  return found;
}
const BUILTIN_OBJECT_PROTO_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

/** `JSON.parse` text that defines `__proto__` as an own key, as payroll exports may. */
export const PROTO_JSON_SAMPLES: readonly string[] = [
  '{"firstSickDay":"2025-01-06","__proto__":{"polluted":"yes"}}',
  '{"firstSickDay":"2025-01-06","constructor":{"prototype":{"polluted":"yes"}}}',
  '{"__proto__":{"firstSickDay":"2025-01-06"}}',
  '{"firstSickDay":"2025-01-06","events":[{"type":"hersteld","date":"2025-02-01","__proto__":{"polluted":"yes"}}]}',
  '{"firstSickDay":"2025-01-06","events":[{"type":"__proto__","date":"2025-02-01"}]}',
  '{"firstSickDay":"2025-01-06","events":{"__proto__":[],"length":1,"0":{"type":"hersteld","date":"2025-02-01"}}}',
  '{"firstSickDay":"2025-01-06","events":[{"type":"constructor","date":"2025-02-01","prototype":{"polluted":"yes"}}]}',
];

/**
 * fast-check generators of realistic sickness cases for the engine properties. Dates are built as
 * epoch days and formatted once; day 1 stays on or after 2023-07-01 so that one parameter version
 * (AOW 6 weeks) applies throughout, unless a test asks otherwise.
 */

/** The steps arbCase records (VALID_STEP_TYPES above are those of the valid-case family). */
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
