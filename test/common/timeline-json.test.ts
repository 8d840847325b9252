import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../../src/calendar/isoDate.js';
import { evaluateCase } from '../../src/case/parse.js';
import { CONSEQUENCE_CODES } from '../../src/codes.js';
import { MILESTONE_KEYS, TIMELINE_KEYS, timelineJson } from '../../src/common/timeline-json.js';
import type { EvaluateCaseOptions } from '../../src/engine/evaluate.js';
import type { CaseEvent, CaseInput, CaseTimeline, Policy, ProtocolStep } from '../../src/types.js';
import {
  ACTORS,
  AFWIJKING_STEPS,
  CASE_STATUSES,
  CASEMANAGER_TYPES,
  FIRST_WEEKS_MODES,
  MILESTONE_IDS,
  MILESTONE_KINDS,
  MILESTONE_STATUSES,
  PROBLEEMANALYSE_MODES,
  VANGNET_GRONDEN,
} from '../../src/vocab.js';
import { runs, validCaseArb } from '../arbitraries.js';
import { corpus } from '../corpus.js';
import { fc, test } from '../fc.js';

/** The four ways a timeline is asked for: lean, with the dossier, explained, both. */
const MODES = [
  { explain: false, dossier: false },
  { explain: false, dossier: true },
  { explain: true, dossier: false },
  { explain: true, dossier: true },
] as const;

/** Whether `keys` appear in `order` (each of them in it, none out of turn). */
const inOrder = (keys: readonly string[], order: readonly string[]): boolean => {
  const at = keys.map((k) => order.indexOf(k));
  return at.every((i, n) => i >= 0 && (n === 0 || i > (at[n - 1] as number)));
};

/** The user's own text at its worst: quotes, backslashes, control characters, lone surrogates, emoji, RTL. */
const textArb = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
  fc.constantFrom(
    '"quoted" \\ back',
    '\u0000\u001f\u007f',
    '\uD800 lone',
    'ziek 🤒 — ’t is “erg”',
    '\u202Emirrored',
    '</script>\u2028\u2029',
  ),
);

/** An employer's protocol of one to three steps, with titles of any text. */
const protocolArb: fc.Arbitrary<ProtocolStep[]> = fc
  .array(
    fc.record(
      {
        title: fc.record({ nl: textArb, en: textArb }),
        actor: fc.constantFrom(...ACTORS),
        days: fc.integer({ min: 0, max: 400 }),
        after: fc.constantFrom('probleemanalyse', 'plan-van-aanpak', '42e-weeksmelding'),
        repeatEveryDays: fc.integer({ min: 20, max: 200 }),
      },
      { requiredKeys: ['title', 'actor', 'days'] },
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((steps) => steps.map((s, i) => ({ id: `stap-${i + 1}`, ...s })));

/** A partial policy: any of the settings, an employer's protocol among them (the wage percentages partial too, as the input allows). */
const policyArb: fc.Arbitrary<Partial<Policy>> = fc
  .record(
    {
      probleemanalyse: fc.constantFrom(...PROBLEEMANALYSE_MODES),
      firstWeeks: fc.constantFrom(...FIRST_WEEKS_MODES),
      evaluationIntervalDays: fc.integer({ min: 20, max: 120 }),
      includeAdvice: fc.boolean(),
      protocol: protocolArb,
      wagePercentages: fc.record({ 'jaar-1': fc.double({ min: 0, max: 200, noNaN: true }) }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  )
  .map((p) => p as Partial<Policy>);

/**
 * A valid case of the generator (test/arbitraries.ts) with what it does not make: agreed deviations
 * with a motivering of any text, protocol steps done (their ids from the policy), a vangnet, and a
 * report variant at einde dienstverband; with a policy and each of the four modes.
 */
const caseArb = fc
  .tuple(
    validCaseArb(20),
    fc.array(fc.record({ step: fc.constantFrom(...AFWIJKING_STEPS), offset: fc.integer({ min: 0, max: 700 }), motivering: textArb }), {
      maxLength: 3,
    }),
    fc.option(policyArb, { nil: undefined }),
    fc.array(fc.record({ n: fc.integer({ min: 1, max: 3 }), offset: fc.integer({ min: 0, max: 300 }) }), { maxLength: 3 }),
    fc.option(fc.constantFrom(...VANGNET_GRONDEN), { nil: undefined, freq: 4 }),
    fc.constantFrom(...MODES),
  )
  .map(([c, deviations, policy, protocolDone, grond, mode]) => {
    const day1 = parseIsoDate(c.input.firstSickDay);
    const at = (offset: number): string => formatIsoDate(Math.min(day1 + offset, parseIsoDate('2199-12-31')));
    const steps = policy?.protocol ?? [];
    const events: CaseEvent[] = [
      ...(c.input.events ?? []),
      ...deviations.map((d) => ({ type: 'afwijking' as const, step: d.step, date: at(d.offset), motivering: d.motivering })),
      ...protocolDone.flatMap(({ n, offset }) =>
        n <= steps.length ? [{ type: 'protocol' as const, step: `stap-${n}`, date: at(offset) }] : [],
      ),
    ];
    const input: CaseInput = { ...c.input, events, ...(grond === undefined ? {} : { vangnet: { grond } }) };
    const options: EvaluateCaseOptions = { asOf: c.asOf, ...(policy === undefined ? {} : { policy }), ...mode };
    return { input, options };
  });

describe('timelineJson', () => {
  it('writes every key of a milestone and of a timeline that the engine does, in its order', () => {
    // The tables are complete by their types (`satisfies Record<keyof …>`); here their order is
    // checked against the engine's objects over the corpus, explained and with the dossier.
    const milestoneOrder = Object.keys(MILESTONE_KEYS);
    const timelineOrder = Object.keys(TIMELINE_KEYS);
    const seen = new Set<string>();
    const seenInTimeline = new Set<string>();
    for (const c of corpus()) {
      for (const k of Object.keys(c.timeline)) seenInTimeline.add(k);
      expect(inOrder(Object.keys(c.timeline), timelineOrder), c.name).toBe(true);
      for (const m of c.timeline.milestones) {
        const keys = Object.keys(m);
        for (const k of keys) seen.add(k);
        expect(inOrder(keys, milestoneOrder), `${c.name}: ${keys.join(',')}`).toBe(true);
      }
    }
    // Every key of the tables occurs in the corpus, so the order of each is checked, and a key added
    // to a table (as its type demands) is written by the serialiser or the equality tests below fail.
    expect([...seen].sort()).toEqual([...milestoneOrder].sort());
    expect([...seenInTimeline].sort()).toEqual([...timelineOrder].sort());
  });

  it('writes the words of the closed lists as they are: none needs escaping', () => {
    const words = [
      ...MILESTONE_IDS,
      ...MILESTONE_KINDS,
      ...ACTORS,
      ...MILESTONE_STATUSES,
      ...CONSEQUENCE_CODES,
      ...CASEMANAGER_TYPES,
      ...CASE_STATUSES,
      'volledig',
      'verkort',
    ];
    for (const w of words) expect(JSON.stringify(w)).toBe(`"${w}"`);
  });

  it('is JSON.stringify over the whole test corpus, lean, with the dossier and explained', () => {
    let n = 0;
    for (const c of corpus()) {
      for (const mode of MODES) {
        const t: CaseTimeline = evaluateCase(c.input, { asOf: c.asOf, ...(c.policy === undefined ? {} : { policy: c.policy }), ...mode });
        const json = timelineJson(t);
        if (json !== JSON.stringify(t)) expect(json, `${c.name} ${JSON.stringify(mode)}`).toBe(JSON.stringify(t));
        n++;
      }
    }
    expect(n).toBeGreaterThan(3000);
  });

  it('escapes the user’s own text: a protocol step’s title and a motivering', () => {
    const title = { nl: 'Gesprek "thuis" \\ \u0000 \uD800 🤒', en: '</script>\u2028' };
    const t = evaluateCase(
      {
        firstSickDay: '2025-01-06',
        events: [{ type: 'afwijking', step: 'probleemanalyse', date: '2025-02-20', motivering: 'Arts "ziek" \n\\ \uDFFF' }],
      },
      { asOf: '2025-06-02', dossier: true, policy: { protocol: [{ id: 'gesprek', title, actor: 'werkgever', days: 3 }] } },
    );
    expect(timelineJson(t)).toBe(JSON.stringify(t));
    expect(JSON.parse(timelineJson(t)).milestones.find((m: { protocolStep?: string }) => m.protocolStep === 'gesprek').title).toEqual(
      title,
    );
  });

  it('writes a derivation in its place when only some milestones carry one', () => {
    // The engine derives all milestones or none (explained timelines are JSON.stringify's whole);
    // the per-milestone path is checked on a timeline with one derivation added.
    const lean = evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-06-02' });
    const explained = evaluateCase({ firstSickDay: '2025-01-06' }, { asOf: '2025-06-02', explain: true });
    const one = {
      ...lean,
      milestones: lean.milestones.map((m, i) => (i === 1 ? { ...m, derivation: explained.milestones[1]?.derivation } : m)),
    };
    expect(Object.keys(one.milestones[1] ?? {})).toEqual(Object.keys(MILESTONE_KEYS).slice(0, 13));
    expect(timelineJson(one)).toBe(JSON.stringify(one));
  });

  test.prop([caseArb], { numRuns: runs(300) })('is JSON.stringify for any valid case, policy and mode', ({ input, options }) => {
    const t = evaluateCase(input, options);
    expect(timelineJson(t)).toBe(JSON.stringify(t));
  });
});
